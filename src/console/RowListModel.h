#pragma once

#include <QAbstractListModel>
#include <QList>

namespace lectern {

// What the console's list models share: a list of rows replaced whole (a
// reset: the console reads its lists afresh after each action), counted and
// looked up by index. Each model says its roles and how a row shows.
template<typename Row>
class RowListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }

protected:
    // The row of a valid index of this list; nullptr for any other index.
    const Row *rowAt(const QModelIndex &index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ? &m_rows.at(index.row()) : nullptr;
    }

    QList<Row> m_rows;
};

} // namespace lectern
