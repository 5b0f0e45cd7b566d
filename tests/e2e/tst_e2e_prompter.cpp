// End to end, prompter: the real `lectern` full-screen on an X server of its
// own, driven with the keyboard and mouse (xdotool), the screen looked at.
// The teleprompter: the countdown, scrolling, pausing, mirroring, blanking, the speed remembered; and the place kept over a SIGKILL.
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

class TestEndToEndPrompter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    void prompterScrollsPausesAndMirrors()
    {
        QTemporaryDir data;
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"),
                    {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--data-dir"), data.path(),
                     QStringLiteral("--countdown"), QStringLiteral("1")});
        QVERIFY(kiosk.waitForStarted());
        QImage idle;
        QTRY_VERIFY_WITH_TIMEOUT((idle = grabScreen(), distinctColours(idle) > 20), 30000);
        // Nothing moves before the start: the screen settles and stays.
        QVERIFY(settle(&idle));
        save(idle, QStringLiteral("e2e-prompter-idle.png"));

        // Space: the countdown (a big digit in the middle), then the text scrolls by itself.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("960"), QStringLiteral("540")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        QImage countdown;
        QTRY_VERIFY_WITH_TIMEOUT((countdown = grabScreen(), difference(idle, countdown, 0.9) > 0.005), 15000);
        save(countdown, QStringLiteral("e2e-prompter-countdown.png"));
        // Then it moves on its own: once it has left the countdown's picture,
        // a later grab differs from an earlier one (at 180 字/分钟 the text
        // moves a few pixels a second, so the later one is waited for).
        QImage scrolled, later;
        QTRY_VERIFY_WITH_TIMEOUT((scrolled = grabScreen(), difference(countdown, scrolled, 0.9) > 0.005), 15000);
        QTRY_VERIFY_WITH_TIMEOUT((later = grabScreen(), difference(scrolled, later, 0.9) > 0.001), 15000);
        save(later, QStringLiteral("e2e-prompter-scrolled.png"));

        // Space again pauses: the text stands still.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        QImage paused;
        QVERIFY(settle(&paused));
        QVERIFY(meanGreyDifference(paused, settledScreen(), 0.85) < 0.3);

        // M mirrors the whole stage for beam-splitter glass.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("m")}));
        QTRY_VERIFY_WITH_TIMEOUT(difference(paused, grabScreen(), 0.9) > 0.005, 5000);
        const QImage mirrored = settledScreen();
        save(mirrored, QStringLiteral("e2e-prompter-mirrored.png"));
        const double asFlipped = meanGreyDifference(paused.mirrored(true, false), mirrored, 0.85);
        const double asBefore = meanGreyDifference(paused, mirrored, 0.85);
        qInfo("grey difference to the flipped screen %.2f, to the unflipped %.2f", asFlipped, asBefore);
        QVERIFY2(asFlipped < 2.0 && asBefore > 4 * asFlipped,
                 qPrintable(QStringLiteral("grey difference to the flipped screen %1, to the unflipped %2").arg(asFlipped).arg(asBefore)));

        // B blanks everything; B again brings the same screen back.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) <= 2, 5000);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QImage back;
        QTRY_VERIFY_WITH_TIMEOUT((back = grabScreen(), distinctColours(back) > 20), 5000);
        back = settledScreen();
        save(back, QStringLiteral("e2e-prompter-unblanked.png"));
        // The same screen comes back (a text node redrawn may move an edge by a pixel).
        const double changed = meanGreyDifference(mirrored, back, 0.9);
        if (changed >= 0.3) {
            save(mirrored, QStringLiteral("e2e-prompter-before-blank.png"));
            QFAIL(qPrintable(QStringLiteral("after blanking the screen differs by %1 grey levels on average").arg(changed)));
        }

        // Up twice: 200 字/分钟, remembered for this speech and restored on the next start.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Up"), QStringLiteral("Up")}));
        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitCode(), 0);
        const QSettings saved(data.filePath(QStringLiteral("prompter-settings.ini")), QSettings::IniFormat);
        QCOMPARE(saved.childGroups().size(), 1);
        QCOMPARE(saved.value(saved.childGroups().first() + QStringLiteral("/speed")).toInt(), 200);
        QVERIFY(saved.value(saved.childGroups().first() + QStringLiteral("/mirrorHorizontal")).toBool());

        QProcess again;
        again.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("prompter"),
                                                              QStringLiteral("--data-dir"), data.path(), QStringLiteral("--self-test")});
        QVERIFY(again.waitForFinished(60000));
        const QByteArray out = again.readAllStandardOutput();
        QVERIFY2(out.contains("self-test: ok") && out.contains("speed 200"), out.constData());
    }

    // Killed with SIGKILL in the middle of a speech (a crash, a power cut):
    // the next start comes back to where the text was, paused, and says so.
    void resumesAfterAKill()
    {
        QTemporaryDir data;
        const QStringList args = {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--data-dir"), data.path(),
                                  QStringLiteral("--countdown"), QStringLiteral("0")};
        QImage top;
        {
            QProcess kiosk;
            kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
            kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), args);
            QVERIFY(kiosk.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT((top = grabScreen(), distinctColours(top) > 20), 30000);
            QVERIFY(settle(&top));
            // Run until the saved point is past the title and the byline.
            QVERIFY(promptPast(data.filePath(QStringLiteral("resume.json")), 40));
            kiosk.kill();
            QVERIFY(kiosk.waitForFinished(10000));
            QCOMPARE(kiosk.exitStatus(), QProcess::CrashExit);
        }
        QFile saved(data.filePath(QStringLiteral("resume.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray state = saved.readAll();
        QVERIFY2(state.contains("\"state\":\"running\""), state.constData());

        QProcess again;
        again.setProcessChannelMode(QProcess::ForwardedChannels);
        again.start(qEnvironmentVariable("LECTERN_BINARY"), args);
        QVERIFY(again.waitForStarted());
        QImage resumed;
        QTRY_VERIFY_WITH_TIMEOUT((resumed = grabScreen(), distinctColours(resumed) > 20), 30000);
        QVERIFY(settle(&resumed)); // paused: the screen stands still
        save(resumed, QStringLiteral("e2e-resumed.png"));
        // Not at the top: where the text was (below the banner, above the heads-up line).
        const QImage band = resumed.copy(0, resumed.height() / 5, resumed.width(), resumed.height() * 3 / 5);
        const QImage topBand = top.copy(0, top.height() / 5, top.width(), top.height() * 3 / 5);
        QVERIFY2(meanGreyDifference(topBand, band) > 8, "the restart showed the top of the speech");
        QVERIFY(quitWithPin(true));
        QVERIFY(again.waitForFinished(10000));
    }
};

QTEST_MAIN(TestEndToEndPrompter)
#include "tst_e2e_prompter.moc"
