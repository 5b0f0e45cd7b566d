// End to end, reader: the real `lectern` full-screen on an X server of its
// own, driven with the keyboard and mouse (xdotool), the screen looked at.
// The reader on the sample speech: shown full-screen, scrolled, left with the PIN; a wrong PIN refused; the self-test on a real display.
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

class TestEndToEndReader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    void showsScrollsAndQuits()
    {
        const QImage before = grabScreen();
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        QTemporaryDir data;
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("reader"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(kiosk.waitForStarted());

        // Full screen, on the sample speech: wait until the screen is drawn and still.
        QImage first;
        QTRY_VERIFY_WITH_TIMEOUT((first = grabScreen(), distinctColours(first) > 50), 30000);
        QVERIFY(settle(&first));
        save(first, QStringLiteral("e2e-start.png"));
        QVERIFY(difference(before, first) > 0.5); // the window covers the screen
        QVERIFY2(distinctColours(first) > 50, "the kiosk shows no text");

        // Click to be sure of focus, then End: the view scrolls to the closing line.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("960"), QStringLiteral("540"), QStringLiteral("click"), QStringLiteral("1")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("End")}));
        QImage end;
        QTRY_VERIFY_WITH_TIMEOUT((end = grabScreen(), difference(first, end) > 0.01), 10000);
        save(end, QStringLiteral("e2e-end.png"));

        // Home brings back the first screen exactly.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Home")}));
        QTRY_VERIFY_WITH_TIMEOUT(difference(first, grabScreen()) < 0.001, 10000);

        // Leaving: the first time the PIN is set (typed twice), and the kiosk goes.
        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);
    }

    // A wrong PIN is refused (the kiosk stays, and the keypad waits, saying
    // so); once the wait is over the right one lets it go.
    void wrongPinIsRefused()
    {
        QTemporaryDir data;
        const QString map = data.filePath(QStringLiteral("ui.json"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LECTERN_UI_MAP"), map);
        for (int run = 0; run < 2; ++run) {
            QProcess kiosk;
            kiosk.setProcessEnvironment(env);
            kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
            kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("reader"), QStringLiteral("--data-dir"), data.path()});
            QVERIFY(kiosk.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) > 20, 30000);
            QImage settled;
            QVERIFY(settle(&settled));
            if (run == 0) { // sets the PIN
                QVERIFY(quitWithPin(true));
                QVERIFY(kiosk.waitForFinished(10000));
                continue;
            }
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+q")}));
            QTRY_VERIFY_WITH_TIMEOUT(pinTakesKeys(map), 10000);
            QVERIFY(typePin(QStringLiteral("1357")));
            // Refused: the keypad waits, saying how long, and the kiosk stays.
            QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("pinKeypadWaiting")), 10000);
            QCOMPARE(kiosk.state(), QProcess::Running);
            save(grabScreen(), QStringLiteral("e2e-pin-wrong.png"));
            // The wait over, the right PIN: the kiosk goes.
            QTRY_VERIFY_WITH_TIMEOUT(pinTakesKeys(map), 15000);
            QVERIFY(typePin(QStringLiteral("2468")));
            QVERIFY(kiosk.waitForFinished(10000));
            QCOMPARE(kiosk.exitCode(), 0);
        }
    }

    void selfTestOnARealDisplay()
    {
        QProcess p;
        QTemporaryDir data;
        p.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("self-test: ok"));
    }
};

QTEST_MAIN(TestEndToEndReader)
#include "tst_e2e_reader.moc"
