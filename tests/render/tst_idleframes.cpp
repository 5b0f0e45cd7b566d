// A paused prompter draws nothing until something changes: on every renderer
// (run again on OpenGL, where a room PC with a GPU draws), it draws no more
// than a handful of frames in two seconds soon after it starts and again
// after a type-size change. A ListView with a current item once animated an
// invisible default highlight from the height of the whole list down to the
// first block's at 400 px a second, drawing 60 frames a second for up to
// 17 s on a long speech of short paragraphs.
#include "app/Application.h"
#include "kiosk/RenderingBackend.h"
#include "PrompterScene.h"

#include <QFile>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

constexpr int kWindowMs = 2000;
constexpr int kHandful = 6; // a font change lays out and draws a few frames; an animation draws 120

// A long speech of short paragraphs: the shape that showed the animation
// longest (about 20,000 characters in 559 paragraphs).
QString longSpeech()
{
    QString text = QStringLiteral("在全体干部大会上的讲话\n\n同志们：\n\n");
    const QString sentence = QStringLiteral("我们要认真学习领会会议精神，切实抓好各项工作落实。");
    for (int i = 0; i < 559; ++i)
        text += sentence.left(12 + i % 14) + QStringLiteral("。\n\n");
    text += QStringLiteral("谢谢大家！\n");
    return text;
}

int framesIn(QQuickWindow *window, int ms)
{
    int frames = 0;
    const auto c = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; }, Qt::DirectConnection);
    QTest::qWait(ms); // a measurement window, not a wait for a condition: the count is the result
    QObject::disconnect(c);
    return frames;
}

} // namespace

class TestIdleFrames : public QObject
{
    Q_OBJECT
private slots:
    void pausedPrompterDrawsNothing()
    {
        QTemporaryDir data;
        const QString speech = data.filePath(QStringLiteral("long.txt"));
        {
            QFile f(speech);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(longSpeech().toUtf8());
        }
        AppOptions::Values options;
        options.mode = AppOptions::Prompter;
        options.dataDir = data.path();
        options.speechPath = speech;
        Application app(options);
        app.loadSpeech();
        QVERIFY(app.session()->model()->rowCount() > 500);
        test::PrompterScene scene;
        QVERIFY2(scene.load(app), qPrintable(scene.error));
        QQuickWindow *window = scene.window;
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The first frames lay the speech out and draw it; once one frame has
        // been swapped the prompter is as it will stay while paused.
        int first = 0;
        const auto c = connect(window, &QQuickWindow::frameSwapped, window, [&first] { ++first; }, Qt::DirectConnection);
        QVERIFY(QTest::qWaitFor([&first] { return first > 0; }, 10000));
        disconnect(c);
        QVERIFY(app.prompter()->state() != PrompterController::Running);

        const int atStart = framesIn(window, kWindowMs);
        QVERIFY2(atStart <= kHandful, qPrintable(QStringLiteral("%1 frames in 2 s after start").arg(atStart)));

        app.prompterView()->setFontPx(96);
        const int afterFont = framesIn(window, kWindowMs);
        QVERIFY2(afterFont <= kHandful, qPrintable(QStringLiteral("%1 frames in 2 s after a type-size change").arg(afterFont)));
        QVERIFY2(afterFont >= 1, "the type-size change was never drawn"); // the count can fail both ways
    }
};

int main(int argc, char **argv)
{
    chooseRenderingBackend(); // the kiosk's renderer set-up, before the application exists
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestIdleFrames test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_idleframes.moc"
