#include "AgendaAttendance.h"

#include "AttendanceLog.h"
#include "Meetings.h"

#include <QSet>

namespace lectern::agenda {

ItemAttendance attendance(const store::Database &db, const AgendaItem &item, const QDateTime &now)
{
    ItemAttendance out;
    const auto meeting = meetings::byId(db, item.meetingId);
    if (!meeting || !item.actualStart.isValid())
        return out;
    const QDateTime until = item.state == ItemState::Running || !item.actualEnd.isValid() ? now : item.actualEnd;
    const AttendanceState state = attendance::current(db, *meeting, now);
    const QList<qint64> sitIn = observers(db, item.id);
    const QSet<qint64> observing(sitIn.cbegin(), sitIn.cend());
    for (const Person &p : roster::all(db)) {
        const auto it = state.people.constFind(p.id);
        if (it == state.people.cend() || it->presence != Presence::Present || it->signedInAt > until)
            continue;
        (observing.contains(p.id) ? out.observers : out.present).append(p);
    }
    return out;
}

} // namespace lectern::agenda
