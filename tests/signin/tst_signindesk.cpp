// The sign-in desk as the screen uses it: letters typed, a name chosen, a
// signature, the sign-in committed and acknowledged, the counts live.
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "signin/SignInDesk.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

const QString kSignature = QStringLiteral("{\"w\":300,\"h\":100,\"strokes\":[[[10,10,0],[50,60,16],[90,20,32]]]}");

// A data folder with a roster and one open meeting starting now.
struct Setup
{
    QTemporaryDir dir;
    qint64 meeting = 0;
    Setup(bool open = true)
    {
        MeetingStore store(dir.path());
        roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, QStringLiteral("13800138000")},
                                    {QStringLiteral("张伟"), QStringLiteral("办公室"), {}, {}},
                                    {QStringLiteral("张伟"), QStringLiteral("财务处"), {}, {}},
                                    {QStringLiteral("李四"), QStringLiteral("财务处"), {}, {}}});
        QList<Expected> expected;
        for (const Person &p : roster::all(store.db()))
            expected.append({p.id, Role::Attend});
        Meeting m;
        m.title = QStringLiteral("集体约谈会");
        m.plannedStart = QDateTime::currentDateTime().addSecs(-60);
        m.graceMinutes = 5;
        meeting = meetings::create(store.db(), m, expected, QDateTime::currentDateTime());
        if (!open)
            meetings::close(store.db(), meeting, QDateTime::currentDateTime());
    }
};

QStringList names(PersonResults *r)
{
    QStringList out;
    for (int i = 0; i < r->rowCount(); ++i)
        out.append(r->data(r->index(i), PersonResults::NameRole).toString() + u'@' + r->data(r->index(i), PersonResults::UnitRole).toString());
    return out;
}

} // namespace

class TestSignInDesk : public QObject
{
    Q_OBJECT
private slots:
    // The console's choice, given before the data folder (QML sets properties
    // in no fixed order): that meeting, not the one nearest to now.
    void theMeetingTheConsoleChose()
    {
        Setup s;
        qint64 later = 0;
        {
            MeetingStore store(s.dir.path());
            Meeting m;
            m.title = QStringLiteral("下午的会");
            m.plannedStart = QDateTime::currentDateTime().addSecs(4 * 3600);
            later = meetings::create(store.db(), m, {}, QDateTime::currentDateTime());
        }
        SignInDesk desk;
        desk.setMeetingId(int(later));
        desk.setDataDir(s.dir.path());
        QCOMPARE(desk.meetingId(), later);
        QCOMPARE(desk.title(), QStringLiteral("下午的会"));
        desk.setMeetingId(0); // back to today's
        QCOMPARE(desk.meetingId(), s.meeting);
    }

    void typesFindsSignsAndCounts()
    {
        Setup s;
        SignInDesk desk;
        QAbstractItemModelTester tester(desk.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&desk, &SignInDesk::countsChanged);
        QSignalSpy signedIn(&desk, &SignInDesk::signedIn);
        desk.setDataDir(s.dir.path());
        QVERIFY2(desk.ready(), qPrintable(desk.error()));
        QCOMPARE(desk.meetingId(), s.meeting);
        QCOMPARE(desk.title(), QStringLiteral("集体约谈会"));
        QCOMPARE(desk.expected(), 4);
        QCOMPARE(desk.results()->rowCount(), 4); // everyone still expected, before any typing

        desk.type(QStringLiteral("z"));
        desk.type(QStringLiteral("w"));
        QCOMPARE(desk.query(), QStringLiteral("zw"));
        QCOMPARE(names(desk.results()), QStringList({"张伟@办公室", "张伟@财务处"})); // namesakes, each with the unit
        desk.backspace();
        desk.type(QStringLiteral("S"));
        QCOMPARE(names(desk.results()), QStringList({"张三@办公室"}));
        for (int role : {int(PersonResults::NameRole), int(PersonResults::UnitRole), int(PersonResults::TitleRole)})
            QVERIFY(!desk.results()->data(desk.results()->index(0), role).toString().contains(QStringLiteral("138"))); // no phone here

        QCOMPARE(desk.signIn(0, kSignature), SignInDesk::Recorded);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(signedIn.first().at(0).toString(), QStringLiteral("张三"));
        QCOMPARE(signedIn.first().at(2).toBool(), false); // within the grace period
        QCOMPARE(desk.present(), 1);
        QVERIFY(counts.size() >= 2);
        QCOMPARE(desk.query(), QString()); // ready for the next person
        // The sign-in is in the database with its signature.
        MeetingStore store(s.dir.path());
        const QList<AttendanceEvent> events = attendance::events(store.db(), s.meeting);
        QCOMPARE(events.size(), 1);
        QCOMPARE(QString::fromUtf8(events.first().signature), kSignature);

        // Twice: told so, nothing new.
        desk.type(QStringLiteral("z"));
        desk.type(QStringLiteral("s"));
        QVERIFY(desk.results()->data(desk.results()->index(0), PersonResults::SignedInRole).toBool());
        QVERIFY(!desk.signedInTime(0).isEmpty());
        QCOMPARE(desk.signIn(0, kSignature), SignInDesk::AlreadySignedIn);
        QCOMPARE(attendance::events(store.db(), s.meeting).size(), 1);
        QCOMPARE(signedIn.size(), 1);
    }

    void searchFirstShowsNobodyUntilTyped()
    {
        Setup s;
        SignInDesk desk;
        desk.setSearchFirst(true);
        desk.setDataDir(s.dir.path());
        QCOMPARE(desk.results()->rowCount(), 0);
        desk.type(QStringLiteral("l"));
        QCOMPARE(names(desk.results()), QStringList({"李四@财务处"}));
        desk.clearQuery();
        QCOMPARE(desk.results()->rowCount(), 0);
    }

    void walkInsAreFlagged()
    {
        Setup s;
        SignInDesk desk;
        desk.setDataDir(s.dir.path());
        QCOMPARE(desk.signInWalkIn(QString()), SignInDesk::Failed); // a walk-in must write by hand
        QCOMPARE(desk.signInWalkIn(kSignature), SignInDesk::Recorded);
        QCOMPARE(desk.walkIns(), 1);
        QCOMPARE(desk.expected(), 4);
        MeetingStore store(s.dir.path());
        const QList<AttendanceEvent> events = attendance::events(store.db(), s.meeting);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, EventKind::WalkIn);
        QVERIFY(roster::byId(store.db(), events.first().personId)->walkIn);
    }

    void noOpenMeetingSaysSo()
    {
        Setup s(false);
        SignInDesk desk;
        desk.setDataDir(s.dir.path());
        QVERIFY(!desk.ready());
        QVERIFY(desk.error().contains(QStringLiteral("No meeting")));
        QCOMPARE(desk.results()->rowCount(), 0);
        QCOMPARE(desk.signIn(0, kSignature), SignInDesk::Failed);
    }

    void lettersOnly()
    {
        Setup s;
        SignInDesk desk;
        desk.setDataDir(s.dir.path());
        QSignalSpy query(&desk, &SignInDesk::queryChanged);
        desk.type(QStringLiteral("1"));
        desk.type(QStringLiteral("ab"));
        desk.backspace();
        QCOMPARE(query.size(), 0);
        QCOMPARE(desk.query(), QString());
    }
};

QTEST_MAIN(TestSignInDesk)
#include "tst_signindesk.moc"
