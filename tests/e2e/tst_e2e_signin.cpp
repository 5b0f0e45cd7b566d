// End to end, signin: the real `lectern` full-screen on an X server of its
// own, driven with the keyboard and mouse (xdotool), the screen looked at.
// The door: initials typed, the name tapped, a signature, the sign-in in the database.
#include "E2eSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace e2e;

class TestEndToEndSignin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    // The door: type initials, tap the name, sign with the "finger", confirm;
    // the sign-in is in the database and the screen is ready for the next person.
    void signInAtTheDoor()
    {
        QTemporaryDir data;
        QFile roster(data.filePath(QStringLiteral("r.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n王五,人事处\n").toUtf8());
        roster.close();
        const QString dir = data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("roster"), QStringLiteral("import"), roster.fileName(), QStringLiteral("--data-dir"), dir});
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("集体约谈会"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("signin"), QStringLiteral("--data-dir"), dir});
        QVERIFY(kiosk.waitForStarted());
        QImage start;
        QTRY_VERIFY_WITH_TIMEOUT((start = grabScreen(), distinctColours(start) > 20), 30000);
        QVERIFY(settle(&start));
        save(start, QStringLiteral("e2e-signin-start.png"));

        // Initials on the keyboard: the list narrows to 张三 (first row).
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("1500"), QStringLiteral("150")}));
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("zs")}));
        QImage typed;
        QTRY_VERIFY_WITH_TIMEOUT((typed = grabScreen(), difference(start, typed) > 0.002), 10000);
        QVERIFY(settle(&typed));
        save(typed, QStringLiteral("e2e-signin-typed.png"));
        // Tap the first result: the card opens over everything.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("396"), QStringLiteral("330"), QStringLiteral("click"), QStringLiteral("1")}));
        QImage card;
        QTRY_VERIFY_WITH_TIMEOUT((card = grabScreen(), meanGreyDifference(typed, card) > 5), 10000);
        QVERIFY(settle(&card));
        // Sign: a stroke across the pad.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("700"), QStringLiteral("650"), QStringLiteral("mousedown"), QStringLiteral("1")}));
        for (int x = 720; x <= 1200; x += 40)
            QVERIFY(xdotool({QStringLiteral("mousemove"), QString::number(x), QString::number(650 + ((x / 40) % 2 ? 40 : -40))}));
        QVERIFY(xdotool({QStringLiteral("mouseup"), QStringLiteral("1")}));
        QImage signedCard;
        QTRY_VERIFY_WITH_TIMEOUT((signedCard = grabScreen(), difference(card, signedCard) > 0.001), 10000);
        save(signedCard, QStringLiteral("e2e-signin-card.png"));
        // Confirm.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("608"), QStringLiteral("860"), QStringLiteral("click"), QStringLiteral("1")}));
        // In the database, with the signature; the screen is back to the list.
        QTRY_VERIFY_WITH_TIMEOUT(lecternCommand({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                                                 QStringLiteral("--data-dir"), dir}).contains("\"present\":1"), 10000);
        QImage after;
        QTRY_VERIFY_WITH_TIMEOUT((after = grabScreen(), meanGreyDifference(card, after) > 5), 10000);
        save(after, QStringLiteral("e2e-signin-done.png"));

        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(10000));
    }
};

QTEST_MAIN(TestEndToEndSignin)
#include "tst_e2e_signin.moc"
