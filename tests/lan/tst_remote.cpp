// The operator's remote: pairing (the console's one-time code, the
// administrator's PIN), and over a real WebSocket on the server's thread:
// both remotes get the same state, a paired remote's commands reach the
// kiosk, a view-only one's are refused.
#include "lan/LanThread.h"
#include "lan/RemoteAccess.h"
#include "lan/RemoteHub.h"
#include "meeting/MeetingStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace lectern;
using namespace lectern::lan;

namespace {
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1796000000);
}

class TestRemote : public QObject
{
    Q_OBJECT
private slots:
    void pairingCode_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<bool>("paired");
        QTest::newRow("right, at once") << "482913" << 0 << true;
        QTest::newRow("right, 4 minutes later") << "482913" << 240 << true;
        QTest::newRow("right, too late") << "482913" << 301 << false;
        QTest::newRow("wrong") << "482914" << 0 << false;
        QTest::newRow("empty") << "" << 0 << false;
    }
    void pairingCode()
    {
        QFETCH(QString, given);
        QFETCH(int, secondsLater);
        QFETCH(bool, paired);
        RemoteAccess access;
        access.setPairingCode(QStringLiteral("482913"), kNow.addSecs(300));
        const QString token = access.pair({}, given, kNow.addSecs(secondsLater));
        QCOMPARE(!token.isEmpty(), paired);
        QCOMPARE(access.isControl(token), paired);
        if (paired) // one use
            QVERIFY(access.pair({}, given, kNow.addSecs(secondsLater)).isEmpty());
        QVERIFY(!access.isControl(QString()));
        QVERIFY(!access.isControl(QStringLiteral("0123456789abcdef0123456789abcdef")));
    }

    void guessingVoidsTheCode()
    {
        RemoteAccess access;
        access.setPairingCode(QStringLiteral("482913"), kNow.addSecs(300));
        for (int i = 0; i < RemoteAccess::kCodeTries; ++i)
            QVERIFY(access.pair({}, QStringLiteral("%1").arg(100000 + i), kNow).isEmpty());
        QVERIFY(access.pair({}, QStringLiteral("482913"), kNow).isEmpty()); // void now: the console makes another
        access.setPairingCode(QStringLiteral("111111"), kNow.addSecs(300));
        QVERIFY(!access.pair({}, QStringLiteral("111111"), kNow).isEmpty());
    }

    void theAdministratorsPin()
    {
        QStringList asked;
        RemoteAccess access([&](const QString &pin) {
            asked.append(pin);
            return pin == u"246810";
        });
        QVERIFY(access.pair(QStringLiteral("0000"), {}, kNow).isEmpty());
        const QString token = access.pair(QStringLiteral("246810"), {}, kNow);
        QVERIFY(access.isControl(token));
        QCOMPARE(asked, (QStringList{QStringLiteral("0000"), QStringLiteral("246810")}));
        QCOMPARE(access.paired(), 1);
        QVERIFY(RemoteAccess().pair(QStringLiteral("246810"), {}, kNow).isEmpty()); // no PIN check: no pairing by PIN
    }

    void onlyKnownCommands()
    {
        for (const char *c : {"start", "pause", "toggle", "faster", "slower", "next_section", "previous_section", "next_item", "blank", "show",
                              "look_up"})
            QVERIFY2(RemoteHub::isCommand(QString::fromLatin1(c)), c);
        for (const char *c : {"", "quit", "START", "start;rm", "finalize"})
            QVERIFY2(!RemoteHub::isCommand(QString::fromLatin1(c)), c);
    }

    // Two remotes on the server's thread: a paired one and a view-only one.
    void twoRemotesStayInStep()
    {
        QTemporaryDir dir;
        { MeetingStore made(dir.path()); }
        LanSetup setup;
        setup.dataDir = dir.path();
        setup.port = 0;
        setup.listen = {QHostAddress(QHostAddress::LocalHost)};
        setup.checkPin = [](const QString &pin) { return pin == u"246810"; };
        LanThread thread(setup);
        QSignalSpy listening(&thread, &LanThread::listening);
        thread.start();
        QVERIFY(listening.wait(5000));
        const quint16 port = quint16(listening.first().at(0).toUInt());

        // Pair by the PIN over HTTP.
        QNetworkAccessManager http;
        QNetworkRequest ask(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/remote/pair").arg(port)));
        ask.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> wrong(http.post(ask, R"({"pin":"111111"})"));
        QTRY_VERIFY(wrong->isFinished());
        QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        std::unique_ptr<QNetworkReply> right(http.post(ask, R"({"pin":"246810"})"));
        QTRY_VERIFY(right->isFinished());
        QCOMPARE(right->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QString token = QJsonDocument::fromJson(right->readAll()).object()[u"token"].toString();
        QCOMPARE(token.size(), 32);

        QSignalSpy remotes(&thread, &LanThread::remotesChanged);
        QSignalSpy commands(&thread, &LanThread::remoteCommand);
        QWebSocket control;
        QWebSocket view;
        QStringList toControl;
        QStringList toView;
        connect(&control, &QWebSocket::textMessageReceived, this, [&](const QString &m) { toControl.append(m); });
        connect(&view, &QWebSocket::textMessageReceived, this, [&](const QString &m) { toView.append(m); });
        const QUrl socketUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/remote/ws").arg(port));
        control.open(socketUrl);
        view.open(socketUrl);
        QTRY_COMPARE(control.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(view.state(), QAbstractSocket::ConnectedState);
        QTRY_VERIFY(!remotes.isEmpty() && remotes.last().at(0).toInt() == 2);
        control.sendTextMessage(QStringLiteral(R"({"hello":"%1"})").arg(token));
        view.sendTextMessage(QStringLiteral(R"({"hello":""})"));
        QTRY_COMPARE(toControl.size(), 1);
        QTRY_COMPARE(toView.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(toControl[0].toUtf8()).object()[u"role"].toString(), QStringLiteral("control"));
        QCOMPARE(QJsonDocument::fromJson(toView[0].toUtf8()).object()[u"role"].toString(), QStringLiteral("view"));

        // The kiosk's state reaches both, the same.
        thread.publish(R"({"prompter":{"state":"running","speed":200}})");
        QTRY_COMPARE(toControl.size(), 2);
        QTRY_COMPARE(toView.size(), 2);
        QCOMPARE(toControl[1], toView[1]);
        QCOMPARE(QJsonDocument::fromJson(toView[1].toUtf8()).object()[u"state"].toObject()[u"prompter"].toObject()[u"speed"].toInt(), 200);

        // Commands: the paired remote's go through; the view's and unknown ones do not.
        control.sendTextMessage(QStringLiteral(R"({"cmd":"pause"})"));
        QTRY_COMPARE(commands.size(), 1);
        QCOMPARE(commands[0].at(0).toString(), QStringLiteral("pause"));
        view.sendTextMessage(QStringLiteral(R"({"cmd":"pause"})"));
        QTRY_COMPARE(toView.size(), 3);
        QVERIFY(toView[2].contains(QStringLiteral("view_only")));
        control.sendTextMessage(QStringLiteral(R"({"cmd":"quit"})"));
        QTRY_VERIFY(toControl.size() == 3 && toControl[2].contains(QStringLiteral("unknown_command")));
        QCOMPARE(commands.size(), 1);
        // A later remote is sent the state at once.
        QWebSocket late;
        QStringList toLate;
        connect(&late, &QWebSocket::textMessageReceived, this, [&](const QString &m) { toLate.append(m); });
        late.open(socketUrl);
        QTRY_COMPARE(late.state(), QAbstractSocket::ConnectedState);
        late.sendTextMessage(QStringLiteral(R"({"hello":""})"));
        QTRY_COMPARE(toLate.size(), 1);
        QVERIFY(toLate[0].contains(QStringLiteral("\"speed\":200")));
        control.close();
        QTRY_VERIFY(remotes.last().at(0).toInt() == 2);
    }
};

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
