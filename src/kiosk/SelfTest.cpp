#include "SelfTest.h"

#include "app/Application.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QWindow>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSet>
#include <QTextStream>
#include <QTimer>

namespace lectern {
namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

void finish(bool ok, const QString &message)
{
    QTextStream(ok ? stdout : stderr) << "self-test: " << (ok ? "ok" : "FAILED") << " (" << message << ")\n";
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace

void SelfTest::start(QQmlApplicationEngine &engine, Application &app, std::function<qint64()> sinceStartMs)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        finish(false, QStringLiteral("the root object is not a window"));
        return;
    }
    QTimer::singleShot(20000, window, [] { finish(false, QStringLiteral("no frame within 20 s")); });
    // Check shortly after the first frame, once text has been laid out and drawn.
    auto started = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, started, sinceStartMs, &app] {
        if (*started)
            return;
        *started = true;
        const qint64 firstFrameMs = sinceStartMs();
        QTimer::singleShot(300, window, [window, firstFrameMs, &app] {
            SpeechSession *session = app.session();
            if (!session || session->status() != SpeechSession::Ready) {
                finish(false, session ? session->errorString() : QStringLiteral("no speech session"));
                return;
            }
            const int blocks = session->model()->rowCount();
            const int colours = distinctColours(window->grabWindow());
            if (blocks == 0 || colours < 8) {
                finish(false, QStringLiteral("%1 blocks, %2 colours on screen").arg(blocks).arg(colours));
                return;
            }
            // The prompter's pace as restored from the speech's settings, for scripts and tests.
            PrompterController *prompter = app.prompter();
            // Which window is on which screen: how scripts check a two-screen set-up.
            // LECTERN_SCREENSHOT_DIR: every window as a picture, to look at what
            // each screen shows (also on the offscreen platform with several screens).
            const QString shots = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
            QStringList windows;
            for (QWindow *w : QGuiApplication::topLevelWindows()) {
                if (!w->isVisible() || w->objectName().isEmpty())
                    continue;
                windows.append(QStringLiteral("%1@%2").arg(w->objectName(), w->screen() ? w->screen()->name() : QString()));
                if (auto *quick = qobject_cast<QQuickWindow *>(w); quick && !shots.isEmpty() && QDir().mkpath(shots))
                    quick->grabWindow().save(QDir(shots).filePath(QStringLiteral("self-test-%1.png").arg(w->objectName())));
            }
            windows.sort();
            finish(true, QStringLiteral("%1 blocks, %2 colours on screen, title %3, speed %4, first frame after %5 ms, windows %6")
                             .arg(blocks).arg(colours).arg(session->title()).arg(prompter ? prompter->speed() : 0)
                             .arg(firstFrameMs).arg(windows.join(u' ')));
        });
    });
    window->requestUpdate();
}

} // namespace lectern
