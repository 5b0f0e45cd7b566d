#include "PlaceholderListModel.h"

namespace lectern {

QVariant PlaceholderListModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const Row &r = *row;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return r.text;
    case CountRole: return r.count;
    case ContextRole: return r.context;
    }
    return {};
}

QHash<int, QByteArray> PlaceholderListModel::roleNames() const
{
    return {{TextRole, "text"}, {CountRole, "count"}, {ContextRole, "context"}};
}

} // namespace lectern
