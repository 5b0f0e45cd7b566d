// Under systemd (Type=notify, WatchdogSec): READY=1 once, with a status;
// WATCHDOG=1 at half the watchdog's period while the GUI thread's loop runs,
// and nothing while it is frozen; STOPPING=1 on quit. The datagrams are read
// from a socket of the test's own named in NOTIFY_SOCKET, as systemd's is.
#include "kiosk/ServiceNotifier.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace lectern;

namespace {

// systemd's end of the notification socket.
class FakeSystemd
{
public:
    explicit FakeSystemd(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        qstrncpy(address.sun_path, p.constData(), sizeof(address.sun_path));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    }
    ~FakeSystemd() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    QStringList received()
    {
        QStringList out;
        char buffer[4096];
        for (ssize_t n; (n = ::recv(m_fd, buffer, sizeof(buffer), 0)) > 0;)
            out.append(QString::fromUtf8(buffer, int(n)));
        return out;
    }

private:
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class TestServiceNotifier : public QObject
{
    Q_OBJECT
private slots:
    void outsideAServiceItIsSilent()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        ServiceNotifier n;
        QVERIFY(!n.underService());
        QCOMPARE(n.watchdogIntervalMs(), 0);
    }

    void readyWatchdogAndStopping()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notify"));
        FakeSystemd systemd(path);
        QVERIFY(systemd.bound());
        qputenv("NOTIFY_SOCKET", path.toLocal8Bit());
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(::getpid())));
        ServiceNotifier n;
        QVERIFY(n.underService());
        QCOMPARE(n.watchdogIntervalMs(), 100); // half of 200 ms

        n.ready(QStringLiteral("on the screen"));
        n.ready(QStringLiteral("again")); // once only
        QStringList got;
        QTRY_VERIFY((got += systemd.received(), got.count(QStringLiteral("WATCHDOG=1")) >= 3));
        QCOMPARE(got.count(QStringLiteral("READY=1\nSTATUS=on the screen")), 1);
        QVERIFY(!got.join(u'|').contains(QStringLiteral("again")));

        // A frozen GUI thread: no pings while it is stuck (systemd would restart the kiosk).
        systemd.received();
        QThread::msleep(450);
        QCOMPARE(systemd.received().size(), 0);
        // Running again: the pings come back.
        // (Collected, not read afresh: QTRY_VERIFY evaluates its condition more than once.)
        QStringList after;
        QTRY_VERIFY((after += systemd.received(), after.contains(QStringLiteral("WATCHDOG=1"))));

        n.stopping();
        QStringList last;
        QTRY_VERIFY((last += systemd.received(), last.contains(QStringLiteral("STOPPING=1\nSTATUS=quitting"))));
        QCOMPARE(n.watchdogIntervalMs(), 0);
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }
};

QTEST_MAIN(TestServiceNotifier)
#include "tst_servicenotifier.moc"
