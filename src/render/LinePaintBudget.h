#pragma once

#include <QObject>
#include <atomic>

class QQuickWindow;

namespace lectern {

// How much line painting one frame of a window may do, in pixels.
//
// Painting a prompter line costs in proportion to its area: at the largest
// type size (a quarter of a 1080-high screen) a line is about 1,700 × 390
// pixels filled, composed from glyph images and coloured, 2–4 ms of a frame.
// Several lines change at once when a block becomes "read" (dimmed) or the
// sentence highlight moves, and lines enter the half screen drawn ahead of
// the viewport as the text scrolls; painting all of them in one frame is what
// dropped frames at large sizes. So lines that are not on screen yet, or are
// on screen and only look stale, are painted a budget's worth per frame
// (nearest the screen first, the rest on the next frames), while a line on
// screen that has no image at all is always painted at once: a gap in the
// text is worse than a late frame.
//
// One budget per window, shared by every BlockTextItem in it, spent during
// the scene graph's synchronisation (the render thread, with the GUI thread
// blocked) and renewed when the next synchronisation begins.
class LinePaintBudget : public QObject
{
    Q_OBJECT

public:
    // About half a 1920 × 1080 screen: one line at the largest size, five at
    // the default (77 px at 1080), a frame's work well inside 16.7 ms.
    static constexpr qint64 kDefaultPixelsPerFrame = 1'000'000;

    // The window's budget, made on first use. GUI thread.
    static LinePaintBudget *forWindow(QQuickWindow *window);

    qint64 pixelsPerFrame() const { return m_perFrame.load(); }
    void setPixelsPerFrame(qint64 pixels) { m_perFrame.store(pixels); }

    // Whether a line of `pixels` may still be painted in this frame; if so it
    // is counted. The first line of a frame always may, whatever its size, so
    // painting always progresses.
    bool take(qint64 pixels);
    // Counts a line painted regardless (one on screen with no image).
    void charge(qint64 pixels) { m_used += pixels; }

private:
    explicit LinePaintBudget(QQuickWindow *window);

    std::atomic<qint64> m_perFrame{kDefaultPixelsPerFrame}; // set on the GUI thread, read while rendering
    qint64 m_used = 0;                                      // only touched during synchronisation
};

} // namespace lectern
