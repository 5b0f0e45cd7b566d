#pragma once

#include "meeting/Agenda.h"
#include "meeting/AgendaTiming.h"
#include "meeting/Decisions.h"
#include "meeting/Quorum.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The agenda as the console lists it: each item with its kind, speaker,
// planned and actual time, over/under and, for items still to come, when
// they would start. Rows are replaced whole when the agenda changes; the
// timing columns change in place each second while an item runs.
class AgendaItemsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The agenda's items come from App.agenda")

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        PositionRole,
        TitleRole,      // the title as given ("" for an untitled break: the kind says it)
        KindRole,       // translated: 讲话, 汇报 …
        KindKeyRole,    // speech, report …
        SpeakerRole,
        StateRole,      // waiting, running, done, skipped
        StateLabelRole,
        PlannedRole,    // "10:00"
        ActualRole,     // "09:12–09:24", "09:12–" while running, "" before
        OverUnderRole,  // "+2:15", "−0:40", "" when nothing to say
        OverRole,       // true when over its plan
        StartsAtRole,   // "09:40" for items to come
        HasDraftRole,
        NameRole,       // the title, else the kind: what a list of items shows
        MatterRole,     // "" for a general matter, else 干部任免 / 重大事项 (translated)
        QuorumRole,     // "应到 9 · 实到 6 · 需 5 · 已达"
        QuorumMetRole,
        ResultRole,     // the last vote's result (通过 / 未通过 / 暂缓, translated), "" before a vote
        VoteCountRole,  // how many votes were held on it (a revote makes 2)
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new agenda (a reset), or new timing for the same items (dataChanged).
    void setAgenda(const QList<AgendaItem> &items, const agenda::AgendaTiming &timing);
    const QList<AgendaItem> &items() const { return m_items; }
    // Each item's quorum and decisions now, by item id (dataChanged for those columns).
    void setDecisions(const QHash<qint64, decisions::ItemQuorum> &quorum, const QHash<qint64, decisions::ItemDecisions> &decided);
    decisions::ItemQuorum quorumOf(qint64 itemId) const { return m_quorum.value(itemId); }

private:
    QHash<qint64, decisions::ItemQuorum> m_quorum;
    QHash<qint64, decisions::ItemDecisions> m_decided;
    QList<AgendaItem> m_items;
    agenda::AgendaTiming m_timing;
};

// "12:05", "−0:40", "1:02:05": a length as the clocks show it.
QString clockText(qint64 ms, bool withSign = false);

} // namespace lectern
