#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// What the sign-in screen lists: people found by the search, best first, each
// with the unit that tells namesakes apart and whether they already signed in.
// Never a phone number.
class PersonResults : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The sign-in desk fills it")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, UnitRole, TitleRole, SignedInRole, PersonIdRole };

    struct Row
    {
        qint64 personId = 0;
        QString name;
        QString unit;
        QString title;
        bool signedIn = false;
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(QList<Row> rows);
    const Row *row(int index) const;

signals:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace lectern
