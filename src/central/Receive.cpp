#include "Receive.h"

#include "PgConnection.h"
#include "meeting/Agenda.h"
#include "meeting/DecisionRules.h"
#include "meeting/Meetings.h"
#include "meeting/Roster.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lectern::central {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::central", text);
}

qint64 stateValue(const store::Database &db, const char *key)
{
    store::Statement s = db.prepare("SELECT value FROM central_state WHERE key = ?1");
    s.bind(1, QString::fromLatin1(key));
    return s.step() ? s.text(0).toLongLong() : 0;
}

void setStateValue(const store::Database &db, const char *key, qint64 value)
{
    db.prepare("INSERT INTO central_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::fromLatin1(key))
        .bind(2, QString::number(value))
        .run();
}

std::optional<qint64> personByCentralId(const store::Database &db, qint64 centralId)
{
    store::Statement s = db.prepare("SELECT id FROM person WHERE central_id = ?1");
    s.bind(1, centralId);
    return s.step() ? std::optional<qint64>(s.integer(0)) : std::nullopt;
}

// The directory, when newer: one transaction with its version.
int applyDirectory(const store::Database &db, const PgConnection &server)
{
    const qint64 version = server.exec(QStringLiteral("SELECT max(version) FROM directory_version")).value().toLongLong();
    if (version <= stateValue(db, "directory_version"))
        return 0;
    const auto people = server.exec(QStringLiteral("SELECT id, name, unit, title FROM person ORDER BY id"));
    store::Transaction t(db);
    // Who left the directory keeps their place on this kiosk, without its id:
    // should they come back under a new one, name and unit link them again.
    QSet<qint64> listed;
    for (const QStringList &row : people.rows)
        listed.insert(row.value(0).toLongLong());
    store::Statement linked = db.prepare("SELECT id, central_id FROM person WHERE central_id IS NOT NULL");
    QList<qint64> left;
    while (linked.step())
        if (!listed.contains(linked.integer(1)))
            left.append(linked.integer(0));
    for (qint64 id : left)
        db.prepare("UPDATE person SET central_id = NULL WHERE id = ?1").bind(1, id).run();
    int changed = 0;
    QList<RosterRow> fresh;
    QList<qint64> freshIds;
    for (const QStringList &row : people.rows) {
        const qint64 centralId = row.value(0).toLongLong();
        const RosterRow person{row.value(1), row.value(2), row.value(3), {}};
        if (const auto id = personByCentralId(db, centralId)) {
            const auto p = roster::byId(db, *id);
            if (p && (p->name != person.name || p->unit != person.unit)
                && roster::rename(db, *id, person.name, person.unit) != roster::Renamed::Done)
                continue; // on a sealed record, or the name taken here: as it is
            if (p && (p->name != person.name || p->unit != person.unit || p->title != person.title))
                ++changed;
            db.prepare("UPDATE person SET title = ?2 WHERE id = ?1").bind(1, *id).bind(2, person.title).run();
            continue;
        }
        fresh.append(person);
        freshIds.append(centralId);
    }
    // Those not linked yet: matched by name and unit, or added (search keys and all).
    const roster::Upserted upserted = roster::upsert(db, fresh);
    changed += upserted.imported;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        db.prepare("UPDATE person SET central_id = ?1 WHERE name = ?2 AND unit = ?3 AND central_id IS NULL")
            .bind(1, freshIds[i])
            .bind(2, fresh[i].name)
            .bind(3, fresh[i].unit)
            .run();
    setStateValue(db, "directory_version", version);
    t.commit();
    return changed;
}

// Something of the meeting was recorded here: it is this kiosk's now.
bool begunHere(const store::Database &db, qint64 meetingId)
{
    store::Statement s = db.prepare(
        "SELECT state NOT IN ('draft', 'open') OR EXISTS (SELECT 1 FROM attendance_event WHERE meeting_id = ?1) "
        "OR EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = ?1 AND state <> 'waiting') "
        "OR EXISTS (SELECT 1 FROM decision_event WHERE meeting_id = ?1) OR EXISTS (SELECT 1 FROM recording WHERE meeting_id = ?1) "
        "FROM meeting WHERE id = ?1");
    s.bind(1, meetingId);
    return s.step() && s.integer(0) != 0;
}

struct Booking
{
    qint64 id = 0;
    qint64 version = 0;
    Meeting meeting;
    QList<Expected> expected;
    QList<agenda::NewItem> agenda;
};

Booking bookingFrom(const store::Database &db, const QStringList &row)
{
    Booking b;
    b.id = row.value(0).toLongLong();
    b.version = row.value(6).toLongLong();
    const QJsonObject details = QJsonDocument::fromJson(row.value(5).toUtf8()).object();
    Meeting &m = b.meeting;
    m.title = row.value(1);
    m.plannedStart = QDateTime::fromString(row.value(2), Qt::ISODateWithMs).toLocalTime();
    m.plannedEnd = QDateTime::fromString(row.value(3), Qt::ISODateWithMs).toLocalTime();
    m.place = row.value(4);
    m.kind = details.value("kind").toString();
    m.session = details.value("session").toString();
    m.chair = details.value("chair").toString();
    m.recorder = details.value("recorder").toString();
    m.graceMinutes = details.value("grace_minutes").toInt();
    for (const QJsonValue &v : details.value("expected").toArray()) {
        const auto id = personByCentralId(db, v["person"].toInteger());
        if (!id) // left the directory since it was booked
            throw CentralError(tr("booking %1 (%2) names someone no longer in the directory").arg(b.id).arg(m.title));
        b.expected.append({*id, roleFromKey(v["role"].toString()).value_or(Role::Attend)});
    }
    for (const QJsonValue &v : details.value("agenda").toArray()) {
        agenda::NewItem item;
        item.title = v["title"].toString();
        item.kind = itemKindFromText(v["kind"].toString()).value_or(ItemKind::Speech);
        item.speakerName = v["speaker"].toString();
        if (v["minutes"].toDouble() > 0)
            item.plannedSeconds = qRound(v["minutes"].toDouble() * 60);
        item.matter = matterFromText(v["matter"].toString()).value_or(ItemMatter::General);
        b.agenda.append(item);
    }
    return b;
}

// One booking, newer than its copy here: created, changed, or kept. Returns 1 when applied.
int applyBooking(const store::Database &db, const Booking &b, int *kept)
{
    const QDateTime now = QDateTime::currentDateTime();
    store::Statement local = db.prepare("SELECT id, coalesce(booking_version, 0) FROM meeting WHERE booking_id = ?1");
    local.bind(1, b.id);
    const bool exists = local.step();
    const qint64 localId = exists ? local.integer(0) : 0;
    if (exists && local.integer(1) >= b.version)
        return 0;
    store::Transaction t(db);
    int applied = 0;
    if (!exists) {
        const qint64 id = meetings::create(db, b.meeting, b.expected, now);
        db.prepare("UPDATE meeting SET booking_id = ?2, booking_version = ?3 WHERE id = ?1").bind(1, id).bind(2, b.id).bind(3, b.version).run();
        for (const agenda::NewItem &item : b.agenda)
            agenda::add(db, id, item, now);
        applied = 1;
    } else if (begunHere(db, localId)) {
        ++*kept; // this version seen, not applied: the meeting is the room's record now
    } else {
        Meeting m = b.meeting;
        m.id = localId;
        meetings::update(db, m, b.expected);
        for (const AgendaItem &old : agenda::items(db, localId))
            agenda::remove(db, localId, old.id, now);
        for (const agenda::NewItem &item : b.agenda)
            agenda::add(db, localId, item, now);
        applied = 1;
    }
    db.prepare("UPDATE meeting SET booking_version = ?2 WHERE booking_id = ?1").bind(1, b.id).bind(2, b.version).run();
    t.commit();
    return applied;
}

} // namespace

Received receive(const store::Database &db, const PgConnection &server)
{
    Received r;
    try {
        r.people = applyDirectory(db, server);
        const auto booked = server.exec(QStringLiteral(
            "SELECT id, title, to_char(planned_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            "to_char(planned_end AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), place, booking, version "
            "FROM booked_meeting ORDER BY planned_start, id"));
        // One booking that cannot be applied here (someone it names has left
        // the directory, its rows refused by the store) is said, and the
        // others are still applied.
        for (const QStringList &row : booked.rows) {
            try {
                r.meetings += applyBooking(db, bookingFrom(db, row), &r.kept);
            } catch (const store::StoreError &e) {
                r.notApplied = tr("booking %1 (%2) could not be applied: %3").arg(row.value(0), row.value(1), e.message());
            } catch (const CentralError &e) { // someone it names has left the directory
                r.notApplied = e.message();
            }
        }
    } catch (const CentralError &e) {
        r.error = e.message();
    }
    return r;
}

} // namespace lectern::central
