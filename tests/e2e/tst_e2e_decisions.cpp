// End to end, decisions: a 党组会 set up from the command line, its items
// decided from the console of the real `lectern` (in Chinese) on an X server
// of its own: the agenda asks before a 干部任免 vote without two thirds
// present starts, the start is recorded as such; on the 议定 tab a member
// withdraws with the reason, the vote's counts are entered and the result is
// reckoned by the rule; the record has all of it.
#include "E2eSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace e2e;

class TestEndToEndDecisions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QFAIL("xdotool is not installed (scripts/deps.sh installs it)");
    }

    void aPartyGroupAtTheConsole()
    {
        QTemporaryDir data;
        const QString map = data.filePath(QStringLiteral("ui.json"));
        const QString dir = data.filePath(QStringLiteral("d"));
        auto cli = [&dir](QStringList args) {
            args << QStringLiteral("--data-dir") << dir;
            return lecternCommand(args);
        };
        auto item = [&dir](int id) { return agendaItem(dir, id); };
        QString csv = QStringLiteral("姓名,单位\n");
        const QStringList members = {"王书记", "李明", "赵刚", "孙丽", "周强", "吴芳", "郑华", "冯军", "陈静"};
        for (const QString &n : members)
            csv += n + QStringLiteral(",党组\n");
        QFile roster(data.filePath(QStringLiteral("名单.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write(csv.toUtf8());
        roster.close();
        cli({"roster", "import", roster.fileName()});
        const QString start = QDateTime::currentDateTime().addSecs(-120).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(QJsonDocument::fromJson(cli({"meeting", "create", "--title", "党组会议", "--start", start, "--chair", "王书记", "--json"}))
                     .object()["id"].toInt(), 1);
        cli({"agenda", "add", "1", "--title", "关于采购事项的表决", "--kind", "表决"});
        cli({"agenda", "add", "1", "--title", "干部任免事项", "--kind", "表决", "--matter", "干部任免"});
        for (const QString &n : members.mid(0, 5)) // 5 of 9: a quorum for item 1, not two thirds for item 2
            cli({"signin", "1", n});

        QProcess kiosk;
        QVERIFY(startKiosk(kiosk, kioskEnvironment(map, data.filePath(QStringLiteral("config"))),
                           {QStringLiteral("--data-dir"), dir, QStringLiteral("--lang"), QStringLiteral("zh_CN")}));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("homeConsole")), 30000);
        QVERIFY(tap(map, QStringLiteral("homeConsole")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("pinKeypad")), 10000);
        QVERIFY(typePin(QStringLiteral("2468")) && typePin(QStringLiteral("2468")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("tab_agenda")), 10000);
        QVERIFY(tap(map, QStringLiteral("tab_agenda")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("agendaQuorum")), 10000);

        // The 干部任免 vote: asked first; cancelled, nothing starts; then started anyway.
        QVERIFY(tap(map, QStringLiteral("agendaStart_1")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("confirmYes")), 10000);
        QVERIFY(mapText(map, QStringLiteral("confirmQuestion")).contains(QStringLiteral("未达")));
        save(settledScreen(), QStringLiteral("e2e-decisions-confirm.png"));
        QVERIFY(tap(map, QStringLiteral("confirmNo")));
        QTRY_VERIFY_WITH_TIMEOUT(!shows(map, QStringLiteral("confirmYes")), 10000);
        QCOMPARE(item(2)["state"].toString(), QStringLiteral("waiting"));
        QVERIFY(tap(map, QStringLiteral("agendaStart_1")));
        QTRY_VERIFY_WITH_TIMEOUT(shows(map, QStringLiteral("confirmYes")), 10000);
        QVERIFY(tap(map, QStringLiteral("confirmYes")));
        QTRY_COMPARE_WITH_TIMEOUT(item(2)["state"].toString(), QStringLiteral("running"), 10000);
        QCOMPARE(item(2)["started_without_quorum"].toBool(), true);

        // The 议定 tab, on the item running: 赵刚 (the third member) withdraws, then the vote.
        QVERIFY(tap(map, QStringLiteral("tab_decisions")));
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("decisionTitle")).contains(QStringLiteral("干部任免事项")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("member_2")).contains(QStringLiteral("赵刚")), 10000);
        QVERIFY(typeInto(map, QStringLiteral("decisionNote"), QStringLiteral("本人亲属")));
        QVERIFY(tap(map, QStringLiteral("recuse_2")));
        QTRY_COMPARE_WITH_TIMEOUT(item(2)["recusals"].toArray().size(), 1, 10000);
        QCOMPARE(item(2)["recusals"].toArray()[0].toObject()["person"].toString(), QStringLiteral("赵刚"));
        QCOMPARE(item(2)["recusals"].toArray()[0].toObject()["reason"].toString(), QStringLiteral("本人亲属"));
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("member_2")).contains(QStringLiteral("回避")), 10000);
        QVERIFY(typeInto(map, QStringLiteral("votesFor"), QStringLiteral("4")));
        QVERIFY(tap(map, QStringLiteral("recordVote")));
        QTRY_COMPARE_WITH_TIMEOUT(item(2)["votes"].toArray().size(), 1, 10000);
        const QJsonObject vote = item(2)["votes"].toArray()[0].toObject();
        QCOMPARE(vote["for"].toInt(), 4);
        QCOMPARE(vote["method"].toString(), QStringLiteral("举手"));
        QCOMPARE(vote["result"].toString(), QStringLiteral("未通过")); // 4 of 8 present, 6 needed
        QTRY_VERIFY_WITH_TIMEOUT(mapText(map, QStringLiteral("decisionError")).isEmpty(), 10000);
        save(settledScreen(), QStringLiteral("e2e-decisions-tab.png"));
        QVERIFY(quitWithPin(false));
        QVERIFY(kiosk.waitForFinished(10000));
        QCOMPARE(kiosk.exitCode(), 0);
    }
};

QTEST_MAIN(TestEndToEndDecisions)
#include "tst_e2e_decisions.moc"
