#include "RemovalListModel.h"

namespace lectern {

int RemovalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RemovalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
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

void RemovalListModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace lectern
