#pragma once

#include "document/Document.h"

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
    const Document &document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Document m_document;
    QList<int> m_han;
};

} // namespace lectern
