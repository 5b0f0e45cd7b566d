#include "CentralReport.h"

#include "PgConnection.h"

#include <QCoreApplication>

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

// Reports are lookups by index that run in tens of milliseconds; the LATERAL
// lookups' cost estimates would have PostgreSQL JIT-compile them first, which
// took 0.86 s for a unit report that runs in 0.37 s (docs/benchmarks.md). Off for this session.
void forLookups(const PgConnection &admin)
{
    admin.exec(QStringLiteral("SET jit = off"));
}

QDateTime timeOf(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
}

// One row per person expected at a meeting, in the meetings' order; each
// meeting's counts reckoned once per meeting, not once per row.
QString meetingsSql(const QString &where)
{
    return QStringLiteral(
        "WITH chosen AS ("
        "  SELECT m.room_role, m.local_meeting, m.title, m.kind, m.planned_start, e.name, e.unit, e.role, %1 AS state, pr.signed_in_at "
        "  FROM report_expected e "
        "  JOIN report_meeting m ON m.room_role = e.room_role AND m.local_meeting = e.local_meeting "
        "  LEFT JOIN report_presence pr ON pr.room_role = e.room_role AND pr.local_meeting = e.local_meeting AND pr.person = e.person "
        "  WHERE %2 AND %3), "
        "counts AS ("
        "  SELECT c.room_role, c.local_meeting, k.expected, k.present "
        "  FROM (SELECT DISTINCT room_role, local_meeting FROM chosen) c "
        "  CROSS JOIN LATERAL (SELECT count(*) AS expected, count(p.person) FILTER (WHERE p.presence = 'present') AS present "
        "    FROM report_expected x "
        "    LEFT JOIN report_presence p ON p.room_role = x.room_role AND p.local_meeting = x.local_meeting AND p.person = x.person "
        "    WHERE x.room_role = c.room_role AND x.local_meeting = c.local_meeting AND x.role <> 'observe') k) "
        "SELECT c.room_role, c.local_meeting, coalesce(r.name, c.room_role::text), c.title, c.kind, "
        "       to_char(c.planned_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "       coalesce(n.expected, 0), coalesce(n.present, 0), c.name, c.unit, c.role, c.state, "
        "       to_char(c.signed_in_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
        "FROM chosen c "
        "LEFT JOIN counts n ON n.room_role = c.room_role AND n.local_meeting = c.local_meeting "
        "LEFT JOIN room r ON r.role = c.room_role "
        "ORDER BY c.planned_start, 3, c.local_meeting, c.unit, c.name")
        .arg(QLatin1String(kState), QLatin1String(kInPeriod), where);
}

// A person by name, or by the directory's id when `who` is a number.
QString personWhere(const QString &who)
{
    bool isId = false;
    who.trimmed().toLongLong(&isId);
    return isId ? QStringLiteral("e.central_person = $3::bigint") : QStringLiteral("e.name = $3");
}

QStringList personParams(const QString &who, const ReportPeriod &period)
{
    return periodParams(period) << who.trimmed();
}

QString roomWhere()
{
    return QStringLiteral("m.room_role = $3");
}

QStringList roomParams(const PgConnection &admin, const QString &room, const ReportPeriod &period)
{
    const auto role = admin.exec(QStringLiteral("SELECT role FROM room WHERE name = $1"), {room.trimmed()});
    if (role.rows.isEmpty())
        throw CentralError(QCoreApplication::translate("lectern::central", "there is no room named %1 on the central store").arg(room));
    return periodParams(period) << role.value();
}

// A unit's people, per person and kind of meeting: meetings that have started.
QString unitSql()
{
    return QStringLiteral(
        "SELECT name, unit, kind, count(*), count(*) FILTER (WHERE state IN ('present', 'late')), count(*) FILTER (WHERE state = 'late'), "
        "       count(*) FILTER (WHERE state = 'leave'), count(*) FILTER (WHERE state = 'absent') "
        "FROM (SELECT e.name, e.unit, m.kind, %1 AS state "
        "      FROM report_expected e "
        // From the unit's rows (its index), each meeting and presence looked up by its key: a unit is a
        // small part of millions, and PostgreSQL's default costs would rather read whole tables (1.2 s
        // over 2.5 M rows, against 0.37 s so; docs/benchmarks.md).
        "      CROSS JOIN LATERAL (SELECT m.kind, m.planned_start, m.grace_minutes, m.state FROM report_meeting m "
        "                          WHERE m.room_role = e.room_role AND m.local_meeting = e.local_meeting AND %2 "
        "                          AND (m.state IN ('closed', 'finalized') OR m.planned_start <= now()) LIMIT 1) m "
        "      LEFT JOIN LATERAL (SELECT p.presence, p.signed_in_at FROM report_presence p WHERE p.room_role = e.room_role "
        "                         AND p.local_meeting = e.local_meeting AND p.person = e.person LIMIT 1) pr ON true "
        "      WHERE e.unit = $3 AND e.role <> 'observe') s "
        "GROUP BY name, unit, kind ORDER BY name, kind")
        .arg(QLatin1String(kState), QLatin1String(kInPeriod));
}

// Grouped into meetings.
QList<ReportMeeting> meetings(const PgConnection &admin, const QString &where, const QStringList &params)
{
    forLookups(admin);
    const QString sql = meetingsSql(where);
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
    return meetings(admin, personWhere(who), personParams(who, period));
}

QString reportPlan(const PgConnection &admin, Subject subject, const QString &who, const ReportPeriod &period)
{
    const QString sql = QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ")
        + (subject == Subject::Person ? meetingsSql(personWhere(who)) : subject == Subject::Room ? meetingsSql(roomWhere()) : unitSql());
    const QStringList params = subject == Subject::Person ? personParams(who, period)
        : subject == Subject::Room                        ? roomParams(admin, who, period)
                                                          : periodParams(period) << who.trimmed();
    forLookups(admin);
    QStringList lines;
    for (const QStringList &row : admin.exec(sql, params).rows)
        lines.append(row.value(0));
    return lines.join(u'\n');
}

QList<ReportMeeting> roomReport(const PgConnection &admin, const QString &room, const ReportPeriod &period)
{
    return meetings(admin, roomWhere(), roomParams(admin, room, period));
}

QList<UnitRow> unitReport(const PgConnection &admin, const QString &unit, const ReportPeriod &period)
{
    forLookups(admin);
    QList<UnitRow> out;
    for (const QStringList &row : admin.exec(unitSql(), periodParams(period) << unit.trimmed()).rows)
        out.append({row.value(0), row.value(1), row.value(2), row.value(3).toInt(), row.value(4).toInt(), row.value(5).toInt(),
                    row.value(6).toInt(), row.value(7).toInt()});
    return out;
}

} // namespace lectern::central
