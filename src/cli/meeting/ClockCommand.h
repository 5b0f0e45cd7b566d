#pragma once

#include <QStringList>

namespace lectern::cli::ClockCommand {

// lectern clock [--json]: the clock against the records.
// lectern clock accept --reason R [--json]: after records written by a clock
// that ran ahead, the clock as it is now is accepted (kept in the record, with
// the reason), so the kiosk writes again. Exit 1 when there is nothing to
// accept or the clock was never set.
int run(const QStringList &arguments);

} // namespace lectern::cli::ClockCommand
