#include "PrompterBench.h"

#include "app/ResumeState.h"
#include "prompter/PrompterController.h"

#include "BenchScene.h"
#include "SyntheticSpeech.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <functional>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace lectern::bench {
namespace {

// The prompter as the kiosk shows it, full HD, on a speech file.
const char *kScene = R"(
import QtQuick
import QtQuick.Window
import Lectern
Window {
    width: 1920; height: 1080; visible: true; color: "black"
    property alias prompter: prompter
    property alias view: view
    property alias session: session
    property alias look: look
    SpeechSession { id: session }
    PrompterViewState { id: look; fontPx: 64 }
    PrompterController { id: prompter; model: session.model; viewState: look }
    PrompterView { id: view; anchors.fill: parent; controller: prompter; model: session.model; viewState: look }
}
)";

// The floor: the same window moving every pixel every frame with no text at
// all — stripes the size of the largest type's lines, scrolling at its pace.
// Whatever this drops, the machine (here: Xvfb, two cores) drops, not the prompter.
const char *kFloorScene = R"(
import QtQuick
import QtQuick.Window
Window {
    id: window
    width: 1920; height: 1080; visible: true; color: "black"
    property bool running: false
    Item {
        id: stripes
        width: parent.width; height: 400 * 250
        Repeater {
            model: 250
            Rectangle {
                required property int index
                x: 110; y: index * 400; width: 1700; height: 330
                color: index % 2 ? "#26304a" : "#ffffff"
            }
        }
    }
    FrameAnimation {
        running: window.running
        onTriggered: stripes.y -= frameTime * 200
    }
}
)";

double cpuSeconds()
{
#if defined(Q_OS_UNIX)
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
#else
    return 0;
#endif
}

// Runs the window's animation for `seconds` (start … stop) and times every
// frame: frames per second, frame p50/p99, dropped frames (an interval over
// 1.5 frames) and the process's CPU per wall second in % of one core.
QJsonObject timeFrames(QQuickWindow *window, int seconds, const std::function<void()> &start, const std::function<void()> &stop)
{
    QList<double> frames;  // intervals between frames on screen
    QList<double> costs;   // from synchronising the scene to the frame swapped: the work of a frame
    QElapsedTimer frameClock;
    frameClock.start();
    qint64 last = -1;
    qint64 syncStart = -1;
    start();
    // Direct: with the threaded loop these come from the render thread.
    auto s = QObject::connect(window, &QQuickWindow::beforeSynchronizing, window, [&] { syncStart = frameClock.nsecsElapsed(); },
                              Qt::DirectConnection);
    auto c = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        const qint64 now = frameClock.nsecsElapsed();
        if (last >= 0)
            frames.append((now - last) / 1e6);
        if (syncStart >= 0)
            costs.append((now - syncStart) / 1e6);
        last = now;
        syncStart = -1;
    }, Qt::DirectConnection);
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = wall.nsecsElapsed() / 1e9;
    const double cpu = (cpuSeconds() - cpu0) / elapsed;
    QObject::disconnect(c);
    QObject::disconnect(s);
    stop();

    const double budget = 1000.0 / 60.0;
    const auto dropped = std::count_if(frames.cbegin(), frames.cend(), [budget](double ms) { return ms > 1.5 * budget; });
    return QJsonObject{{"seconds", seconds},
                       {"frames", int(frames.size())},
                       {"fps", frames.size() / elapsed},
                       {"frame_ms_p50", percentile(frames, 0.5)},
                       {"frame_ms_p99", percentile(frames, 0.99)},
                       {"dropped_frames", int(dropped)},
                       {"frame_cost_ms_p50", percentile(costs, 0.5)},
                       {"frame_cost_ms_p99", percentile(costs, 0.99)},
                       {"frame_cost_ms_max", costs.isEmpty() ? 0.0 : *std::max_element(costs.cbegin(), costs.cend())},
                       {"cpu_percent_of_one_core", cpu * 100}};
}

} // namespace

const char *prompterSceneQml()
{
    return kScene;
}

// Scrolls the prompter at 180 字/分钟 for `seconds`, timing every frame.
QJsonObject scrollFor(QQuickWindow *window, QObject *prompter, int seconds)
{
    return timeFrames(
        window, seconds,
        [prompter] {
            prompter->setProperty("speed", 180);
            QMetaObject::invokeMethod(prompter, "resume"); // no countdown
        },
        [prompter] { QMetaObject::invokeMethod(prompter, "pause"); });
}

namespace {

double peakMemoryMb()
{
#if defined(Q_OS_UNIX)
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0; // kilobytes on Linux
#else
    return 0;
#endif
}

// Memory now, split as the kernel counts it (Linux): resident in all, and the
// anonymous part (heap, textures, caches). The rest is file-backed — mostly
// the pages of shared libraries in use, such as LLVM's code under llvmpipe,
// which every process using them shares.
QJsonObject memoryNow()
{
    QFile f(QStringLiteral("/proc/self/smaps_rollup"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject r;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && (parts[0] == "Rss:" || parts[0] == "Anonymous:"))
            r.insert(parts[0] == "Rss:" ? "rss_now_mb" : "anonymous_now_mb", parts[1].toDouble() / 1024.0);
    }
    return r;
}

} // namespace

QJsonArray runPrompterBenchmarks(int scrollSeconds, const QList<int> &sizes)
{
    QJsonArray results;
    QTemporaryDir dir;
    // About 100,000 and 6,000 Han characters (3 UTF-8 bytes each, plus punctuation).
    const QString big = writeSpeech(dir, 340 * 1024, "speech-100k.txt");
    const QString small = writeSpeech(dir, 20 * 1024, "speech-6k.txt");

    Scene scene(kScene, "PrompterScene.qml");
    if (!scene.window) {
        results.append(QJsonObject{{"name", "prompter"}, {"ok", false}, {"error", scene.error}});
        return results;
    }
    QQuickWindow *window = scene.window;
    QObject *session = scene.child("session");
    QObject *prompter = scene.child("prompter");
    QObject *look = scene.child("look");
    waitForFrame(window);

    auto timeLoad = [&](const QString &path) {
        QElapsedTimer t;
        t.start();
        session->setProperty("source", path);
        waitForFrame(window);
        return t.nsecsElapsed() / 1e6;
    };
    auto timeFontChange = [&](int px) {
        QElapsedTimer t;
        t.start();
        look->setProperty("fontPx", px);
        waitForFrame(window); // the relayout timer and the re-placed anchor…
        waitForFrame(window); // …are on screen by the second frame
        return t.nsecsElapsed() / 1e6;
    };

    const double loadSmall = timeLoad(small);
    QMetaObject::invokeMethod(prompter, "jumpToSection", Q_ARG(int, 2));
    const double relayoutSmall = timeFontChange(72);
    const double loadBig = timeLoad(big);
    QMetaObject::invokeMethod(prompter, "jumpToSection", Q_ARG(int, 2));
    const double relayoutBig = timeFontChange(56);
    const int total = prompter->property("total").toInt();
    results.append(QJsonObject{{"name", "load_and_show_6k"}, {"ms", loadSmall}});
    results.append(QJsonObject{{"name", "relayout_font_change_6k"}, {"ms", relayoutSmall}});
    results.append(QJsonObject{{"name", "load_and_show_100k"}, {"ms", loadBig}, {"han_chars", total}});
    results.append(QJsonObject{{"name", "relayout_font_change_100k"}, {"ms", relayoutBig}});

    // Frame pacing at what the kiosk shows: its default type size (fontPx 0:
    // a 14th of the screen height, 77 px at 1080) and a sweep from the
    // smallest size a speaker can choose to the largest (a quarter of the
    // height), each scrolling at 180 字/分钟 through body text with the reading
    // line, dimming and the sentence highlight on, as in the kiosk.
    for (int px : sizes) {
        look->setProperty("fontPx", px);
        QMetaObject::invokeMethod(prompter, "pause");
        QMetaObject::invokeMethod(prompter, "jumpToSection", Q_ARG(int, 2));
        waitForFrame(window);
        waitForFrame(window);
        const double shownPx = look->property("effectiveFontPx").toDouble();
        QJsonObject r = scrollFor(window, prompter, scrollSeconds);
        r.insert("name", px == 0 ? QStringLiteral("scroll_180cpm_100k_default") : QStringLiteral("scroll_180cpm_100k_%1px").arg(px));
        r.insert("font_px", shownPx);
        results.append(r);
    }
    QJsonObject memory = memoryNow();
    memory.insert("name", "peak_memory_after_sweep");
    memory.insert("mb", peakMemoryMb());
    results.append(memory);

    // The kiosk keeps its place on the disk while it scrolls (ResumeWriter, fed
    // on every move as the Application feeds it): the same scroll at the
    // default size with it on and off, alternating, to show what it costs.
    auto *controller = qobject_cast<PrompterController *>(prompter);
    for (int round = 0; round < 2 && controller; ++round) {
        for (const bool saving : {true, false}) {
            look->setProperty("fontPx", 0);
            QMetaObject::invokeMethod(prompter, "pause");
            QMetaObject::invokeMethod(prompter, "jumpToSection", Q_ARG(int, 2));
            waitForFrame(window);
            waitForFrame(window);
            std::unique_ptr<ResumeWriter> writer;
            QMetaObject::Connection feed;
            if (saving) {
                writer = std::make_unique<ResumeWriter>(dir.filePath(QStringLiteral("resume.json")));
                feed = QObject::connect(controller, &ReadingPosition::positionChanged, controller, [&writer, controller] {
                    ResumePoint p;
                    p.role = QStringLiteral("prompter");
                    p.speech = QStringLiteral("bench");
                    p.position = controller->position();
                    p.speed = controller->speed();
                    p.state = QStringLiteral("running");
                    p.elapsedMs = controller->elapsedMs();
                    p.savedAt = QDateTime::currentDateTime();
                    writer->update(p);
                });
            }
            QJsonObject r = scrollFor(window, prompter, scrollSeconds);
            QObject::disconnect(feed);
            r.insert("name", saving ? QStringLiteral("scroll_default_state_saving_on") : QStringLiteral("scroll_default_state_saving_off"));
            r.insert("resume_writes", writer ? writer->writes() : 0);
            results.append(r);
        }
    }

    // The floor, in the same run and the same kind of window, for as long.
    window->hide();
    Scene floor(kFloorScene, "FloorScene.qml");
    if (floor.window) {
        waitForFrame(floor.window);
        QJsonObject r = timeFrames(
            floor.window, scrollSeconds, [&floor] { floor.root->setProperty("running", true); },
            [&floor] { floor.root->setProperty("running", false); });
        r.insert("name", "floor_scroll_without_text");
        results.append(r);
    } else {
        results.append(QJsonObject{{"name", "floor_scroll_without_text"}, {"ok", false}, {"error", floor.error}});
    }
    return results;
}

QJsonArray runPagedBenchmarks()
{
    static const char *kPagedScene = R"(
import QtQuick
import QtQuick.Window
import Lectern
Window {
    width: 1920; height: 1080; visible: true; color: "black"
    property alias navigator: pageNav
    property alias session: session
    SpeechSession { id: session }
    PageModel { id: pages; speech: session.model }
    PageNavigator { id: pageNav; pages: pages }
    PagedView { anchors.fill: parent; pages: pages; navigator: pageNav; title: session.title }
}
)";
    QJsonArray results;
    QTemporaryDir dir;
    const QString big = writeSpeech(dir, 340 * 1024, "speech-100k.txt");
    Scene scene(kPagedScene, "PagedScene.qml");
    if (!scene.window) {
        results.append(QJsonObject{{"name", "paged"}, {"ok", false}, {"error", scene.error}});
        return results;
    }
    QQuickWindow *window = scene.window;
    scene.child("session")->setProperty("source", big);
    QObject *navigator = scene.child("navigator");
    waitForFrame(window);
    QList<double> turns;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        QMetaObject::invokeMethod(navigator, "next");
        waitForFrame(window);
        turns.append(t.nsecsElapsed() / 1e6);
    }
    results.append(QJsonObject{{"name", "page_turn_to_frame"}, {"turns", int(turns.size())},
                               {"ms_p50", percentile(turns, 0.5)}, {"ms_p90", percentile(turns, 0.9)},
                               {"frame_budget_ms", 1000.0 / 60.0}});
    return results;
}

} // namespace lectern::bench
