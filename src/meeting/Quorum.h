#pragma once

#include "Agenda.h"
#include "DecisionRules.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace lectern::store {
class Database;
}

namespace lectern::decisions {

// Who counts towards an item's quorum and vote, and whether it has one. The
// members are the people expected to attend (出席) or chair (主持); 列席
// observers, the recorder, walk-ins and guests never count. A member who
// withdrew from the item (回避) leaves its base; a member on leave (请假) stays
// in it but is not present. Present: signed in by the time the item ended, by
// `now` while it runs or before it has started. Derived, never stored.
struct ItemQuorum
{
    Threshold rule = Threshold::MoreThanHalf;
    int members = 0;  // the base: members expected, less those recused (应到)
    int recused = 0;  // members who withdrew from this item
    int present = 0;  // members present, not recused (实到)
    int onLeave = 0;  // members on leave, not recused
    int required = 0; // present needed for the quorum (需)
    bool met = false;
    QSet<qint64> presentMembers; // who may vote on the item (a named vote's ballots)
};

// Every item of one meeting at once (the log and roster read once), by item id.
QHash<qint64, ItemQuorum> quorum(const store::Database &db, qint64 meetingId, const Rules &rules, const QDateTime &now);
// One item's.
ItemQuorum quorumOf(const store::Database &db, const AgendaItem &item, const Rules &rules, const QDateTime &now);

// "应到 9 · 实到 6 · 需 5 · 已达" (with "回避 1" when someone withdrew).
QString quorumLine(const ItemQuorum &q);

} // namespace lectern::decisions
