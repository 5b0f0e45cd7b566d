#include "PlaceholderListModel.h"

namespace lectern {

int PlaceholderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlaceholderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
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

void PlaceholderListModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace lectern
