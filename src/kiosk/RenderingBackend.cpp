#include "RenderingBackend.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

namespace lectern {

void chooseRenderingBackend()
{
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        return; // the administrator decided
    if (qEnvironmentVariable("LECTERN_RENDERER") != u"opengl") {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return;
    }
    // Qt Quick asks for a depth and a stencil buffer by default. Nothing
    // Lectern draws needs them (no 3D, no rotated clips), and with either
    // attached llvmpipe turns off its linear path, which copies the prompter's
    // line images row by row instead of shading each pixel (LineNode.h): about
    // half the CPU while scrolling (docs/benchmarks.md).
    if (!qEnvironmentVariableIsSet("QSG_NO_DEPTH_BUFFER"))
        qputenv("QSG_NO_DEPTH_BUFFER", "1");
    if (!qEnvironmentVariableIsSet("QSG_NO_STENCIL_BUFFER"))
        qputenv("QSG_NO_STENCIL_BUFFER", "1");
}

} // namespace lectern
