#pragma once

#include "document/Anchor.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The one place in the speech that is being read, as every view sees it: an
// anchor (block id, character offset), never pixels. The prompter's controller
// is one; the paged display follows any, without knowing what moves it.
class ReadingPosition : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A reading position is provided by the prompter")
    Q_PROPERTY(int anchorBlock READ anchorBlock NOTIFY positionChanged)
    Q_PROPERTY(int anchorOffset READ anchorOffset NOTIFY positionChanged)
    // Someone is reading (started, not yet back to idle): views that follow say so.
    Q_PROPERTY(bool underway READ underway NOTIFY underwayChanged)

public:
    using QObject::QObject;

    virtual Anchor anchor() const = 0;
    int anchorBlock() const { return anchor().block; }
    int anchorOffset() const { return anchor().offset; }
    virtual bool underway() const = 0;

signals:
    void positionChanged();
    void underwayChanged();
};

} // namespace lectern
