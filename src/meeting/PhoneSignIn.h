#pragma once

#include "Attendance.h"
#include "PersonSearch.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lectern::store {
class Database;
}

// Sign-in from the phones in the room (扫码签到): the session a phone opens
// by scanning the room's code, the one person it may sign in, and the
// attempts the room's server refused. A phone's sign-in is the same event
// as one at the door, in the same log, marked as come by phone.
namespace lectern::phone {

// A phone's session: opened when the phone came with a fresh code. Its key
// is the cookie the phone holds; only the key's SHA-256 is stored.
struct Session
{
    qint64 meetingId = 0;
    QDateTime openedAt;
    qint64 personId = 0; // whom it signed in, once it has
    QDateTime signedInAt;
    QString name; // of that person
};

// Opens a session for a phone at `address` and returns its key (random,
// 128 bits, hex) for the cookie. Committed when it returns.
QString open(const store::Database &db, qint64 meetingId, const QString &address, const QDateTime &now);
std::optional<Session> find(const store::Database &db, const QString &key);

// The people a phone may find and sign in: those expected at the meeting
// (列席 included), never the whole roster.
QList<Person> signablePeople(const store::Database &db, qint64 meetingId);

enum class Result {
    Recorded,        // committed: the phone may say 签到成功
    AlreadySignedIn, // this person was already signed in (at `at`): nothing written
    PhoneUsed,       // this phone already signed in someone else (代签): nothing written
    NotExpected,     // not among the meeting's people
    NoSession,       // no such session, or one of another meeting
    MeetingClosed,
    ClockBehind,     // the kiosk's clock is before what is recorded (ClockCheck): nothing written
};
struct Answer
{
    Result result = Result::NoSession;
    QDateTime at;  // of the sign-in (recorded, or the earlier one)
    QString name;  // the person signed in (for PhoneUsed: whom the phone signed in)
};
// One transaction: the session, the person's state, the event (marked as
// come by phone, with the signature's strokes) and the session's person.
Answer signIn(const store::Database &db, const QString &key, qint64 personId, const QByteArray &signature, const QDateTime &now);

// What the server refused, kept for the operator (not in the sealed record).
struct Refusal
{
    QDateTime at;
    QString address;
    QString reason; // stale_token, phone_used, rate_limited, too_large, ...
    QString detail;
};
void refuse(const store::Database &db, qint64 meetingId, const Refusal &refusal);
// The meeting's, and those tied to no meeting on the meeting's day; latest first.
QList<Refusal> refusals(const store::Database &db, qint64 meetingId, int limit = 200);

// The sign-ins by phone at a meeting, latest first (for the console).
struct PhoneSignIn
{
    qint64 personId = 0;
    QString name;
    QString unit;
    QDateTime at;
};
QList<PhoneSignIn> signIns(const store::Database &db, qint64 meetingId, int limit = 200);
int openSessions(const store::Database &db, qint64 meetingId);

} // namespace lectern::phone
