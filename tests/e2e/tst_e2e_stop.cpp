// End to end, stopped: the real `lectern` full-screen on an X server of its
// own, stopped as systemd, a shutdown or an administrator stops it — SIGTERM
// (QProcess::terminate) — while it records a meeting, while someone signs in
// and while it prompts. Each time the kiosk quits within a few seconds with
// exit code 0, as if the administrator had quit it: the take is closed and
// complete, the place is saved as a quit (not a crash), the database is closed,
// and the next start has nothing to recover. SIGKILL stays a crash
// (tst_e2e_prompter's resumesAfterAKill, tst_e2e_audio).
#include "E2eSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace e2e;

namespace {

// Stopped as systemd stops a service; true when it quit by itself, cleanly, within `ms`.
bool stopLikeSystemd(QProcess &kiosk, int ms, qint64 *took)
{
    QElapsedTimer clock;
    clock.start();
    kiosk.terminate(); // SIGTERM
    const bool ended = kiosk.waitForFinished(ms);
    *took = clock.elapsed();
    return ended && kiosk.exitStatus() == QProcess::NormalExit && kiosk.exitCode() == 0;
}

QJsonObject resumeFile(const QString &dataDir)
{
    return QJsonDocument::fromJson(readFile(QDir(dataDir).filePath(QStringLiteral("resume.json")))).object();
}

QByteArray logOf(const QString &dataDir)
{
    return readFile(QDir(dataDir).filePath(QStringLiteral("logs/lectern.log")));
}

} // namespace

class TestEndToEndStop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    void whileRecording()
    {
        AudioStack audio;
        QVERIFY2(audio.start(), qPrintable(audio.problem));
        const QString map = audio.data.filePath(QStringLiteral("ui.json"));
        const QString dir = audio.data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("录音中停止的会议"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        QProcessEnvironment env = audio.env;
        env.insert(QStringLiteral("LECTERN_UI_MAP"), map);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), audio.data.filePath(QStringLiteral("config")));
        QProcess kiosk;
        QVERIFY(startKiosk(kiosk, env, {QStringLiteral("--record"), QStringLiteral("--data-dir"), dir}));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("recordingIndicator")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(recordedOnScreen(map) >= 4, 20000);
        const int shown = recordedOnScreen(map); // whole seconds since the take began (the sound starts a moment later)

        qint64 took = 0;
        QVERIFY2(stopLikeSystemd(kiosk, 5000, &took), "SIGTERM did not end the kiosk cleanly within 5 s");
        qInfo("quit %lld ms after SIGTERM", took);

        // The take: complete, and its row's length is what its file holds (within 2 %).
        const QJsonArray takes = recordingsOf(dir);
        QCOMPARE(takes.size(), 1);
        const QJsonObject take = takes.first().toObject();
        QCOMPARE(take.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        const double rowSeconds = take.value(QStringLiteral("duration_ms")).toDouble() / 1000.0;
        const double fileSeconds = recordedSeconds(take.value(QStringLiteral("file")).toString());
        QVERIFY2(rowSeconds >= shown - 1, qPrintable(QStringLiteral("%1 s recorded, %2 s shown").arg(rowSeconds).arg(shown)));
        QVERIFY2(std::abs(fileSeconds - rowSeconds) <= 0.02 * rowSeconds,
                 qPrintable(QStringLiteral("row %1 s, file %2 s").arg(rowSeconds).arg(fileSeconds)));
        QVERIFY(resumeFile(dir).value(QStringLiteral("quit")).toBool());
        QVERIFY(logOf(dir).contains("asked to quit by SIGTERM"));

        // The next start has nothing to recover: the take stays as it was.
        QProcess again;
        QVERIFY(startKiosk(again, env, {QStringLiteral("--data-dir"), dir}));
        QTRY_VERIFY_WITH_TIMEOUT(!uiMap(map).isEmpty() && !shows(map, QStringLiteral("recordingIndicator")) && logOf(dir).count("lectern.kiosk: started") >= 2, 30000);
        QVERIFY(stopLikeSystemd(again, 5000, &took));
        QVERIFY2(!logOf(dir).contains("recovered"), logOf(dir).constData());
        const QJsonArray later = recordingsOf(dir);
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(later.first().toObject().value(QStringLiteral("sha256")).toString(), take.value(QStringLiteral("sha256")).toString());
    }

    void whileSigningIn()
    {
        QTemporaryDir data;
        QFile roster(data.filePath(QStringLiteral("r.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n").toUtf8());
        roster.close();
        const QString dir = data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("roster"), QStringLiteral("import"), roster.fileName(), QStringLiteral("--data-dir"), dir});
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("签到中停止的会议"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        const QString map = data.filePath(QStringLiteral("ui.json"));
        QProcess kiosk;
        QVERIFY(startKiosk(kiosk, kioskEnvironment(map, data.filePath(QStringLiteral("config"))),
                           {QStringLiteral("--mode"), QStringLiteral("signin"), QStringLiteral("--data-dir"), dir}));
        QImage start;
        QTRY_VERIFY_WITH_TIMEOUT((start = grabScreen(), distinctColours(start) > 20), 30000);
        QVERIFY(settle(&start));
        // Someone has chosen their name and is about to sign: the card is open.
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("1500"), QStringLiteral("150")}));
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("zs")}));
        QImage typed;
        QTRY_VERIFY_WITH_TIMEOUT((typed = grabScreen(), difference(start, typed) > 0.002), 10000);
        QVERIFY(settle(&typed));
        QVERIFY(xdotool({QStringLiteral("mousemove"), QStringLiteral("396"), QStringLiteral("330"), QStringLiteral("click"), QStringLiteral("1")}));
        QImage card;
        QTRY_VERIFY_WITH_TIMEOUT((card = grabScreen(), meanGreyDifference(typed, card) > 5), 10000);

        qint64 took = 0;
        QVERIFY2(stopLikeSystemd(kiosk, 5000, &took), "SIGTERM did not end the kiosk cleanly within 5 s");
        // The database closed: SQLite folds its write-ahead log back when the
        // last connection closes cleanly, so none is left beside it.
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("lectern.sqlite"))));
        QVERIFY2(!QFile::exists(QDir(dir).filePath(QStringLiteral("lectern.sqlite-wal"))), "the database was not closed");
        const QJsonObject saved = resumeFile(dir);
        QVERIFY(saved.value(QStringLiteral("quit")).toBool());
        QCOMPARE(saved.value(QStringLiteral("role")).toString(), QStringLiteral("signin"));
        // Nobody half signed in; the meeting whole.
        QVERIFY(lecternCommand({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                                QStringLiteral("--data-dir"), dir}).contains("\"present\":0"));
    }

    void whilePrompting()
    {
        QTemporaryDir data;
        const QStringList args = {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--data-dir"), data.path(),
                                  QStringLiteral("--countdown"), QStringLiteral("0")};
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), args);
        QVERIFY(kiosk.waitForStarted());
        QImage top;
        QTRY_VERIFY_WITH_TIMEOUT((top = grabScreen(), distinctColours(top) > 20), 30000);
        QVERIFY(settle(&top));
        QVERIFY(promptPast(data.filePath(QStringLiteral("resume.json")), 40));

        qint64 took = 0;
        QVERIFY2(stopLikeSystemd(kiosk, 5000, &took), "SIGTERM did not end the kiosk cleanly within 5 s");
        // The place saved as a quit, at least as far as it had got.
        const QJsonObject saved = resumeFile(data.path());
        QVERIFY(saved.value(QStringLiteral("quit")).toBool());
        QVERIFY(saved.value(QStringLiteral("position")).toDouble() > 40);
        QVERIFY(logOf(data.path()).contains("asked to quit by SIGTERM"));
    }
};

QTEST_MAIN(TestEndToEndStop)
#include "tst_e2e_stop.moc"
