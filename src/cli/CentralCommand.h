#pragma once

#include <QStringList>

// The organisation's central store from the command line (an administrator's):
//   lectern central init --conninfo URI              create or migrate the schema
//   lectern central room add NAME --conninfo URI     a room's role; prints the conninfo its kiosk uses
//   lectern central room list --conninfo URI
namespace lectern::cli::CentralCommand {

int run(const QStringList &args);

} // namespace lectern::cli::CentralCommand
