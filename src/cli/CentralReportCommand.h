#pragma once

namespace lectern::central {
class PgConnection;
}

namespace lectern::cli {
class CommandArgs;
}

// `lectern central verify` and `lectern central report`: the server's
// archive checked and its reports across rooms, as text, --json or --xlsx.
namespace lectern::cli::CentralReportCommand {

int verify(const CommandArgs &args, const central::PgConnection &admin);
int report(const CommandArgs &args, const central::PgConnection &admin);

} // namespace lectern::cli::CentralReportCommand
