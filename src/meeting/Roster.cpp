#include "Roster.h"

#include "PinyinKeys.h"
#include "store/Database.h"
#include "store/Transaction.h"

namespace lectern::roster {
namespace {

Person read(const store::Statement &s)
{
    Person p;
    p.id = s.integer(0);
    p.name = s.text(1);
    p.unit = s.text(2);
    p.title = s.text(3);
    p.phone = s.text(4);
    p.readings = decodeReadings(s.text(5));
    p.walkIn = s.integer(6) != 0;
    return p;
}

constexpr char kColumns[] = "SELECT id, name, unit, title, phone, search_keys, walk_in FROM person";

} // namespace

Upserted upsert(const store::Database &db, const QList<RosterRow> &rows)
{
    Upserted out;
    store::Transaction t(db);
    store::Statement find = db.prepare("SELECT id FROM person WHERE name = ?1 AND unit = ?2");
    store::Statement insert = db.prepare(
        "INSERT INTO person (name, unit, title, phone, search_keys) VALUES (?1, ?2, ?3, ?4, ?5)");
    store::Statement update = db.prepare("UPDATE person SET title = ?2, phone = ?3, walk_in = 0 WHERE id = ?1");
    for (const RosterRow &r : rows) {
        find.reset();
        find.bind(1, r.name).bind(2, r.unit);
        if (find.step()) {
            const qint64 id = find.integer(0);
            update.reset();
            update.bind(1, id).bind(2, r.title).bind(3, r.phone).run();
            ++out.updated;
        } else {
            insert.reset();
            insert.bind(1, r.name).bind(2, r.unit).bind(3, r.title).bind(4, r.phone).bind(5, encodeReadings(pinyinReadings(r.name))).run();
            ++out.imported;
        }
    }
    t.commit();
    return out;
}

qint64 addWalkIn(const store::Database &db, const QString &name, const QString &unit)
{
    store::Statement find = db.prepare("SELECT id FROM person WHERE name = ?1 AND unit = ?2");
    find.bind(1, name).bind(2, unit);
    if (find.step())
        return find.integer(0);
    db.prepare("INSERT INTO person (name, unit, search_keys, walk_in) VALUES (?1, ?2, ?3, 1)")
        .bind(1, name)
        .bind(2, unit)
        .bind(3, encodeReadings(pinyinReadings(name)))
        .run();
    return db.lastInsertId();
}

Renamed rename(const store::Database &db, qint64 id, const QString &name, const QString &unit)
{
    store::Transaction t(db);
    if (!byId(db, id))
        return Renamed::NoSuchPerson;
    store::Statement taken = db.prepare("SELECT id FROM person WHERE name = ?1 AND unit = ?2 AND id != ?3");
    taken.bind(1, name).bind(2, unit).bind(3, id);
    if (taken.step())
        return Renamed::Taken;
    store::Statement sealed = db.prepare(
        "SELECT 1 FROM meeting m WHERE m.state = 'finalized' AND (EXISTS (SELECT 1 FROM attendance_event e WHERE e.meeting_id = m.id "
        "AND e.person_id = ?1) OR EXISTS (SELECT 1 FROM expected x WHERE x.meeting_id = m.id AND x.person_id = ?1))");
    sealed.bind(1, id);
    if (sealed.step())
        return Renamed::Sealed;
    db.prepare("UPDATE person SET name = ?2, unit = ?3, search_keys = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, name)
        .bind(3, unit)
        .bind(4, encodeReadings(pinyinReadings(name)))
        .run();
    t.commit();
    return Renamed::Done;
}

QList<Person> all(const store::Database &db)
{
    QList<Person> out;
    store::Statement s = db.prepare((QByteArray(kColumns) + " ORDER BY id").constData());
    while (s.step())
        out.append(read(s));
    return out;
}

std::optional<Person> byId(const store::Database &db, qint64 id)
{
    store::Statement s = db.prepare((QByteArray(kColumns) + " WHERE id = ?1").constData());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

} // namespace lectern::roster
