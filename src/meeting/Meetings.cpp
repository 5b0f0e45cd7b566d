#include "Meetings.h"

#include "AgendaRun.h"

#include "store/Database.h"
#include "store/Transaction.h"

namespace lectern {

QString meetingStateKey(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft: return QStringLiteral("draft");
    case MeetingState::Open: return QStringLiteral("open");
    case MeetingState::Closed: return QStringLiteral("closed");
    case MeetingState::Finalized: return QStringLiteral("finalized");
    }
    return {};
}

std::optional<MeetingState> meetingStateFromKey(const QString &key)
{
    for (MeetingState s : {MeetingState::Draft, MeetingState::Open, MeetingState::Closed, MeetingState::Finalized})
        if (meetingStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::Attend: return QStringLiteral("attend");
    case Role::Observe: return QStringLiteral("observe");
    case Role::Chair: return QStringLiteral("chair");
    case Role::Record: return QStringLiteral("record");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role r : {Role::Attend, Role::Observe, Role::Chair, Role::Record})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

namespace meetings {
namespace {

constexpr char kColumns[] = "SELECT id, title, kind, session, place, planned_start, planned_end, actual_start, actual_end, "
                            "chair, recorder, grace_minutes, state, created_at FROM meeting";

Meeting read(const store::Statement &s)
{
    Meeting m;
    m.id = s.integer(0);
    m.title = s.text(1);
    m.kind = s.text(2);
    m.session = s.text(3);
    m.place = s.text(4);
    m.plannedStart = timeFromText(s.text(5));
    m.plannedEnd = timeFromText(s.text(6));
    m.actualStart = timeFromText(s.text(7));
    m.actualEnd = timeFromText(s.text(8));
    m.chair = s.text(9);
    m.recorder = s.text(10);
    m.graceMinutes = int(s.integer(11));
    m.state = meetingStateFromKey(s.text(12)).value_or(MeetingState::Draft);
    m.createdAt = timeFromText(s.text(13));
    return m;
}

// The details a meeting is created with and edited by, as ?1…?9.
store::Statement &bindDetails(store::Statement &s, const Meeting &m)
{
    return s.bind(1, m.title)
        .bind(2, m.kind)
        .bind(3, m.session)
        .bind(4, m.place)
        .bind(5, timeText(m.plannedStart))
        .bindTextOrNull(6, timeText(m.plannedEnd))
        .bind(7, m.chair)
        .bind(8, m.recorder)
        .bind(9, m.graceMinutes);
}

void insertExpected(const store::Database &db, qint64 meetingId, const QList<Expected> &expected)
{
    store::Statement add = db.prepare("INSERT INTO expected (meeting_id, person_id, role) VALUES (?1, ?2, ?3)");
    for (const Expected &e : expected) {
        add.reset();
        add.bind(1, meetingId).bind(2, e.personId).bind(3, roleKey(e.role)).run();
    }
}

} // namespace

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

qint64 create(const store::Database &db, const Meeting &m, const QList<Expected> &expected, const QDateTime &now)
{
    store::Transaction t(db);
    store::Statement insert = db.prepare("INSERT INTO meeting (title, kind, session, place, planned_start, planned_end, chair, "
                                         "recorder, grace_minutes, state, created_at) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'open', ?10)");
    bindDetails(insert, m).bind(10, timeText(now)).run();
    const qint64 id = db.lastInsertId();
    insertExpected(db, id, expected);
    t.commit();
    return id;
}

bool update(const store::Database &db, const Meeting &m, const QList<Expected> &expected)
{
    store::Transaction t(db);
    store::Statement change = db.prepare("UPDATE meeting SET title = ?1, kind = ?2, session = ?3, place = ?4, planned_start = ?5, "
                                         "planned_end = ?6, chair = ?7, recorder = ?8, grace_minutes = ?9 "
                                         "WHERE id = ?10 AND state IN ('draft', 'open')");
    bindDetails(change, m).bind(10, m.id).run();
    if (db.changes() == 0)
        return false; // the transaction rolls back: nothing changed
    db.prepare("DELETE FROM expected WHERE meeting_id = ?1").bind(1, m.id).run();
    insertExpected(db, m.id, expected);
    t.commit();
    return true;
}

QList<Meeting> all(const store::Database &db)
{
    QList<Meeting> out;
    store::Statement s = db.prepare((QByteArray(kColumns) + " ORDER BY planned_start, id").constData());
    while (s.step())
        out.append(read(s));
    return out;
}

std::optional<Meeting> nearestOpen(const store::Database &db, const QDateTime &now)
{
    std::optional<Meeting> best;
    for (const Meeting &m : all(db)) {
        if (!m.takesSignIns())
            continue;
        if (!best || std::abs(m.plannedStart.secsTo(now)) < std::abs(best->plannedStart.secsTo(now)))
            best = m;
    }
    return best;
}

std::optional<Meeting> byId(const store::Database &db, qint64 id)
{
    store::Statement s = db.prepare((QByteArray(kColumns) + " WHERE id = ?1").constData());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

QList<Expected> expected(const store::Database &db, qint64 meetingId)
{
    QList<Expected> out;
    store::Statement s = db.prepare("SELECT person_id, role FROM expected WHERE meeting_id = ?1 ORDER BY person_id");
    s.bind(1, meetingId);
    while (s.step())
        out.append({s.integer(0), roleFromKey(s.text(1)).value_or(Role::Attend)});
    return out;
}

bool close(const store::Database &db, qint64 meetingId, const QDateTime &now)
{
    store::Transaction t(db);
    const auto m = byId(db, meetingId);
    if (m && m->takesSignIns())
        agenda::endRunningItem(db, meetingId, now); // the item running ends with the meeting
    store::Statement s = db.prepare("UPDATE meeting SET state = 'closed', actual_end = ?2 WHERE id = ?1 AND state IN ('draft', 'open')");
    s.bind(1, meetingId).bind(2, timeText(now)).run();
    const bool changed = db.changes() > 0;
    t.commit();
    return changed;
}

RecordText recordText(const store::Database &db, qint64 meetingId)
{
    store::Statement s = db.prepare("SELECT notes, decisions FROM record_content WHERE meeting_id = ?1");
    s.bind(1, meetingId);
    if (!s.step())
        return {};
    return {s.text(0), s.text(1)};
}

bool setRecordText(const store::Database &db, qint64 meetingId, const RecordText &text)
{
    store::Transaction t(db);
    const auto m = byId(db, meetingId);
    if (!m || m->state == MeetingState::Finalized)
        return false;
    db.prepare("INSERT INTO record_content (meeting_id, notes, decisions) VALUES (?1, ?2, ?3) "
               "ON CONFLICT (meeting_id) DO UPDATE SET notes = excluded.notes, decisions = excluded.decisions")
        .bind(1, meetingId)
        .bind(2, text.notes)
        .bind(3, text.decisions)
        .run();
    t.commit();
    return true;
}

} // namespace meetings
} // namespace lectern
