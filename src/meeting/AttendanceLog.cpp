#include "AttendanceLog.h"

#include "ClockCheck.h"

#include "Roster.h"
#include "store/Database.h"
#include "store/Transaction.h"

namespace lectern::attendance {
namespace {

QList<AttendanceEvent> eventsOf(const store::Database &db, qint64 meetingId, qint64 personId)
{
    QList<AttendanceEvent> out;
    store::Statement s = db.prepare(
        "SELECT id, meeting_id, person_id, kind, at, recorded_at, reason, approver, signature, channel FROM attendance_event "
        "WHERE meeting_id = ?1 AND (?2 = 0 OR person_id = ?2) ORDER BY id");
    s.bind(1, meetingId).bind(2, personId);
    while (s.step()) {
        AttendanceEvent e;
        e.id = s.integer(0);
        e.meetingId = s.integer(1);
        e.personId = s.integer(2);
        e.kind = eventKindFromKey(s.text(3)).value_or(EventKind::SignIn);
        e.at = meetings::timeFromText(s.text(4));
        e.recordedAt = meetings::timeFromText(s.text(5));
        e.reason = s.text(6);
        e.approver = s.text(7);
        e.signature = s.blob(8);
        e.channel = s.text(9) == QLatin1String("phone") ? Channel::Phone : Channel::Desk;
        out.append(std::move(e));
    }
    return out;
}

void append(const store::Database &db, qint64 meetingId, qint64 personId, EventKind kind, const QDateTime &at,
            const QDateTime &now, const QString &reason = {}, const QString &approver = {}, const QByteArray &signature = {},
            Channel channel = Channel::Desk)
{
    store::Statement s = db.prepare(
        "INSERT INTO attendance_event (meeting_id, person_id, kind, at, recorded_at, reason, approver, signature, channel) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    s.bind(1, meetingId).bind(2, personId).bind(3, eventKindKey(kind)).bind(4, meetings::timeText(at)).bind(5, meetings::timeText(now));
    s.bind(6, reason).bind(7, approver);
    if (signature.isEmpty())
        s.bindNull(8);
    else
        s.bind(8, signature);
    s.bind(9, channel == Channel::Phone ? QStringLiteral("phone") : QString());
    s.run();
}

// The person's state at this meeting, inside the caller's transaction.
std::optional<PersonAttendance> stateOf(const store::Database &db, const Meeting &m, qint64 personId)
{
    if (!roster::byId(db, personId))
        return std::nullopt;
    const AttendanceState s = deriveAttendance(m, meetings::expected(db, m.id), eventsOf(db, m.id, personId), QDateTime::currentDateTime());
    return s.people.value(personId);
}

} // namespace

QList<AttendanceEvent> events(const store::Database &db, qint64 meetingId)
{
    return eventsOf(db, meetingId, 0);
}

AttendanceState current(const store::Database &db, const Meeting &meeting, const QDateTime &now)
{
    return deriveAttendance(meeting, meetings::expected(db, meeting.id), events(db, meeting.id), now);
}

// The one way every call writes: inside the transaction, the meeting and the
// person's state as they are, a rule that may refuse, then at most one event.
// Never with a clock before what is already recorded: an event written then
// would be dated in the past, and the log's order would lie.
template<typename Rule, typename Write>
Outcome appendIf(const store::Database &db, qint64 meetingId, qint64 personId, const QDateTime &now, Rule refuse, Write write)
{
    store::Transaction t(db);
    if (!meetings::clockProblem(now, meetings::latestRecordedAt(db)).isEmpty())
        return Outcome::ClockBehind;
    const auto m = meetings::byId(db, meetingId);
    if (!m)
        return Outcome::NoSuchMeeting;
    if (m->state == MeetingState::Finalized)
        return Outcome::MeetingClosed; // sealed: only an amendment (seal::amend) changes it
    const auto state = stateOf(db, *m, personId);
    if (!state)
        return Outcome::NoSuchPerson;
    if (const std::optional<Outcome> refused = refuse(*m, *state))
        return *refused;
    write();
    t.commit();
    return Outcome::Recorded;
}

Outcome signIn(const store::Database &db, qint64 meetingId, qint64 personId, const QDateTime &at, const QDateTime &now,
               EventKind kind, const QByteArray &signature, Channel channel)
{
    return appendIf(
        db, meetingId, personId, now,
        [kind](const Meeting &m, const PersonAttendance &p) -> std::optional<Outcome> {
            if (!m.takesSignIns() && kind != EventKind::RetroSignIn)
                return Outcome::MeetingClosed; // after closing, only 补签
            if (p.presence == Presence::Present)
                return Outcome::AlreadySignedIn;
            return std::nullopt;
        },
        [&] { append(db, meetingId, personId, kind, at, now, {}, {}, signature, channel); });
}

Outcome undo(const store::Database &db, qint64 meetingId, qint64 personId, const QString &reason, const QDateTime &now)
{
    return appendIf(
        db, meetingId, personId, now,
        [](const Meeting &, const PersonAttendance &p) -> std::optional<Outcome> {
            return p.presence == Presence::None ? std::optional<Outcome>(Outcome::NotSignedIn) : std::nullopt;
        },
        [&] { append(db, meetingId, personId, EventKind::Undo, now, now, reason); });
}

Outcome leave(const store::Database &db, qint64 meetingId, qint64 personId, const QString &reason, const QString &approver,
              const QDateTime &now)
{
    return appendIf(
        db, meetingId, personId, now, [](const Meeting &, const PersonAttendance &) -> std::optional<Outcome> { return std::nullopt; },
        [&] { append(db, meetingId, personId, EventKind::Leave, now, now, reason, approver); });
}

Outcome markAbsent(const store::Database &db, qint64 meetingId, qint64 personId, const QString &reason, const QDateTime &now)
{
    return appendIf(
        db, meetingId, personId, now, [](const Meeting &, const PersonAttendance &) -> std::optional<Outcome> { return std::nullopt; },
        [&] { append(db, meetingId, personId, EventKind::Absent, now, now, reason); });
}

} // namespace lectern::attendance
