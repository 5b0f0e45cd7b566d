#include "AgendaAttendance.h"

#include "AttendanceLog.h"
#include "Meetings.h"

#include <QSet>

namespace lectern::agenda {

QHash<qint64, ItemAttendance> attendance(const store::Database &db, const QList<AgendaItem> &items, const QDateTime &now)
{
    QHash<qint64, ItemAttendance> out;
    if (items.isEmpty())
        return out;
    const auto meeting = meetings::byId(db, items.first().meetingId);
    if (!meeting)
        return out;
    const AttendanceState state = attendance::current(db, *meeting, now);
    const QList<Person> people = roster::all(db);
    for (const AgendaItem &item : items) {
        ItemAttendance &who = out[item.id];
        if (!item.actualStart.isValid())
            continue;
        const QDateTime until = item.state == ItemState::Running || !item.actualEnd.isValid() ? now : item.actualEnd;
        const QList<qint64> sitIn = observers(db, item.id);
        const QSet<qint64> observing(sitIn.cbegin(), sitIn.cend());
        for (const Person &p : people) {
            const auto it = state.people.constFind(p.id);
            if (it == state.people.cend() || it->presence != Presence::Present || it->signedInAt > until)
                continue;
            (observing.contains(p.id) ? who.observers : who.present).append(p);
        }
    }
    return out;
}

} // namespace lectern::agenda
