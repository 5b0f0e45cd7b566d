#pragma once

#include <QStringList>

namespace lectern::cli::MeetingCommand {

// lectern meeting create|list|show|close …
int run(const QStringList &args);

} // namespace lectern::cli::MeetingCommand
