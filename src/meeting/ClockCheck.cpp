#include "ClockCheck.h"

#include "Meetings.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace lectern::meetings {

QDateTime latestRecordedAt(const store::Database &db)
{
    QDateTime latest;
    // The last rows written (by id: cheap enough to ask before every write),
    // compared as times (stored with their offsets, their text does not sort).
    for (const char *sql : {"SELECT recorded_at FROM attendance_event ORDER BY id DESC LIMIT 5",
                            "SELECT at FROM agenda_event ORDER BY id DESC LIMIT 5"}) {
        store::Statement s = db.prepare(sql);
        while (s.step()) {
            const QDateTime t = timeFromText(s.text(0));
            if (t.isValid() && (!latest.isValid() || t > latest))
                latest = t;
        }
    }
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
