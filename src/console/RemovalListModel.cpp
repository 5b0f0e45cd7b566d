#include "RemovalListModel.h"

namespace lectern {

QVariant RemovalListModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const Row &r = *row;
    switch (role) {
    case LineRole: return r.removal.line;
    case Qt::DisplayRole:
    case TextRole: return r.removal.text;
    case ReasonRole: return removalReasonDescription(r.removal.reason);
    case KeptRole: return r.kept;
    }
    return {};
}

QHash<int, QByteArray> RemovalListModel::roleNames() const
{
    return {{LineRole, "line"}, {TextRole, "text"}, {ReasonRole, "reason"}, {KeptRole, "kept"}};
}

} // namespace lectern
