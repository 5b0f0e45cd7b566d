#include "LanBench.h"

#include "BenchScene.h"
#include "PrompterBench.h"
#include "lan/LanThread.h"
#include "lan/PhoneSimulator.h"
#include "lan/RoomSecret.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QJsonObject>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>

namespace lectern::bench {
namespace {

constexpr int kPeople = 300;
constexpr int kAtOnce = 50;
constexpr int kMeetings = 40; // one per burst: a person signs into each once

double residentMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// A room: 300 people, and a meeting per burst expecting them all.
struct Room
{
    QTemporaryDir dir;
    QList<qint64> meetings;
    QList<QPair<qint64, QString>> people;

    Room()
    {
        MeetingStore store(dir.path());
        QList<RosterRow> rows;
        for (int i = 0; i < kPeople; ++i)
            rows.append({QStringLiteral("测试%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("第%1科").arg(i % 12 + 1), {}, {}});
        roster::upsert(store.db(), rows);
        QList<Expected> expected;
        for (const Person &p : roster::all(store.db())) {
            expected.append({p.id, Role::Attend});
            people.append({p.id, p.name.right(3)});
        }
        for (int i = 0; i < kMeetings; ++i) {
            Meeting m;
            m.title = QStringLiteral("基准会议 %1").arg(i + 1);
            m.plannedStart = QDateTime::currentDateTime().addSecs(3600);
            meetings.append(meetings::create(store.db(), m, expected, QDateTime::currentDateTime()));
        }
    }
};

// Bursts of phones on a thread of their own, one meeting after another, until stopped.
class Bursts : public QObject
{
public:
    Bursts(const Room &room, quint16 port) : m_room(room), m_port(port), m_secret(lan::roomSecret(room.dir.path())) {}
    void run(int count, int end) // on the phones' thread: meetings [count, end)
    {
        if (count >= end || m_stop) {
            m_done = true;
            return;
        }
        lan::PhoneSimulator::Plan plan{m_port, m_room.meetings[count], m_secret, m_room.people, kAtOnce};
        auto *phones = new lan::PhoneSimulator(plan, this);
        connect(phones, &lan::PhoneSimulator::finished, this, [this, phones, count, end] {
            m_signInMs.append(phones->results().signInMs);
            m_signedIn += phones->results().signedIn;
            m_failed += phones->results().failed + phones->results().refused;
            phones->deleteLater();
            run(count + 1, end);
        });
        phones->start();
    }
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_done{false};
    QList<double> m_signInMs;
    int m_signedIn = 0;
    int m_failed = 0;

private:
    const Room &m_room;
    quint16 m_port;
    QByteArray m_secret;
};

} // namespace

QJsonArray runLanBenchmarks(int scrollSeconds)
{
    QJsonArray results;
    Room room;
    lan::LanSetup setup;
    setup.dataDir = room.dir.path();
    setup.port = 0;
    setup.listen = {QHostAddress(QHostAddress::LocalHost)};
    lan::LanThread server(setup);
    quint16 port = 0;
    QString error = QStringLiteral("the server did not start");
    bool heard = false;
    QObject::connect(&server, &lan::LanThread::listening, &server, [&](quint16 p, const QString &e) {
        port = p;
        error = e;
        heard = true;
    });
    int open = 0;
    QObject::connect(&server, &lan::LanThread::connectionsChanged, &server, [&open](int n) { open = n; });
    server.start();
    // Waits, handling events, until `done` or `ms` pass (a condition, not a sleep).
    auto waitFor = [](const std::function<bool()> &done, int ms) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    };
    waitFor([&] { return heard; }, 5000);
    if (!error.isEmpty()) {
        results.append(QJsonObject{{"name", "lan"}, {"ok", false}, {"error", error}});
        return results;
    }

    QThread phonesThread;
    phonesThread.start();
    // Bursts of 300 phones into meetings [first, end), one after another;
    // with `meanwhile`, until it returns, else all of them.
    auto burst = [&, waitFor](int first, int end, const std::function<void()> &meanwhile) {
        auto *b = new Bursts(room, port);
        b->moveToThread(&phonesThread);
        QElapsedTimer t;
        t.start();
        QMetaObject::invokeMethod(b, [b, first, end] { b->run(first, end); }, Qt::QueuedConnection);
        if (meanwhile) {
            meanwhile();
            b->m_stop = true;
        }
        waitFor([b] { return bool(b->m_done); }, 600000);
        const double seconds = t.elapsed() / 1000.0;
        QJsonObject r{{"phones", b->m_signedIn}, {"not_signed", b->m_failed}, {"seconds", seconds},
                      {"signin_ms_p50", percentile(b->m_signInMs, 0.5)}, {"signin_ms_p99", percentile(b->m_signInMs, 0.99)},
                      {"signin_ms_max", b->m_signInMs.isEmpty() ? 0.0 : *std::max_element(b->m_signInMs.cbegin(), b->m_signInMs.cend())}};
        QMetaObject::invokeMethod(b, [b] { delete b; }, Qt::BlockingQueuedConnection);
        return r;
    };

    // 1. Three bursts of 300 phones, 50 at once, nothing else running.
    QJsonObject alone = burst(0, 3, {});
    alone.insert("name", "signin_burst_300_phones_50_at_once");
    alone.insert("goal_p99_ms", 100);
    results.append(alone);

    // 2. The prompter scrolling, without phones and then while they sign in.
    Scene scene(prompterSceneQml(), "PrompterScene.qml");
    if (scene.window) {
        QTemporaryDir dir;
        scene.child("session")->setProperty("source", writeSpeech(dir, 340 * 1024, "speech-100k.txt"));
        QObject *prompter = scene.child("prompter");
        waitForFrame(scene.window);
        QMetaObject::invokeMethod(prompter, "jumpToSection", Q_ARG(int, 2));
        waitForFrame(scene.window);
        QJsonObject quiet = scrollFor(scene.window, prompter, scrollSeconds);
        quiet.insert("name", "scroll_default_no_phones");
        results.append(quiet);
        QMetaObject::invokeMethod(prompter, "jumpToSection", Q_ARG(int, 2));
        waitForFrame(scene.window);
        QJsonObject busy;
        QJsonObject phones = burst(3, kMeetings, [&] { busy = scrollFor(scene.window, prompter, scrollSeconds); });
        busy.insert("name", "scroll_default_while_phones_sign_in");
        busy.insert("phones_signed_in", phones.value("phones"));
        busy.insert("signin_ms_p99", phones.value("signin_ms_p99"));
        results.append(busy);
    } else {
        results.append(QJsonObject{{"name", "scroll_default_while_phones_sign_in"}, {"ok", false}, {"error", scene.error}});
    }
    phonesThread.quit();
    phonesThread.wait();

    // 3. The kiosk itself (this binary, on its sign-in screen with the
    // server on) before and with 200 idle connections held open (it closes
    // them after 10 s; measured within that).
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 kioskPort = probe.serverPort();
        probe.close();
        QFile config(room.dir.filePath(QStringLiteral("lan-bench.json")));
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral(R"({"lan": {"enabled": true, "port": %1, "listen": ["127.0.0.1"]}})").arg(kioskPort).toUtf8());
        config.close();
        QProcess kiosk;
        kiosk.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--mode"), QStringLiteral("signin"), QStringLiteral("--windowed"),
                                                              QStringLiteral("--data-dir"), room.dir.path(), QStringLiteral("--config"), config.fileName()});
        auto reachable = [kioskPort] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, kioskPort);
            return s.waitForConnected(100);
        };
        waitFor(reachable, 30000);
        waitFor([] { return false; }, 2000); // the first frames drawn, the store checked
        const double before = residentMb(kiosk.processId());
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 200; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, kioskPort);
        }
        int connected = 0;
        for (auto &c : idle)
            connected += c->waitForConnected(2000) ? 1 : 0;
        waitFor([] { return false; }, 1000);
        const double after = residentMb(kiosk.processId());
        results.append(QJsonObject{{"name", "kiosk_memory_200_idle_connections"},
                                   {"connections", connected},
                                   {"rss_before_mb", before},
                                   {"rss_after_mb", after},
                                   {"delta_mb", after - before}});
        idle.clear();
        kiosk.terminate();
        kiosk.waitForFinished(10000);
    }
    return results;
}

} // namespace lectern::bench
