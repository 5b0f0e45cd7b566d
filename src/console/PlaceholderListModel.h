#pragma once

#include "RowListModel.h"

#include <QtQml/qqmlregistration.h>

namespace lectern {

struct PlaceholderRow
{
    QString text;
    int count = 0;
    QString context;
};

// The blanks still to fill in a reviewed speech (X, ×××, 某某 …), one row per
// distinct placeholder: how often it occurs and the words around its first
// occurrence, so that the secretary knows what it stands for.
class PlaceholderListModel : public RowListModel<PlaceholderRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The speech review fills it")

public:
    enum Role { TextRole = Qt::UserRole + 1, CountRole, ContextRole };
    using Row = PlaceholderRow;
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace lectern
