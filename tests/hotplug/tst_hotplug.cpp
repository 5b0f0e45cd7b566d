// The prompter's windows follow screens that come and go: a second screen
// brings the speaker's window, a third the audience's pages; pulling a cable
// takes its window away at once, and plugging it back brings it back.
#include "kiosk/AppOptions.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QScreen>
#include <QTest>
#include <QWindow>
#include <QtQml/QQmlExtensionPlugin>
#include <qpa/qplatformscreen.h>
#include <qpa/qwindowsysteminterface.h>

Q_IMPORT_QML_PLUGIN(LecternPlugin)

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

} // namespace

class TestHotplug : public QObject
{
    Q_OBJECT
private slots:
    void windowsFollowTheScreens()
    {
        lectern::AppOptions::instance()->setMode(QStringLiteral("prompter"));
        lectern::AppOptions::instance()->setWindowed(true);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Lectern/qml/Main.qml")));
        QVERIFY(!engine.rootObjects().isEmpty());
        QTRY_COMPARE(visibleWindows(), QStringList({"mainWindow"}));

        auto *second = new FakeScreen(QRect(1920, 0, 1920, 1080));
        QWindowSystemInterface::handleScreenAdded(second);
        QTRY_COMPARE(visibleWindows(), QStringList({"mainWindow", "speakerWindow"}));

        auto *third = new FakeScreen(QRect(3840, 0, 1920, 1080));
        QWindowSystemInterface::handleScreenAdded(third);
        QTRY_COMPARE(visibleWindows(), QStringList({"mainWindow", "projectorWindow", "speakerWindow"}));
        // (Which screen each window lands on is checked by the self_test_*_screens
        // tests on a platform configured with real screen geometry.)

        // The projector's cable is pulled: its window goes at once.
        QWindowSystemInterface::handleScreenRemoved(third);
        QTRY_COMPARE(visibleWindows(), QStringList({"mainWindow", "speakerWindow"}));
        // And the speaker's: back to one screen, one window.
        QWindowSystemInterface::handleScreenRemoved(second);
        QTRY_COMPARE(visibleWindows(), QStringList({"mainWindow"}));
        // Plugged back in: the speaker's window returns.
        QWindowSystemInterface::handleScreenAdded(new FakeScreen(QRect(1920, 0, 1280, 720)));
        QTRY_COMPARE(visibleWindows(), QStringList({"mainWindow", "speakerWindow"}));
    }
};

QTEST_MAIN(TestHotplug)
#include "tst_hotplug.moc"
