#include "AgendaRun.h"

#include "AgendaLog.h"
#include "Meetings.h"
#include "Quorum.h"
#include "store/Database.h"
#include "store/Transaction.h"

namespace lectern::agenda {
namespace {

// The meeting, if its items may run: open or draft.
Refusal runnable(const store::Database &db, qint64 meetingId)
{
    const auto m = meetings::byId(db, meetingId);
    if (!m)
        return Refusal::NoSuchMeeting;
    if (m->state == MeetingState::Finalized)
        return Refusal::Finalized;
    if (!m->takesSignIns())
        return Refusal::Closed;
    return Refusal::None;
}

void logRun(const store::Database &db, const AgendaItem &it, EventKind kind, const QDateTime &now, const QString &detail = {})
{
    AgendaEvent e;
    e.meetingId = it.meetingId;
    e.itemId = it.id;
    e.kind = kind;
    e.at = now;
    e.detail = detail;
    log(db, e);
}

// A 表决 item's start says its quorum then, in the record: one started
// without a quorum (the console warned; the chair went on) shows as such.
QString quorumAtStart(const store::Database &db, const AgendaItem &it, const decisions::Rules &rules, const QDateTime &now)
{
    if (it.kind != ItemKind::Vote)
        return {};
    AgendaItem starting = it; // as it is from now: running (an item run before is reckoned now, not by its old end)
    starting.state = ItemState::Running;
    const decisions::ItemQuorum q = decisions::quorumOf(db, starting, rules, now);
    return QStringLiteral("quorum %1 members=%2 present=%3 required=%4 recused=%5")
        .arg(q.met ? QStringLiteral("met") : QStringLiteral("not_met"))
        .arg(q.members)
        .arg(q.present)
        .arg(q.required)
        .arg(q.recused);
}

// Ends the running item as `state` (inside the caller's transaction).
void endRunning(const store::Database &db, qint64 meetingId, ItemState state, const QDateTime &now)
{
    const auto it = current(db, meetingId);
    if (!it)
        return;
    db.prepare("UPDATE agenda_item SET state = ?1, actual_end = ?2, spent_ms = ?3, running_since = NULL WHERE id = ?4")
        .bind(1, itemStateKey(state))
        .bind(2, meetings::timeText(now))
        .bind(3, it->elapsedMs(now))
        .bind(4, it->id)
        .run();
    logRun(db, *it, state == ItemState::Skipped ? EventKind::Skipped : EventKind::Ended, now);
}

void startItem(const store::Database &db, const AgendaItem &it, const decisions::Rules &rules, const QDateTime &now)
{
    endRunning(db, it.meetingId, ItemState::Done, now);
    db.prepare("UPDATE agenda_item SET state = 'running', running_since = ?1, actual_start = coalesce(actual_start, ?1), "
               "actual_end = NULL WHERE id = ?2")
        .bind(1, meetings::timeText(now))
        .bind(2, it.id)
        .run();
    // The meeting began with its first item, if nobody said so before.
    db.prepare("UPDATE meeting SET actual_start = ?1 WHERE id = ?2 AND actual_start IS NULL")
        .bind(1, meetings::timeText(now))
        .bind(2, it.meetingId)
        .run();
    logRun(db, it, EventKind::Started, now, quorumAtStart(db, it, rules, now));
}

// The position after which "next" looks: the running item's, else the last one that ran.
int lastRunPosition(const QList<AgendaItem> &list)
{
    int last = 0;
    QDateTime latest;
    for (const AgendaItem &it : list) {
        if (it.state == ItemState::Running)
            return it.position;
        if (it.actualEnd.isValid() && (!latest.isValid() || it.actualEnd >= latest)) {
            latest = it.actualEnd;
            last = it.position;
        }
    }
    return last;
}

// One change to an item whose meeting runs, in one transaction.
template<typename F>
Refusal onItem(const store::Database &db, qint64 itemId, F &&change)
{
    store::Transaction t(db);
    const auto it = item(db, itemId);
    if (!it)
        return Refusal::NoSuchItem;
    if (const Refusal r = runnable(db, it->meetingId); r != Refusal::None)
        return r;
    change(*it);
    t.commit();
    return Refusal::None;
}

// One change to the run order of a meeting that runs, in one transaction.
template<typename F>
Refusal onMeeting(const store::Database &db, qint64 meetingId, F &&change)
{
    store::Transaction t(db);
    if (const Refusal r = runnable(db, meetingId); r != Refusal::None)
        return r;
    change();
    t.commit();
    return Refusal::None;
}

} // namespace

std::optional<AgendaItem> current(const store::Database &db, qint64 meetingId)
{
    for (const AgendaItem &it : items(db, meetingId))
        if (it.state == ItemState::Running)
            return it;
    return std::nullopt;
}

std::optional<AgendaItem> upNext(const store::Database &db, qint64 meetingId)
{
    const QList<AgendaItem> list = items(db, meetingId);
    const int after = lastRunPosition(list);
    for (const AgendaItem &it : list)
        if (it.position > after && it.state == ItemState::Waiting)
            return it;
    return std::nullopt;
}

Refusal start(const store::Database &db, qint64 itemId, const QDateTime &now, const decisions::Rules &rules)
{
    return onItem(db, itemId, [&](const AgendaItem &it) {
        if (it.state != ItemState::Running)
            startItem(db, it, rules, now);
    });
}

Refusal endCurrent(const store::Database &db, qint64 meetingId, const QDateTime &now)
{
    return onMeeting(db, meetingId, [&] { endRunning(db, meetingId, ItemState::Done, now); });
}

void endRunningItem(const store::Database &db, qint64 meetingId, const QDateTime &now)
{
    endRunning(db, meetingId, ItemState::Done, now);
}

Refusal next(const store::Database &db, qint64 meetingId, const QDateTime &now, const decisions::Rules &rules)
{
    return onMeeting(db, meetingId, [&] {
        if (const auto following = upNext(db, meetingId))
            startItem(db, *following, rules, now);
        else
            endRunning(db, meetingId, ItemState::Done, now);
    });
}

Refusal previous(const store::Database &db, qint64 meetingId, const QDateTime &now, const decisions::Rules &rules)
{
    return onMeeting(db, meetingId, [&] {
        const QList<AgendaItem> list = items(db, meetingId);
        const int at = lastRunPosition(list);
        // The nearest item before it that is not a skipped one.
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            if (list[i].position >= at || list[i].state == ItemState::Skipped)
                continue;
            startItem(db, list[i], rules, now);
            break;
        }
    });
}

Refusal skip(const store::Database &db, qint64 itemId, const QDateTime &now)
{
    return onItem(db, itemId, [&](const AgendaItem &it) {
        if (it.state == ItemState::Running) {
            endRunning(db, it.meetingId, ItemState::Skipped, now);
        } else if (it.state == ItemState::Waiting) {
            db.prepare("UPDATE agenda_item SET state = 'skipped' WHERE id = ?1").bind(1, itemId).run();
            logRun(db, it, EventKind::Skipped, now);
        }
    });
}

Refusal playNext(const store::Database &db, qint64 itemId, const QDateTime &now)
{
    const auto it = item(db, itemId);
    if (!it)
        return Refusal::NoSuchItem;
    const QList<AgendaItem> list = items(db, it->meetingId);
    const int after = lastRunPosition(list);
    // Moving down past the current item leaves one fewer before it.
    const int to = it->position > after ? after + 1 : after;
    return move(db, it->meetingId, itemId, std::max(1, to), now);
}

qint64 addBreak(const store::Database &db, qint64 meetingId, int minutes, const QString &title, const QDateTime &now, Refusal *refusal)
{
    NewItem n;
    n.kind = ItemKind::Break;
    n.title = title;
    n.plannedSeconds = std::max(0, minutes) * 60;
    n.position = lastRunPosition(items(db, meetingId)) + 1;
    return add(db, meetingId, n, now, refusal);
}

} // namespace lectern::agenda
