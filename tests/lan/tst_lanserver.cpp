// The room's server over real sockets on 127.0.0.1, on its own thread: the
// guards Qt 6.4's HTTP server lacks (body and header limits, slow and idle
// connections), the rate per address, malformed HTTP, and a sign-in that is
// on the disk before the phone is told.
#include "lan/LanThread.h"
#include "lan/RoomSecret.h"
#include "lan/RoomToken.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/PhoneSignIn.h"
#include "meeting/Roster.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace lectern::lan;

namespace {

constexpr int kTimeoutMs = 400; // the guard's limit in these tests (10 s in the kiosk)

struct Reply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false; // the server closed the connection
};

// Writes `bytes` from `source` and reads one answer (or until closed).
Reply exchange(quint16 port, const QByteArray &bytes, const QString &source = QStringLiteral("127.0.0.1"), int waitMs = 5000)
{
    QTcpSocket s;
    s.bind(QHostAddress(source));
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(3000))
        return {};
    s.write(bytes);
    s.flush();
    QByteArray got;
    QElapsedTimer t;
    t.start();
    Reply r;
    while (t.elapsed() < waitMs) {
        if (s.bytesAvailable() == 0 && !s.waitForReadyRead(50)) {
            if (s.state() != QAbstractSocket::ConnectedState) {
                r.closed = true;
                break;
            }
        }
        got += s.readAll();
        const qsizetype end = got.indexOf("\r\n\r\n");
        if (end > 0) {
            const QByteArray head = got.left(end);
            const qsizetype cl = head.toLower().indexOf("content-length:");
            const qint64 length = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
            if (got.size() >= end + 4 + length) {
                r.head = head;
                r.body = got.mid(end + 4, length);
                r.status = head.mid(9, 3).toInt();
                break;
            }
        }
    }
    if (r.status == 0 && got.startsWith("HTTP/1.1 ")) {
        r.status = got.mid(9, 3).toInt();
        r.head = got;
    }
    return r;
}

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {}, const QByteArray &cookie = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: kiosk\r\n";
    if (!cookie.isEmpty())
        r += "Cookie: lectern_phone=" + cookie + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

struct Server
{
    QTemporaryDir dir;
    std::shared_ptr<MeetingStore> store;
    qint64 meeting = 0;
    qint64 person = 0;
    std::unique_ptr<LanThread> thread;
    quint16 port = 0;

    explicit Server(int rate = 20)
    {
        store = std::make_shared<MeetingStore>(dir.path());
        roster::upsert(store->db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}});
        person = roster::all(store->db()).first().id;
        Meeting m;
        m.title = QStringLiteral("周例会");
        m.plannedStart = QDateTime::currentDateTime().addSecs(600);
        meeting = meetings::create(store->db(), m, {{person, Role::Attend}}, QDateTime::currentDateTime());
        LanSetup setup;
        setup.dataDir = dir.path();
        setup.port = 0;
        setup.listen = {QHostAddress(QHostAddress::LocalHost)};
        setup.ratePerAddress = rate;
        setup.limits.timeoutMs = kTimeoutMs;
        thread = std::make_unique<LanThread>(setup);
        QSignalSpy listening(thread.get(), &LanThread::listening);
        thread->start();
        if (listening.wait(5000) && listening.first().at(1).toString().isEmpty())
            port = quint16(listening.first().at(0).toUInt());
    }
    QByteArray scan(const QString &source = QStringLiteral("127.0.0.1"))
    {
        const QString token = tokenFor(roomSecret(dir.path()), meeting, windowAt(QDateTime::currentDateTime()));
        const Reply r = exchange(port, request("GET", "/s/" + QByteArray::number(meeting) + '/' + token.toLatin1()), source);
        const qsizetype at = r.head.indexOf("lectern_phone=");
        return at < 0 ? QByteArray() : r.head.mid(at + 14, 32);
    }
};

} // namespace

class TestLanServer : public QObject
{
    Q_OBJECT
private slots:
    void signsInOverHttpAndIsOnTheDiskFirst()
    {
        Server s;
        QVERIFY(s.port != 0);
        QSignalSpy signedIn(s.thread.get(), &LanThread::phoneSignedIn);
        const QByteArray cookie = s.scan();
        QCOMPARE(cookie.size(), 32);
        const QByteArray body = "{\"person_id\":" + QByteArray::number(s.person)
                                + ",\"signature\":{\"strokes\":[[[1,1,0],[20,30,15]]]}}";
        const Reply r = exchange(s.port, request("POST", "/api/v1/signin", body, cookie));
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object()[u"status"].toString(), QStringLiteral("signed"));
        QVERIFY(r.head.contains("X-Content-Type-Options: nosniff"));
        // The answer came after the commit: another connection sees it at once.
        MeetingStore other(s.dir.path());
        const QList<AttendanceEvent> events = attendance::events(other.db(), s.meeting);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].channel, Channel::Phone);
        QTRY_COMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().at(1).toString(), QStringLiteral("张三"));
    }

    // Bodies over 512 KiB are refused from the header alone: the answer
    // comes although the body is never sent.
    void oversizeBodiesAreRefusedBeforeTheyAreRead_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("too large") << QByteArray("POST /api/v1/search HTTP/1.1\r\nContent-Length: 524289\r\n\r\n") << 413;
        QTest::newRow("absurd length") << QByteArray("POST /api/v1/search HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << 413;
        QTest::newRow("negative length") << QByteArray("POST /api/v1/search HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 413;
        QTest::newRow("chunked") << QByteArray("POST /api/v1/search HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n") << 411;
        QTest::newRow("a header of 20 KiB") << QByteArray("GET /phone HTTP/1.1\r\nX-Junk: " + QByteArray(20 * 1024, 'a')) << 431;
    }
    void oversizeBodiesAreRefusedBeforeTheyAreRead()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        Server s;
        QSignalSpy refused(s.thread.get(), &LanThread::refused);
        const Reply r = exchange(s.port, head);
        QCOMPARE(r.status, status);
        QVERIFY(r.head.contains("Connection: close"));
        QTRY_COMPARE(refused.size(), 1);
        // The server is none the worse.
        QCOMPARE(exchange(s.port, request("GET", "/phone.css")).status, 200);
    }

    // A slow client (half a request) and an idle one are closed after the
    // limit, so 200 of them cannot crowd out a real phone.
    void slowAndIdleConnectionsAreClosed()
    {
        Server s;
        QElapsedTimer t;
        t.start();
        const Reply slow = exchange(s.port, "GET /phone HTTP/1.1\r\nHost: k", QStringLiteral("127.0.0.1"), 5 * kTimeoutMs);
        QCOMPARE(slow.status, 408);
        QVERIFY(t.elapsed() >= kTimeoutMs - 50);
        t.restart();
        const Reply idle = exchange(s.port, {}, QStringLiteral("127.0.0.1"), 5 * kTimeoutMs);
        QVERIFY(idle.closed);
        QCOMPARE(idle.status, 0);
        QVERIFY(t.elapsed() < 4 * kTimeoutMs);
        // 200 idle connections; a phone still gets its answer, and all of them are gone after the limit.
        QSignalSpy open(s.thread.get(), &LanThread::connectionsChanged);
        std::vector<std::unique_ptr<QTcpSocket>> idlers;
        for (int i = 0; i < 200; ++i) {
            idlers.push_back(std::make_unique<QTcpSocket>());
            idlers.back()->connectToHost(QHostAddress::LocalHost, s.port);
        }
        for (auto &c : idlers)
            QVERIFY(c->waitForConnected(3000));
        QCOMPARE(exchange(s.port, request("GET", "/phone.css"), QStringLiteral("127.0.0.9")).status, 200);
        const auto stillOpen = [&idlers] {
            return std::count_if(idlers.begin(), idlers.end(), [](const auto &c) {
                c->waitForReadyRead(1);
                return c->state() != QAbstractSocket::UnconnectedState;
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(stillOpen(), 0, 10 * kTimeoutMs);
        QTRY_VERIFY(!open.isEmpty() && open.last().at(0).toInt() == 0);
    }

    void malformedHttpDoesNoHarm_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\r\n\r\n", 8);
        QTest::newRow("no version") << QByteArray("GET /phone\r\n\r\n");
        QTest::newRow("bad header line") << QByteArray("GET /phone HTTP/1.1\r\n: nothing\r\n\r\n");
        QTest::newRow("body shorter than said") << QByteArray("POST /api/v1/search HTTP/1.1\r\nContent-Length: 100\r\n\r\n{}");
    }
    void malformedHttpDoesNoHarm()
    {
        QFETCH(QByteArray, bytes);
        Server s;
        const Reply r = exchange(s.port, bytes, QStringLiteral("127.0.0.1"), 5 * kTimeoutMs);
        QVERIFY2(r.status < 500, qPrintable(QString::number(r.status))); // refused, closed or even answered: never a failure
        QCOMPARE(exchange(s.port, request("GET", "/phone.css")).status, 200);
    }

    // 20 requests a second per address; another address has its own share.
    void aFloodFromOneAddressIsLimited()
    {
        Server s(20);
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 40; ++i) {
            const int status = exchange(s.port, request("GET", "/phone.css"), QStringLiteral("127.0.0.3")).status;
            ok += status == 200;
            limited += status == 429;
        }
        QVERIFY2(limited >= 10, qPrintable(QStringLiteral("%1 refused").arg(limited)));
        QVERIFY(ok >= 20);
        QCOMPARE(exchange(s.port, request("GET", "/phone.css"), QStringLiteral("127.0.0.4")).status, 200);
        // Logged once for the operator, not once a request.
        MeetingStore other(s.dir.path());
        const auto logged = [&other] {
            store::Statement count = other.db().prepare("SELECT count(*) FROM lan_refusal WHERE reason = 'rate_limited'");
            return count.step() ? count.integer(0) : -1;
        };
        QTRY_COMPARE(logged(), 1);
    }

    void aStaleCodeIsLoggedWithTheMeeting()
    {
        Server s;
        const QString old = tokenFor(roomSecret(s.dir.path()), s.meeting, windowAt(QDateTime::currentDateTime()) - 3);
        const Reply r = exchange(s.port, request("GET", "/s/" + QByteArray::number(s.meeting) + '/' + old.toLatin1()));
        QCOMPARE(r.status, 303);
        QVERIFY(r.head.contains("Location: /phone?e=stale"));
        QVERIFY(!r.head.contains("Set-Cookie"));
        MeetingStore other(s.dir.path());
        QTRY_COMPARE(phone::refusals(other.db(), s.meeting).size(), 1);
        QCOMPARE(phone::refusals(other.db(), s.meeting).first().reason, QStringLiteral("stale_token"));
        QCOMPARE(phone::refusals(other.db(), s.meeting).first().address, QStringLiteral("127.0.0.1"));
    }

    void aTakenPortIsSaid()
    {
        Server first;
        LanSetup setup;
        setup.dataDir = first.dir.path();
        setup.port = first.port;
        setup.listen = {QHostAddress(QHostAddress::LocalHost)};
        LanThread second(setup);
        QSignalSpy listening(&second, &LanThread::listening);
        second.start();
        QVERIFY(listening.wait(5000));
        QVERIFY2(listening.first().at(1).toString().contains(QString::number(first.port)), qPrintable(listening.first().at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestLanServer)
#include "tst_lanserver.moc"
