#pragma once

#include <QStringList>

namespace lectern::cli::MeetingCommand {

// lectern meeting create|list|show|close|finalize …
int run(const QStringList &args);

// lectern verify MEETING: recomputes a finalized meeting's seal; exit 1 when anything was altered.
int verify(const QStringList &args);

} // namespace lectern::cli::MeetingCommand
