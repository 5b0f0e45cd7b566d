#pragma once

#include "Meetings.h"
#include "Roster.h"

namespace lectern::store {
class Database;
}

namespace lectern {

// Who a meeting expects, from the roster: everyone on it (walk-ins aside),
// or only the people `listed` names when it names any; the chair and the
// recorder, found by name, in their roles and everyone else attending. One
// rule for the command line and the console.
QList<Expected> expectedFromRoster(const store::Database &db, const QList<RosterRow> &listed, const QString &chair,
                                   const QString &recorder);

} // namespace lectern
