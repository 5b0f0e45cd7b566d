#pragma once

#include "RowListModel.h"
#include "meeting/Attendance.h"

#include <QtQml/qqmlregistration.h>

namespace lectern {

struct MeetingListRow
{
    Meeting meeting;
    AttendanceCounts counts;
};

// The meetings of the data folder for the console's list, soonest first,
// with each one's state and attendance so far. Filled by MeetingConsole.
class MeetingListModel : public RowListModel<MeetingListRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console fills it")

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, WhenRole, PlaceRole, StateRole, StateLabelRole, CountsRole };
    using Row = MeetingListRow;
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(qint64 meetingId) const; // -1 when absent
};

} // namespace lectern
