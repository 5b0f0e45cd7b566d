#pragma once

#include <QStringList>

namespace lectern::cli::DoctorCommand {

// lectern doctor [--json] [--data-dir DIR]: is the room ready? Screens and
// their roles, the renderer and its frame rate, fonts, sound, disk for
// recordings, the database and its last backup, the clock, the room's
// server. Exit 0 when ready, 1 with the reasons when not.
int run(const QStringList &arguments);

} // namespace lectern::cli::DoctorCommand
