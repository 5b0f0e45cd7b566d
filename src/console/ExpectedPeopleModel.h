#pragma once

#include "RowListModel.h"
#include "meeting/Meetings.h"
#include "meeting/Roster.h"

#include <QtQml/qqmlregistration.h>
#include <optional>

namespace lectern {

struct ExpectedRow
{
    Person person;
    std::optional<Role> role; // none: not expected
};

// Who a meeting expects, and as what, for the console to edit: everyone on
// the roster (walk-ins aside), each attending (出席), observing (列席),
// chairing (主持), recording (记录) or not expected. Filled by MeetingConsole.
class ExpectedPeopleModel : public RowListModel<ExpectedRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console fills it")
    Q_PROPERTY(int expectedCount READ expectedCount NOTIFY expectedCountChanged)

public:
    enum Column { NameRole = Qt::UserRole + 1, UnitRole, RoleKeyRole };
    using Row = ExpectedRow;
    using RowListModel::RowListModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<Row> &rows); // not edited, then
    // "attend", "observe", "chair", "record", or "" for not expected. False for a bad row or key.
    Q_INVOKABLE bool setRole(int row, const QString &roleKey);
    // Everyone as expected at once ("attend"), or nobody ("").
    Q_INVOKABLE void setAll(const QString &roleKey);
    QList<Expected> expected() const;
    int expectedCount() const;
    bool edited() const { return m_edited; }
    void markEdited() { m_edited = true; }

signals:
    void expectedCountChanged();

private:
    bool m_edited = false;
};

} // namespace lectern
