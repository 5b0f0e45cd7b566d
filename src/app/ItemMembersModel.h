#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The members of one agenda item as the console's decisions panel lists
// them: each with where they stand for the item (present, on leave, absent,
// recused) and what the panel may do for them (a recusal for those who have
// not withdrawn, a written opinion for those absent). Rows are replaced
// whole when anything changes.
class ItemMembersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The item's members come from App.decisions")

public:
    enum Role {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        StandingRole,      // present, leave, absent, recused
        StandingLabelRole, // 在场 / 请假 / 缺席 / 回避 (translated)
        NoteRole,          // the recusal's reason, the leave's, or the opinion sent
        CanRecuseRole,
        CanSendOpinionRole,
    };
    Q_ENUM(Role)

    struct Member
    {
        qint64 personId = 0;
        QString name;
        QString standing;
        QString note;
        bool hasOpinion = false;
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMembers(const QList<Member> &members);
    const QList<Member> &members() const { return m_members; }

private:
    QList<Member> m_members;
};

} // namespace lectern
