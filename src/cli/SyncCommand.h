#pragma once

#include <QStringList>

// lectern sync [--conninfo URI] [--json] [--data-dir DIR]: one round of
// sending this kiosk's outbox to the central store (central.conninfo of the
// configuration unless given), and what it did.
namespace lectern::cli::SyncCommand {

int run(const QStringList &args);

} // namespace lectern::cli::SyncCommand
