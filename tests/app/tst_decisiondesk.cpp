// The console's decisions panel on a real store: the item's quorum and
// members, recusals, votes, opinions and the decision as the secretary
// records them; the agenda's warning before a vote without a quorum; and
// sign-ins made elsewhere moving the quorum.
#include "app/Application.h"
#include "meeting/Agenda.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

// A 党组会 going on now: nine members (成员1 chairs), five signed in, 成员9 on
// leave; a general vote and a 干部任免 vote to come.
struct PartyRoom
{
    QTemporaryDir dir;
    qint64 meeting = 0;
    QList<qint64> members;
    qint64 general = 0, appointment = 0;
    PartyRoom()
    {
        MeetingStore store(dir.path());
        QList<RosterRow> rows;
        for (int i = 1; i <= 9; ++i)
            rows.append({QStringLiteral("成员%1").arg(i), QStringLiteral("党组"), {}, {}});
        roster::upsert(store.db(), rows);
        QList<Expected> expected;
        for (const Person &p : roster::all(store.db()))
            members.append(p.id);
        std::sort(members.begin(), members.end());
        for (qsizetype i = 0; i < members.size(); ++i)
            expected.append({members[i], i == 0 ? Role::Chair : Role::Attend});
        Meeting m;
        m.title = QStringLiteral("党组会议");
        m.plannedStart = QDateTime::currentDateTime().addSecs(-60);
        meeting = meetings::create(store.db(), m, expected, m.plannedStart);
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < 5; ++i)
            attendance::signIn(store.db(), meeting, members[i], now, now);
        attendance::leave(store.db(), meeting, members[8], QStringLiteral("出差"), QStringLiteral("书记"), now);
        agenda::NewItem a;
        a.title = QStringLiteral("采购事项");
        a.kind = ItemKind::Vote;
        general = agenda::add(store.db(), meeting, a, now);
        agenda::NewItem b;
        b.title = QStringLiteral("干部任免");
        b.kind = ItemKind::Vote;
        b.matter = ItemMatter::Appointment;
        appointment = agenda::add(store.db(), meeting, b, now);
    }
};

AppOptions::Values options(const QString &dataDir)
{
    AppOptions::Values v;
    v.dataDir = dataDir;
    v.mode = AppOptions::Console;
    return v;
}

int rowOf(ItemMembersModel *model, qint64 personId)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r).data(ItemMembersModel::PersonIdRole).toLongLong() == personId)
            return r;
    return -1;
}

} // namespace

class TestDecisionDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSecretaryRecordsAnItem()
    {
        PartyRoom room;
        Application app(options(room.dir.path()));
        DecisionDesk *desk = app.decisions();
        QAbstractItemModelTester members(desk->members(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester items(app.agenda()->items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(desk->itemId(), int(room.general)); // nothing runs: the next item
        QCOMPARE(desk->quorumLine(), QStringLiteral("expected 9 · present 5 · needed 5 · quorum"));
        QVERIFY(desk->quorumMet());
        QCOMPARE(desk->members()->rowCount(), 9);
        QCOMPARE(desk->members()->index(rowOf(desk->members(), room.members[8])).data(ItemMembersModel::StandingRole).toString(),
                 QStringLiteral("leave"));
        QCOMPARE(desk->members()->index(rowOf(desk->members(), room.members[8])).data(ItemMembersModel::CanSendOpinionRole).toBool(), true);
        QCOMPARE(desk->members()->index(rowOf(desk->members(), room.members[0])).data(ItemMembersModel::CanSendOpinionRole).toBool(), false);
        // The agenda's rows and its own quorum line say the same.
        QCOMPARE(app.agenda()->quorumLine(), desk->quorumLine());
        QCOMPARE(app.agenda()->items()->index(1).data(AgendaItemsModel::QuorumMetRole).toBool(), false); // 干部任免: 5 of 9, 6 needed
        QCOMPARE(app.agenda()->items()->index(1).data(AgendaItemsModel::MatterRole).toString(), QStringLiteral("appointment (干部任免)"));

        // A warning before the 干部任免 vote starts; none for the general one.
        QVERIFY(app.agenda()->startWarning(int(room.appointment)).contains(QStringLiteral("needed 6")));
        QCOMPARE(app.agenda()->startWarning(int(room.general)), QString());
        QCOMPARE(app.agenda()->startWarning(0), QString()); // next: the general vote

        // A recusal needs its reason; then the member leaves the item's base.
        QSignalSpy changed(desk, &DecisionDesk::changed);
        QVERIFY(!desk->recuse(int(room.members[4]), QString()));
        QVERIFY(desk->error().contains(QStringLiteral("reason")));
        QVERIFY(desk->recuse(int(room.members[4]), QStringLiteral("亲属参与投标")));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(desk->error(), QString());
        QCOMPARE(desk->quorumLine(), QStringLiteral("expected 8 (1 recused) · present 4 · needed 5 · no quorum"));
        const int recused = rowOf(desk->members(), room.members[4]);
        QCOMPARE(desk->members()->index(recused).data(ItemMembersModel::StandingRole).toString(), QStringLiteral("recused"));
        QCOMPARE(desk->members()->index(recused).data(ItemMembersModel::CanRecuseRole).toBool(), false);
        QCOMPARE(desk->members()->index(recused).data(ItemMembersModel::NoteRole).toString(), QStringLiteral("亲属参与投标"));

        // Counts beyond those present are refused with the numbers; a vote is recorded by the rule.
        QVERIFY(!desk->vote(QStringLiteral("hands"), 4, 1, 0, false, {}));
        QVERIFY(desk->error().contains(QStringLiteral("only 4")));
        QVERIFY(desk->vote(QStringLiteral("hands"), 4, 0, 0, false, {}));
        QCOMPARE(desk->votesTaken(), 1);
        QVERIFY(desk->recorded().join(u'\n').contains(QStringLiteral("no quorum (5 needed); not passed")));
        // A revote needs its reason.
        QVERIFY(!desk->vote(QStringLiteral("secret"), 4, 0, 0, false, {}));
        QVERIFY(desk->vote(QStringLiteral("secret"), 3, 1, 0, true, QStringLiteral("待补充材料")));
        QCOMPARE(desk->votesTaken(), 2);
        QVERIFY(desk->recorded().join(u'\n').contains(QStringLiteral("vote deferred")));
        QCOMPARE(app.agenda()->items()->index(0).data(AgendaItemsModel::ResultRole).toString(), QStringLiteral("deferred"));

        // A written opinion from the member on leave; none from one present.
        QVERIFY(!desk->sendOpinion(int(room.members[0]), QStringLiteral("同意")));
        QVERIFY(desk->sendOpinion(int(room.members[8]), QStringLiteral("同意该方案。")));
        QCOMPARE(desk->members()->index(rowOf(desk->members(), room.members[8])).data(ItemMembersModel::CanSendOpinionRole).toBool(), false);
        QVERIFY(desk->setDecision(QStringLiteral("暂缓表决，补充材料后再议。")));
        QCOMPARE(desk->decision(), QStringLiteral("暂缓表决，补充材料后再议。"));

        // The other item: chosen by hand; its own base, no recusal there.
        desk->setItemId(int(room.appointment));
        QCOMPARE(desk->itemId(), int(room.appointment));
        QCOMPARE(desk->quorumLine(), QStringLiteral("expected 9 · present 5 · needed 6 · no quorum"));
        QCOMPARE(desk->votesTaken(), 0);
        QCOMPARE(desk->decision(), QString());

        // A sign-in from elsewhere (another connection: the door, a phone, the command line) moves the quorum.
        {
            MeetingStore other(room.dir.path());
            const QDateTime now = QDateTime::currentDateTime();
            QCOMPARE(attendance::signIn(other.db(), room.meeting, room.members[5], now, now), attendance::Outcome::Recorded);
        }
        QTRY_COMPARE(desk->quorumLine(), QStringLiteral("expected 9 · present 6 · needed 6 · quorum"));
        QVERIFY(desk->quorumMet());
        QTRY_VERIFY(app.agenda()->startWarning(int(room.appointment)).isEmpty());
    }
};

QTEST_MAIN(TestDecisionDesk)
#include "tst_decisiondesk.moc"
