// End to end, the room's session: `lectern-kiosk session` as the systemd unit
// runs it, with Xvfb standing in for Xorg (LECTERN_X_SERVER=Xvfb on a display
// of the test's own). The session starts X, starts fcitx5 and the kiosk: the kiosk is full screen on its home
// screen (screenshot); the secretary types 会议 by pinyin (Ctrl+Space, "huiyi",
// space) into the console's meeting title; SIGTERM to the session — what
// systemd sends — quits the kiosk cleanly, then X, fcitx5 and the session bus.
#include "E2eSupport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>

using namespace e2e;

namespace {

// A display number nobody uses (no socket, no lock).
int freeDisplay()
{
    for (int tries = 0; tries < 200; ++tries) {
        const int n = 200 + int(QRandomGenerator::global()->bounded(700));
        if (!QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) && !QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
            return n;
    }
    return -1;
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(20000);
    return p.readAllStandardOutput();
}

} // namespace

class TestEndToEndSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_display;
    QString m_map;
    QProcess m_session;

private slots:
    void initTestCase()
    {
        for (const char *tool : {"xdotool", "Xvfb", "xset", "fcitx5", "dbus-daemon"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is not installed (scripts/deps.sh installs it)").arg(QLatin1String(tool))));
        const int n = freeDisplay();
        QVERIFY(n > 0);
        m_display = QStringLiteral(":%1").arg(n);
        // xdotool and xset, run by the test, talk to the session's display.
        qputenv("DISPLAY", m_display.toLocal8Bit());
        m_map = m_dir.filePath(QStringLiteral("ui.json"));
        // `lectern` on the PATH, as the package installs it.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("bin"))));
        QVERIFY(QFile::link(qEnvironmentVariable("LECTERN_BINARY"), m_dir.filePath(QStringLiteral("bin/lectern"))));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *gone : {"DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(gone));
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + u':' + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("LECTERN_X_SERVER"), QStringLiteral("Xvfb"));
        env.insert(QStringLiteral("LECTERN_DISPLAY"), m_display);
        env.insert(QStringLiteral("LECTERN_FCITX5_PROFILE"), qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/packaging/fcitx5-profile"));
        env.insert(QStringLiteral("LECTERN_UI_MAP"), m_map);
        m_session.setProcessEnvironment(env);
        m_session.setProcessChannelMode(QProcess::ForwardedChannels);
        m_session.start(QStringLiteral("bash"), {qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/packaging/lectern-kiosk"), QStringLiteral("session"),
                                                 QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("d"))});
        QVERIFY(m_session.waitForStarted());
    }

    void theKioskIsFullScreenOnItsHomeScreen()
    {
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_map, QStringLiteral("homeConsole")), 40000);
        // The window covers the screen, with no window manager to make it so.
        const QByteArray geometry = run(QStringLiteral("xdotool"), {QStringLiteral("getdisplaygeometry")}).trimmed();
        QCOMPARE(geometry, QByteArray("1920 1080"));
        QTRY_VERIFY_WITH_TIMEOUT(run(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--class"),
                                                                 QStringLiteral("lectern"), QStringLiteral("getwindowgeometry")})
                                     .contains("Geometry: 1920x1080"),
                                 10000);
        // The screenshot: the home screen drawn (this binary grabs the session's display).
        const QString shot = m_dir.filePath(QStringLiteral("home.png"));
        QProcess grab;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        grab.setProcessEnvironment(env);
        grab.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--grab"), shot});
        QVERIFY(grab.waitForFinished(20000) && grab.exitCode() == 0);
        const QImage image(shot);
        QCOMPARE(image.size(), QSize(1920, 1080));
        QVERIFY2(distinctColours(image.convertToFormat(QImage::Format_RGB32)) > 20, "the screen is blank");
        save(image, QStringLiteral("e2e-session-home.png"));
        // (The session's `xset s off`, `s noblank` and `-dpms` cannot be checked
        // here: Xvfb keeps its screen-saver settings whatever xset asks — its
        // timeout stays at 600 s — and has no DPMS.)
    }

    void theSecretaryTypesChineseByPinyin()
    {
        QVERIFY(tap(m_map, QStringLiteral("homeConsole")));
        QTRY_VERIFY_WITH_TIMEOUT(pinTakesKeys(m_map), 10000);
        QVERIFY(typePin(QStringLiteral("2468")) && typePin(QStringLiteral("2468")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_map, QStringLiteral("meetingTitleField")), 10000);
        QVERIFY(tap(m_map, QStringLiteral("meetingTitleField")));
        auto title = [this] { return mapText(m_map, QStringLiteral("meetingTitleField")); };
        // Ctrl+Space: pinyin; the syllables, then space takes the first candidate.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+space")}));
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("60"), QStringLiteral("huiyi")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        QTRY_COMPARE_WITH_TIMEOUT(title(), QStringLiteral("会议"), 10000);
    }

    void sigtermEndsTheSessionCleanly()
    {
        m_session.terminate(); // SIGTERM to the session script, as systemd (KillMode=mixed) sends it
        QVERIFY2(m_session.waitForFinished(15000), "the session did not end within 15 s");
        QCOMPARE(m_session.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_session.exitCode(), 0); // the kiosk's own exit code
        const QJsonObject saved = QJsonDocument::fromJson(readFile(m_dir.filePath(QStringLiteral("d/resume.json")))).object();
        QVERIFY(saved.value(QStringLiteral("quit")).toBool());
        QVERIFY(readFile(m_dir.filePath(QStringLiteral("d/logs/lectern.log"))).contains("asked to quit by SIGTERM"));
        // X has gone with it.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/tmp/.X11-unix/X") + m_display.mid(1)), 10000);
    }

    void cleanupTestCase()
    {
        if (m_session.state() != QProcess::NotRunning) {
            m_session.terminate();
            if (!m_session.waitForFinished(15000))
                m_session.kill();
        }
    }
};

int main(int argc, char **argv)
{
    // A screenshot of $DISPLAY into a file: the test's own eye on the session's display.
    if (argc == 3 && qstrcmp(argv[1], "--grab") == 0) {
        QGuiApplication app(argc, argv);
        return QGuiApplication::primaryScreen()->grabWindow(0).toImage().save(QString::fromLocal8Bit(argv[2])) ? 0 : 1;
    }
    QGuiApplication app(argc, argv);
    TestEndToEndSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_e2e_session.moc"
