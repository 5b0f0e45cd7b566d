#pragma once

#include "Attendance.h"

namespace lectern::store {
class Database;
}

namespace lectern::attendance {

QList<AttendanceEvent> events(const store::Database &db, qint64 meetingId);
// As it stands now (before the planned start, who has not signed in is 未到).
AttendanceState current(const store::Database &db, const Meeting &meeting, const QDateTime &now = QDateTime::currentDateTime());

enum class Outcome {
    Recorded,        // written and committed: it may be acknowledged
    AlreadySignedIn, // nothing written
    NotSignedIn,     // undo of nothing: nothing written
    MeetingClosed,   // closed or finalized: nothing written
    NoSuchMeeting,
    NoSuchPerson,
    ClockBehind,     // this machine's clock is before what is already recorded (ClockCheck): nothing written
};

// Each call is one transaction that reads the person's state and appends at
// most one event: two sign-ins at once can never both be written. Recorded
// means committed to the disk (synchronous=FULL) when the call returns;
// inside a caller's transaction (store::Transaction joins it), when the
// caller commits.
Outcome signIn(const store::Database &db, qint64 meetingId, qint64 personId, const QDateTime &at, const QDateTime &now,
               EventKind kind = EventKind::SignIn, const QByteArray &signature = {}, Channel channel = Channel::Desk);
Outcome undo(const store::Database &db, qint64 meetingId, qint64 personId, const QString &reason, const QDateTime &now);
Outcome leave(const store::Database &db, qint64 meetingId, qint64 personId, const QString &reason, const QString &approver,
              const QDateTime &now);
// Marked absent by an administrator (with why): counted as 缺席 with the reason on the record.
Outcome markAbsent(const store::Database &db, qint64 meetingId, qint64 personId, const QString &reason, const QDateTime &now);

} // namespace lectern::attendance
