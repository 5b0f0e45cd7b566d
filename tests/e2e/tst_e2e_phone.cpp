// End to end, phone: the real kiosk on its sign-in screen with the room's
// server on, and a phone played by headless Chromium (tests/e2e/phone/
// phone_signin.py, python3-selenium): the code is read off the kiosk's
// screen (ZXing), opened, a person found by initials, chosen, signed for
// with pointer events; the phone sees the green confirmation, the same on a
// second scan, and is refused a second person; the kiosk's counts change,
// and the export says the sign-in came by phone.
#include "E2eSupport.h"
#include "../lan/FreePort.h"
#include "app/AdminPin.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace e2e;

namespace {

// What ZXing reads off the screen: every code's text.
QStringList codesOnScreen(const QImage &screen, const QString &dir)
{
    const QString file = QDir(dir).filePath(QStringLiteral("screen.png"));
    if (!screen.save(file))
        return {};
    QProcess zxing;
    zxing.start(QStringLiteral("ZXingReader"), {file});
    zxing.waitForFinished(20000);
    QStringList texts;
    const QRegularExpression text(QStringLiteral("^Text:\\s+\"(.*)\"$"), QRegularExpression::MultilineOption);
    for (auto it = text.globalMatch(QString::fromUtf8(zxing.readAllStandardOutput())); it.hasNext();)
        texts.append(it.next().captured(1));
    return texts;
}

} // namespace

class TestEndToEndPhone : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const char *tool : {"xdotool", "chromium", "chromedriver", "ZXingReader"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty() && !QFile::exists(QStringLiteral("/usr/bin/") + tool))
                QFAIL(qPrintable(QStringLiteral("%1 is not installed (scripts/deps.sh installs it)").arg(QLatin1String(tool))));
    }

    void signInFromAPhone()
    {
        QTemporaryDir data;
        QFile roster(data.filePath(QStringLiteral("r.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n王五,人事处\n").toUtf8());
        roster.close();
        const QString dir = data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("roster"), QStringLiteral("import"), roster.fileName(), QStringLiteral("--data-dir"), dir});
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("周例会"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().addSecs(3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--expect"), QStringLiteral("all"), QStringLiteral("--data-dir"), dir});
        const quint16 port = freePort();
        QFile config(data.filePath(QStringLiteral("lectern.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"lan": {"enabled": true, "port": %1, "wifi_ssid": "会议室"}})").arg(port).toUtf8());
        config.close();

        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.setProcessEnvironment(kioskEnvironment(data.filePath(QStringLiteral("map.json")), data.filePath(QStringLiteral("config"))));
        QVERIFY(startKiosk(kiosk, kiosk.processEnvironment(),
                           {QStringLiteral("--mode"), QStringLiteral("signin"), QStringLiteral("--data-dir"), dir, QStringLiteral("--config"),
                            config.fileName()}));
        // The screen shows two codes: the room's Wi-Fi, and the sign-in address.
        QString url;
        QImage before;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     before = grabScreen();
                                     for (const QString &t : codesOnScreen(before, data.path()))
                                         if (t.startsWith(u"http"))
                                             url = t;
                                     return !url.isEmpty();
                                 })(),
                                 30000);
        QVERIFY(codesOnScreen(before, data.path()).contains(QStringLiteral("WIFI:T:WPA;S:会议室;P:;;")));
        save(before, QStringLiteral("e2e-phone-door.png"));
        QVERIFY2(url.contains(QStringLiteral(":%1/s/1/").arg(port)), qPrintable(url));
        // The command line prints the same address (the token may have turned since).
        const QString printed = QString::fromUtf8(lecternCommand({QStringLiteral("lan"), QStringLiteral("url"), QStringLiteral("1"),
                                                                  QStringLiteral("--config"), config.fileName(), QStringLiteral("--data-dir"), dir}))
                                    .trimmed();
        QCOMPARE(printed.section(u'/', 0, -2), url.section(u'/', 0, -2));

        // The phone. 李四 is the roster's second person (id 2): the one this phone may not sign in too.
        QProcess phone;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        phone.setProcessEnvironment(env);
        phone.start(QStringLiteral("/usr/bin/python3"),
                    {qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/tests/e2e/phone/phone_signin.py"), url,
                     QStringLiteral("zs"), QStringLiteral("张三"), QStringLiteral("2")});
        QVERIFY(phone.waitForFinished(120000));
        const QByteArray err = phone.readAllStandardError();
        QVERIFY2(phone.exitCode() == 0, err.constData());
        const QJsonObject seen = QJsonDocument::fromJson(phone.readAllStandardOutput()).object();
        QVERIFY2(!seen.isEmpty(), err.constData());
        QVERIFY(seen[u"landed"].toString().endsWith(u"/phone"));
        QVERIFY(seen[u"meeting"].toString().startsWith(QStringLiteral("周例会")));
        QCOMPARE(seen[u"hint_after_one"].toString(), QStringLiteral("至少输入两个字")); // one letter: nobody listed yet
        QCOMPARE(seen[u"results"].toVariant().toStringList(), QStringList{QStringLiteral("张三")});
        QCOMPARE(seen[u"submit_enabled_before"].toBool(), false); // no signature, no sign-in
        QCOMPARE(seen[u"done_title"].toString(), QStringLiteral("签到成功"));
        QCOMPARE(seen[u"done_name"].toString(), QStringLiteral("张三"));
        QVERIFY(seen[u"done_time"].toString().contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d 签到$"))));
        QCOMPARE(seen[u"done_colour"].toString(), QStringLiteral("rgba(26, 127, 55, 1)")); // the large green
        QCOMPARE(seen[u"rescan_title"].toString(), QStringLiteral("您已签到"));
        QVERIFY(seen[u"rescan_time"].toString().startsWith(QStringLiteral("已于 ")));
        QCOMPARE(seen[u"second"].toObject()[u"status"].toInt(), 403);
        QCOMPARE(seen[u"second"].toObject()[u"body"].toObject()[u"error"].toString(), QStringLiteral("phone_used"));
        QCOMPARE(seen[u"english_title"].toString(), QStringLiteral("Already signed in"));

        // The kiosk: one present, the counts on the door screen changed, by phone in the export.
        QVERIFY(lecternCommand({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                                QStringLiteral("--data-dir"), dir})
                    .contains("\"present\":1"));
        QImage after;
        QTRY_VERIFY_WITH_TIMEOUT((after = grabScreen(), meanGreyDifference(before, after, 0.15) > 0.05), 10000);
        save(after, QStringLiteral("e2e-phone-door-after.png"));
        const QString csv = data.filePath(QStringLiteral("a.csv"));
        lecternCommand({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--what"), QStringLiteral("attendance"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv, QStringLiteral("--data-dir"), dir});
        QVERIFY2(readFile(csv).contains("by phone"), readFile(csv).constData());

        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(10000));
    }

    // The home screen, while the meeting takes sign-ins, shows the same code.
    void theHomeScreenShowsTheCodeWhileSignInIsOpen()
    {
        QTemporaryDir data;
        const QString dir = data.filePath(QStringLiteral("d"));
        QFile roster(data.filePath(QStringLiteral("r.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(QStringLiteral("姓名,单位\n张三,办公室\n").toUtf8());
        roster.close();
        lecternCommand({QStringLiteral("roster"), QStringLiteral("import"), roster.fileName(), QStringLiteral("--data-dir"), dir});
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("周例会"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().addSecs(3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--expect"), QStringLiteral("all"), QStringLiteral("--data-dir"), dir});
        QFile config(data.filePath(QStringLiteral("lectern.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"lan": {"enabled": true, "port": %1}})").arg(freePort()).toUtf8());
        config.close();
        QProcess kiosk;
        QVERIFY(startKiosk(kiosk, kioskEnvironment(data.filePath(QStringLiteral("map.json")), data.filePath(QStringLiteral("config"))),
                           {QStringLiteral("--mode"), QStringLiteral("home"), QStringLiteral("--data-dir"), dir, QStringLiteral("--config"),
                            config.fileName()}));
        QImage home;
        QTRY_VERIFY_WITH_TIMEOUT((home = grabScreen(), codesOnScreen(home, data.path()).filter(QStringLiteral("/s/1/")).size() == 1), 30000);
        save(home, QStringLiteral("e2e-phone-home.png"));
        // Closed: the code goes.
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("close"), QStringLiteral("1"), QStringLiteral("--data-dir"), dir});
        QTRY_VERIFY_WITH_TIMEOUT((home = grabScreen(), codesOnScreen(home, data.path()).isEmpty()), 30000);
        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(10000));
    }

    // Two remotes in two browsers: the paired one starts and pauses the
    // prompter, the chair's view follows it, and the kiosk's screen moves
    // and stops with them.
    void twoRemotesDriveThePrompter()
    {
        QTemporaryDir data;
        const QString dir = data.filePath(QStringLiteral("d"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(lectern::AdminPin(QDir(dir).filePath(QStringLiteral("admin-pin.json"))).set(QStringLiteral("246810")),
                 lectern::AdminPin::SetResult::Done);
        const quint16 port = freePort();
        QFile config(data.filePath(QStringLiteral("lectern.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral(R"({"lan": {"enabled": true, "port": %1}, "prompter": {"countdown_s": 0}})").arg(port).toUtf8());
        config.close();
        QProcess kiosk;
        QVERIFY(startKiosk(kiosk, kioskEnvironment(data.filePath(QStringLiteral("map.json")), data.filePath(QStringLiteral("config"))),
                           {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--data-dir"), dir, QStringLiteral("--config"),
                            config.fileName()}));
        QImage still;
        QTRY_VERIFY_WITH_TIMEOUT((still = grabScreen(), distinctColours(still) > 20), 30000);
        QVERIFY(settle(&still));

        QProcess remotes;
        remotes.start(QStringLiteral("/usr/bin/python3"), {qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/tests/e2e/phone/remote.py"),
                                                           QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("246810")});
        QVERIFY(remotes.waitForFinished(120000));
        const QByteArray err = remotes.readAllStandardError();
        QVERIFY2(remotes.exitCode() == 0, err.constData());
        const QJsonObject seen = QJsonDocument::fromJson(remotes.readAllStandardOutput()).object();
        QVERIFY2(!seen.isEmpty(), err.constData());
        QCOMPARE(seen[u"view_controls_shown"].toBool(), false);
        QCOMPARE(seen[u"view_pairing_shown"].toBool(), false);
        QCOMPARE(seen[u"paired_link"].toString(), QStringLiteral("已连接"));
        QCOMPARE(seen[u"idle_a"].toString(), seen[u"idle_b"].toString());
        QVERIFY(seen[u"running_a"].toString().startsWith(QStringLiteral("滚动中")));
        QCOMPARE(seen[u"running_a"].toString(), seen[u"running_b"].toString());
        QVERIFY(!seen[u"current_a"].toString().isEmpty());
        QCOMPARE(seen[u"faster_a"].toString(), seen[u"faster_b"].toString());
        QVERIFY(seen[u"faster_a"].toString() != seen[u"running_a"].toString()); // the speed shown went up
        QVERIFY(seen[u"paused_a"].toString().startsWith(QStringLiteral("已暂停")));
        QCOMPARE(seen[u"paused_a"].toString(), seen[u"paused_b"].toString());
        QCOMPARE(seen[u"view_command"].toString(), QStringLiteral("view_only"));
        // The kiosk's screen: it moved while running, and stands still paused.
        QImage after;
        QVERIFY(settle(&after));
        QVERIFY(meanGreyDifference(still, after, 0.85) > 0.5);
        save(after, QStringLiteral("e2e-remote-prompter.png"));
        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(10000));
    }
};

QTEST_MAIN(TestEndToEndPhone)
#include "tst_e2e_phone.moc"
