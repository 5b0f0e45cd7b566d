// How items are decided: quorum by the rules, recusals, votes and revotes,
// written opinions, the decision's text; all of it sealed.
#include "meeting/Agenda.h"
#include "meeting/AgendaLog.h"
#include "meeting/AgendaRun.h"
#include "meeting/AttendanceLog.h"
#include "meeting/Decisions.h"
#include "meeting/MeetingStore.h"
#include "meeting/Quorum.h"
#include "meeting/Roster.h"
#include "meeting/Seal.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lectern;
using decisions::Threshold;

namespace {

const QDateTime kStart(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600));

// A 党组会: `members` attending (the first chairs), a recorder, one who sits
// in (列席), and the agenda's items; the first `present` members signed in,
// the next `onLeave` on leave. Person ids by name: 成员1 … 成员N.
struct Meeting9
{
    QTemporaryDir dir;
    std::unique_ptr<MeetingStore> store;
    qint64 meeting = 0;
    QList<qint64> members;
    qint64 recorder = 0, observer = 0, walkIn = 0;
    qint64 general = 0, appointment = 0, major = 0;

    Meeting9(int memberCount, int present, int onLeave)
    {
        store = std::make_unique<MeetingStore>(dir.path());
        QList<RosterRow> rows;
        for (int i = 1; i <= memberCount; ++i)
            rows.append({QStringLiteral("成员%1").arg(i), QStringLiteral("党组"), {}, {}});
        rows.append({QStringLiteral("记录员"), QStringLiteral("办公室"), {}, {}});
        rows.append({QStringLiteral("列席人"), QStringLiteral("纪检组"), {}, {}});
        roster::upsert(db(), rows);
        QList<Expected> expected;
        for (const Person &p : roster::all(db())) {
            if (p.name.startsWith(u"成员"))
                members.append(p.id);
            else if (p.name == u"记录员")
                recorder = p.id;
            else
                observer = p.id;
        }
        std::sort(members.begin(), members.end());
        for (qsizetype i = 0; i < members.size(); ++i)
            expected.append({members[i], i == 0 ? Role::Chair : Role::Attend});
        expected.append({recorder, Role::Record});
        expected.append({observer, Role::Observe});
        Meeting m;
        m.title = QStringLiteral("党组会议");
        m.plannedStart = kStart;
        meeting = meetings::create(db(), m, expected, kStart.addSecs(-3600));
        for (int i = 0; i < present; ++i)
            QCOMPARE(attendance::signIn(db(), meeting, members[i], kStart, kStart), attendance::Outcome::Recorded);
        for (int i = present; i < present + onLeave; ++i)
            QCOMPARE(attendance::leave(db(), meeting, members[i], QStringLiteral("出差"), QStringLiteral("书记"), kStart), attendance::Outcome::Recorded);
        // Neither counts as a member, present as they are.
        attendance::signIn(db(), meeting, recorder, kStart, kStart);
        attendance::signIn(db(), meeting, observer, kStart, kStart);
        walkIn = roster::addWalkIn(db(), QStringLiteral("来宾"), QStringLiteral("外单位"));
        attendance::signIn(db(), meeting, walkIn, kStart, kStart, EventKind::WalkIn);
        general = add(QStringLiteral("采购事项"), ItemMatter::General);
        appointment = add(QStringLiteral("干部任免"), ItemMatter::Appointment);
        major = add(QStringLiteral("重大项目"), ItemMatter::Major);
    }
    const store::Database &db() const { return store->db(); }
    qint64 add(const QString &title, ItemMatter matter)
    {
        agenda::NewItem n;
        n.title = title;
        n.kind = ItemKind::Vote;
        n.matter = matter;
        return agenda::add(db(), meeting, n, kStart);
    }
    decisions::ItemQuorum quorum(qint64 item, const decisions::Rules &rules = {}) const
    {
        return decisions::quorumOf(db(), *agenda::item(db(), item), rules, kStart.addSecs(600));
    }
};

QDateTime at(int minutes)
{
    return kStart.addSecs(minutes * 60);
}

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT
private slots:
    void thresholds_data()
    {
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("half");
        QTest::addColumn<int>("twoThirds");
        QTest::newRow("9") << 9 << 5 << 6;
        QTest::newRow("8") << 8 << 5 << 6;
        QTest::newRow("7") << 7 << 4 << 5;
        QTest::newRow("6") << 6 << 4 << 4;
        QTest::newRow("3") << 3 << 2 << 2;
        QTest::newRow("1") << 1 << 1 << 1;
        QTest::newRow("0") << 0 << 0 << 0;
    }
    void thresholds()
    {
        QFETCH(int, base);
        QFETCH(int, half);
        QFETCH(int, twoThirds);
        QCOMPARE(decisions::required(Threshold::MoreThanHalf, base), half);
        QCOMPARE(decisions::required(Threshold::TwoThirds, base), twoThirds);
        // The definitions themselves: the least n with 2n > base, the least n with 3n ≥ 2·base.
        QVERIFY(base == 0 || (2 * half > base && 2 * (half - 1) <= base));
        QVERIFY(base == 0 || (3 * twoThirds >= 2 * base && 3 * (twoThirds - 1) < 2 * base));
    }

    // Quorum at its boundaries, per matter: 9 members, some present, one on leave.
    void quorumAtTheBoundaries_data()
    {
        QTest::addColumn<int>("present");
        QTest::addColumn<QString>("matter");
        QTest::addColumn<int>("required");
        QTest::addColumn<bool>("met");
        QTest::newRow("4 of 9, half") << 4 << "general" << 5 << false;
        QTest::newRow("5 of 9, half") << 5 << "general" << 5 << true;
        QTest::newRow("5 of 9, two thirds (干部任免)") << 5 << "appointment" << 6 << false;
        QTest::newRow("6 of 9, two thirds (干部任免)") << 6 << "appointment" << 6 << true;
        QTest::newRow("5 of 9, two thirds (重大事项)") << 5 << "major" << 6 << false;
        QTest::newRow("6 of 9, two thirds (重大事项)") << 6 << "major" << 6 << true;
    }
    void quorumAtTheBoundaries()
    {
        QFETCH(int, present);
        QFETCH(QString, matter);
        QFETCH(int, required);
        QFETCH(bool, met);
        Meeting9 m(9, present, 1);
        const qint64 item = matter == u"general" ? m.general : matter == u"appointment" ? m.appointment : m.major;
        const decisions::ItemQuorum q = m.quorum(item);
        QCOMPARE(q.members, 9); // the one on leave stays in the base; recorder, 列席 and the walk-in never count
        QCOMPARE(q.present, present);
        QCOMPARE(q.onLeave, 1);
        QCOMPARE(q.required, required);
        QCOMPARE(q.met, met);
        QVERIFY(!q.presentMembers.contains(m.recorder));
        QVERIFY(!q.presentMembers.contains(m.observer));
        QVERIFY(!q.presentMembers.contains(m.walkIn));
    }

    void theRulesComeFromTheTable()
    {
        Meeting9 m(9, 5, 0);
        decisions::Rules rules;
        rules.appointment = Threshold::MoreThanHalf;
        rules.general = Threshold::TwoThirds;
        QCOMPARE(m.quorum(m.appointment, rules).required, 5);
        QVERIFY(m.quorum(m.appointment, rules).met);
        QCOMPARE(m.quorum(m.general, rules).required, 6);
        QVERIFY(!m.quorum(m.general, rules).met);
        QCOMPARE(decisions::quorumLine(m.quorum(m.general, rules)), QStringLiteral("expected 9 · present 5 · needed 6 · no quorum"));
    }

    // A member who withdraws leaves the item's base: 9 → 8 members, and 5 present of 8 is a quorum.
    void recusalChangesTheBase()
    {
        Meeting9 m(9, 5, 0);
        QCOMPARE(m.quorum(m.general).members, 9);
        decisions::Outcome o = decisions::recuse(m.db(), m.general, m.members[8], QStringLiteral("亲属参与投标"), at(1));
        QVERIFY2(o.ok(), qPrintable(o.problem));
        decisions::ItemQuorum q = m.quorum(m.general);
        QCOMPARE(q.members, 8);
        QCOMPARE(q.recused, 1);
        QCOMPARE(q.required, 5);
        QVERIFY(q.met);
        QCOMPARE(decisions::quorumLine(q), QStringLiteral("expected 8 (1 recused) · present 5 · needed 5 · quorum"));
        // A present member withdrawing takes one from those present too.
        o = decisions::recuse(m.db(), m.general, m.members[0], QStringLiteral("本人分管"), at(2));
        QVERIFY(o.ok());
        q = m.quorum(m.general);
        QCOMPARE(q.members, 7);
        QCOMPARE(q.present, 4);
        QCOMPARE(q.required, 4);
        QVERIFY(q.met);
        // Other items keep their base.
        QCOMPARE(m.quorum(m.appointment).members, 9);
        // Twice, a non-member, no reason: refused, nothing written.
        QCOMPARE(decisions::recuse(m.db(), m.general, m.members[8], QStringLiteral("again"), at(3)).refusal, decisions::Refusal::AlreadyRecused);
        QCOMPARE(decisions::recuse(m.db(), m.general, m.observer, QStringLiteral("x"), at(3)).refusal, decisions::Refusal::NotAMember);
        QCOMPARE(decisions::recuse(m.db(), m.general, m.recorder, QStringLiteral("x"), at(3)).refusal, decisions::Refusal::NotAMember);
        QCOMPARE(decisions::recuse(m.db(), m.general, m.members[3], QStringLiteral("  "), at(3)).refusal, decisions::Refusal::NoText);
        QCOMPARE(decisions::forItem(m.db(), m.general).recusals.size(), 2);
        // An item with something recorded of its decision is part of the record: not removed.
        QCOMPARE(agenda::remove(m.db(), m.meeting, m.general, at(4)), agenda::Refusal::Decided);
        QCOMPARE(agenda::remove(m.db(), m.meeting, m.major, at(4)), agenda::Refusal::None);
    }

    // The result by the rule: more than half of the members expected (not of those present), or of those present.
    void theResultByTheRule_data()
    {
        QTest::addColumn<int>("present");
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("votesFor");
        QTest::addColumn<int>("against");
        QTest::addColumn<QString>("result");
        QTest::newRow("5 for of 9 members") << 7 << "members" << 5 << 2 << "passed";
        QTest::newRow("4 for of 9 members: a majority of those present, not of the members") << 7 << "members" << 4 << 3 << "failed";
        QTest::newRow("4 for of 7 present, counted on those present") << 7 << "present" << 4 << 3 << "passed";
        QTest::newRow("3 for of 6 present, counted on those present") << 6 << "present" << 3 << 3 << "failed";
        QTest::newRow("no quorum: 4 for of 4 present") << 4 << "members" << 4 << 0 << "failed";
    }
    void theResultByTheRule()
    {
        QFETCH(int, present);
        QFETCH(QString, base);
        QFETCH(int, votesFor);
        QFETCH(int, against);
        QFETCH(QString, result);
        Meeting9 m(9, present, 0);
        decisions::Rules rules;
        rules.passBase = *decisions::passBaseFromKey(base);
        decisions::VoteInput in;
        in.votesFor = votesFor;
        in.votesAgainst = against;
        const decisions::Outcome o = decisions::vote(m.db(), m.general, in, rules, at(5));
        QVERIFY2(o.ok(), qPrintable(o.problem));
        QCOMPARE(decisions::resultKey(o.recorded.result), result);
        // The basis is kept with it, so the record reads the same whatever the rules say later.
        const decisions::Basis b = decisions::Basis::fromJson(QJsonDocument::fromJson(o.recorded.basis.toUtf8()).object());
        QCOMPARE(b.members, 9);
        QCOMPARE(b.present, present);
        QCOMPARE(b.passBase, rules.passBase);
        QCOMPARE(b.passRequired, base == u"members" ? 5 : present / 2 + 1);
    }

    void countsThatDoNotAddUpAreRefused_data()
    {
        QTest::addColumn<int>("votesFor");
        QTest::addColumn<int>("against");
        QTest::addColumn<int>("abstain");
        QTest::addColumn<bool>("taken");
        QTest::newRow("6 of 6 present") << 4 << 1 << 1 << true;
        QTest::newRow("7 of 6 present") << 5 << 1 << 1 << false;
        QTest::newRow("fewer than present (some did not vote)") << 3 << 0 << 0 << true;
    }
    void countsThatDoNotAddUpAreRefused()
    {
        QFETCH(int, votesFor);
        QFETCH(int, against);
        QFETCH(int, abstain);
        QFETCH(bool, taken);
        Meeting9 m(9, 7, 1);
        QVERIFY(decisions::recuse(m.db(), m.general, m.members[0], QStringLiteral("本人事项"), at(1)).ok()); // 6 present may vote
        decisions::VoteInput in{decisions::Method::Secret, votesFor, against, abstain, {}, false, {}};
        const decisions::Outcome o = decisions::vote(m.db(), m.general, in, {}, at(5));
        QCOMPARE(o.ok(), taken);
        if (!taken) {
            QCOMPARE(o.refusal, decisions::Refusal::TooManyVotes);
            QVERIFY2(o.problem.contains(u"7 votes") && o.problem.contains(u"only 6"), qPrintable(o.problem));
        }
        QCOMPARE(decisions::forItem(m.db(), m.general).votes.size(), taken ? 1 : 0);
    }

    // A revote is appended with its reason; the earlier vote stays on the record.
    void revotesAreAppended()
    {
        Meeting9 m(9, 7, 0);
        decisions::VoteInput first{decisions::Method::Hands, 4, 2, 1, {}, false, {}};
        QVERIFY(decisions::vote(m.db(), m.general, first, {}, at(5)).ok());
        decisions::VoteInput again{decisions::Method::Hands, 6, 1, 0, {}, false, {}};
        QCOMPARE(decisions::vote(m.db(), m.general, again, {}, at(6)).refusal, decisions::Refusal::NeedsReason);
        again.reason = QStringLiteral("计票有误");
        QVERIFY(decisions::vote(m.db(), m.general, again, {}, at(6)).ok());
        const decisions::ItemDecisions d = decisions::forItem(m.db(), m.general);
        QCOMPARE(d.votes.size(), 2);
        QCOMPARE(d.votes[0].votesFor, 4);
        QCOMPARE(d.votes[0].result, decisions::Result::Failed);
        QCOMPARE(d.votes[1].votesFor, 6);
        QCOMPARE(d.votes[1].result, decisions::Result::Passed);
        QCOMPARE(d.votes[1].text, QStringLiteral("计票有误"));
        // Deferred: 暂缓, whatever the counts.
        decisions::VoteInput later{decisions::Method::Hands, 0, 0, 0, {}, true, QStringLiteral("待调研后再议")};
        const decisions::Outcome o = decisions::vote(m.db(), m.major, later, {}, at(7));
        QVERIFY(o.ok());
        QCOMPARE(o.recorded.result, decisions::Result::Deferred);
        QCOMPARE(decisions::resultTerm(o.recorded.result), QStringLiteral("暂缓"));
        // The log refuses changes and deletions.
        QVERIFY_THROWS_EXCEPTION(store::StoreError, m.db().exec("UPDATE decision_event SET votes_for = 9"));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, m.db().exec("DELETE FROM decision_event"));
    }

    void namedVotes()
    {
        Meeting9 m(9, 6, 0);
        QVERIFY(decisions::recuse(m.db(), m.general, m.members[5], QStringLiteral("亲属"), at(1)).ok());
        decisions::VoteInput in;
        in.method = decisions::Method::Named;
        in.ballots = {{m.members[0], decisions::Choice::For}, {m.members[1], decisions::Choice::For}, {m.members[2], decisions::Choice::For},
                      {m.members[3], decisions::Choice::Against}, {m.members[4], decisions::Choice::Abstain}};
        decisions::Outcome o = decisions::vote(m.db(), m.general, in, {}, at(5));
        QVERIFY2(o.ok(), qPrintable(o.problem));
        QCOMPARE(o.recorded.votesFor, 3);
        QCOMPARE(o.recorded.votesAgainst, 1);
        QCOMPARE(o.recorded.votesAbstain, 1);
        QCOMPARE(o.recorded.ballots.size(), 5);
        QCOMPARE(o.recorded.ballots[3].choice, decisions::Choice::Against);
        QCOMPARE(o.recorded.result, decisions::Result::Failed); // 3 of 8 members
        // Ballots of the recused, of someone absent, of the observer, twice: refused.
        in.reason = QStringLiteral("重新表决");
        for (qint64 who : {m.members[5], m.members[7], m.observer}) {
            decisions::VoteInput bad = in;
            bad.ballots.append({who, decisions::Choice::For});
            QCOMPARE(decisions::vote(m.db(), m.general, bad, {}, at(6)).refusal, decisions::Refusal::BadBallot);
        }
        decisions::VoteInput twice = in;
        twice.ballots.append({m.members[0], decisions::Choice::Against});
        QCOMPARE(decisions::vote(m.db(), m.general, twice, {}, at(6)).refusal, decisions::Refusal::BadBallot);
        // Counts given with the ballots must be the ballots'.
        decisions::VoteInput mismatch = in;
        mismatch.votesFor = 5;
        o = decisions::vote(m.db(), m.general, mismatch, {}, at(6));
        QCOMPARE(o.refusal, decisions::Refusal::BadBallot);
        QVERIFY(o.problem.contains(u"5/0/0"));
        QCOMPARE(decisions::forItem(m.db(), m.general).votes.size(), 1);
    }

    void writtenOpinionsAreAbsentMembers()
    {
        Meeting9 m(9, 7, 1);
        const qint64 onLeave = m.members[7];
        decisions::Outcome o = decisions::opinion(m.db(), m.general, onLeave, QStringLiteral("同意。"), {}, {}, at(2));
        QVERIFY2(o.ok(), qPrintable(o.problem));
        const QByteArray scan("%PDF-1.4 scanned opinion");
        o = decisions::opinion(m.db(), m.appointment, onLeave, {}, QStringLiteral("意见.pdf"), scan, at(2));
        QVERIFY(o.ok());
        QCOMPARE(o.recorded.fileSha256, QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(decisions::opinionFile(m.db(), o.recorded.id), scan);
        // An absent member who is not on leave may send one too; a present one may not, nor 列席, nor nothing.
        QVERIFY(decisions::opinion(m.db(), m.general, m.members[8], QStringLiteral("弃权。"), {}, {}, at(2)).ok());
        QCOMPARE(decisions::opinion(m.db(), m.general, m.members[0], QStringLiteral("x"), {}, {}, at(2)).refusal, decisions::Refusal::PresentMember);
        QCOMPARE(decisions::opinion(m.db(), m.general, m.observer, QStringLiteral("x"), {}, {}, at(2)).refusal, decisions::Refusal::NotAMember);
        QCOMPARE(decisions::opinion(m.db(), m.general, onLeave, QString(), {}, {}, at(2)).refusal, decisions::Refusal::NoText);
        QCOMPARE(decisions::opinion(m.db(), m.general, onLeave, QString(), QStringLiteral("空.pdf"), {}, at(2)).refusal, decisions::Refusal::BadFile);
        QCOMPARE(decisions::forItem(m.db(), m.general).opinions.size(), 2);
    }

    void theDecisionsTextLatestStands()
    {
        Meeting9 m(9, 7, 0);
        QVERIFY(decisions::setDecision(m.db(), m.general, QStringLiteral("同意采购。"), at(1)).ok());
        QVERIFY(decisions::setDecision(m.db(), m.general, QStringLiteral("同意采购，由办公室组织实施。"), at(2)).ok());
        QCOMPARE(decisions::forItem(m.db(), m.general).decision, QStringLiteral("同意采购，由办公室组织实施。"));
        QCOMPARE(decisions::events(m.db(), m.meeting).size(), 2); // both kept
        QCOMPARE(decisions::setDecision(m.db(), m.general, QStringLiteral(" "), at(3)).refusal, decisions::Refusal::NoText);
        QCOMPARE(decisions::setDecision(m.db(), 9999, QStringLiteral("x"), at(3)).refusal, decisions::Refusal::NoSuchItem);
    }

    // A 表决 item started without a quorum is allowed, and its start says so.
    void aVoteStartedWithoutQuorumIsRecorded()
    {
        Meeting9 m(9, 5, 0);
        QCOMPARE(agenda::start(m.db(), m.appointment, at(3), decisions::Rules{}), agenda::Refusal::None);
        QCOMPARE(agenda::start(m.db(), m.general, at(4), decisions::Rules{}), agenda::Refusal::None);
        QStringList details;
        for (const agenda::AgendaEvent &e : agenda::events(m.db(), m.meeting))
            if (e.kind == agenda::EventKind::Started)
                details.append(e.detail);
        QCOMPARE(details, QStringList({QStringLiteral("quorum not_met members=9 present=5 required=6 recused=0"),
                                       QStringLiteral("quorum met members=9 present=5 required=5 recused=0")}));
    }

    // Present at an item that ended: by its end; a sign-in after it does not count for it.
    void presentByTheItemsEnd()
    {
        Meeting9 m(9, 4, 0);
        QCOMPARE(agenda::start(m.db(), m.general, at(10), decisions::Rules{}), agenda::Refusal::None);
        QCOMPARE(agenda::start(m.db(), m.appointment, at(20), decisions::Rules{}), agenda::Refusal::None); // ends the first
        QCOMPARE(attendance::signIn(m.db(), m.meeting, m.members[4], at(25), at(25)), attendance::Outcome::Recorded);
        const auto q = decisions::quorum(m.db(), m.meeting, {}, at(30));
        QCOMPARE(q.value(m.general).present, 4);
        QVERIFY(!q.value(m.general).met);
        QCOMPARE(q.value(m.appointment).present, 5); // running: by now
        // Started again: its quorum at the new start is by then, not by its old end.
        QCOMPARE(agenda::start(m.db(), m.general, at(40), decisions::Rules{}), agenda::Refusal::None);
        QString lastStart;
        for (const agenda::AgendaEvent &e : agenda::itemEvents(m.db(), m.general))
            if (e.kind == agenda::EventKind::Started)
                lastStart = e.detail;
        QCOMPARE(lastStart, QStringLiteral("quorum met members=9 present=5 required=5 recused=0"));
    }

    // Sealed: every decision is a link; a changed count is named by verify.
    void sealedAndTamperingIsNamed()
    {
        Meeting9 m(9, 7, 1);
        QVERIFY(decisions::recuse(m.db(), m.general, m.members[6], QStringLiteral("亲属"), at(1)).ok());
        QVERIFY(decisions::opinion(m.db(), m.general, m.members[7], QStringLiteral("同意。"), QStringLiteral("意见.pdf"), QByteArray("scan"), at(1)).ok());
        QVERIFY(decisions::vote(m.db(), m.general, {decisions::Method::Hands, 5, 1, 0, {}, false, {}}, {}, at(2)).ok());
        QVERIFY(decisions::setDecision(m.db(), m.general, QStringLiteral("同意。"), at(3)).ok());
        QVERIFY(meetings::close(m.db(), m.meeting, at(60)));
        const auto sealed = m.store->finalize(m.meeting);
        QVERIFY(std::holds_alternative<seal::Sealed>(sealed));
        QVERIFY2(seal::verify(m.db(), m.meeting).ok, qPrintable(seal::verify(m.db(), m.meeting).problem));
        // Finalized: nothing more is recorded.
        QCOMPARE(decisions::setDecision(m.db(), m.general, QStringLiteral("改"), at(70)).refusal, decisions::Refusal::Finalized);
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 m.db().exec("INSERT INTO decision_event (meeting_id, item_id, kind, at) SELECT meeting_id, item_id, 'decision', at FROM decision_event LIMIT 1"));
        // By hand, with the triggers dropped: the 同意 count from 5 to 7.
        m.db().exec("DROP TRIGGER decision_no_update");
        m.db().exec("UPDATE decision_event SET votes_for = 7 WHERE kind = 'vote'");
        seal::Verification v = seal::verify(m.db(), m.meeting);
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(u"the vote on agenda item 1 (采购事项)") && v.problem.contains(u"votes for: 5 → 7"), qPrintable(v.problem));
        m.db().exec("UPDATE decision_event SET votes_for = 5 WHERE kind = 'vote'");
        QVERIFY(seal::verify(m.db(), m.meeting).ok);
        // The scanned opinion's bytes are covered too.
        m.db().exec("UPDATE decision_event SET file = x'00' WHERE kind = 'opinion'");
        v = seal::verify(m.db(), m.meeting);
        QVERIFY2(!v.ok && v.problem.contains(u"a written opinion"), qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
