#include "DecisionDesk.h"

#include "AgendaController.h"
#include "meeting/Agenda.h"
#include "meeting/AttendanceLog.h"
#include "meeting/Decisions.h"
#include "meeting/Labels.h"
#include "meeting/MeetingStore.h"
#include "meeting/Quorum.h"
#include "meeting/Roster.h"
#include "records/DecisionLines.h"
#include "store/StoreError.h"

#include <QLoggingCategory>

namespace lectern {

Q_LOGGING_CATEGORY(lcDecisions, "lectern.decisions")

DecisionDesk::DecisionDesk(AgendaController *agenda, QObject *parent)
    : QObject(parent)
    , m_agenda(agenda)
{
    // The agenda refreshes on every change to the meetings database (its
    // watcher): sign-ins move the quorum, and the command line's records come in.
    connect(m_agenda, &AgendaController::changed, this, &DecisionDesk::refresh);
}

void DecisionDesk::setStore(std::shared_ptr<MeetingStore> store)
{
    m_store = std::move(store);
    refresh();
}

qint64 DecisionDesk::targetItem() const
{
    if (m_chosen)
        return m_chosen;
    return m_agenda->quorumItemId();
}

int DecisionDesk::itemId() const
{
    return int(m_shown);
}

void DecisionDesk::setItemId(int itemId)
{
    if (qint64(itemId) == m_chosen)
        return;
    m_chosen = itemId;
    m_error.clear();
    refresh();
}

void DecisionDesk::refresh()
{
    m_shown = 0;
    m_title.clear();
    m_matter.clear();
    m_quorumLine.clear();
    m_decision.clear();
    m_recorded.clear();
    m_quorumMet = false;
    m_votesTaken = 0;
    QList<ItemMembersModel::Member> rows;
    const qint64 id = targetItem();
    if (m_store && id) {
        try {
            const store::Database &db = m_store->db();
            auto item = agenda::item(db, id);
            // An item chosen from another meeting (the console moved on): back to the agenda's own.
            if (item && m_chosen && item->meetingId != m_agenda->meetingId()) {
                m_chosen = 0;
                item = m_agenda->quorumItemId() ? agenda::item(db, m_agenda->quorumItemId()) : std::nullopt;
            }
            const auto meeting = item ? meetings::byId(db, item->meetingId) : std::nullopt;
            if (item && meeting) {
                m_shown = item->id;
                m_title = QStringLiteral("%1. %2").arg(item->position).arg(itemName(*item));
                m_matter = item->matter == ItemMatter::General ? QString() : matterLabel(item->matter);
                const QDateTime at = now();
                const decisions::ItemQuorum q = decisions::quorumOf(db, *item, m_rules, at);
                m_quorumLine = decisions::quorumLine(q);
                m_quorumMet = q.met;
                const decisions::ItemDecisions d = decisions::forItem(db, item->id);
                m_votesTaken = int(d.votes.size());
                m_decision = d.decision;
                m_recorded = records::decisionLines(db, d).all();
                const AttendanceState state = attendance::current(db, *meeting, at);
                QHash<qint64, QString> recusals, opinions;
                for (const auto &r : d.recusals)
                    recusals.insert(r.personId, r.text);
                for (const auto &o : d.opinions)
                    opinions.insert(o.personId, o.text.isEmpty() ? o.fileName : o.text);
                for (const Expected &e : meetings::expected(db, meeting->id)) {
                    if (e.role != Role::Attend && e.role != Role::Chair)
                        continue;
                    const auto p = roster::byId(db, e.personId);
                    ItemMembersModel::Member m;
                    m.personId = e.personId;
                    m.name = p ? p->name : QString::number(e.personId);
                    const PersonAttendance a = state.people.value(e.personId);
                    if (recusals.contains(e.personId)) {
                        m.standing = QStringLiteral("recused");
                        m.note = recusals.value(e.personId);
                    } else if (q.presentMembers.contains(e.personId)) {
                        m.standing = QStringLiteral("present");
                    } else {
                        m.standing = a.presence == Presence::OnLeave ? QStringLiteral("leave") : QStringLiteral("absent");
                        m.note = a.reason;
                    }
                    if (opinions.contains(e.personId)) {
                        m.hasOpinion = true;
                        m.note = tr("written opinion: %1").arg(opinions.value(e.personId));
                    }
                    rows.append(m);
                }
            }
        } catch (const store::StoreError &e) {
            m_error = e.message();
            qCWarning(lcDecisions).noquote() << e.message();
        }
    }
    m_members.setMembers(rows);
    emit changed();
}

template<typename F>
bool DecisionDesk::record(F &&write)
{
    if (!m_store || !m_shown) {
        m_error = tr("no agenda item is chosen");
        emit changed();
        return false;
    }
    try {
        const decisions::Outcome o = write(m_store->db(), m_shown, now());
        m_error = o.ok() ? QString() : o.problem;
        if (o.ok())
            qCInfo(lcDecisions).noquote() << "item" << m_shown << decisions::kindKey(o.recorded.kind) << "recorded";
    } catch (const store::StoreError &e) {
        m_error = e.message();
    }
    // The agenda's rows (their quorum and result) at once, not when the
    // database watcher reports the commit; its refresh refreshes this panel.
    m_agenda->refresh();
    return m_error.isEmpty();
}

bool DecisionDesk::recuse(int personId, const QString &reason)
{
    return record([&](const store::Database &db, qint64 item, const QDateTime &at) { return decisions::recuse(db, item, personId, reason, at); });
}

bool DecisionDesk::vote(const QString &method, int votesFor, int against, int abstain, bool deferred, const QString &reason)
{
    const auto m = decisions::methodFromText(method);
    if (!m) {
        m_error = tr("choose how the vote was taken");
        emit changed();
        return false;
    }
    const decisions::VoteInput in{*m, votesFor, against, abstain, {}, deferred, reason};
    return record([&](const store::Database &db, qint64 item, const QDateTime &at) { return decisions::vote(db, item, in, m_rules, at); });
}

bool DecisionDesk::sendOpinion(int personId, const QString &text)
{
    return record([&](const store::Database &db, qint64 item, const QDateTime &at) {
        return decisions::opinion(db, item, personId, text, {}, {}, at);
    });
}

bool DecisionDesk::setDecision(const QString &text)
{
    return record([&](const store::Database &db, qint64 item, const QDateTime &at) { return decisions::setDecision(db, item, text, at); });
}

} // namespace lectern
