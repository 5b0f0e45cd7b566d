#include "CentralReport.h"

#include "PgConnection.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace lectern::central {
namespace {

// A person's state in a meeting, as the kiosk's statusKey reckons it.
constexpr auto kState = R"sql(
    CASE WHEN pr.presence = 'present' THEN
              CASE WHEN m.planned_start IS NOT NULL AND pr.signed_in_at > m.planned_start + make_interval(mins => m.grace_minutes)
                   THEN 'late' ELSE 'present' END
         WHEN pr.presence IS NOT NULL THEN pr.presence
         WHEN m.state IN ('closed', 'finalized') OR m.planned_start <= now() THEN 'absent'
         ELSE 'not_yet' END)sql";

// The period's ends as the server compares them: the days at local midnight.
QStringList periodParams(const ReportPeriod &p)
{
    const auto at = [](const QDate &d) { return d.isValid() ? d.startOfDay().toOffsetFromUtc(d.startOfDay().offsetFromUtc()).toString(Qt::ISODate) : QString(); };
    return {at(p.from), at(p.to.isValid() ? p.to.addDays(1) : QDate())};
}

constexpr auto kInPeriod = "m.planned_start >= coalesce(nullif($1, '')::timestamptz, '-infinity') "
                           "AND m.planned_start < coalesce(nullif($2, '')::timestamptz, 'infinity')";

QDateTime timeOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
}

// One row per person expected at a meeting, grouped into meetings in order.
QList<ReportMeeting> meetings(const PgConnection &admin, const QString &where, const QStringList &params)
{
    const QString sql = QStringLiteral(
        "SELECT m.room_role, m.local_meeting, coalesce(r.name, m.room_role::text), m.title, m.kind, "
        "       to_char(m.planned_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "       (SELECT count(*) FROM report_expected x WHERE x.room_role = m.room_role AND x.local_meeting = m.local_meeting AND x.role <> 'observe'), "
        "       (SELECT count(*) FROM report_expected x JOIN report_presence p USING (room_role, local_meeting, person) "
        "         WHERE x.room_role = m.room_role AND x.local_meeting = m.local_meeting AND x.role <> 'observe' AND p.presence = 'present'), "
        "       e.name, e.unit, e.role, %1, "
        "       to_char(pr.signed_in_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
        "FROM report_expected e "
        "JOIN report_meeting m ON m.room_role = e.room_role AND m.local_meeting = e.local_meeting "
        "LEFT JOIN report_presence pr ON pr.room_role = e.room_role AND pr.local_meeting = e.local_meeting AND pr.person = e.person "
        "LEFT JOIN room r ON r.role = m.room_role "
        "WHERE %2 AND %3 "
        "ORDER BY m.planned_start, 3, m.local_meeting, e.unit, e.name")
                            .arg(QLatin1String(kState), QLatin1String(kInPeriod), where);
    QList<ReportMeeting> out;
    QString lastRole;
    for (const QStringList &row : admin.exec(sql, params).rows) {
        if (out.isEmpty() || row.value(0) != lastRole || row.value(1).toLongLong() != out.last().meeting) {
            ReportMeeting m;
            m.room = row.value(2);
            m.meeting = row.value(1).toLongLong();
            m.title = row.value(3);
            m.kind = row.value(4);
            m.start = timeOf(row.value(5));
            m.expected = row.value(6).toInt();
            m.present = row.value(7).toInt();
            out.append(m);
            lastRole = row.value(0);
        }
        out.last().people.append({row.value(8), row.value(9), row.value(10), row.value(11), timeOf(row.value(12))});
    }
    return out;
}

} // namespace

QList<ReportMeeting> personReport(const PgConnection &admin, const QString &who, const ReportPeriod &period)
{
    bool isId = false;
    const qint64 id = who.trimmed().toLongLong(&isId);
    return meetings(admin, QStringLiteral("(e.name = $3 OR e.central_person = nullif($4, '')::bigint)"),
                    periodParams(period) << who.trimmed() << (isId ? QString::number(id) : QString()));
}

QList<ReportMeeting> roomReport(const PgConnection &admin, const QString &room, const ReportPeriod &period)
{
    const auto role = admin.exec(QStringLiteral("SELECT role FROM room WHERE name = $1"), {room.trimmed()});
    if (role.rows.isEmpty())
        throw CentralError(QCoreApplication::translate("lectern::central", "there is no room named %1 on the central store").arg(room));
    return meetings(admin, QStringLiteral("m.room_role = $3"), periodParams(period) << role.value());
}

QList<UnitRow> unitReport(const PgConnection &admin, const QString &unit, const ReportPeriod &period)
{
    const QString sql = QStringLiteral(
        "SELECT name, unit, kind, count(*), count(*) FILTER (WHERE state IN ('present', 'late')), count(*) FILTER (WHERE state = 'late'), "
        "       count(*) FILTER (WHERE state = 'leave'), count(*) FILTER (WHERE state = 'absent') "
        "FROM (SELECT e.name, e.unit, m.kind, %1 AS state "
        "      FROM report_expected e "
        "      JOIN report_meeting m ON m.room_role = e.room_role AND m.local_meeting = e.local_meeting "
        "      LEFT JOIN report_presence pr ON pr.room_role = e.room_role AND pr.local_meeting = e.local_meeting AND pr.person = e.person "
        "      WHERE e.unit = $3 AND e.role <> 'observe' AND %2) s "
        "WHERE state <> 'not_yet' "
        "GROUP BY name, unit, kind ORDER BY name, kind")
                            .arg(QLatin1String(kState), QLatin1String(kInPeriod));
    QList<UnitRow> out;
    for (const QStringList &row : admin.exec(sql, periodParams(period) << unit.trimmed()).rows)
        out.append({row.value(0), row.value(1), row.value(2), row.value(3).toInt(), row.value(4).toInt(), row.value(5).toInt(),
                    row.value(6).toInt(), row.value(7).toInt()});
    return out;
}

} // namespace lectern::central
