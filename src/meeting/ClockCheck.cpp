#include "ClockCheck.h"

#include "Meetings.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace lectern::meetings {

QDateTime latestRecordedAt(const store::Database &db)
{
    QDateTime latest;
    qint64 attendanceUpto = 0;
    qint64 agendaUpto = 0;
    store::Statement accepted = db.prepare("SELECT at, attendance_upto, agenda_upto FROM clock_accepted ORDER BY id DESC LIMIT 1");
    if (accepted.step()) {
        latest = timeFromText(accepted.text(0));
        attendanceUpto = accepted.integer(1);
        agendaUpto = accepted.integer(2);
    }
    // The last rows written (by id: cheap enough to ask before every write),
    // compared as times (stored with their offsets, their text does not sort).
    const std::pair<const char *, qint64> tables[] = {
        {"SELECT recorded_at FROM attendance_event WHERE id > ?1 ORDER BY id DESC LIMIT 5", attendanceUpto},
        {"SELECT at FROM agenda_event WHERE id > ?1 ORDER BY id DESC LIMIT 5", agendaUpto}};
    for (const auto &[sql, upto] : tables) {
        store::Statement s = db.prepare(sql);
        s.bind(1, upto);
        while (s.step()) {
            const QDateTime t = timeFromText(s.text(0));
            if (t.isValid() && (!latest.isValid() || t > latest))
                latest = t;
        }
    }
    return latest;
}

QDateTime acceptClock(const store::Database &db, const QDateTime &now, const QString &reason)
{
    store::Transaction t(db);
    const QDateTime latest = latestRecordedAt(db);
    if (clockProblem(now, latest).isEmpty() || now.date().year() < 2024)
        return {}; // nothing to accept, or a clock that was never set: set it instead
    auto maxId = [&db](const char *sql) {
        store::Statement s = db.prepare(sql);
        return s.step() ? s.integer(0) : 0;
    };
    db.prepare("INSERT INTO clock_accepted (at, attendance_upto, agenda_upto, latest_before, reason) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, timeText(now))
        .bind(2, maxId("SELECT COALESCE(MAX(id), 0) FROM attendance_event"))
        .bind(3, maxId("SELECT COALESCE(MAX(id), 0) FROM agenda_event"))
        .bind(4, timeText(latest))
        .bind(5, reason)
        .run();
    t.commit();
    return latest;
}

QString clockProblem(const QDateTime &now, const QDateTime &latestRecorded)
{
    if (now.date().year() < 2024)
        return QCoreApplication::translate("lectern::ClockCheck", "the clock says %1: it was never set, or the PC's battery is flat")
            .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (latestRecorded.isValid() && now.secsTo(latestRecorded) > 60)
        return QCoreApplication::translate("lectern::ClockCheck", "the clock says %1, before the latest record (%2): sign-ins would be dated in the past")
            .arg(now.toString(QStringLiteral("yyyy-MM-dd HH:mm")), latestRecorded.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return {};
}

} // namespace lectern::meetings
