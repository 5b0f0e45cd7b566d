#pragma once

#include <QRectF>

class QImage;
class QQuickWindow;
class QSGNode;

namespace lectern {

// A finished line image on screen, in the node the renderer draws fastest.
//
// On the software renderer that is Qt's image node. On OpenGL/Vulkan (the
// RHI) it is a textured quad of our own drawn as two indexed triangles: Mesa's
// llvmpipe (OpenGL without a GPU) recognises such a pair as a screen-aligned
// rectangle and fills it with its "linear" path — a plain row-by-row texture
// copy with premultiplied blending — instead of running its compiled fragment
// program on every pixel, which is what it does with the triangle strip Qt's
// image node draws. See docs/benchmarks.md for what that is worth.
QSGNode *createLineNode(QQuickWindow *window);

// Shows `image` (premultiplied, in the format the renderer takes) at `target`,
// in the owning item's coordinates. The node keeps only the texture.
void setLineImage(QSGNode *node, QQuickWindow *window, const QImage &image, const QRectF &target);

} // namespace lectern
