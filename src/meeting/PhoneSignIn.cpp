#include "PhoneSignIn.h"

#include "AttendanceLog.h"
#include "Roster.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSet>

namespace lectern::phone {
namespace {

QString keyHash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isKey(const QString &key)
{
    if (key.size() != 32)
        return false;
    for (QChar c : key)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace

QString open(const store::Database &db, qint64 meetingId, const QString &address, const QDateTime &now)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString key = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    store::Transaction t(db);
    db.prepare("INSERT INTO phone_session (id, meeting_id, opened_at, address) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, keyHash(key))
        .bind(2, meetingId)
        .bind(3, meetings::timeText(now))
        .bind(4, address)
        .run();
    t.commit();
    return key;
}

std::optional<Session> find(const store::Database &db, const QString &key)
{
    if (!isKey(key))
        return std::nullopt;
    store::Statement s = db.prepare("SELECT s.meeting_id, s.opened_at, s.person_id, e.at, p.name FROM phone_session s "
                                    "LEFT JOIN attendance_event e ON e.id = s.event_id "
                                    "LEFT JOIN person p ON p.id = s.person_id WHERE s.id = ?1");
    s.bind(1, keyHash(key));
    if (!s.step())
        return std::nullopt;
    Session out;
    out.meetingId = s.integer(0);
    out.openedAt = meetings::timeFromText(s.text(1));
    out.personId = s.integer(2);
    out.signedInAt = meetings::timeFromText(s.text(3));
    out.name = s.text(4);
    return out;
}

QList<Person> signablePeople(const store::Database &db, qint64 meetingId)
{
    QSet<qint64> ids;
    for (const Expected &e : meetings::expected(db, meetingId))
        ids.insert(e.personId);
    QList<Person> out;
    for (Person &p : roster::all(db))
        if (ids.contains(p.id))
            out.append(std::move(p));
    return out;
}

Answer signIn(const store::Database &db, const QString &key, qint64 personId, const QByteArray &signature, const QDateTime &now)
{
    store::Transaction t(db); // the session's check and its use are one step: two requests of one phone cannot both sign
    const std::optional<Session> session = find(db, key);
    if (!session)
        return {Result::NoSession, {}, {}};
    if (session->personId != 0) {
        if (session->personId == personId)
            return {Result::AlreadySignedIn, session->signedInAt, session->name};
        return {Result::PhoneUsed, session->signedInAt, session->name};
    }
    bool expected = false;
    for (const Expected &e : meetings::expected(db, session->meetingId))
        expected = expected || e.personId == personId;
    if (!expected)
        return {Result::NotExpected, {}, {}};
    const auto person = roster::byId(db, personId);
    const QString name = person ? person->name : QString();
    switch (attendance::signIn(db, session->meetingId, personId, now, now, EventKind::SignIn, signature, Channel::Phone)) {
    case attendance::Outcome::Recorded:
        break;
    case attendance::Outcome::AlreadySignedIn: {
        const AttendanceState state = attendance::current(db, *meetings::byId(db, session->meetingId), now);
        return {Result::AlreadySignedIn, state.people.value(personId).signedInAt, name};
    }
    case attendance::Outcome::NoSuchPerson:
        return {Result::NotExpected, {}, {}};
    case attendance::Outcome::ClockBehind:
        return {Result::ClockBehind, {}, {}};
    default:
        return {Result::MeetingClosed, {}, {}};
    }
    db.prepare("UPDATE phone_session SET person_id = ?1, event_id = ?2 WHERE id = ?3")
        .bind(1, personId)
        .bind(2, db.lastInsertId())
        .bind(3, keyHash(key))
        .run();
    t.commit();
    return {Result::Recorded, now, name};
}

void refuse(const store::Database &db, qint64 meetingId, const Refusal &refusal)
{
    store::Statement s = db.prepare("INSERT INTO lan_refusal (meeting_id, at, address, reason, detail) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (meetingId > 0)
        s.bind(1, meetingId);
    else
        s.bindNull(1);
    s.bind(2, meetings::timeText(refusal.at)).bind(3, refusal.address).bind(4, refusal.reason).bind(5, refusal.detail).run();
}

QList<Refusal> refusals(const store::Database &db, qint64 meetingId, int limit)
{
    // With the meeting's own, those the server could not tie to a meeting (a
    // flood, an oversize body) on the meeting's day.
    store::Statement s = db.prepare(
        "SELECT at, address, reason, detail FROM lan_refusal WHERE meeting_id = ?1 OR (meeting_id IS NULL AND "
        "substr(at, 1, 10) = (SELECT substr(planned_start, 1, 10) FROM meeting WHERE id = ?1)) ORDER BY id DESC LIMIT ?2");
    s.bind(1, meetingId).bind(2, qint64(limit));
    QList<Refusal> out;
    while (s.step())
        out.append({meetings::timeFromText(s.text(0)), s.text(1), s.text(2), s.text(3)});
    return out;
}

QList<PhoneSignIn> signIns(const store::Database &db, qint64 meetingId, int limit)
{
    store::Statement s = db.prepare("SELECT e.person_id, p.name, p.unit, e.at FROM attendance_event e JOIN person p ON p.id = e.person_id "
                                    "WHERE e.meeting_id = ?1 AND e.channel = 'phone' ORDER BY e.id DESC LIMIT ?2");
    s.bind(1, meetingId).bind(2, qint64(limit));
    QList<PhoneSignIn> out;
    while (s.step())
        out.append({s.integer(0), s.text(1), s.text(2), meetings::timeFromText(s.text(3))});
    return out;
}

int openSessions(const store::Database &db, qint64 meetingId)
{
    store::Statement s = db.prepare("SELECT count(*) FROM phone_session WHERE meeting_id = ?1");
    s.bind(1, meetingId);
    return s.step() ? int(s.integer(0)) : 0;
}

} // namespace lectern::phone
