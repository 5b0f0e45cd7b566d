#include "LinePaintBudget.h"

#include <QQuickWindow>

namespace lectern {

LinePaintBudget::LinePaintBudget(QQuickWindow *window) : QObject(window)
{
    // Direct: with the threaded render loop this is emitted on the render
    // thread, just before the items' updatePaintNode() calls it renews for.
    connect(window, &QQuickWindow::beforeSynchronizing, this, [this] { m_used = 0; }, Qt::DirectConnection);
}

LinePaintBudget *LinePaintBudget::forWindow(QQuickWindow *window)
{
    if (!window)
        return nullptr;
    if (auto *budget = window->findChild<LinePaintBudget *>(QString(), Qt::FindDirectChildrenOnly))
        return budget;
    return new LinePaintBudget(window);
}

bool LinePaintBudget::take(qint64 pixels)
{
    if (m_used > 0 && m_used + pixels > m_perFrame.load())
        return false;
    m_used += pixels;
    return true;
}

} // namespace lectern
