#include "MeetingListModel.h"

#include "meeting/Labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace lectern {

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const Row &r = *row;
    switch (role) {
    case IdRole: return r.meeting.id;
    case Qt::DisplayRole:
    case TitleRole: return r.meeting.title;
    case WhenRole: return r.meeting.plannedStart.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case PlaceRole: return r.meeting.place;
    case StateRole: return meetingStateKey(r.meeting.state);
    case StateLabelRole: return meetingStateLabel(r.meeting.state);
    case CountsRole:
        return QCoreApplication::translate("lectern::MeetingListModel", "%1 of %2 present").arg(r.counts.present).arg(r.counts.expected);
    }
    return {};
}

QHash<int, QByteArray> MeetingListModel::roleNames() const
{
    return {{IdRole, "meetingId"}, {TitleRole, "title"}, {WhenRole, "when"}, {PlaceRole, "place"},
            {StateRole, "state"}, {StateLabelRole, "stateLabel"}, {CountsRole, "counts"}};
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].meeting.id == meetingId)
            return i;
    return -1;
}

} // namespace lectern
