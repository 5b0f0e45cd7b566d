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
// leaves, agenda events) since the last acceptance, or that acceptance's own
// moment; invalid when nothing was recorded yet.
QDateTime latestRecordedAt(const store::Database &db);

// When records were written by a clock that ran ahead and the clock has been
// set right since, nothing could be written until real time caught up: an
// administrator accepts the clock as it is now, with a reason, and from then
// on it is held against `now` and what comes after. Returns the latest record
// it set aside (invalid when there was nothing to accept: nothing written).
QDateTime acceptClock(const store::Database &db, const QDateTime &now, const QString &reason);

// "" when `now` is plausible, else one line that says why not: before what
// the records already hold (by more than a minute), or before 2024.
QString clockProblem(const QDateTime &now, const QDateTime &latestRecorded);

} // namespace lectern::meetings
