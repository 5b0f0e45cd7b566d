#pragma once

#include "meeting/Attendance.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The meetings of the data folder for the console's list, soonest first,
// with each one's state and attendance so far. Filled by MeetingConsole.
class MeetingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console fills it")

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, WhenRole, PlaceRole, StateRole, StateLabelRole, CountsRole };
    struct Row
    {
        Meeting meeting;
        AttendanceCounts counts;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    int rowOf(qint64 meetingId) const; // -1 when absent

private:
    QList<Row> m_rows;
};

} // namespace lectern
