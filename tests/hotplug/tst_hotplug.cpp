// The prompter's windows follow screens that come and go: a second screen
// brings the speaker's window, a third the audience's pages; pulling a cable
// takes its window away at once, and plugging it back brings it back.
#include "app/Application.h"
#include "kiosk/KioskApp.h"
#include "kiosk/QmlPlugins.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>
#include <QWindow>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <qpa/qplatformscreen.h>
#include <qpa/qwindowsysteminterface.h>

namespace {

class FakeScreen : public QPlatformScreen
{
public:
    explicit FakeScreen(const QRect &geometry) : m_geometry(geometry) {}
    QRect geometry() const override { return m_geometry; }
    int depth() const override { return 32; }
    QImage::Format format() const override { return QImage::Format_RGB32; }
    QString name() const override { return QStringLiteral("fake-%1").arg(m_geometry.x()); }

private:
    QRect m_geometry;
};

QStringList visibleWindows()
{
    QStringList names;
    for (QWindow *w : QGuiApplication::topLevelWindows())
        if (w->isVisible() && !w->objectName().isEmpty())
            names.append(w->objectName());
    names.sort();
    return names;
}

// The event loop's pulse: a timer that should fire every 20 ms. A stalled loop
// (a glyph rasterised at thousands of pixels, a layout storm) shows as a gap.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_last.isValid())
                m_longest = std::max(m_longest, m_last.restart());
            else
                m_last.start();
        });
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    qint64 m_longest = 0;
};

// Each step must be done within this: seconds, not minutes.
constexpr int kStepMs = 5000;
// No moment of the event loop may stall longer than this.
constexpr qint64 kMaxStallMs = 1500;

} // namespace

class TestHotplug : public QObject
{
    Q_OBJECT
private slots:
    void windowsFollowTheScreens()
    {
        QTemporaryDir data;
        lectern::AppOptions::Values options;
        options.mode = lectern::AppOptions::Prompter;
        options.windowed = true;
        options.dataDir = data.path();
        QStandardPaths::setTestModeEnabled(true); // the roles chosen below are remembered in a test location
        lectern::Application app(options);
        app.loadSpeech();
        QQmlApplicationEngine engine;
        app.attachTo(&engine);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QString::fromLatin1(lectern::kMainQml)));
        QVERIFY(!engine.rootObjects().isEmpty());
        Heartbeat heartbeat;
        // The prompter runs throughout, as in a meeting.
        app.prompter()->setCountdownSeconds(0);
        app.prompter()->start();
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow"}), kStepMs);

        auto *second = new FakeScreen(QRect(1920, 0, 1920, 1080));
        QWindowSystemInterface::handleScreenAdded(second);
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow", "speakerWindow"}), kStepMs);

        auto *third = new FakeScreen(QRect(3840, 0, 1920, 1080));
        QWindowSystemInterface::handleScreenAdded(third);
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow", "projectorWindow", "speakerWindow"}), kStepMs);
        // (Which screen each window lands on is checked by the self_test_*_screens
        // tests on a platform configured with real screen geometry.)

        // The projector's cable is pulled: its window goes at once.
        QWindowSystemInterface::handleScreenRemoved(third);
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow", "speakerWindow"}), kStepMs);
        // And the speaker's: back to one screen, one window.
        QWindowSystemInterface::handleScreenRemoved(second);
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow"}), kStepMs);
        // Plugged back in: the speaker's window returns.
        QWindowSystemInterface::handleScreenAdded(new FakeScreen(QRect(1920, 0, 1280, 720)));
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow", "speakerWindow"}), kStepMs);
        QVERIFY2(heartbeat.longestGapMs() < kMaxStallMs,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(heartbeat.longestGapMs())));
        QVERIFY(app.prompter()->position() > 0); // it kept reading through all of it

        // A role chosen for that screen: sign-in at the door instead of the
        // speaker's prompter (the prompter then shows on the console's screen).
        app.setScreenRole(QStringLiteral("fake-1920"), QStringLiteral("signin"));
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow", "signinWindow"}), kStepMs);
        // Unplugged: the role has no screen, so no window; plugged back: it returns.
        QScreen *door = nullptr;
        for (QScreen *s : QGuiApplication::screens())
            if (s->name() == u"fake-1920")
                door = s;
        QVERIFY(door);
        QWindowSystemInterface::handleScreenRemoved(door->handle());
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow"}), kStepMs);
        QWindowSystemInterface::handleScreenAdded(new FakeScreen(QRect(1920, 0, 1920, 1080)));
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow", "signinWindow"}), kStepMs);
        // Back to automatic: the speaker's prompter there again.
        app.setScreenRole(QStringLiteral("fake-1920"), QString());
        QTRY_COMPARE_WITH_TIMEOUT(visibleWindows(), QStringList({"mainWindow", "speakerWindow"}), kStepMs);
        QVERIFY2(heartbeat.longestGapMs() < kMaxStallMs,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(heartbeat.longestGapMs())));
    }
};

QTEST_MAIN(TestHotplug)
#include "tst_hotplug.moc"
