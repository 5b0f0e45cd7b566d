#include "AgendaItemsModel.h"

#include "meeting/Labels.h"

namespace lectern {

QString clockText(qint64 ms, bool withSign)
{
    const bool negative = ms < 0;
    const qint64 s = (negative ? -ms : ms) / 1000;
    QString text = s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (negative)
        return QChar(0x2212) + text; // a real minus sign
    return withSign ? u'+' + text : text;
}

int AgendaItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AgendaItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem &it = m_items.at(index.row());
    const agenda::ItemTiming row = index.row() < m_timing.items.size() ? m_timing.items.at(index.row()) : agenda::ItemTiming{};
    auto hm = [](const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QString(); };
    switch (role) {
    case Qt::DisplayRole: return itemName(it);
    case TitleRole: return it.title; // beside the kind: "" for an untitled break
    case ItemIdRole: return it.id;
    case PositionRole: return it.position;
    case KindRole: return itemKindLabel(it.kind);
    case KindKeyRole: return itemKindKey(it.kind);
    case SpeakerRole: return it.speakerName;
    case StateRole: return itemStateKey(it.state);
    case StateLabelRole: return itemStateLabel(it.state);
    case PlannedRole: return clockText(qint64(row.plannedS) * 1000);
    case ActualRole:
        if (!it.actualStart.isValid())
            return QString();
        return hm(it.actualStart) + QChar(0x2013) + (it.state == ItemState::Running ? QString() : hm(it.actualEnd));
    case OverUnderRole:
        return it.state == ItemState::Waiting || (it.state == ItemState::Running && row.overUnderMs == 0) ? QString()
                                                                                                           : clockText(row.overUnderMs, true);
    case OverRole: return row.overUnderMs > 0;
    case StartsAtRole: return hm(row.projectedStart);
    case HasDraftRole: return it.hasDraft;
    case NameRole: return QStringLiteral("%1. %2").arg(it.position).arg(itemName(it));
    case MatterRole: return it.matter == ItemMatter::General ? QString() : matterLabel(it.matter);
    case QuorumRole: return m_quorum.contains(it.id) ? decisions::quorumLine(m_quorum.value(it.id)) : QString();
    case QuorumMetRole: return m_quorum.value(it.id).met;
    case ResultRole: {
        const QList<decisions::DecisionEvent> votes = m_decided.value(it.id).votes;
        return votes.isEmpty() ? QString() : decisions::resultLabel(votes.last().result);
    }
    case VoteCountRole: return int(m_decided.value(it.id).votes.size());
    }
    return {};
}

QHash<int, QByteArray> AgendaItemsModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},       {PositionRole, "position"},     {TitleRole, "title"},   {KindRole, "kind"},
            {KindKeyRole, "kindKey"},     {SpeakerRole, "speaker"},       {StateRole, "state"},   {StateLabelRole, "stateLabel"},
            {PlannedRole, "planned"},     {ActualRole, "actual"},         {OverUnderRole, "overUnder"},
            {OverRole, "over"},           {StartsAtRole, "startsAt"},     {HasDraftRole, "hasDraft"},
            {NameRole, "name"},           {MatterRole, "matter"},         {QuorumRole, "quorum"}, {QuorumMetRole, "quorumMet"},
            {ResultRole, "result"},       {VoteCountRole, "voteCount"}};
}

void AgendaItemsModel::setDecisions(const QHash<qint64, decisions::ItemQuorum> &quorum,
                                    const QHash<qint64, decisions::ItemDecisions> &decided)
{
    m_quorum = quorum;
    m_decided = decided;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {MatterRole, QuorumRole, QuorumMetRole, ResultRole, VoteCountRole});
}

void AgendaItemsModel::setAgenda(const QList<AgendaItem> &items, const agenda::AgendaTiming &timing)
{
    bool same = items.size() == m_items.size();
    for (qsizetype i = 0; same && i < items.size(); ++i)
        same = items[i].id == m_items[i].id && items[i].state == m_items[i].state && items[i].title == m_items[i].title
               && items[i].position == m_items[i].position && items[i].hasDraft == m_items[i].hasDraft
               && items[i].speakerName == m_items[i].speakerName && items[i].draftSha256 == m_items[i].draftSha256
               && items[i].matter == m_items[i].matter;
    if (!same) {
        beginResetModel();
        m_items = items;
        m_timing = timing;
        endResetModel();
        return;
    }
    m_items = items;
    m_timing = timing;
    if (!m_items.isEmpty()) // the clocks moved: the timing columns, in place
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {PlannedRole, ActualRole, OverUnderRole, OverRole, StartsAtRole});
}

} // namespace lectern
