// Line painting spread over frames (LinePaintBudget): lines that only look
// stale, or are not yet on screen, are painted a budget's worth per frame and
// all of them in the end; a line on screen with no image is painted at once.
// Run on the software renderer and again on OpenGL (tst_linepaintbudget_opengl),
// where painting happens on the render thread.
#include "kiosk/RenderingBackend.h"
#include "render/BlockTextItem.h"
#include "render/LinePaintBudget.h"
#include "RenderTestSupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <memory>

using namespace lectern;

namespace {

// A block of many short lines in a window, each line a few characters.
BlockTextItem *makeBlock(QQuickWindow *window, double x, int repeats)
{
    auto *item = new BlockTextItem(window->contentItem());
    item->setPosition(QPointF(x, 0));
    item->setWidth(190);
    item->setFamily(QStringLiteral("Noto Sans CJK SC"));
    item->setPixelSize(40);
    item->setLineSpacing(1.2);
    item->setColor(Qt::white);
    item->setText(QStringLiteral("讲台上的每一行字。").repeated(repeats));
    return item;
}

// Most line images painted by `items` in any one frame, from the first frame
// after this is made until it goes: counted during synchronisation, where the
// painting happens (the render thread, with OpenGL's threaded loop).
class PaintsPerFrame
{
public:
    PaintsPerFrame(QQuickWindow *window, QList<BlockTextItem *> items) : m_items(std::move(items))
    {
        m_before = total();
        m_connection = QObject::connect(window, &QQuickWindow::afterSynchronizing, window, [this] {
            const int now = total();
            m_most = std::max(m_most.load(), now - m_before);
            m_before = now;
        }, Qt::DirectConnection);
    }
    ~PaintsPerFrame() { QObject::disconnect(m_connection); }
    int most() const { return m_most; }

private:
    int total() const
    {
        int n = 0;
        for (const BlockTextItem *item : m_items)
            n += item->paintCount();
        return n;
    }
    QList<BlockTextItem *> m_items;
    int m_before = 0;
    std::atomic<int> m_most{0};
    QMetaObject::Connection m_connection;
};

// How many of the lines [first, last] of `item` show `colour` somewhere in the window's picture.
int linesInColour(QQuickWindow *window, BlockTextItem *item, int first, int last, QColor colour)
{
    const QImage frame = window->grabWindow();
    const QList<QRectF> starts = test::lineStarts(item);
    int n = 0;
    for (int line = first; line <= last; ++line) {
        const QRectF cell = starts.value(line);
        bool found = false;
        for (int y = int(cell.top()) + 2; y < int(cell.bottom()) - 2 && !found; ++y)
            for (int x = int(item->x()) + 2; x < int(item->x() + item->width()) - 2 && !found; ++x)
                found = frame.pixelColor(x, int(item->y()) + y) == colour;
        n += found ? 1 : 0;
    }
    return n;
}

} // namespace

class TestLinePaintBudget : public QObject
{
    Q_OBJECT

    std::unique_ptr<QQuickWindow> m_window;

private slots:
    void init()
    {
        m_window = test::blackWindow(QSize(420, 600));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    // One budget per window, renewed at each synchronisation; the first line
    // of a frame is always allowed, so painting never stalls.
    void budgetPerWindowAndFrame()
    {
        LinePaintBudget *budget = LinePaintBudget::forWindow(m_window.get());
        QVERIFY(budget);
        QCOMPARE(LinePaintBudget::forWindow(m_window.get()), budget);
        QCOMPARE(budget->pixelsPerFrame(), LinePaintBudget::kDefaultPixelsPerFrame);
        budget->setPixelsPerFrame(1000);
        emit m_window->beforeSynchronizing();
        QVERIFY(budget->take(5000)); // the first, though over the budget
        QVERIFY(!budget->take(1));
        emit m_window->beforeSynchronizing();
        QVERIFY(budget->take(600));
        QVERIFY(budget->take(400));
        QVERIFY(!budget->take(1));
        emit m_window->beforeSynchronizing();
        budget->charge(900); // a gap filled regardless counts against the frame
        QVERIFY(!budget->take(200));
        QVERIFY(budget->take(100));
        QVERIFY(!LinePaintBudget::forWindow(nullptr));
    }

    // A colour change (a block turning "read") repaints its lines one frame's
    // budget at a time, and in the end every line shows the new colour.
    void staleLinesSpreadOverFrames()
    {
        BlockTextItem *item = makeBlock(m_window.get(), 10, 12);
        QTRY_VERIFY(item->lineCount() >= 10);
        const QList<QRectF> starts = test::lineStarts(item);
        QCOMPARE(starts.size(), item->lineCount());
        item->setViewportTop(0);
        item->setViewportBottom(m_window->height());
        // The lines wholly inside the window.
        const int first = 0;
        const int last = int(std::count_if(starts.cbegin(), starts.cend(), [&](const QRectF &r) { return r.bottom() < m_window->height(); })) - 1;
        QVERIFY(last >= 5);
        // The lines on screen and half a screen below hold an image, the rest not.
        QTRY_VERIFY(item->paintedLines() > last + 1);
        QVERIFY(item->paintedLines() < item->lineCount());
        QTRY_COMPARE(linesInColour(m_window.get(), item, first, last, Qt::white), last - first + 1);

        LinePaintBudget::forWindow(m_window.get())->setPixelsPerFrame(1); // one line a frame
        const int before = item->paintCount();
        const int painted = item->paintedLines();
        PaintsPerFrame perFrame(m_window.get(), {item});
        item->setColor(QColor(0, 255, 0));
        QTRY_COMPARE(item->paintCount() - before, painted);
        QCOMPARE(perFrame.most(), 1);
        QTRY_COMPARE(linesInColour(m_window.get(), item, first, last, QColor(0, 255, 0)), last - first + 1);
        QCOMPARE(linesInColour(m_window.get(), item, first, last, Qt::white), 0);
    }

    // The budget is the window's, not each item's: two blocks changing at
    // once share it.
    void itemsShareTheWindowsBudget()
    {
        BlockTextItem *a = makeBlock(m_window.get(), 0, 6);
        BlockTextItem *b = makeBlock(m_window.get(), 210, 6);
        QTRY_VERIFY(a->lineCount() >= 5 && b->lineCount() >= 5);
        QTRY_COMPARE(a->paintedLines(), a->lineCount());
        QTRY_COMPARE(b->paintedLines(), b->lineCount());
        LinePaintBudget::forWindow(m_window.get())->setPixelsPerFrame(1);
        const int before = a->paintCount() + b->paintCount();
        PaintsPerFrame perFrame(m_window.get(), {a, b});
        a->setColor(Qt::red);
        b->setColor(Qt::red);
        QTRY_COMPARE(a->paintCount() + b->paintCount() - before, a->lineCount() + b->lineCount());
        QCOMPARE(perFrame.most(), 1);
    }

    // Scrolled far at once (a jump to a section): every line now on screen
    // has no image, and all of them are painted in the very next frame,
    // whatever the budget; the lines drawn ahead follow on later frames.
    void gapsOnScreenAreFilledAtOnce()
    {
        BlockTextItem *item = makeBlock(m_window.get(), 10, 60);
        QTRY_VERIFY(item->lineCount() >= 50);
        const double step = test::lineStarts(item).value(1).y();
        QVERIFY(step > 0);
        item->setViewportTop(0);
        item->setViewportBottom(4 * step);
        QTRY_VERIFY(item->paintedLines() > 0 && item->paintedLines() < 12);
        QTRY_COMPARE(linesInColour(m_window.get(), item, 0, 3, Qt::white), 4);

        LinePaintBudget::forWindow(m_window.get())->setPixelsPerFrame(1);
        const int before = item->paintCount();
        PaintsPerFrame perFrame(m_window.get(), {item});
        QSignalSpy swapped(m_window.get(), &QQuickWindow::frameSwapped);
        item->setViewportTop(40 * step);
        item->setViewportBottom(44 * step);
        QTRY_VERIFY(item->paintCount() - before >= 4);
        // The four lines now in the viewport (40–43, and the one it touches at
        // its bottom edge) came in one frame; those in the margin one a frame.
        QVERIFY2(perFrame.most() >= 4 && perFrame.most() <= 5, qPrintable(QString::number(perFrame.most())));
        QTRY_VERIFY(item->paintedLines() >= 8); // the margin fills in on later frames
        QVERIFY(swapped.count() >= 2);
    }
};

int main(int argc, char **argv)
{
    chooseRenderingBackend(); // as the kiosk: software, or OpenGL without depth and stencil
    QGuiApplication app(argc, argv);
    TestLinePaintBudget test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_linepaintbudget.moc"
