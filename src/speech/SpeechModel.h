#pragma once

#include "document/Document.h"
#include "document/LiveEdit.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The blocks of one speech, one row each, for every view that shows it.
class SpeechModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SpeechModel belongs to a SpeechSession")

public:
    enum Role {
        BlockIdRole = Qt::UserRole + 1,
        KindRole,       // "title", "heading", "point", … (blockKindName)
        LevelRole,
        TextRole,
        LeadLengthRole, // characters at the start drawn bold (boldLeadLength: a point's lead sentence)
        HanCharsRole,
        StyledTextRole, // escaped rich text with a point's lead sentence in bold
    };
    Q_ENUM(Role)

    explicit SpeechModel(QObject *parent = nullptr);

    void setDocument(const Document &document);
    // A live edit: one row changed, inserted or removed (never a reset, so
    // the views keep their place and the prompter its state), then `edited`.
    // False when the block is not there.
    bool applyEdit(LiveEdit edit);
    const Document &document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // After a live edit (`edit.before` filled): whoever keeps a place in the
    // text moves it with movedAnchor().
    void edited(const lectern::LiveEdit &edit);

private:
    Document m_document;
    QList<int> m_han;
};

} // namespace lectern
