// The prompter's cost per frame does not grow with the type size: large type
// is drawn from Qt's glyph cache, not filled from outlines every frame (the
// kiosk's own renderer set-up, chooseRenderingBackend, is what is tested).
// A ratio of two sizes in one process, so not a timing of the machine: at a
// larger size fewer glyphs are on screen, so a cached frame costs less; an
// uncached 96 px frame cost 3.5 times a 48 px one (docs/benchmarks.md).
#include "app/Application.h"
#include "kiosk/QmlPlugins.h"
#include "kiosk/RenderingBackend.h"
#include "PrompterScene.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace lectern;


class TestFrameCost : public QObject
{
    Q_OBJECT
private slots:
    void largeTypeCostsNoMoreThanSmall()
    {
        QTemporaryDir data;
        AppOptions::Values options;
        options.mode = AppOptions::Prompter;
        options.dataDir = data.path();
        Application app(options);
        app.loadSpeech();
        test::PrompterScene scene;
        QVERIFY2(scene.load(app), qPrintable(scene.error));
        QQuickWindow *window = scene.window;
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Three rounds, the sizes alternating, and each size's least disturbed
        // round: a busy machine (a build beside the tests) slows a round, not
        // the ratio of the drawing itself.
        double small = 1e9, defaultSize = 1e9, large = 1e9;
        for (int round = 0; round < 3; ++round) {
            small = std::min(small, medianFrameCost(app, window, 48));
            defaultSize = std::min(defaultSize, medianFrameCost(app, window, 0)); // a 14th of the height: 77 px
            large = std::min(large, medianFrameCost(app, window, 96));
        }
        qInfo("median frame cost: 48 px %.2f ms, 77 px %.2f ms, 96 px %.2f ms", small, defaultSize, large);
        QVERIFY(small > 0);
        QVERIFY2(large <= 2 * small, qPrintable(QStringLiteral("96 px costs %1 times 48 px").arg(large / small)));
        QVERIFY2(defaultSize <= 2 * small, qPrintable(QStringLiteral("77 px costs %1 times 48 px").arg(defaultSize / small)));
    }

private:
    // Moves the text a little every frame, as scrolling does, and times the
    // work of each frame (synchronising the scene to the frame swapped), once
    // the glyphs on screen have been drawn once.
    static double medianFrameCost(Application &app, QQuickWindow *window, int px)
    {
        app.prompterView()->setFontPx(px);
        app.prompter()->jumpToSection(1);
        QList<double> costs;
        QElapsedTimer clock;
        clock.start();
        qint64 syncStart = -1;
        auto s = connect(window, &QQuickWindow::beforeSynchronizing, window, [&] { syncStart = clock.nsecsElapsed(); },
                         Qt::DirectConnection);
        auto c = connect(window, &QQuickWindow::frameSwapped, window, [&] {
            if (syncStart >= 0)
                costs.append((clock.nsecsElapsed() - syncStart) / 1e6);
            syncStart = -1;
        }, Qt::DirectConnection);
        const double start = app.prompter()->position();
        for (int pass = 0; pass < 2; ++pass) { // the first pass draws every glyph once
            costs.clear();
            for (int frame = 0; frame < 30; ++frame) {
                app.prompter()->setPosition(start + frame * 0.5);
                const qsizetype before = costs.size();
                window->requestUpdate();
                if (!QTest::qWaitFor([&] { return costs.size() > before; }, 5000))
                    break;
            }
        }
        disconnect(s);
        disconnect(c);
        if (costs.size() < 20)
            return -1;
        std::sort(costs.begin(), costs.end());
        return costs[costs.size() / 2];
    }
};

int main(int argc, char **argv)
{
    chooseRenderingBackend(); // the kiosk's renderer and glyph cache, before the application exists
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestFrameCost test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_framecost.moc"
