#include "PersonResults.h"

namespace lectern {

int PersonResults::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PersonResults::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case UnitRole: return r.unit;
    case TitleRole: return r.title;
    case SignedInRole: return r.signedIn;
    case PersonIdRole: return r.personId;
    }
    return {};
}

QHash<int, QByteArray> PersonResults::roleNames() const
{
    return {{NameRole, "name"}, {UnitRole, "unit"}, {TitleRole, "title"}, {SignedInRole, "signedIn"}, {PersonIdRole, "personId"}};
}

void PersonResults::setRows(QList<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

const PersonResults::Row *PersonResults::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

} // namespace lectern
