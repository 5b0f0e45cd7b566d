#include "CentralDirectory.h"

#include "PgConnection.h"
#include "meeting/Agenda.h"
#include "meeting/DecisionRules.h"
#include "meeting/Meetings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace lectern::central {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::central", text);
}

// A person the booking names, found in the directory.
qint64 personId(const PgConnection &admin, const QJsonObject &who, int index)
{
    const QString name = who.value("name").toString().trimmed();
    const QString unit = who.value("unit").toString().trimmed();
    if (name.isEmpty())
        throw CentralError(tr("expected person %1 has no name").arg(index + 1));
    const auto found = who.contains("unit")
        ? admin.exec(QStringLiteral("SELECT id FROM person WHERE name = $1 AND unit = $2"), {name, unit})
        : admin.exec(QStringLiteral("SELECT id FROM person WHERE name = $1"), {name});
    if (found.rows.isEmpty())
        throw CentralError(tr("%1 is not in the directory (lectern central directory import)").arg(unit.isEmpty() ? name : name + u'/' + unit));
    if (found.rows.size() > 1)
        throw CentralError(tr("there are %1 people named %2 in the directory: give the unit too").arg(found.rows.size()).arg(name));
    return found.value().toLongLong();
}

QDateTime bookingTime(const QJsonObject &booking, const char *key, bool required)
{
    const QString text = booking.value(QLatin1String(key)).toString().trimmed();
    if (text.isEmpty() && !required)
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!t.isValid())
        throw CentralError(tr("\"%1\" is not a time such as 2026-12-08 09:00: %2").arg(QLatin1String(key), text));
    return t;
}

// The booking as kiosks take it: people by the directory's id, kinds and matters as keys.
QJsonObject normalized(const PgConnection &admin, const QJsonObject &in)
{
    QJsonObject out;
    for (const char *key : {"kind", "session", "chair", "recorder"})
        out.insert(QLatin1String(key), in.value(QLatin1String(key)).toString().trimmed());
    out.insert("grace_minutes", std::max(0, in.value("grace_minutes").toInt()));
    QJsonArray expected;
    QSet<qint64> listed;
    const QJsonArray people = in.value("expected").toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject who = people[i].toObject();
        const QString role = who.value("role").toString(QStringLiteral("attend"));
        if (!roleFromKey(role))
            throw CentralError(tr("expected person %1 has the role \"%2\": say attend, observe, chair or record").arg(i + 1).arg(role));
        const qint64 id = personId(admin, who, int(i));
        if (listed.contains(id))
            throw CentralError(tr("%1 is expected twice").arg(who.value("name").toString().trimmed()));
        listed.insert(id);
        expected.append(QJsonObject{{"person", id}, {"role", role}});
    }
    out.insert("expected", expected);
    QJsonArray agenda;
    const QJsonArray items = in.value("agenda").toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        const QString title = item.value("title").toString().trimmed();
        if (title.isEmpty())
            throw CentralError(tr("agenda item %1 has no title").arg(i + 1));
        const auto kind = itemKindFromText(item.value("kind").toString(QStringLiteral("speech")));
        if (!kind)
            throw CentralError(tr("agenda item %1 has the kind \"%2\", which is not an item's kind").arg(i + 1).arg(item.value("kind").toString()));
        const auto matter = matterFromText(item.value("matter").toString());
        if (!matter)
            throw CentralError(tr("agenda item %1 has the matter \"%2\", which is not one").arg(i + 1).arg(item.value("matter").toString()));
        QJsonObject o{{"title", title}, {"kind", itemKindKey(*kind)}, {"speaker", item.value("speaker").toString().trimmed()},
                      {"matter", matterKey(*matter)}};
        if (item.value("minutes").toDouble() > 0)
            o.insert("minutes", item.value("minutes").toDouble());
        agenda.append(o);
    }
    out.insert("agenda", agenda);
    return out;
}

} // namespace

Published publishDirectory(const PgConnection &admin, const QList<RosterRow> &rows)
{
    if (rows.isEmpty())
        throw CentralError(tr("the directory would be empty: nobody to publish"));
    QJsonArray people;
    for (const RosterRow &r : rows)
        people.append(QJsonObject{{"name", r.name.trimmed()}, {"unit", r.unit.trimmed()}, {"title", r.title.trimmed()}});
    const QString list = QString::fromUtf8(QJsonDocument(people).toJson(QJsonDocument::Compact));
    return admin.inTransaction([&] {
        // One publisher at a time: the version rises by one per publication.
        admin.exec(QStringLiteral("LOCK TABLE directory_version IN EXCLUSIVE MODE"));
        Published p;
        p.people = int(rows.size());
        p.removed = admin
                        .exec(QStringLiteral("DELETE FROM person WHERE (name, unit) NOT IN "
                                             "(SELECT p->>'name', p->>'unit' FROM jsonb_array_elements($1::jsonb) p)"),
                              {list})
                        .affected;
        p.added = admin
                      .exec(QStringLiteral("INSERT INTO person (name, unit, title) "
                                           "SELECT DISTINCT ON (p->>'name', p->>'unit') p->>'name', p->>'unit', p->>'title' "
                                           "FROM jsonb_array_elements($1::jsonb) p "
                                           "ON CONFLICT (name, unit) DO UPDATE SET title = EXCLUDED.title "
                                           "RETURNING (xmax = 0)"),
                            {list})
                      .rows.count(QStringList{QStringLiteral("t")});
        p.version = admin.exec(QStringLiteral("UPDATE directory_version SET version = version + 1 RETURNING version")).value().toLongLong();
        return p;
    });
}

Booked book(const PgConnection &admin, const QString &room, const QJsonObject &booking)
{
    const QString title = booking.value("title").toString().trimmed();
    if (title.isEmpty())
        throw CentralError(tr("the booking has no title"));
    const QDateTime start = bookingTime(booking, "start", true);
    const QDateTime end = bookingTime(booking, "end", false);
    if (end.isValid() && end <= start)
        throw CentralError(tr("the booking ends before it starts"));
    const QString startText = meetings::timeText(start);
    const QString endText = meetings::timeText(end);
    return admin.inTransaction([&] {
        const auto role = admin.exec(QStringLiteral("SELECT role FROM room WHERE name = $1"), {room.trimmed()});
        if (role.rows.isEmpty())
            throw CentralError(tr("there is no room named %1 on the central store").arg(room));
        const QString details = QString::fromUtf8(QJsonDocument(normalized(admin, booking)).toJson(QJsonDocument::Compact));
        const QString place = booking.value("place").toString(room).trimmed();
        PgConnection::Result r;
        if (booking.contains("id")) {
            r = admin.exec(QStringLiteral("UPDATE booked_meeting SET room_role = $2, title = $3, planned_start = $4, planned_end = nullif($5, '')::timestamptz, "
                                          "place = $6, booking = $7::jsonb, version = version + 1 WHERE id = $1 RETURNING id, version"),
                           {QString::number(booking.value("id").toInteger()), role.value(), title, startText, endText, place, details});
            if (r.rows.isEmpty())
                throw CentralError(tr("there is no booking %1 to change").arg(booking.value("id").toInteger()));
        } else {
            r = admin.exec(QStringLiteral("INSERT INTO booked_meeting (room_role, title, planned_start, planned_end, place, booking) "
                                          "VALUES ($1, $2, $3, nullif($4, '')::timestamptz, $5, $6::jsonb) RETURNING id, version"),
                           {role.value(), title, startText, endText, place, details});
        }
        return Booked{r.value(0, 0).toLongLong(), r.value(0, 1).toLongLong()};
    });
}

} // namespace lectern::central
