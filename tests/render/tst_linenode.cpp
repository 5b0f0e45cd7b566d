// The prompter's line images in the node each renderer draws fastest
// (LineNode.h). Run twice: on the software renderer (offscreen) and on OpenGL
// with Mesa's llvmpipe under Xvfb (tst_linenode_opengl), where LP_PERF=no_shade
// makes llvmpipe paint whatever its linear path fills pure red (and the rest in
// another colour), so the test sees which path drew the text.
#include "kiosk/RenderingBackend.h"
#include "render/BlockTextItem.h"
#include "render/LineNode.h"
#include "RenderTestSupport.h"

#include <QGuiApplication>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGImageNode>
#include <QSGMaterial>
#include <QSGRendererInterface>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace lectern;

namespace {

bool onOpenGL(QQuickWindow *window)
{
    return window->rendererInterface()->graphicsApi() != QSGRendererInterface::Software;
}

// A line as BlockTextItem paints it (ARGB32 premultiplied, transparent around
// the ink), or an opaque one (RGB32), which needs no blending.
QImage lineImage(QSize size, bool alpha)
{
    QImage image(size, alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::white);
    return image;
}

} // namespace

class TestLineNode : public QObject
{
    Q_OBJECT

    std::unique_ptr<QQuickWindow> m_window;

private slots:
    void init()
    {
        m_window = test::blackWindow(QSize(800, 400));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void rendererIsTheOneAskedFor()
    {
        QCOMPARE(onOpenGL(m_window.get()), qEnvironmentVariable("LECTERN_RENDERER") == u"opengl");
    }

    // On OpenGL: a quad of two indexed triangles at exactly the target, the
    // whole texture on it, blended only when the image has alpha; replacing the
    // image moves the quad. On the software renderer: Qt's image node.
    void nodeForTheRenderer_data()
    {
        QTest::addColumn<QRectF>("target");
        QTest::addColumn<bool>("alpha");
        QTest::newRow("transparent line") << QRectF(20, 40, 300, 64) << true;
        QTest::newRow("opaque line") << QRectF(0, 0, 120, 30) << false;
        QTest::newRow("fractional place (scrolling)") << QRectF(10.5, 33.25, 200, 50) << true;
    }
    void nodeForTheRenderer()
    {
        QFETCH(QRectF, target);
        QFETCH(bool, alpha);
        std::unique_ptr<QSGNode> node(createLineNode(m_window.get()));
        QVERIFY(node);
        setLineImage(node.get(), m_window.get(), lineImage(target.size().toSize(), alpha), target);
        if (!onOpenGL(m_window.get())) {
            auto *image = dynamic_cast<QSGImageNode *>(node.get());
            QVERIFY(image);
            QCOMPARE(image->rect(), target);
            QVERIFY(image->texture());
            return;
        }
        auto *quad = dynamic_cast<QSGGeometryNode *>(node.get());
        QVERIFY(quad);
        const QSGGeometry *g = quad->geometry();
        QCOMPARE(g->drawingMode(), QSGGeometry::DrawTriangles);
        QCOMPARE(g->vertexCount(), 4);
        QCOMPARE(g->indexCount(), 6);
        const quint16 *index = g->indexDataAsUShort();
        const QSGGeometry::TexturedPoint2D *v = g->vertexDataAsTexturedPoint2D();
        // The corners the six indices reach, in item and in texture coordinates.
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9, s0 = 1e9, t0 = 1e9, s1 = -1e9, t1 = -1e9;
        for (int i = 0; i < 6; ++i) {
            QVERIFY(index[i] < 4);
            const QSGGeometry::TexturedPoint2D &p = v[index[i]];
            x0 = std::min<double>(x0, p.x), x1 = std::max<double>(x1, p.x);
            y0 = std::min<double>(y0, p.y), y1 = std::max<double>(y1, p.y);
            s0 = std::min<double>(s0, p.tx), s1 = std::max<double>(s1, p.tx);
            t0 = std::min<double>(t0, p.ty), t1 = std::max<double>(t1, p.ty);
        }
        const QRectF covered(QPointF(x0, y0), QPointF(x1, y1));
        const QRectF textured(QPointF(s0, t0), QPointF(s1, t1));
        QCOMPARE(covered, target);
        QCOMPARE(textured, QRectF(0, 0, 1, 1));
        QVERIFY(quad->material() && quad->opaqueMaterial());
        QCOMPARE(bool(quad->material()->flags() & QSGMaterial::Blending), alpha);
        QCOMPARE(bool(quad->opaqueMaterial()->flags() & QSGMaterial::Blending), alpha);

        const QRectF moved = target.translated(0, 100);
        setLineImage(node.get(), m_window.get(), lineImage(moved.size().toSize(), alpha), moved);
        QCOMPARE(g->vertexDataAsTexturedPoint2D()[0].y, float(moved.top()));
    }

    // llvmpipe turns its linear path off when a depth or stencil buffer is attached.
    void openGLWindowHasNoDepthOrStencil()
    {
        if (!onOpenGL(m_window.get()))
            QSKIP("the software renderer has no such buffers");
        QCOMPARE(qEnvironmentVariable("QSG_NO_DEPTH_BUFFER"), QStringLiteral("1"));
        QCOMPARE(qEnvironmentVariable("QSG_NO_STENCIL_BUFFER"), QStringLiteral("1"));
        QVERIFY(m_window->format().depthBufferSize() <= 0);
        QVERIFY(m_window->format().stencilBufferSize() <= 0);
    }

    // What the speaker sees, through llvmpipe: every line of a block is filled
    // by the linear path (red under no_shade), not shaded pixel by pixel, and
    // only where it has ink.
    void llvmpipeFillsLinesOnItsLinearPath()
    {
        if (!onOpenGL(m_window.get()) || !qEnvironmentVariable("LP_PERF").contains(u"no_shade"))
            QSKIP("needs OpenGL on llvmpipe with LP_PERF=no_shade (tst_linenode_opengl)");
        auto *item = new BlockTextItem(m_window->contentItem());
        item->setPosition(QPointF(20, 20));
        item->setWidth(700);
        item->setFamily(QStringLiteral("Noto Serif CJK SC"));
        item->setPixelSize(60);
        item->setText(QStringLiteral("各部门要按照统一标准，把本部门的业务数据接入全区数据共享平台。"));
        QTRY_VERIFY(item->lineCount() >= 2);
        QTRY_COMPARE(item->paintedLines(), item->lineCount());
        const QImage frame = m_window->grabWindow();
        QVERIFY(!frame.isNull());
        int red = 0, other = 0;
        // Each line's first character (where the drawn line starts), from the layout.
        const QList<QRectF> lineStarts = test::lineStarts(item);
        QCOMPARE(lineStarts.size(), item->lineCount());
        for (const QRectF &first : lineStarts) {
            // The inside of the line's image: a few pixels in from its edges.
            const QRectF cell(item->x() + first.x() + 8, item->y() + first.y() + 8, 300, first.height() - 16);
            QVERIFY(cell.bottom() < m_window->height());
            for (int y = int(cell.top()); y < int(cell.bottom()); y += 2) {
                for (int x = int(cell.left()); x < int(cell.right()); x += 2) {
                    const QColor c = frame.pixelColor(x * frame.width() / m_window->width(), y * frame.height() / m_window->height());
                    // Black: the window's clear colour, outside a line's
                    // image (cropped to the rows with ink); drawn by no path.
                    if (c.red() > 200 && c.green() < 60 && c.blue() < 60)
                        ++red;
                    else if (c.red() > 30 || c.green() > 30 || c.blue() > 30)
                        ++other;
                }
            }
        }
        // No image above the ink: a line's image holds only the rows with
        // ink (a Han character's ink starts well below the line's top).
        int aboveInk = 0;
        for (const QRectF &first : lineStarts) {
            for (int y = int(item->y() + first.y()); y < int(item->y() + first.y()) + 4; ++y)
                for (int x = int(item->x() + first.x()); x < int(item->x() + first.x()) + 300; ++x) {
                    const QColor c = frame.pixelColor(x * frame.width() / m_window->width(), y * frame.height() / m_window->height());
                    aboveInk += c.red() > 200 && c.green() < 60 && c.blue() < 60 ? 1 : 0;
                }
        }
        QCOMPARE(aboveInk, 0);
        QVERIFY2(red > 1000 && other < red / 50,
                 qPrintable(QStringLiteral("linear path: %1 pixels, other paths: %2").arg(red).arg(other)));
    }
};

int main(int argc, char **argv)
{
    chooseRenderingBackend(); // as the kiosk: software, or OpenGL without depth and stencil
    QGuiApplication app(argc, argv);
    TestLineNode test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_linenode.moc"
