#include "RenderingBackend.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

namespace lectern {

void chooseRenderingBackend()
{
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        return; // the administrator decided
    if (qEnvironmentVariable("LECTERN_RENDERER") == u"opengl")
        return;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace lectern
