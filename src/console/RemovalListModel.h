#pragma once

#include "document/Document.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// What the import took out of a speech, line by line, for the review: each
// removed or joined line with why, and the lines the secretary put back
// (kept), which stay listed so that putting one back can be undone.
class RemovalListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The speech review fills it")

public:
    enum Role { LineRole = Qt::UserRole + 1, TextRole, ReasonRole, KeptRole };
    struct Row
    {
        Removal removal;
        bool kept = false;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

} // namespace lectern
