#pragma once

#include <QStringList>

namespace lectern::cli::LanCommand {

// lectern lan url MEETING [--config FILE] [--data-dir DIR] [--json]: the
// sign-in address the room's code shows at this moment (for tests, and for
// printing on paper: it stops working within 30 s, so a printed one is for
// a check, not for the door).
int run(const QStringList &args);

} // namespace lectern::cli::LanCommand
