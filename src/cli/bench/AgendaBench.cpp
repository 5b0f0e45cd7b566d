#include "AgendaBench.h"

#include "BenchScene.h"
#include "SyntheticSpeech.h"
#include "app/Application.h"
#include "meeting/Agenda.h"
#include "meeting/AgendaDraft.h"
#include "meeting/MeetingStore.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace lectern::bench {
namespace {

// About 30,000 characters: the synthetic speech is mostly Han, three bytes each.
constexpr qsizetype kDraftBytes = 90 * 1024;

// A meeting now with `count` items, each with its own 30,000-character draft.
QList<qint64> makeAgenda(const QString &dataDir, int count)
{
    MeetingStore store(dataDir);
    Meeting m;
    m.title = QStringLiteral("基准会议");
    m.plannedStart = QDateTime::currentDateTime().addSecs(-60);
    m.plannedEnd = m.plannedStart.addSecs(4 * 3600);
    const qint64 meeting = meetings::create(store.db(), m, {}, m.plannedStart);
    const QByteArray text = repeatedSpeech(kDraftBytes).toUtf8();
    QList<qint64> items;
    for (int i = 0; i < count; ++i) {
        agenda::NewItem n;
        n.title = QStringLiteral("第%1项").arg(i + 1);
        n.kind = i % 2 ? ItemKind::Report : ItemKind::Speech;
        const qint64 id = agenda::add(store.db(), meeting, n, QDateTime::currentDateTime());
        // Each draft its own: a different first line, so no two share a fingerprint.
        agenda::setDraft(store.db(), id, QStringLiteral("第%1项.txt").arg(i + 1),
                         QStringLiteral("第%1项讲稿\n\n").arg(i + 1).toUtf8() + text, {}, QDateTime::currentDateTime());
        items.append(id);
    }
    return items;
}

AppOptions::Values optionsFor(const QString &dataDir)
{
    AppOptions::Values v;
    v.dataDir = dataDir;
    v.mode = AppOptions::Prompter;
    v.countdownSeconds = 0;
    return v;
}

const char *kPrompterScene = R"(
import QtQuick
import QtQuick.Window
import Lectern
Window {
    width: 1920; height: 1080; visible: true; color: "black"
    PrompterView {
        anchors.fill: parent
        controller: App.prompter
        model: App.session.model
        viewState: App.prompterView
    }
}
)";

const char *kConsoleScene = R"(
import QtQuick
import QtQuick.Window
import Lectern
Window {
    width: 1920; height: 1080; visible: true; color: "black"
    property alias loader: loader
    Loader { id: loader; anchors.fill: parent; active: false; sourceComponent: ConsoleAgendaTab {} }
}
)";

QJsonObject figures(const char *name, const QList<double> &ms, double goal)
{
    return QJsonObject{{"name", name}, {"runs", int(ms.size())}, {"ms_p50", percentile(ms, 0.5)}, {"ms_p90", percentile(ms, 0.9)},
                       {"ms_max", percentile(ms, 1.0)}, {"goal_ms", goal}};
}

} // namespace

QJsonArray runAgendaBenchmarks()
{
    QJsonArray results;
    {
        QTemporaryDir dir;
        const QList<qint64> items = makeAgenda(dir.path(), 3);
        Application app(optionsFor(dir.path()));
        Scene scene(kPrompterScene, "AgendaPrompterScene.qml", [&app](QQmlEngine &engine) { app.attachTo(&engine); });
        if (!scene.window) {
            results.append(QJsonObject{{"name", "agenda"}, {"ok", false}, {"error", scene.error}});
            return results;
        }
        app.loadSpeech();
        waitForFrame(scene.window);
        QList<double> switches;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            app.agenda()->startItem(int(items[(i + 1) % items.size()]));
            waitForFrame(scene.window);
            switches.append(t.nsecsElapsed() / 1e6);
        }
        QJsonObject o = figures("agenda_switch_to_frame_30k", switches, 100);
        o.insert("characters", int(app.session()->model()->document().blocks.size() > 0 ? agenda::snapshotText(app.session()->model()->document()).size() : 0));
        results.append(o);

        // A live edit of the paragraph under the reading line, the prompter at the default size.
        app.prompter()->setPosition(app.prompter()->total() / 2.0);
        waitForFrame(scene.window);
        QList<double> edits;
        for (int i = 0; i < 30; ++i) {
            const Anchor at = app.prompter()->anchor();
            const QString text = app.session()->model()->document().block(at.block)->text;
            QElapsedTimer t;
            t.start();
            app.agenda()->editBlock(at.block, i % 2 ? text.left(text.size() - 1) : text + QStringLiteral("。"));
            waitForFrame(scene.window);
            edits.append(t.nsecsElapsed() / 1e6);
        }
        results.append(figures("live_edit_to_frame", edits, 1000.0 / 60.0));
    }
    {
        QTemporaryDir dir;
        makeAgenda(dir.path(), 20);
        Application app(optionsFor(dir.path()));
        Scene scene(kConsoleScene, "AgendaConsoleScene.qml", [&app](QQmlEngine &engine) { app.attachTo(&engine); });
        if (!scene.window) {
            results.append(QJsonObject{{"name", "agenda_console"}, {"ok", false}, {"error", scene.error}});
            return results;
        }
        app.loadSpeech();
        waitForFrame(scene.window);
        QObject *loader = scene.child("loader");
        QList<double> opens;
        for (int i = 0; i < 10; ++i) {
            loader->setProperty("active", false);
            waitForFrame(scene.window);
            // The agenda read afresh (items, timing, learned paces) and the tab built with its 20 rows.
            QElapsedTimer t;
            t.start();
            app.agenda()->refresh();
            loader->setProperty("active", true);
            waitForFrame(scene.window);
            opens.append(t.nsecsElapsed() / 1e6);
        }
        results.append(figures("agenda_console_open_20x30k", opens, 1000));
    }
    {
        // Cold: a kiosk started on that agenda — the store opened and
        // checked, the shown draft imported, the engine and the tab made — to
        // its first frame.
        QTemporaryDir dir;
        makeAgenda(dir.path(), 20);
        QList<double> starts;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            Application app(optionsFor(dir.path()));
            app.loadSpeech();
            Scene scene(kConsoleScene, "AgendaConsoleScene.qml", [&app](QQmlEngine &engine) { app.attachTo(&engine); });
            if (!scene.window)
                break;
            scene.child("loader")->setProperty("active", true);
            waitForFrame(scene.window);
            starts.append(t.nsecsElapsed() / 1e6);
        }
        results.append(figures("agenda_console_cold_20x30k", starts, 0));
    }
    return results;
}

} // namespace lectern::bench
