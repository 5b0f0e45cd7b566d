#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The blanks still to fill in a reviewed speech (X, ×××, 某某 …), one row per
// distinct placeholder: how often it occurs and the words around its first
// occurrence, so that the secretary knows what it stands for.
class PlaceholderListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The speech review fills it")

public:
    enum Role { TextRole = Qt::UserRole + 1, CountRole, ContextRole };
    struct Row
    {
        QString text;
        int count = 0;
        QString context;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows);

private:
    QList<Row> m_rows;
};

} // namespace lectern
