// ScreenSaverInhibitor against a fake desktop screen saver on a private
// session bus (the test runs under dbus-run-session).
#include "kiosk/ScreenSaverInhibitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace lectern;

class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    // Read by the test thread, written by the service thread: guarded.
    QStringList calls() const { QMutexLocker l(&mutex); return m_calls; }
    void clear() { QMutexLocker l(&mutex); m_calls.clear(); }
    mutable QMutex mutex;
    QStringList m_calls;
    quint32 nextCookie = 41;
public slots:
    quint32 Inhibit(const QString &application, const QString &reason)
    {
        QMutexLocker l(&mutex);
        m_calls.append(QStringLiteral("Inhibit %1: %2").arg(application, reason));
        return ++nextCookie;
    }
    void UnInhibit(quint32 cookie)
    {
        QMutexLocker l(&mutex);
        m_calls.append(QStringLiteral("UnInhibit %1").arg(cookie));
    }
};

class TestScreenSaver : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The fake lives in its own thread and on its own connection, as a desktop's
        // screensaver would; the inhibitor's blocking calls must not wait on this thread.
        m_thread.start();
        m_fake.moveToThread(&m_thread);
        m_service = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-desktop"));
        QVERIFY2(m_service.isConnected(), "no session bus: run under dbus-run-session");
        QVERIFY(m_service.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &m_fake, QDBusConnection::ExportAllSlots));
        QVERIFY(m_service.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
    }

    void inhibitsWhileActive()
    {
        ScreenSaverInhibitor inhibitor;
        QSignalSpy changed(&inhibitor, &ScreenSaverInhibitor::activeChanged);
        QCOMPARE(inhibitor.method(), QStringLiteral("none"));
        inhibitor.setActive(true);
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(m_fake.calls().size(), 1);
        QCOMPARE(m_fake.calls().first(), QStringLiteral("Inhibit Lectern: Teleprompter running"));
        QCOMPARE(inhibitor.method(), QStringLiteral("dbus"));
        inhibitor.setActive(true); // no second inhibit
        QCOMPARE(changed.count(), 1);
        inhibitor.setActive(false);
        QTRY_COMPARE(m_fake.calls().size(), 2);
        QCOMPARE(m_fake.calls().last(), QStringLiteral("UnInhibit 42"));
        QCOMPARE(inhibitor.method(), QStringLiteral("none"));
    }

    void releasesWhenDestroyed()
    {
        m_fake.clear();
        {
            ScreenSaverInhibitor inhibitor;
            inhibitor.setActive(true);
        }
        QTRY_COMPARE(m_fake.calls().size(), 2);
        QVERIFY(m_fake.calls().last().startsWith(QStringLiteral("UnInhibit")));
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    FakeScreenSaver m_fake;
    QDBusConnection m_service{QString()};
};

QTEST_MAIN(TestScreenSaver)
#include "tst_screensaver.moc"
