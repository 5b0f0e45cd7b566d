#include "ItemMembersModel.h"

namespace lectern {

int ItemMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant ItemMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &m = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return m.name;
    case PersonIdRole: return m.personId;
    case StandingRole: return m.standing;
    case StandingLabelRole:
        return m.standing == u"present" ? tr("present")
             : m.standing == u"leave"   ? tr("on leave")
             : m.standing == u"recused" ? tr("recused")
                                        : tr("absent");
    case NoteRole: return m.note;
    case CanRecuseRole: return m.standing != u"recused";
    case CanSendOpinionRole: return (m.standing == u"leave" || m.standing == u"absent") && !m.hasOpinion;
    }
    return {};
}

QHash<int, QByteArray> ItemMembersModel::roleNames() const
{
    return {{PersonIdRole, "personId"},     {NameRole, "name"},           {StandingRole, "standing"},
            {StandingLabelRole, "standingLabel"}, {NoteRole, "note"}, {CanRecuseRole, "canRecuse"},
            {CanSendOpinionRole, "canSendOpinion"}};
}

void ItemMembersModel::setMembers(const QList<Member> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

} // namespace lectern
