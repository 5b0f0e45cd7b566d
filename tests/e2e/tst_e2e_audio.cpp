// End to end, audio: the real `lectern` full-screen on an X server of its
// own, driven with the keyboard and mouse (xdotool), the screen looked at.
// A real audio stack: voice-paced prompting with the meeting recorded, and a microphone unplugged and back.
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

class TestEndToEndAudio : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    // Voice-paced on a real audio stack: a PulseAudio daemon of the test's own
    // with a virtual microphone fed in real time (paplay into a null sink whose
    // monitor is remapped as the default source). Started, the text waits for
    // a voice; synthetic Mandarin makes it move; during a 5 s pause it stops;
    // the second sentence moves it again. The meeting is recorded meanwhile
    // (--record): after quitting, its take is complete, as long as the kiosk
    // recorded (±5 %), decodes, and holds the two sentences with the pause.
    void voicePacedOnARealAudioStack()
    {
        AudioStack audio;
        QVERIFY2(audio.start(), qPrintable(audio.problem));
        QTemporaryDir &data = audio.data;
        const QProcessEnvironment &env = audio.env;
        auto tool = [&audio](const QString &program, const QStringList &args) { return audio.tool(program, args); };

        // 2 s of silence, then two sentences with 5 s of silence between (the
        // hang time and the ease take 2.4 s of it).
        const QString a = data.filePath(QStringLiteral("a.wav")), b = data.filePath(QStringLiteral("b.wav"));
        const QString padded = data.filePath(QStringLiteral("a-padded.wav")), speech = data.filePath(QStringLiteral("speech.wav"));
        QVERIFY(tool(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-s"), QStringLiteral("160"), QStringLiteral("-w"), a,
                                                   QStringLiteral("我说十五月时生实事，长城市场重政务，水手无知少吃物。")}));
        QVERIFY(tool(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-s"), QStringLiteral("160"), QStringLiteral("-w"), b,
                                                   QStringLiteral("五位师士往周城，长城市场重政务。")}));
        constexpr double kLeadingSilence = 2.0;
        QVERIFY(tool(QStringLiteral("sox"), {a, padded, QStringLiteral("pad"), QString::number(kLeadingSilence), QStringLiteral("5")}));
        QVERIFY(tool(QStringLiteral("sox"), {padded, b, speech}));

        const QString map = data.filePath(QStringLiteral("ui.json"));
        const QString dir = data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("录音的会议"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        auto takes = [&dir] { return recordingsOf(dir); };
        QProcessEnvironment kioskEnv = env;
        kioskEnv.insert(QStringLiteral("LECTERN_UI_MAP"), map);
        kioskEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), data.filePath(QStringLiteral("config")));
        QProcess kiosk;
        kiosk.setProcessEnvironment(kioskEnv);
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        const QDateTime launched = QDateTime::currentDateTime();
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--mode"), QStringLiteral("prompter"), QStringLiteral("--voice-paced"),
                                                             QStringLiteral("--record"), QStringLiteral("--countdown"), QStringLiteral("0"),
                                                             QStringLiteral("--data-dir"), dir});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("hudListening")), 30000); // listening, said in the HUD
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("recordingIndicator")), 10000); // recording, said on screen
        QCOMPARE(takes().size(), 1);
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        const QString resume = dir + QStringLiteral("/resume.json");
        // Started (the kiosk has saved the running state), and waiting for a voice.
        QTRY_VERIFY_WITH_TIMEOUT(readFile(resume).contains("\"state\":\"running\""), 10000);
        QVERIFY2(savedPosition(resume) <= 0, "the text moved with nobody speaking");

        QProcess play;
        play.setProcessEnvironment(env);
        const QDateTime playStart = QDateTime::currentDateTime();
        play.start(QStringLiteral("paplay"), {QStringLiteral("--device=micfeed"), speech});
        QVERIFY(play.waitForStarted());
        // The reading position as the kiosk saves it (about once a second while
        // it runs, with the time of the point), read until the speech is over
        // and the text has moved again after the pause.
        struct Saved { qint64 ms; double position; };
        QList<Saved> saved; // each save once, in order
        auto readSaved = [&] {
            const QJsonObject o = QJsonDocument::fromJson(readFile(resume)).object();
            const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
            if (at.isValid() && (saved.isEmpty() || playStart.msecsTo(at) > saved.last().ms))
                saved.append({playStart.msecsTo(at), o.value(QStringLiteral("position")).toDouble()});
        };
        // The longest time the saved position stood still once it had moved, and where.
        auto stillest = [&saved](double *where) {
            qint64 longest = 0;
            for (qsizetype from = 0, i = 1; i < saved.size(); ++i) {
                if (std::abs(saved[i].position - saved[from].position) > 0.1) {
                    from = i;
                } else if (saved[from].position > 0 && saved[i].ms - saved[from].ms > longest) {
                    longest = saved[i].ms - saved[from].ms;
                    *where = saved[from].position;
                }
            }
            return longest;
        };
        double pausedAt = -1;
        const bool done = QTest::qWaitFor([&] {
            readSaved();
            return play.state() == QProcess::NotRunning && stillest(&pausedAt) >= 1500 && saved.last().position > pausedAt + 1;
        }, 45000);
        QCOMPARE(play.exitCode(), 0);
        for (const Saved &s : std::as_const(saved))
            qInfo("saved at %lld ms: %.1f", s.ms, s.position);
        // Nothing moved before the voice began; it moved with the first sentence,
        // stood still in the pause and moved again with the second.
        const auto firstMove = std::find_if(saved.cbegin(), saved.cend(), [](const Saved &s) { return s.position > 0; });
        QVERIFY2(firstMove != saved.cend(), "the text did not move with the voice");
        QVERIFY2(firstMove->ms >= qint64(kLeadingSilence * 1000) - 200, qPrintable(QStringLiteral("moved %1 ms after the sound started, before the voice").arg(firstMove->ms)));
        QVERIFY2(firstMove->ms < qint64(kLeadingSilence * 1000) + 3000, qPrintable(QStringLiteral("first moved %1 ms after the sound started").arg(firstMove->ms)));
        QVERIFY2(done, qPrintable(QStringLiteral("no stop in the pause and move after it (longest still %1 ms at %2; last %3)")
                                      .arg(stillest(&pausedAt)).arg(pausedAt).arg(saved.last().position)));
        save(grabScreen(), QStringLiteral("e2e-voice-paced.png"));
        QVERIFY(readFile(dir + QStringLiteral("/logs/lectern.log")).contains("listening on"));
        QVERIFY(quitWithPin(true));
        const QDateTime pinGiven = QDateTime::currentDateTime(); // the kiosk checks the PIN, stops recording and quits
        QVERIFY(kiosk.waitForFinished(10000));
        const QDateTime exited = QDateTime::currentDateTime();

        const QJsonArray after = takes();
        QCOMPARE(after.size(), 1);
        const QJsonObject take = after.first().toObject();
        // The take begins with its first sound: a moment after the kiosk opened the microphone.
        const QDateTime recordingFrom = QDateTime::fromString(take.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
        QVERIFY(recordingFrom.isValid());
        QVERIFY2(launched.msecsTo(recordingFrom) >= 0 && launched.msecsTo(recordingFrom) < 5000,
                 qPrintable(QStringLiteral("the take began %1 ms after the kiosk was launched").arg(launched.msecsTo(recordingFrom))));
        QCOMPARE(take.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(take.value(QStringLiteral("sha256")).toString().size(), 64);
        const double recorded = take.value(QStringLiteral("duration_ms")).toDouble() / 1000.0;
        // It stopped between the PIN being given and the kiosk's exit: within 5 % of that span.
        const double atLeast = double(recordingFrom.msecsTo(pinGiven)) / 1000.0;
        const double atMost = double(recordingFrom.msecsTo(exited)) / 1000.0;
        qInfo("recorded %.2f s; it ran for %.2f–%.2f s", recorded, atLeast, atMost);
        QVERIFY2(recorded >= 0.95 * atLeast && recorded <= 1.05 * atMost,
                 qPrintable(QStringLiteral("recorded %1 s; it ran for %2–%3 s").arg(recorded).arg(atLeast).arg(atMost)));
        // It decodes, and what it holds is the microphone's: two sentences, the pause between.
        QProcess analyze;
        analyze.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("audio"), QStringLiteral("analyze"),
                                                               take.value(QStringLiteral("file")).toString(), QStringLiteral("--json")});
        QVERIFY(analyze.waitForFinished(60000));
        QCOMPARE(analyze.exitCode(), 0);
        const QJsonObject heard = QJsonDocument::fromJson(analyze.readAllStandardOutput()).object();
        QVERIFY2(std::abs(heard.value(QStringLiteral("seconds")).toDouble() - recorded) < 0.1,
                 qPrintable(QString::number(heard.value(QStringLiteral("seconds")).toDouble())));
        const QJsonArray segments = heard.value(QStringLiteral("segments")).toArray();
        QVERIFY2(segments.size() >= 2, qPrintable(QString::number(segments.size())));
        double widestGap = 0;
        for (qsizetype i = 1; i < segments.size(); ++i)
            widestGap = std::max(widestGap, segments[i].toObject().value(QStringLiteral("start")).toDouble()
                                                - segments[i - 1].toObject().value(QStringLiteral("end")).toDouble());
        QVERIFY2(widestGap > 4.0 && widestGap < 6.5, qPrintable(QString::number(widestGap))); // the 5 s pause
    }

    // The microphone unplugged in the middle of a recording, then plugged in
    // again: the kiosk never crashes, the take on the old device ends whole,
    // and recording goes on, in a new take, on the microphone that came back.
    void recordingSurvivesTheMicrophoneUnpluggedAndBack()
    {
        AudioStack audio;
        QVERIFY2(audio.start(), qPrintable(audio.problem));
        const QString map = audio.data.filePath(QStringLiteral("ui.json"));
        const QString dir = audio.data.filePath(QStringLiteral("d"));
        lecternCommand({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("插拔麦克风的会议"),
                        QStringLiteral("--start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral("--data-dir"), dir});
        auto takes = [&dir] { return recordingsOf(dir); };
        QProcessEnvironment kioskEnv = audio.env;
        kioskEnv.insert(QStringLiteral("LECTERN_UI_MAP"), map);
        kioskEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), audio.data.filePath(QStringLiteral("config")));
        QProcess kiosk;
        kiosk.setProcessEnvironment(kioskEnv);
        kiosk.setProcessChannelMode(QProcess::ForwardedChannels);
        kiosk.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("--record"), QStringLiteral("--data-dir"), dir});
        QVERIFY(kiosk.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("recordingIndicator")), 30000);
        // Sound recorded on the first microphone (it takes a moment to start): 2 s of it, as the badge counts.
        QTRY_VERIFY_WITH_TIMEOUT(recordedOnScreen(map) >= 2, 15000);

        QVERIFY(audio.unplugMicrophone());
        // The take on the microphone that went away ends, whole.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const QJsonArray t = takes();
            return !t.isEmpty() && t.first().toObject().value(QStringLiteral("state")).toString() == u"complete";
        }(), 15000);
        QCOMPARE(kiosk.state(), QProcess::Running);

        QVERIFY(audio.plugMicrophone());
        // Back on it: a take is being recorded again.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const QJsonArray t = takes();
            return t.size() >= 2 && t.last().toObject().value(QStringLiteral("state")).toString() == u"recording";
        }(), 15000);
        // Two more seconds of sound on the new take, as the badge counts them.
        const int before = recordedOnScreen(map);
        QTRY_VERIFY_WITH_TIMEOUT(recordedOnScreen(map) >= before + 2, 15000);
        QVERIFY(quitWithPin(true));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);

        const QJsonArray after = takes();
        QVERIFY(after.size() >= 2);
        QVERIFY2(after.first().toObject().value(QStringLiteral("duration_ms")).toInt() >= 1000,
                 qPrintable(QString::number(after.first().toObject().value(QStringLiteral("duration_ms")).toInt())));
        const QJsonObject last = after.last().toObject();
        QCOMPARE(last.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QVERIFY(last.value(QStringLiteral("duration_ms")).toInt() >= 1500);
        for (const QJsonValue &t : after)
            QVERIFY2(t.toObject().value(QStringLiteral("state")).toString() != u"recording", "a take was left unfinished");
    }
};

QTEST_MAIN(TestEndToEndAudio)
#include "tst_e2e_audio.moc"
