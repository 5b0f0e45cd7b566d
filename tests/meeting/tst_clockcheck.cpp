// The clock against the records: before 2024, or more than a minute before
// the latest record, is a problem said in one line; otherwise nothing.
#include "meeting/AttendanceLog.h"
#include "meeting/ClockCheck.h"
#include "meeting/MeetingStore.h"
#include "meeting/Meetings.h"
#include "meeting/Roster.h"

#include <QTemporaryDir>

#include <QTest>

using namespace lectern;
using namespace lectern::meetings;

class TestClockCheck : public QObject
{
    Q_OBJECT
private slots:
    void plausibleOrNot_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("latest");
        QTest::addColumn<QString>("says"); // "" when fine, else a word the line holds
        const QDateTime t(QDate(2026, 3, 2), QTime(9, 0));
        QTest::newRow("nothing recorded yet") << t << QDateTime() << QString();
        QTest::newRow("after the latest record") << t << t.addSecs(-3600) << QString();
        QTest::newRow("within the minute") << t << t.addSecs(60) << QString();
        QTest::newRow("two minutes before it") << t << t.addSecs(120) << QStringLiteral("before the latest record");
        QTest::newRow("a year before it") << t.addYears(-1) << t << QStringLiteral("before the latest record");
        QTest::newRow("a flat battery: 2000") << QDateTime(QDate(2000, 1, 1), QTime(0, 0)) << QDateTime() << QStringLiteral("battery");
    }
    void plausibleOrNot()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, latest);
        QFETCH(QString, says);
        const QString problem = clockProblem(now, latest);
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
    }

    // A record from a clock that ran ahead, the clock set right since: nothing
    // is written until an administrator accepts the clock; from then on it is
    // held against that moment, and a clock set back behind it is refused again.
    void anAcceptedClockWritesAgain()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}, {QStringLiteral("李四"), QStringLiteral("财务处"), {}, {}}});
        const QList<Person> people = roster::all(store.db());
        const QDateTime real(QDate(2026, 3, 2), QTime(9, 0));
        const QDateTime ahead = real.addSecs(8 * 3600); // the hardware clock read as UTC: eight hours ahead
        Meeting m;
        m.title = QStringLiteral("例会");
        m.plannedStart = real;
        const qint64 meeting = meetings::create(store.db(), m, {{people[0].id, Role::Attend}, {people[1].id, Role::Attend}}, real.addDays(-1));
        QCOMPARE(attendance::signIn(store.db(), meeting, people[0].id, ahead, ahead), attendance::Outcome::Recorded);
        QCOMPARE(latestRecordedAt(store.db()), ahead);
        QCOMPARE(attendance::signIn(store.db(), meeting, people[1].id, real, real), attendance::Outcome::ClockBehind);
        QVERIFY(!acceptClock(store.db(), real.addSecs(-3600 * 24 * 365 * 4), QStringLiteral("too early")).isValid()); // never set: set it
        QCOMPARE(acceptClock(store.db(), real, QStringLiteral("校时")), ahead);
        QCOMPARE(latestRecordedAt(store.db()), real);
        QVERIFY(!acceptClock(store.db(), real, QStringLiteral("again")).isValid()); // nothing left to accept
        QCOMPARE(attendance::signIn(store.db(), meeting, people[1].id, real.addSecs(30), real.addSecs(30)), attendance::Outcome::Recorded);
        QCOMPARE(attendance::leave(store.db(), meeting, people[0].id, QStringLiteral("x"), {}, real.addSecs(-600)), attendance::Outcome::ClockBehind);
        store::Statement kept = store.db().prepare("SELECT count(*), max(reason) FROM clock_accepted");
        QVERIFY(kept.step());
        QCOMPARE(kept.integer(0), qint64(1));
        QCOMPARE(kept.text(1), QStringLiteral("校时"));
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
