#include "SpeechModel.h"

#include "Typography.h"
#include "document/Timing.h"

namespace lectern {

SpeechModel::SpeechModel(QObject *parent) : QAbstractListModel(parent) {}

void SpeechModel::setDocument(const Document &document)
{
    beginResetModel();
    m_document = document;
    m_han = timeDocument(m_document).blockHan;
    endResetModel();
}

bool SpeechModel::applyEdit(LiveEdit edit)
{
    Document next = m_document;
    if (!applyTo(next, edit))
        return false;
    const int row = edit.op == LiveEdit::Insert ? edit.block - 1 : m_document.indexOf(edit.block);
    switch (edit.op) {
    case LiveEdit::Replace:
        m_document = next;
        m_han = timeDocument(m_document).blockHan;
        emit dataChanged(index(row), index(row));
        break;
    case LiveEdit::Insert:
        beginInsertRows({}, row, row);
        m_document = next;
        m_han = timeDocument(m_document).blockHan;
        endInsertRows();
        break;
    case LiveEdit::Delete:
        beginRemoveRows({}, row, row);
        m_document = next;
        m_han = timeDocument(m_document).blockHan;
        endRemoveRows();
        break;
    }
    // The blocks after an insert or a delete have new ids.
    if (edit.op != LiveEdit::Replace && row < rowCount())
        emit dataChanged(index(row), index(rowCount() - 1), {BlockIdRole});
    emit edited(edit);
    return true;
}

int SpeechModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.blocks.size());
}

QVariant SpeechModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Block &b = m_document.blocks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return b.text;
    case BlockIdRole: return b.id;
    case KindRole: return blockKindName(b.kind);
    case LevelRole: return b.level;
    case LeadLengthRole: return boldLeadLength(b);
    case HanCharsRole: return m_han.value(index.row());
    case StyledTextRole: return styledText(b.text, boldLeadLength(b));
    default: return {};
    }
}

QHash<int, QByteArray> SpeechModel::roleNames() const
{
    return {{BlockIdRole, "blockId"}, {KindRole, "kind"}, {LevelRole, "level"},
            {TextRole, "text"},       {LeadLengthRole, "leadLength"}, {HanCharsRole, "hanChars"},
            {StyledTextRole, "styledText"}};
}

} // namespace lectern
