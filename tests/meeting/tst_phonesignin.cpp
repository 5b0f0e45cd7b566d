// Sign-in from phones: the session a phone opens, one person per phone, the
// event marked as come by phone, and the refusals kept for the operator.
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/PhoneSignIn.h"
#include "meeting/Roster.h"
#include "meeting/Seal.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lectern;

namespace {

const QDateTime kStart(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(8 * 3600));

struct Fixture
{
    QTemporaryDir dir;
    MeetingStore store{dir.path()};
    qint64 meeting = 0;
    QList<qint64> people; // 张三 (chair) 李四 (attend) 王五 (observe); 赵六 on the roster, not expected

    Fixture()
    {
        roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, QStringLiteral("13800000000")},
                                    {QStringLiteral("李四"), QStringLiteral("财务处"), {}, {}},
                                    {QStringLiteral("王五"), QStringLiteral("人事处"), {}, {}},
                                    {QStringLiteral("赵六"), QStringLiteral("纪委"), {}, {}}});
        for (const Person &p : roster::all(store.db()))
            people.append(p.id);
        Meeting m;
        m.title = QStringLiteral("周例会");
        m.plannedStart = kStart;
        meeting = meetings::create(store.db(), m, {{people[0], Role::Chair}, {people[1], Role::Attend}, {people[2], Role::Observe}},
                                   kStart.addSecs(-3600));
    }
    const store::Database &db() const { return store.db(); }
};

} // namespace

class TestPhoneSignIn : public QObject
{
    Q_OBJECT
private slots:
    void aSessionIsFoundByItsKeyOnly()
    {
        Fixture f;
        const QString key = phone::open(f.db(), f.meeting, QStringLiteral("192.168.1.23"), kStart);
        QCOMPARE(key.size(), 32);
        const auto s = phone::find(f.db(), key);
        QVERIFY(s);
        QCOMPARE(s->meetingId, f.meeting);
        QCOMPARE(s->personId, 0);
        QCOMPARE(s->openedAt, kStart);
        QVERIFY(phone::open(f.db(), f.meeting, {}, kStart) != key); // random, never the same twice
        QString changed = key;
        changed[0] = key[0] == u'a' ? u'b' : u'a';
        QVERIFY(!phone::find(f.db(), changed));
        QVERIFY(!phone::find(f.db(), key.toUpper()));
        QVERIFY(!phone::find(f.db(), QStringLiteral("' OR 1=1 --")));
        QVERIFY(!phone::find(f.db(), {}));
        // Only the key's hash is kept: the cookie cannot be read back from the file.
        store::Statement s2 = f.db().prepare("SELECT count(*) FROM phone_session WHERE id = ?1");
        s2.bind(1, key);
        QVERIFY(s2.step());
        QCOMPARE(s2.integer(0), 0);
    }

    // Only the people expected at the meeting, observers included, are found.
    void onlyThePeopleExpectedCanBeSignedIn()
    {
        Fixture f;
        QStringList names;
        for (const Person &p : phone::signablePeople(f.db(), f.meeting))
            names.append(p.name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")}));
        const QString key = phone::open(f.db(), f.meeting, {}, kStart);
        QCOMPARE(phone::signIn(f.db(), key, f.people[3], {}, kStart).result, phone::Result::NotExpected);
        QCOMPARE(phone::signIn(f.db(), key, 999999, {}, kStart).result, phone::Result::NotExpected);
        QVERIFY(attendance::events(f.db(), f.meeting).isEmpty());
        // Refused without a session, or with a made-up one.
        QCOMPARE(phone::signIn(f.db(), QString(32, u'0'), f.people[1], {}, kStart).result, phone::Result::NoSession);
        QVERIFY(attendance::events(f.db(), f.meeting).isEmpty());
    }

    // The event is the door's, in the same log, with its strokes, marked as
    // come by phone; the phone is bound to that person.
    void aPhoneSignsInOnePerson()
    {
        Fixture f;
        const QString key = phone::open(f.db(), f.meeting, QStringLiteral("192.168.1.23"), kStart);
        const QByteArray strokes = R"({"strokes":[[[1,2,0],[3,4,16]]]})";
        const QDateTime at = kStart.addSecs(-120);
        const phone::Answer a = phone::signIn(f.db(), key, f.people[1], strokes, at);
        QCOMPARE(a.result, phone::Result::Recorded);
        QCOMPARE(a.at, at);
        QCOMPARE(a.name, QStringLiteral("李四"));
        const QList<AttendanceEvent> events = attendance::events(f.db(), f.meeting);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].channel, Channel::Phone);
        QCOMPARE(events[0].signature, strokes);
        const AttendanceState state = attendance::current(f.db(), *meetings::byId(f.db(), f.meeting), at);
        QVERIFY(state.people[f.people[1]].byPhone);
        QCOMPARE(state.counts.present, 1);
        // The same phone again, for the same person: 已于 … 签到, nothing written.
        const phone::Answer again = phone::signIn(f.db(), key, f.people[1], strokes, at.addSecs(60));
        QCOMPARE(again.result, phone::Result::AlreadySignedIn);
        QCOMPARE(again.at, at);
        QCOMPARE(phone::find(f.db(), key)->signedInAt, at);
        QCOMPARE(phone::find(f.db(), key)->name, QStringLiteral("李四"));
        // For someone else (代签): refused, naming whom this phone signed in.
        const phone::Answer other = phone::signIn(f.db(), key, f.people[0], strokes, at.addSecs(60));
        QCOMPARE(other.result, phone::Result::PhoneUsed);
        QCOMPARE(other.name, QStringLiteral("李四"));
        QCOMPARE(attendance::events(f.db(), f.meeting).size(), 1);
        const QList<phone::PhoneSignIn> list = phone::signIns(f.db(), f.meeting);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].name, QStringLiteral("李四"));
        QCOMPARE(list[0].unit, QStringLiteral("财务处"));
    }

    // Someone already signed in at the door: the phone is told when, and is
    // not bound to them (it may still sign its own holder in).
    void alreadySignedInAtTheDoor()
    {
        Fixture f;
        const QDateTime door = kStart.addSecs(-600);
        QCOMPARE(attendance::signIn(f.db(), f.meeting, f.people[0], door, door), attendance::Outcome::Recorded);
        const QString key = phone::open(f.db(), f.meeting, {}, kStart);
        const phone::Answer a = phone::signIn(f.db(), key, f.people[0], {}, kStart);
        QCOMPARE(a.result, phone::Result::AlreadySignedIn);
        QCOMPARE(a.at, door);
        QCOMPARE(phone::find(f.db(), key)->personId, 0);
        QCOMPARE(phone::signIn(f.db(), key, f.people[2], {}, kStart).result, phone::Result::Recorded);
        const QList<AttendanceEvent> events = attendance::events(f.db(), f.meeting);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].channel, Channel::Desk);
        QCOMPARE(events[1].channel, Channel::Phone);
    }

    void aClosedMeetingTakesNoPhoneSignIn()
    {
        Fixture f;
        const QString key = phone::open(f.db(), f.meeting, {}, kStart);
        QVERIFY(meetings::close(f.db(), f.meeting, kStart.addSecs(3600)));
        QCOMPARE(phone::signIn(f.db(), key, f.people[1], {}, kStart.addSecs(3700)).result, phone::Result::MeetingClosed);
        QCOMPARE(phone::find(f.db(), key)->personId, 0);
    }

    // The seal covers how a sign-in came; events from before phones keep
    // their sealed content (tst_agenda's v3 database proves that).
    void aPhoneSignInIsSealed()
    {
        Fixture f;
        const QString key = phone::open(f.db(), f.meeting, {}, kStart);
        QCOMPARE(phone::signIn(f.db(), key, f.people[1], R"({"strokes":[]})", kStart).result, phone::Result::Recorded);
        QVERIFY(meetings::close(f.db(), f.meeting, kStart.addSecs(3600)));
        QVERIFY(std::holds_alternative<seal::Sealed>(f.store.finalize(f.meeting)));
        QVERIFY(seal::verify(f.db(), f.meeting).ok);
        store::Statement s = f.db().prepare("SELECT content FROM seal_link WHERE meeting_id = ?1 AND what = 'event'");
        s.bind(1, f.meeting);
        QVERIFY(s.step());
        QVERIFY(s.text(0).endsWith(QChar(0x1F) + QStringLiteral("phone")));
    }

    void refusalsAreKeptForTheOperator()
    {
        Fixture f;
        phone::refuse(f.db(), f.meeting, {kStart, QStringLiteral("10.0.0.5"), QStringLiteral("stale_token"), QStringLiteral("window 3")});
        phone::refuse(f.db(), f.meeting, {kStart.addSecs(5), QStringLiteral("10.0.0.6"), QStringLiteral("phone_used"), {}});
        phone::refuse(f.db(), 0, {kStart.addSecs(9), QStringLiteral("10.0.0.7"), QStringLiteral("rate_limited"), {}}); // no meeting known: that day's
        phone::refuse(f.db(), 0, {kStart.addDays(1), QStringLiteral("10.0.0.8"), QStringLiteral("rate_limited"), {}}); // another day: not
        const QList<phone::Refusal> list = phone::refusals(f.db(), f.meeting);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].address, QStringLiteral("10.0.0.7")); // latest first
        QCOMPARE(list[1].reason, QStringLiteral("phone_used"));
        QCOMPARE(list[2].address, QStringLiteral("10.0.0.5"));
        QCOMPARE(list[2].detail, QStringLiteral("window 3"));
        QCOMPARE(list[2].at, kStart);
    }
};

QTEST_GUILESS_MAIN(TestPhoneSignIn)
#include "tst_phonesignin.moc"
