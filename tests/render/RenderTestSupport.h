#pragma once

// What the render tests share: a shown window on black, and where each line
// of a block starts, from its layout.
#include "render/BlockTextItem.h"

#include <QList>
#include <QQuickWindow>
#include <QRectF>
#include <QSize>
#include <memory>

namespace lectern::test {

// A window cleared to black, shown; the caller waits until it is exposed.
inline std::unique_ptr<QQuickWindow> blackWindow(QSize size)
{
    auto window = std::make_unique<QQuickWindow>();
    window->setColor(Qt::black);
    window->resize(size);
    window->show();
    return window;
}

// The cursor rectangle of each line's first character, top to bottom.
inline QList<QRectF> lineStarts(const BlockTextItem *item)
{
    QList<QRectF> starts;
    for (int k = 0; k < item->length(); ++k) {
        const QRectF r = item->positionToRectangle(k);
        if (starts.isEmpty() || r.y() > starts.last().y())
            starts.append(r);
    }
    return starts;
}

} // namespace lectern::test
