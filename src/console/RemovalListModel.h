#pragma once

#include "RowListModel.h"
#include "document/Document.h"

#include <QtQml/qqmlregistration.h>

namespace lectern {

struct RemovalRow
{
    Removal removal;
    bool kept = false;
};

// What the import took out of a speech, line by line, for the review: each
// removed or joined line with why, and the lines the secretary put back
// (kept), which stay listed so that putting one back can be undone.
class RemovalListModel : public RowListModel<RemovalRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The speech review fills it")

public:
    enum Role { LineRole = Qt::UserRole + 1, TextRole, ReasonRole, KeptRole };
    using Row = RemovalRow;
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
};

} // namespace lectern
