// The attendance log and what is derived from it.
#include "meeting/AttendanceLog.h"
#include "meeting/Labels.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace lectern;

namespace {

const QDateTime kStart(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600));

struct Fixture
{
    QTemporaryDir dir;
    MeetingStore store{dir.path()};
    qint64 meeting = 0;
    QList<qint64> people; // 张三 李四 王五 (attend), 赵六 (observe)

    Fixture()
    {
        roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}},
                                    {QStringLiteral("李四"), QStringLiteral("财务处"), {}, {}},
                                    {QStringLiteral("王五"), QStringLiteral("人事处"), {}, {}},
                                    {QStringLiteral("赵六"), QStringLiteral("纪委"), {}, {}}});
        for (const Person &p : roster::all(store.db()))
            people.append(p.id);
        Meeting m;
        m.title = QStringLiteral("党风廉政建设集体约谈会");
        m.plannedStart = kStart;
        m.graceMinutes = 5;
        meeting = meetings::create(store.db(), m,
                                   {{people[0], Role::Chair}, {people[1], Role::Attend}, {people[2], Role::Attend}, {people[3], Role::Observe}},
                                   kStart.addSecs(-3600));
    }
    AttendanceState state() { return attendance::current(store.db(), *meetings::byId(store.db(), meeting)); }
};

} // namespace

class TestAttendance : public QObject
{
    Q_OBJECT
private slots:
    // Before the meeting starts nobody is absent yet: who has not signed in
    // is 未到 (not_yet) on every screen and in every export; at the planned
    // start they become 缺席. One marked absent by the secretary is absent at
    // any time; a meeting closed early has started.
    void notYetArrivedBeforeTheStart_data()
    {
        QTest::addColumn<int>("minutesFromStart");
        QTest::addColumn<bool>("closeFirst");
        QTest::addColumn<int>("notYet");
        QTest::addColumn<int>("absent");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("state");
        QTest::newRow("four and a half hours before") << -270 << false << 1 << 1 << "not_yet" << "not started";
        QTest::newRow("a minute before") << -1 << false << 1 << 1 << "not_yet" << "not started";
        QTest::newRow("at the start") << 0 << false << 0 << 2 << "absent" << "open";
        QTest::newRow("after it") << 30 << false << 0 << 2 << "absent" << "open";
        QTest::newRow("closed before its planned start") << -30 << true << 0 << 2 << "absent" << "closed";
    }
    void notYetArrivedBeforeTheStart()
    {
        QFETCH(int, minutesFromStart);
        QFETCH(bool, closeFirst);
        QFETCH(int, notYet);
        QFETCH(int, absent);
        QFETCH(QString, key);
        QFETCH(QString, state);
        Fixture f;
        const QDateTime now = kStart.addSecs(minutesFromStart * 60);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[0], kStart.addSecs(-3 * 3600), kStart.addSecs(-3 * 3600)),
                 attendance::Outcome::Recorded);
        QCOMPARE(attendance::markAbsent(f.store.db(), f.meeting, f.people[2], QStringLiteral("病假未批"), kStart.addSecs(-3 * 3600)),
                 attendance::Outcome::Recorded);
        if (closeFirst)
            QVERIFY(meetings::close(f.store.db(), f.meeting, now));
        const Meeting m = *meetings::byId(f.store.db(), f.meeting);
        const AttendanceState s = attendance::current(f.store.db(), m, now);
        QCOMPARE(s.counts.expected, 3);
        QCOMPARE(s.counts.present, 1);
        QCOMPARE(s.counts.notYet, notYet);
        QCOMPARE(s.counts.absent, absent);
        QCOMPARE(statusKey(s.people.value(f.people[1])), key); // 李四: not signed in
        QCOMPARE(statusKey(s.people.value(f.people[2])), QStringLiteral("absent")); // marked absent
        QCOMPARE(hasStarted(m, now), notYet == 0);
        // The screens change over just after the planned start, and only before it.
        const std::optional<int> changeOver = msecsUntilStart(m, now);
        QCOMPARE(changeOver.has_value(), notYet > 0);
        if (changeOver)
            QCOMPARE(now.addMSecs(*changeOver), kStart.addMSecs(1));
        QCOMPARE(meetingStateLabel(m, now), state);
    }

    void countsAndLate()
    {
        Fixture f;
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[0], kStart.addSecs(-60), kStart), attendance::Outcome::Recorded);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[1], kStart.addSecs(5 * 60 + 1), kStart), attendance::Outcome::Recorded);
        QCOMPARE(attendance::leave(f.store.db(), f.meeting, f.people[2], QStringLiteral("出差"), QStringLiteral("某某"), kStart),
                 attendance::Outcome::Recorded);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[3], kStart, kStart), attendance::Outcome::Recorded);
        const AttendanceState s = f.state();
        QCOMPARE(s.counts.expected, 3); // the observer is counted apart
        QCOMPARE(s.counts.present, 2);
        QCOMPARE(s.counts.onLeave, 1);
        QCOMPARE(s.counts.absent, 0);
        QCOMPARE(s.counts.late, 1);
        QCOMPARE(s.counts.observersPresent, 1);
        QVERIFY(!s.people[f.people[0]].late);
        QVERIFY(s.people[f.people[1]].late); // a second past the grace period
        QCOMPARE(s.people[f.people[2]].approver, QStringLiteral("某某"));
        QCOMPARE(s.counts.rate(), 2.0 / 3.0);
    }

    void gracePeriodBoundary_data()
    {
        QTest::addColumn<int>("secondsAfterStart");
        QTest::addColumn<bool>("late");
        QTest::newRow("early") << -600 << false;
        QTest::newRow("on the minute of grace") << 300 << false;
        QTest::newRow("just after") << 301 << true;
    }
    void gracePeriodBoundary()
    {
        QFETCH(int, secondsAfterStart);
        QFETCH(bool, late);
        Fixture f;
        attendance::signIn(f.store.db(), f.meeting, f.people[1], kStart.addSecs(secondsAfterStart), kStart);
        QCOMPARE(f.state().people[f.people[1]].late, late);
    }

    void signingInTwiceRecordsNothing()
    {
        Fixture f;
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[1], kStart, kStart), attendance::Outcome::Recorded);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[1], kStart.addSecs(10), kStart), attendance::Outcome::AlreadySignedIn);
        QCOMPARE(attendance::events(f.store.db(), f.meeting).size(), 1);
        QCOMPARE(f.state().people[f.people[1]].signedInAt, kStart);
    }

    void undoIsAnEventNeverADelete()
    {
        Fixture f;
        attendance::signIn(f.store.db(), f.meeting, f.people[1], kStart, kStart);
        QCOMPARE(attendance::undo(f.store.db(), f.meeting, f.people[1], QStringLiteral("点错了"), kStart), attendance::Outcome::Recorded);
        QCOMPARE(f.state().people[f.people[1]].presence, Presence::None);
        QCOMPARE(f.state().counts.absent, 3); // 张三, 李四 again, 王五
        QCOMPARE(attendance::events(f.store.db(), f.meeting).size(), 2);
        QCOMPARE(attendance::undo(f.store.db(), f.meeting, f.people[1], {}, kStart), attendance::Outcome::NotSignedIn);
        // signs in again after the undo
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[1], kStart.addSecs(30), kStart), attendance::Outcome::Recorded);
        QCOMPARE(f.state().people[f.people[1]].signedInAt, kStart.addSecs(30));
    }

    void theLogRefusesUpdatesAndDeletes()
    {
        Fixture f;
        attendance::signIn(f.store.db(), f.meeting, f.people[1], kStart, kStart);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, f.store.db().prepare("UPDATE attendance_event SET at = 'x'").run());
        QVERIFY_THROWS_EXCEPTION(store::StoreError, f.store.db().prepare("DELETE FROM attendance_event").run());
        QCOMPARE(attendance::events(f.store.db(), f.meeting).size(), 1);
    }

    void walkInsAndRetroactiveSignIns()
    {
        Fixture f;
        const qint64 guest = roster::addWalkIn(f.store.db(), QStringLiteral("孙七"), QStringLiteral("某局"));
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, guest, kStart, kStart, EventKind::WalkIn), attendance::Outcome::Recorded);
        QVERIFY(meetings::close(f.store.db(), f.meeting, kStart.addSecs(7200)));
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[2], kStart, kStart), attendance::Outcome::MeetingClosed);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[2], kStart.addSecs(120), kStart.addSecs(9000), EventKind::RetroSignIn),
                 attendance::Outcome::Recorded);
        const AttendanceState s = f.state();
        QVERIFY(s.people[guest].walkIn);
        QCOMPARE(s.counts.walkIns, 1);
        QCOMPARE(s.counts.expected, 3);
        QVERIFY(s.people[f.people[2]].retroactive);
        QCOMPARE(s.people[f.people[2]].signedInAt, kStart.addSecs(120));
        QVERIFY(!meetings::close(f.store.db(), f.meeting, kStart)); // closing twice changes nothing
    }

    void markedAbsentWithAReason()
    {
        Fixture f;
        QCOMPARE(attendance::markAbsent(f.store.db(), f.meeting, f.people[2], QStringLiteral("无故缺席"), kStart), attendance::Outcome::Recorded);
        const AttendanceState s = f.state();
        QCOMPARE(s.people[f.people[2]].presence, Presence::Absent);
        QCOMPARE(s.people[f.people[2]].reason, QStringLiteral("无故缺席"));
        QCOMPARE(s.counts.absent, 3);
        // Signing in later still counts: the last event decides.
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[2], kStart.addSecs(900), kStart), attendance::Outcome::Recorded);
        QCOMPARE(f.state().people[f.people[2]].presence, Presence::Present);
    }

    void unknownMeetingOrPerson()
    {
        Fixture f;
        QCOMPARE(attendance::signIn(f.store.db(), 999, f.people[0], kStart, kStart), attendance::Outcome::NoSuchMeeting);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, 999, kStart, kStart), attendance::Outcome::NoSuchPerson);
    }

    // Everything survives closing and opening the store again.
    void persists()
    {
        QTemporaryDir dir;
        qint64 meeting = 0;
        {
            Fixture f;
            Q_UNUSED(f);
        }
        {
            MeetingStore store(dir.path());
            roster::upsert(store.db(), {{QStringLiteral("张三"), {}, {}, {}}});
            Meeting m;
            m.title = QStringLiteral("例会");
            m.plannedStart = kStart;
            meeting = meetings::create(store.db(), m, {{roster::all(store.db()).first().id, Role::Attend}}, kStart);
            attendance::signIn(store.db(), meeting, roster::all(store.db()).first().id, kStart, kStart);
        }
        MeetingStore again(dir.path());
        QVERIFY(again.recovery().isEmpty());
        const auto m = meetings::byId(again.db(), meeting);
        QVERIFY(m);
        QCOMPARE(m->plannedStart, kStart);
        QCOMPARE(attendance::current(again.db(), *m).counts.present, 1);
    }

    // A clock set back (a flat battery, a wrong hand) never writes an event
    // dated before what is recorded: refused, nothing written, until it is right.
    void aClockBehindTheRecordsWritesNothing()
    {
        Fixture f;
        const QDateTime t = kStart.addSecs(-300);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[0], t, t), attendance::Outcome::Recorded);
        const int before = int(attendance::events(f.store.db(), f.meeting).size());
        const QDateTime behind = t.addSecs(-600);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[1], behind, behind), attendance::Outcome::ClockBehind);
        QCOMPARE(attendance::leave(f.store.db(), f.meeting, f.people[2], QStringLiteral("出差"), {}, behind), attendance::Outcome::ClockBehind);
        QCOMPARE(int(attendance::events(f.store.db(), f.meeting).size()), before);
        // Within the minute is a clock, not a problem; and once set right, it records.
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[1], t.addSecs(-30), t.addSecs(-30)), attendance::Outcome::Recorded);
        QCOMPARE(attendance::signIn(f.store.db(), f.meeting, f.people[2], t.addSecs(60), t.addSecs(60)), attendance::Outcome::Recorded);
    }
};

QTEST_GUILESS_MAIN(TestAttendance)
#include "tst_attendance.moc"
