#pragma once

#include <QStringList>

namespace lectern::cli::RosterCommand {

// lectern roster import FILE | lectern roster search QUERY
int run(const QStringList &args);

} // namespace lectern::cli::RosterCommand
