#pragma once

#include <QStringList>

namespace lectern::cli::AudioCommand {

// lectern audio analyze FILE [--json]: the voice logic of the listening
// prompter over a recording — the stretches of voice and the speaking rate.
// Exit 0, 1 (a file that cannot be read as sound, one line on stderr) or 2 (usage).
int run(const QStringList &args);

} // namespace lectern::cli::AudioCommand
