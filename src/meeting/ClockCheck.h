#pragma once

#include <QDateTime>
#include <QString>

namespace lectern::store {
class Database;
}

namespace lectern::meetings {

// The machine's clock against the records: a room PC whose battery went flat
// boots in the past, and sign-ins written then would be dated before what is
// already recorded. The latest moment the records were written at (sign-ins,
// leaves, agenda events); invalid when nothing was recorded yet.
QDateTime latestRecordedAt(const store::Database &db);

// "" when `now` is plausible, else one line that says why not: before what
// the records already hold (by more than a minute), or before 2024.
QString clockProblem(const QDateTime &now, const QDateTime &latestRecorded);

} // namespace lectern::meetings
