#include "AgendaTiming.h"

#include "Meetings.h"
#include "document/Timing.h"

#include <cmath>

namespace lectern::agenda {

int plannedSeconds(const AgendaItem &item, int pacePerMinute)
{
    if (item.plannedByHand)
        return *item.plannedByHand;
    if (item.hanChars <= 0)
        return 0;
    return int(std::lround(estimateSeconds(item.hanChars, SpeakingRate::clamp(pacePerMinute))));
}

AgendaTiming timing(const Meeting &meeting, const QList<AgendaItem> &items, const QDateTime &now, const QHash<qint64, int> &pace)
{
    AgendaTiming t;
    bool anyStarted = false;
    for (const AgendaItem &it : items)
        anyStarted = anyStarted || it.actualStart.isValid();
    // Where the waiting items begin: after what runs now, or at the planned start.
    QDateTime cursor = now;
    if (!anyStarted && meeting.plannedStart.isValid() && meeting.plannedStart > now)
        cursor = meeting.plannedStart;
    for (const AgendaItem &it : items) {
        ItemTiming row;
        row.itemId = it.id;
        row.plannedS = plannedSeconds(it, pace.value(it.speakerId, SpeakingRate::kDefault));
        row.elapsedMs = it.elapsedMs(now);
        const qint64 plannedMs = qint64(row.plannedS) * 1000;
        switch (it.state) {
        case ItemState::Done:
            row.overUnderMs = row.elapsedMs - plannedMs;
            break;
        case ItemState::Running:
            row.overUnderMs = std::max<qint64>(0, row.elapsedMs - plannedMs);
            cursor = cursor.addMSecs(std::max<qint64>(0, plannedMs - row.elapsedMs));
            break;
        case ItemState::Skipped:
            // Skipped after it ran a while: its time counts; never run: its plan is given back.
            row.overUnderMs = row.elapsedMs - plannedMs;
            break;
        case ItemState::Waiting:
            row.projectedStart = cursor;
            cursor = cursor.addMSecs(plannedMs);
            break;
        }
        if (it.state != ItemState::Skipped)
            t.plannedTotalS += row.plannedS;
        t.overUnderMs += row.overUnderMs;
        t.items.append(row);
    }
    t.projectedEnd = cursor;
    if (meeting.plannedEnd.isValid()) {
        t.endMarginMs = t.projectedEnd.msecsTo(meeting.plannedEnd);
        t.overrun = t.endMarginMs < 0;
        if (meeting.plannedStart.isValid())
            t.longerThanMeeting = qint64(t.plannedTotalS) * 1000 > meeting.plannedStart.msecsTo(meeting.plannedEnd);
    }
    return t;
}

} // namespace lectern::agenda
