// End to end, paged: the real `lectern` full-screen on an X server of its
// own, driven with the keyboard and mouse (xdotool), the screen looked at.
// The paged display for the room: turning pages, black and back, never a flash of another page.
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

class TestEndToEndPaged : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    void pagedDisplayTurnsAndBlanks()
    {
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        QTemporaryDir data;
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("paged"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) > 20, 30000);
        const QImage first = settledScreen();
        save(first, QStringLiteral("e2e-paged-1.png"));

        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Next")}));
        QTRY_VERIFY_WITH_TIMEOUT(meanGreyDifference(first, grabScreen()) > 2, 5000);
        const QImage second = settledScreen();
        save(second, QStringLiteral("e2e-paged-2.png"));

        // B: black; B again: the same page, never a flash of another.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) <= 2, 5000);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("b")}));
        QTRY_VERIFY_WITH_TIMEOUT(distinctColours(grabScreen()) > 20, 5000);
        QVERIFY(meanGreyDifference(second, settledScreen()) < 0.3);

        // Prior: back to the first page exactly.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Prior")}));
        QTRY_VERIFY_WITH_TIMEOUT(meanGreyDifference(first, grabScreen()) < 0.3, 5000);

        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitCode(), 0);
    }
};

QTEST_MAIN(TestEndToEndPaged)
#include "tst_e2e_paged.moc"
