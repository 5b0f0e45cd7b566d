#include "ExpectedPeopleModel.h"

namespace lectern {

QVariant ExpectedPeopleModel::data(const QModelIndex &index, int role) const
{
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const Row &r = *row;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.person.name;
    case UnitRole: return r.person.unit;
    case RoleKeyRole: return r.role ? roleKey(*r.role) : QString();
    }
    return {};
}

QHash<int, QByteArray> ExpectedPeopleModel::roleNames() const
{
    return {{NameRole, "name"}, {UnitRole, "unit"}, {RoleKeyRole, "roleKey"}};
}

void ExpectedPeopleModel::setRows(const QList<Row> &rows)
{
    RowListModel::setRows(rows);
    m_edited = false;
    emit expectedCountChanged();
}

bool ExpectedPeopleModel::setRole(int row, const QString &key)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    std::optional<Role> role;
    if (!key.isEmpty()) {
        role = roleFromKey(key);
        if (!role)
            return false;
    }
    m_edited = true;
    if (m_rows[row].role == role)
        return true;
    m_rows[row].role = role;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {RoleKeyRole});
    emit expectedCountChanged();
    return true;
}

void ExpectedPeopleModel::setAll(const QString &key)
{
    for (int row = 0; row < m_rows.size(); ++row)
        setRole(row, key);
    m_edited = true;
}

QList<Expected> ExpectedPeopleModel::expected() const
{
    QList<Expected> out;
    for (const Row &r : m_rows)
        if (r.role)
            out.append({r.person.id, *r.role});
    return out;
}

int ExpectedPeopleModel::expectedCount() const
{
    return int(expected().size());
}

} // namespace lectern
