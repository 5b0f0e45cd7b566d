#pragma once

#include "Agenda.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace lectern {
struct Meeting;
}

namespace lectern::agenda {

// Timing to a hard end, from the items as they are and the time now (pure:
// the caller's clock, so tests inject one).
//
// An item's planned time is what was set by hand, else its draft's Han
// characters at its speaker's pace (paceOf; 180 字/分钟 when unknown).
// Over/under: a finished item's actual time minus its plan; a running one's
// only once it has overrun (until then it may still end on time); a skipped
// one gives back its plan. The projected end: now, plus what is left of the
// running item, plus every item still waiting — from the meeting's planned
// start when it has not begun.
struct ItemTiming
{
    qint64 itemId = 0;
    int plannedS = 0;
    qint64 elapsedMs = 0;
    qint64 overUnderMs = 0;      // + over, − under
    QDateTime projectedStart;    // waiting items: when they would start
};

struct AgendaTiming
{
    QList<ItemTiming> items;     // in running order
    int plannedTotalS = 0;       // every item not skipped
    qint64 overUnderMs = 0;      // the items' sum
    QDateTime projectedEnd;
    qint64 endMarginMs = 0;      // planned end − projected end: negative when it will overrun
    bool overrun = false;        // the projected end is after the meeting's planned end
    bool longerThanMeeting = false; // the plan alone does not fit between the planned start and end
};

// Planned seconds of one item at the given pace (字/分钟).
int plannedSeconds(const AgendaItem &item, int pacePerMinute);

AgendaTiming timing(const Meeting &meeting, const QList<AgendaItem> &items, const QDateTime &now,
                    const QHash<qint64, int> &paceBySpeaker = {});

} // namespace lectern::agenda
