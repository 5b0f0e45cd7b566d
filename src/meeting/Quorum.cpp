#include "Quorum.h"

#include "AttendanceLog.h"
#include "Decisions.h"
#include "Meetings.h"

#include <QCoreApplication>

namespace lectern::decisions {
namespace {

bool isMember(Role role)
{
    return role == Role::Attend || role == Role::Chair;
}

ItemQuorum reckon(const AgendaItem &item, const QList<Expected> &expected, const AttendanceState &state, const QSet<qint64> &recused,
                  const Rules &rules, const QDateTime &now)
{
    ItemQuorum q;
    q.rule = rules.quorumFor(item.matter);
    // Who is present at the item: by its end once it ended, else by now.
    const bool over = item.actualStart.isValid() && item.state != ItemState::Running && item.actualEnd.isValid();
    const QDateTime until = over ? item.actualEnd : now;
    for (const Expected &e : expected) {
        if (!isMember(e.role))
            continue;
        if (recused.contains(e.personId)) {
            ++q.recused;
            continue;
        }
        ++q.members;
        const auto it = state.people.constFind(e.personId);
        if (it == state.people.cend())
            continue;
        if (it->presence == Presence::Present && it->signedInAt <= until) {
            ++q.present;
            q.presentMembers.insert(e.personId);
        } else if (it->presence == Presence::OnLeave) {
            ++q.onLeave;
        }
    }
    q.required = required(q.rule, q.members);
    q.met = q.members > 0 && q.present >= q.required;
    return q;
}

} // namespace

QHash<qint64, ItemQuorum> quorum(const store::Database &db, qint64 meetingId, const Rules &rules, const QDateTime &now)
{
    QHash<qint64, ItemQuorum> out;
    const auto meeting = meetings::byId(db, meetingId);
    if (!meeting)
        return out;
    const QList<Expected> expected = meetings::expected(db, meetingId);
    const AttendanceState state = attendance::current(db, *meeting, now);
    const QHash<qint64, ItemDecisions> decided = forMeeting(db, meetingId);
    for (const AgendaItem &item : agenda::items(db, meetingId))
        out.insert(item.id, reckon(item, expected, state, decided.value(item.id).recusedIds(), rules, now));
    return out;
}

ItemQuorum quorumOf(const store::Database &db, const AgendaItem &item, const Rules &rules, const QDateTime &now)
{
    const auto meeting = meetings::byId(db, item.meetingId);
    if (!meeting)
        return {};
    return reckon(item, meetings::expected(db, item.meetingId), attendance::current(db, *meeting, now),
                  forItem(db, item.id).recusedIds(), rules, now);
}

QString quorumLine(const ItemQuorum &q)
{
    QString line = QCoreApplication::translate("lectern::Quorum", "expected %1").arg(q.members);
    if (q.recused > 0)
        line += QCoreApplication::translate("lectern::Quorum", " (%1 recused)").arg(q.recused);
    line += QCoreApplication::translate("lectern::Quorum", " · present %1 · needed %2 · %3")
                .arg(q.present)
                .arg(q.required)
                .arg(q.met ? QCoreApplication::translate("lectern::Quorum", "quorum") : QCoreApplication::translate("lectern::Quorum", "no quorum"));
    return line;
}

} // namespace lectern::decisions
