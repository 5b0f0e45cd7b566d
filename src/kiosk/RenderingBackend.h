#pragma once

namespace lectern {

// Chooses Qt Quick's renderer before the first window exists. Meeting-room PCs
// rarely have a usable GPU, and on Mesa's llvmpipe the OpenGL renderer costs
// about three times the CPU of Qt Quick's software renderer for the same
// scrolling text, and twice its memory (docs/benchmarks.md). So: software,
// unless QT_QUICK_BACKEND or LECTERN_RENDERER=opengl asks otherwise; on
// OpenGL, without the depth and stencil buffers Lectern does not use.
void chooseRenderingBackend();

} // namespace lectern
