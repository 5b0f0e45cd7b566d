// End to end, meeting: the real `lectern` full-screen on an X server of its
// own, driven with the keyboard and mouse (xdotool), the screen looked at.
// One meeting from the console to the speech, and back after a SIGKILL.
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

class TestEndToEndMeeting : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    // One meeting from set-up to the speech, as a secretary does it: the home
    // screen, a wrong PIN refused and the right one opening the console; a
    // meeting created, a roster imported, a speech reviewed (a removed line
    // put back, a blank filled); two people signed in at the door; the
    // teleprompter run, the process killed with SIGKILL, and the restart back
    // on the same meeting, role and place.
    void aMeetingFromTheConsoleToTheSpeech()
    {
        QTemporaryDir data;
        const QString map = data.filePath(QStringLiteral("ui.json"));
        const QString dir = data.filePath(QStringLiteral("d"));
        QDir().mkpath(dir + QStringLiteral("/imports"));
        QFile roster(dir + QStringLiteral("/imports/roster.csv"));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n王五,人事处\n").toUtf8());
        roster.close();
        // A draft as downloaded: a watermark line above the title, a blank to fill.
        QFile draft(dir + QStringLiteral("/imports/draft.txt"));
        QVERIFY(draft.open(QIODevice::WriteOnly));
        draft.write(QStringLiteral("仅供学习 禁止外传\n在年度工作会议上的讲话\n同志们：\n"
                                   "今天我们召开年度工作会议，XX同志将作专题报告。这一年来，各部门紧紧围绕中心工作，"
                                   "攻坚克难，真抓实干，各项任务都取得了新的进展，成绩来之不易。\n"
                                   "一、肯定成绩\n全年共办结事项一千余件，群众满意度持续提升，基层反映良好。\n"
                                   "二、明确任务\n新的一年，要坚持稳中求进，抓好各项重点工作，确保取得实效。\n谢谢大家！\n").toUtf8());
        draft.close();

        const QProcessEnvironment env = kioskEnvironment(map, data.filePath(QStringLiteral("config")));
        const QStringList args = {QStringLiteral("--data-dir"), dir, QStringLiteral("--countdown"), QStringLiteral("0")};
        auto *kiosk = new QProcess(this);
        QVERIFY(startKiosk(*kiosk, env, args));

        // Home, with no meeting yet; the console asks for the PIN (set now, typed twice).
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("homeConsole")), 30000);
        save(settledScreen(), QStringLiteral("e2e-home-empty.png"));
        QVERIFY(!shows(map, QStringLiteral("meetingTitleField")));
        QVERIFY(tap(map, QStringLiteral("homeConsole")));
        QTRY_VERIFY_WITH_TIMEOUT(pinTakesKeys(map), 10000);
        QVERIFY(typePin(QStringLiteral("2468")) && typePin(QStringLiteral("2468")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("meetingTitleField")), 10000);

        // Back home; a wrong PIN does not open the console, the right one does.
        QVERIFY(tap(map, QStringLiteral("consoleHome")));
        QVERIFY(tap(map, QStringLiteral("homeConsole")));
        QTRY_VERIFY_WITH_TIMEOUT(pinTakesKeys(map), 10000);
        QVERIFY(typePin(QStringLiteral("1357")));
        // Refused: the keypad waits, saying how long; the console stays shut.
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("pinKeypadWaiting")), 10000);
        QVERIFY(!shows(map, QStringLiteral("meetingTitleField")));
        QTRY_VERIFY_WITH_TIMEOUT(pinTakesKeys(map), 15000);
        QVERIFY(typePin(QStringLiteral("2468")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("meetingTitleField")), 10000);

        // The roster from the imports folder, then the meeting.
        QVERIFY(tap(map, QStringLiteral("file_0")));
        QTRY_VERIFY_WITH_TIMEOUT(lecternCommand({QStringLiteral("roster"), QStringLiteral("search"), QStringLiteral("ww"), QStringLiteral("--data-dir"), dir})
                                     .contains("王五"), 10000);
        QVERIFY(typeInto(map, QStringLiteral("meetingTitleField"), QStringLiteral("年度工作会议")));
        QVERIFY(typeInto(map, QStringLiteral("meetingPlaceField"), QStringLiteral("第一会议室")));
        QVERIFY(tap(map, QStringLiteral("saveMeeting")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("meetingRow_0")), 10000);
        const QByteArray listed = lecternCommand({QStringLiteral("meeting"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir});
        QVERIFY2(listed.contains("年度工作会议") && listed.contains("第一会议室"), listed.constData());
        save(settledScreen(), QStringLiteral("e2e-console-meeting.png"));

        // The speech: the watermark line put back, the blank filled, used.
        QVERIFY(tap(map, QStringLiteral("tab_speech")));
        QVERIFY(tap(map, QStringLiteral("file_0")));
        QVERIFY(tap(map, QStringLiteral("keepLine_0")));
        QVERIFY(typeInto(map, QStringLiteral("fillValue_0"), QStringLiteral("张伟")));
        QVERIFY(tap(map, QStringLiteral("fillAll_0")));
        QTRY_VERIFY_WITH_TIMEOUT(!shows(map, QStringLiteral("fillAll_0")), 10000); // no blank left
        save(settledScreen(), QStringLiteral("e2e-console-speech.png"));
        QVERIFY(tap(map, QStringLiteral("useSpeech")));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(dir + QStringLiteral("/speech.json")).contains("张伟"), 10000);
        const QJsonObject choice = QJsonDocument::fromJson(readFile(dir + QStringLiteral("/speech.json"))).object();
        QCOMPARE(choice.value(QStringLiteral("keep_lines")).toArray(), QJsonArray{1});
        QCOMPARE(choice.value(QStringLiteral("fills")).toArray().first()[QStringLiteral("placeholder")].toString(), QStringLiteral("XX"));

        // The door: two people sign in.
        QVERIFY(tap(map, QStringLiteral("tab_meetings")));
        QVERIFY(tap(map, QStringLiteral("meetingRow_0")));
        QVERIFY(tap(map, QStringLiteral("startSignin")));
        for (const QString &initials : {QStringLiteral("zs"), QStringLiteral("ls")}) {
            QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("letterKeys")), 10000);
            QVERIFY(typeText(initials));
            QVERIFY(tap(map, QStringLiteral("result_0")));
            QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("signaturePad")), 10000);
            QVERIFY(strokeAcross(map, QStringLiteral("signaturePad")));
            QVERIFY(tap(map, QStringLiteral("confirmButton")));
            QTRY_VERIFY_WITH_TIMEOUT(!shows(map, QStringLiteral("signaturePad")), 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(lecternCommand({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                                                 QStringLiteral("--data-dir"), dir}).contains("\"present\":2"), 10000);

        // Leaving the door needs the PIN; home; the teleprompter on the reviewed speech.
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+h")}));
        QTRY_VERIFY_WITH_TIMEOUT(pinTakesKeys(map), 10000);
        QVERIFY(typePin(QStringLiteral("2468")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("homePrompter")), 10000);
        save(settledScreen(), QStringLiteral("e2e-home-meeting.png"));
        QVERIFY(tap(map, QStringLiteral("homePrompter")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("prompterView")), 10000);
        const QImage top = settledScreen();
        for (int i = 0; i < 25; ++i)
            QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Up")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("space")}));
        const QString resume = dir + QStringLiteral("/resume.json");
        QTRY_VERIFY_WITH_TIMEOUT(savedPosition(resume) > 40, 20000);
        kiosk->kill(); // a crash, a power cut
        QVERIFY(kiosk->waitForFinished(10000));
        const QJsonObject left = QJsonDocument::fromJson(readFile(resume)).object();
        QCOMPARE(left.value(QStringLiteral("role")).toString(), QStringLiteral("prompter"));
        QCOMPARE(left.value(QStringLiteral("meeting")).toInt(), 1);

        // The restart: the same role and meeting, paused where the text was (of
        // the reviewed speech: its fingerprint is what the place is kept for), and said so.
        QFile::remove(map);
        QProcess again;
        QVERIFY(startKiosk(again, env, args));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("prompterView")), 30000);
        QVERIFY(shows(map, QStringLiteral("resumedBanner")));
        const QImage resumed = settledScreen();
        save(resumed, QStringLiteral("e2e-console-resumed.png"));
        const QImage band = resumed.copy(0, resumed.height() / 5, resumed.width(), resumed.height() * 3 / 5);
        const QImage topBand = top.copy(0, top.height() / 5, top.width(), top.height() * 3 / 5);
        QVERIFY2(meanGreyDifference(topBand, band) > 8, "the restart showed the top of the speech");
        QVERIFY(quitWithPin(false));
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitCode(), 0);
    }
};

QTEST_MAIN(TestEndToEndMeeting)
#include "tst_e2e_meeting.moc"
