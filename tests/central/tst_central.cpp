// The organisation's central store on a real PostgreSQL of the test's own:
// the schema created and migrated (and a newer one refused), rooms with
// their roles and the conninfo their kiosks use (which really logs in),
// row-level security keeping each room to its own, and the password never
// in a message.
#include "PgServer.h"
#include "central/CentralReport.h"
#include "central/CentralRooms.h"
#include "central/CentralSchema.h"
#include "central/PgConnection.h"
#include "central/Sync.h"
#include "formats/XlsxSheet.h"
#include "meeting/Agenda.h"
#include "meeting/AgendaRun.h"
#include "meeting/AttendanceLog.h"
#include "meeting/Decisions.h"
#include "meeting/Seal.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <csignal>
#include <thread>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace lectern::central;

namespace {

struct Run
{
    int exitCode;
    QByteArray out, err;
};

Run runLectern(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, {}};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// An event as a kiosk sends it (the outbox's row).
void insertEvent(const PgConnection &c, const QString &uuid, const QString &roomRole = {})
{
    if (roomRole.isEmpty())
        c.exec(QStringLiteral("INSERT INTO event (event_id, kind, local_meeting, payload, recorded_at) VALUES ($1, 'sign_in', 1, '{}', now()) "
                              "ON CONFLICT (event_id) DO NOTHING"),
               {uuid});
    else
        c.exec(QStringLiteral("INSERT INTO event (event_id, room_role, kind, local_meeting, payload, recorded_at) VALUES ($1, $2, 'sign_in', 1, '{}', now())"),
               {uuid, roomRole});
}

// A room's kiosk: its own data folder, a meeting of `people` expected.
struct Kiosk
{
    QTemporaryDir dir;
    lectern::MeetingStore store{dir.path()};
    qint64 meeting = 0;
    QList<qint64> people;
    explicit Kiosk(int count)
    {
        QList<lectern::RosterRow> rows;
        for (int i = 0; i < count; ++i)
            rows.append({QStringLiteral("参会人%1").arg(i), QStringLiteral("办公室"), {}, {}});
        lectern::roster::upsert(store.db(), rows);
        QList<lectern::Expected> expected;
        for (const lectern::Person &p : lectern::roster::all(store.db())) {
            people.append(p.id);
            expected.append({p.id, lectern::Role::Attend});
        }
        lectern::Meeting m;
        m.title = QStringLiteral("例会");
        m.plannedStart = QDateTime::currentDateTime().addSecs(-600);
        meeting = lectern::meetings::create(store.db(), m, expected, m.plannedStart);
    }
    void signIn(int index)
    {
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(lectern::attendance::signIn(store.db(), meeting, people[index], now, now), lectern::attendance::Outcome::Recorded);
    }
    // Signed before the planned start (on time), with a drawn signature.
    void signInOnTime(int index)
    {
        const QDateTime at = QDateTime::currentDateTime().addSecs(-900);
        QCOMPARE(lectern::attendance::signIn(store.db(), meeting, people[index], at, QDateTime::currentDateTime(), lectern::EventKind::SignIn,
                                             R"({"strokes":[[[0,0,0],[10,12,40]]]})"),
                 lectern::attendance::Outcome::Recorded);
    }
    int outboxRows() const
    {
        lectern::store::Statement s = store.db().prepare("SELECT count(*) FROM outbox");
        s.step();
        return int(s.integer(0));
    }
};

// The test's server runs; else the test is skipped (PostgreSQL is not
// installed) or failed (it did not start), and the caller returns.
bool started(const PgServer &server)
{
    if (server.missingBinaries()) {
        QTest::qSkip(qPrintable(server.problem()), __FILE__, __LINE__);
        return false;
    }
    if (!server.problem().isEmpty()) {
        QTest::qFail(qPrintable(server.problem()), __FILE__, __LINE__);
        return false;
    }
    return true;
}

QJsonDocument jsonOf(const Run &r)
{
    return QJsonDocument::fromJson(r.out);
}

QString countOf(const PgConnection &admin, const QString &role, const QString &kind = {})
{
    return kind.isEmpty() ? admin.exec(QStringLiteral("SELECT count(*) FROM event WHERE room_role = $1"), {role}).value()
                          : admin.exec(QStringLiteral("SELECT count(*) FROM event WHERE room_role = $1 AND kind = $2"), {role, kind}).value();
}

} // namespace

class TestCentral : public QObject
{
    Q_OBJECT
private slots:
    void threeKiosksFeedTheCentre();
    void archiveProvesItselfAndReportsAcrossRooms();
    void directoryAndBookingsComeDown();
    void kioskKilledMidUpload();
    void tlsWhereTheServerOffersIt();
    void upgradeFromVersionOneKeepsTheEvents();
    void redactedNeverShowsThePassword_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("key=value") << QStringLiteral("host=db.example dbname=lectern user=admin password=s3cret-pw");
        QTest::newRow("URI") << QStringLiteral("postgresql://admin:s3cret-pw@db.example/lectern?sslmode=require");
        QTest::newRow("unreadable") << QStringLiteral("host='unterminated password=s3cret-pw");
    }
    void redactedNeverShowsThePassword()
    {
        QFETCH(QString, conninfo);
        const QString shown = PgConnection::redacted(conninfo);
        QVERIFY2(!shown.contains(QStringLiteral("s3cret")), qPrintable(shown));
        QVERIFY(!shown.isEmpty());
    }

    void unreachableSaysSoWithoutThePassword()
    {
        try {
            PgConnection c(QStringLiteral("host=/nonexistent-socket-dir dbname=x user=y password=s3cret-pw connect_timeout=2"));
            QFAIL("connected to nothing");
        } catch (const CentralError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cannot reach")) && !e.message().contains(QStringLiteral("s3cret")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(u'\n'));
        }
        const Run r = runLectern({QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--conninfo"),
                               QStringLiteral("host=/nonexistent-socket-dir dbname=x user=y password=s3cret-pw connect_timeout=2")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!r.err.contains("s3cret"));
        QCOMPARE(runLectern({QStringLiteral("central"), QStringLiteral("init")}).exitCode, 2); // no --conninfo
        QCOMPARE(runLectern({QStringLiteral("central"), QStringLiteral("rooms")}).exitCode, 2);
    }

    void schemaRoomsAndSecurity()
    {
        PgServer server;
        if (server.missingBinaries())
            QSKIP(qPrintable(server.problem()));
        QVERIFY2(server.problem().isEmpty(), qPrintable(server.problem()));
        const QString admin = server.adminConninfo();

        // Created, then at its version already; from the command line too.
        Run r = runLectern({QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--conninfo"), admin, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const int last = centralSchema().last().version;
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["version"].toInt(), last);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["was"].toInt(), 0);
        const PgConnection a(admin);
        QCOMPARE(migrate(a), last);
        QCOMPARE(currentVersion(a), last);

        // Two rooms; the conninfo printed for each logs in as its role.
        r = runLectern({QStringLiteral("central"), QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("三楼会议室"),
                     QStringLiteral("--conninfo"), admin, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject roomA = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(roomA["room"].toString(), QStringLiteral("三楼会议室"));
        QCOMPARE(roomA["role"].toString(), roleFor(QStringLiteral("三楼会议室")));
        const NewRoom roomB = addRoom(a, admin, QStringLiteral("五楼会议室"));
        QVERIFY_THROWS_EXCEPTION(CentralError, addRoom(a, admin, QStringLiteral("五楼会议室")));
        r = runLectern({QStringLiteral("central"), QStringLiteral("room"), QStringLiteral("list"), QStringLiteral("--conninfo"), admin, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);

        const PgConnection kioskA(roomA["conninfo"].toString());
        const PgConnection kioskB(roomB.conninfo);
        QCOMPARE(kioskA.user(), roomA["role"].toString());
        QCOMPARE(kioskB.user(), roomB.room.role);
        // A wrong password is refused by the server.
        QVERIFY_THROWS_EXCEPTION(CentralError, PgConnection(PgConnection::withLogin(admin, roomB.room.role, QStringLiteral("wrong"))));

        // Each room writes its own events (the same one twice: once), reads only its own.
        insertEvent(kioskA, QStringLiteral("8f14e45f-ceea-467e-9a6f-000000000001"));
        insertEvent(kioskA, QStringLiteral("8f14e45f-ceea-467e-9a6f-000000000001"));
        insertEvent(kioskA, QStringLiteral("8f14e45f-ceea-467e-9a6f-000000000002"));
        insertEvent(kioskB, QStringLiteral("8f14e45f-ceea-467e-9a6f-000000000003"));
        QCOMPARE(a.exec(QStringLiteral("SELECT count(*) FROM event WHERE room_role = $1"), {roomA["role"].toString()}).value(), QStringLiteral("2"));
        QCOMPARE(a.exec(QStringLiteral("SELECT count(*) FROM event")).value(), QStringLiteral("3"));
        // Room B reading room A's attendance, or what anyone sent: refused by the server.
        for (const QString &read : {QStringLiteral("SELECT payload FROM event WHERE room_role = '%1' AND kind = 'attendance'").arg(roomA["role"].toString()),
                                    QStringLiteral("SELECT payload FROM event"), QStringLiteral("SELECT room_role, kind FROM event"),
                                    QStringLiteral("SELECT * FROM report_presence")})
            try {
                kioskB.exec(read);
                QFAIL(qPrintable(QStringLiteral("room B could run: ") + read));
            } catch (const CentralError &e) {
                QVERIFY2(e.message().contains(QStringLiteral("permission denied")), qPrintable(e.message()));
            }
        // The keys it arbitrates on (ON CONFLICT (event_id)): its own only.
        QCOMPARE(kioskA.exec(QStringLiteral("SELECT count(event_id) FROM event")).value(), QStringLiteral("2"));
        QCOMPARE(kioskB.exec(QStringLiteral("SELECT count(event_id) FROM event")).value(), QStringLiteral("1"));
        // Room B writing as room A, changing or deleting anything, reading the rooms: refused by the server.
        QVERIFY_THROWS_EXCEPTION(CentralError, insertEvent(kioskB, QStringLiteral("8f14e45f-ceea-467e-9a6f-000000000004"), roomA["role"].toString()));
        QVERIFY_THROWS_EXCEPTION(CentralError, kioskB.exec(QStringLiteral("UPDATE event SET kind = 'undo'")));
        QVERIFY_THROWS_EXCEPTION(CentralError, kioskB.exec(QStringLiteral("DELETE FROM event")));
        QVERIFY_THROWS_EXCEPTION(CentralError, kioskB.exec(QStringLiteral("SELECT * FROM room")));
        QVERIFY_THROWS_EXCEPTION(CentralError, kioskB.script(QStringLiteral("CREATE TABLE mine (x int)")));
        // The directory is everyone's to read, no one's to change but the administrator.
        a.exec(QStringLiteral("INSERT INTO person (name, unit) VALUES ($1, $2)"), {QStringLiteral("张三"), QStringLiteral("办公室")});
        QCOMPARE(kioskB.exec(QStringLiteral("SELECT name FROM person")).value(), QStringLiteral("张三"));
        QVERIFY_THROWS_EXCEPTION(CentralError, kioskB.exec(QStringLiteral("INSERT INTO person (name) VALUES ('李四')")));
        // A booked meeting reaches its own room only.
        a.exec(QStringLiteral("INSERT INTO booked_meeting (room_role, title, planned_start) VALUES ($1, '党组会议', now())"), {roomA["role"].toString()});
        QCOMPARE(kioskA.exec(QStringLiteral("SELECT count(*) FROM booked_meeting")).value(), QStringLiteral("1"));
        QCOMPARE(kioskB.exec(QStringLiteral("SELECT count(*) FROM booked_meeting")).value(), QStringLiteral("0"));

        // A store newer than this program is refused, and left as it is.
        a.exec(QStringLiteral("INSERT INTO lectern_schema (version) VALUES ($1)"), {QString::number(last + 1)});
        try {
            migrate(a);
            QFAIL("a newer schema was taken");
        } catch (const CentralError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer")), qPrintable(e.message()));
        }
        QCOMPARE(currentVersion(a), last + 1);
    }
};

// Three rooms' kiosks send their outboxes: counts exact on the server; a
// batch sent again adds nothing; the server gone, the rows wait; the
// postmaster killed in the middle of sending ten times: nothing lost, nothing twice.
void TestCentral::threeKiosksFeedTheCentre()
{
    PgServer server;
    if (!started(server))
        return;
    const QString admin = server.adminConninfo();
    const PgConnection a(admin);
    migrate(a);
    QList<NewRoom> rooms;
    for (const QString &name : {QStringLiteral("一号会议室"), QStringLiteral("二号会议室"), QStringLiteral("三号会议室")})
        rooms.append(addRoom(a, admin, name));
    Kiosk k0(6), k1(6), k2(6);
    QList<Kiosk *> kiosks{&k0, &k1, &k2};
    for (int k = 0; k < 3; ++k) // offline: the rooms sign people in, 2, 3 and 4 of them
        for (int i = 0; i < k + 2; ++i)
            kiosks[k]->signIn(i);
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(pendingCount(kiosks[k]->store.db()), kiosks[k]->outboxRows());
        const PgConnection room(rooms[k].conninfo);
        const SyncRound round = sendOutbox(kiosks[k]->store.db(), room, 4); // small batches: several rounds
        QVERIFY2(round.error.isEmpty(), qPrintable(round.error));
        QCOMPARE(round.sent, kiosks[k]->outboxRows());
        QCOMPARE(round.pending, 0);
        QVERIFY(lastSentAt(kiosks[k]->store.db()).isValid());
    }
    for (int k = 0; k < 3; ++k) {
        QCOMPARE(countOf(a, rooms[k].room.role, QStringLiteral("attendance")), QString::number(k + 2));
        QCOMPARE(countOf(a, rooms[k].room.role), QString::number(kiosks[k]->outboxRows()));
        QCOMPARE(countOf(a, rooms[k].room.role, QStringLiteral("expected")), QStringLiteral("6"));
    }
    // What the server has is what the kiosk recorded: a sign-in's person and time.
    QCOMPARE(a.exec(QStringLiteral("SELECT payload->>'name' FROM event WHERE room_role = $1 AND kind = 'attendance' ORDER BY (payload->>'id')::int LIMIT 1"),
                    {rooms[1].room.role}).value(),
             QStringLiteral("参会人0"));

    // The kiosk died after the server committed, before it marked the rows: all sent again, none doubled.
    k0.store.db().exec("UPDATE outbox SET sent_at = NULL");
    {
        const PgConnection room(rooms[0].conninfo);
        const SyncRound again = sendOutbox(k0.store.db(), room);
        QCOMPARE(again.sent, k0.outboxRows());
        QCOMPARE(countOf(a, rooms[0].room.role), QString::number(k0.outboxRows()));
    }

    // The server gone: the kiosk works on, the rows wait; back: they drain.
    {
        const PgConnection room(rooms[1].conninfo);
        QVERIFY(server.stop());
        k1.signIn(5);
        const SyncRound offline = sendOutbox(k1.store.db(), room);
        QVERIFY(!offline.error.isEmpty());
        QCOMPARE(offline.sent, 0);
        QCOMPARE(offline.pending, 1);
        QVERIFY(server.start());
    }
    {
        const PgConnection room(rooms[1].conninfo);
        const SyncRound back = sendOutbox(k1.store.db(), room);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.pending, 0);
        const PgConnection a2(admin);
        QCOMPARE(countOf(a2, rooms[1].room.role, QStringLiteral("attendance")), QStringLiteral("4"));
    }

    // The postmaster SIGKILLed in the middle of sending, ten times.
    int interrupted = 0;
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < 6; ++i) // every pass: undo and sign in again, twelve events more
            for (const char *step : {"undo", "sign"}) {
                const QDateTime now = QDateTime::currentDateTime();
                if (qstrcmp(step, "undo") == 0)
                    lectern::attendance::undo(k2.store.db(), k2.meeting, k2.people[i], QStringLiteral("重签"), now);
                else
                    lectern::attendance::signIn(k2.store.db(), k2.meeting, k2.people[i], now, now);
            }
        SyncRound cut;
        {
            const PgConnection room(rooms[2].conninfo);
            std::thread killer([&server] {
                std::this_thread::sleep_for(std::chrono::milliseconds(QRandomGenerator::global()->bounded(2, 15)));
                server.kill();
            });
            cut = sendOutbox(k2.store.db(), room, 1); // one event a statement: the kill lands mid-round
            killer.join();
        }
        interrupted += cut.pending > 0 && !cut.error.isEmpty();
        QVERIFY(server.start());
        const PgConnection room(rooms[2].conninfo);
        const SyncRound rest = sendOutbox(k2.store.db(), room, 7);
        QVERIFY2(rest.error.isEmpty(), qPrintable(rest.error));
        QCOMPARE(rest.pending, 0);
    }
    QVERIFY2(interrupted >= 5, qPrintable(QStringLiteral("only %1 of 10 rounds were cut by the kill").arg(interrupted)));
    const PgConnection a3(admin);
    QCOMPARE(countOf(a3, rooms[2].room.role), QString::number(k2.outboxRows()));
    QCOMPARE(a3.exec(QStringLiteral("SELECT count(DISTINCT event_id) FROM event WHERE room_role = $1"), {rooms[2].room.role}).value(),
             QString::number(k2.outboxRows()));
}

// A room seals a meeting with sign-ins, a leave, an undo, a vote and its
// decision; another room holds one too. On the server: `central verify`
// finds the chain intact with the kiosk's own fingerprint, then names the
// link of a sign-in time changed there; the reports by person, unit and
// room give each person's state, also as a workbook.
void TestCentral::archiveProvesItselfAndReportsAcrossRooms()
{
    PgServer server;
    if (!started(server))
        return;
    const QString admin = server.adminConninfo();
    const PgConnection a(admin);
    migrate(a);
    const NewRoom roomA = addRoom(a, admin, QStringLiteral("党组会议室"));
    const NewRoom roomB = addRoom(a, admin, QStringLiteral("二楼小会议室"));

    Kiosk kA(6), kB(3);
    const lectern::store::Database &db = kA.store.db();
    db.exec("UPDATE meeting SET kind = '党组会议'");
    kA.signInOnTime(0);
    kA.signInOnTime(1);
    kA.signIn(2); // after the start: late
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(lectern::attendance::leave(db, kA.meeting, kA.people[3], QStringLiteral("出差"), QStringLiteral("王书记"), now),
             lectern::attendance::Outcome::Recorded);
    kA.signIn(5);
    QCOMPARE(lectern::attendance::undo(db, kA.meeting, kA.people[5], QStringLiteral("签错"), now), lectern::attendance::Outcome::Recorded);
    lectern::agenda::NewItem item;
    item.title = QStringLiteral("研究干部任免事项");
    item.kind = lectern::ItemKind::Vote;
    const qint64 itemId = lectern::agenda::add(db, kA.meeting, item, now);
    QVERIFY(itemId > 0);
    QCOMPARE(lectern::agenda::start(db, itemId, now, {}), lectern::agenda::Refusal::None);
    lectern::decisions::VoteInput vote;
    vote.votesFor = 3;
    QVERIFY(lectern::decisions::vote(db, itemId, vote, {}, now).ok());
    QVERIFY(lectern::decisions::setDecision(db, itemId, QStringLiteral("同意提名"), now).ok());
    QCOMPARE(lectern::agenda::endCurrent(db, kA.meeting, now), lectern::agenda::Refusal::None);
    QVERIFY(lectern::meetings::close(db, kA.meeting, now));
    QVERIFY(std::holds_alternative<lectern::seal::Sealed>(lectern::seal::finalize(db, kA.meeting)));
    const lectern::seal::Verification onKiosk = lectern::seal::verify(db, kA.meeting);
    QVERIFY2(onKiosk.ok, qPrintable(onKiosk.problem));
    kB.signIn(0);

    for (auto [kiosk, room] : {std::pair{&kA, &roomA}, std::pair{&kB, &roomB}}) {
        const PgConnection c(room->conninfo);
        const SyncRound r = sendOutbox(kiosk->store.db(), c, 5);
        QVERIFY2(r.error.isEmpty() && r.pending == 0, qPrintable(r.error));
    }
    // A room reads none of the reports' tables.
    {
        const PgConnection kioskB(roomB.conninfo);
        QVERIFY_THROWS_EXCEPTION(CentralError, kioskB.exec(QStringLiteral("SELECT count(*) FROM report_presence")));
    }

    // Intact, with the fingerprint the kiosk computes.
    const QStringList verify{QStringLiteral("central"), QStringLiteral("verify"), QStringLiteral("--conninfo"), admin, QStringLiteral("--json")};
    Run r = runLectern(verify);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray checks = jsonOf(r).array();
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.at(0)["room"].toString(), QStringLiteral("党组会议室"));
    QCOMPARE(checks.at(0)["links"].toInt(), onKiosk.links);
    QCOMPARE(checks.at(0)["hash"].toString(), onKiosk.finalHash);

    // Reports: a person across both rooms; a unit per kind; a room.
    const auto report = [&admin](const QStringList &what) {
        return runLectern(QStringList{QStringLiteral("central"), QStringLiteral("report"), QStringLiteral("--conninfo"), admin, QStringLiteral("--json")} + what);
    };
    r = report({QStringLiteral("--person"), QStringLiteral("参会人0")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray meetings = jsonOf(r)["meetings"].toArray();
    QCOMPARE(meetings.size(), 2);
    QSet<QString> rooms;
    for (const QJsonValue &m : meetings) {
        rooms.insert(m["room"].toString());
        QCOMPARE(m["people"].toArray().size(), 1);
        const QString state = m["people"][0]["state"].toString();
        QCOMPARE(state, m["room"].toString() == u"党组会议室" ? QStringLiteral("present") : QStringLiteral("late"));
        QCOMPARE(m["expected"].toInt(), m["room"].toString() == u"党组会议室" ? 6 : 3);
        QCOMPARE(m["present"].toInt(), m["room"].toString() == u"党组会议室" ? 3 : 1);
    }
    QCOMPARE(rooms, (QSet<QString>{QStringLiteral("党组会议室"), QStringLiteral("二楼小会议室")}));
    const QHash<int, QString> expectedStates{{1, QStringLiteral("present")}, {2, QStringLiteral("late")}, {3, QStringLiteral("leave")},
                                             {4, QStringLiteral("absent")}, {5, QStringLiteral("absent")}};
    r = report({QStringLiteral("--room"), QStringLiteral("党组会议室")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    meetings = jsonOf(r)["meetings"].toArray();
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(meetings.at(0)["title"].toString(), QStringLiteral("例会"));
    const QJsonArray people = meetings.at(0)["people"].toArray();
    QCOMPARE(people.size(), 6);
    for (const QJsonValue &p : people) {
        const int index = p["name"].toString().mid(3).toInt();
        if (index > 0)
            QCOMPARE(p["state"].toString(), expectedStates[index]);
    }
    r = report({QStringLiteral("--unit"), QStringLiteral("办公室")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray unit = jsonOf(r)["people"].toArray();
    QCOMPARE(unit.size(), 6 + 3); // each person of room A at its 党组会议; three at room B's meeting of no kind
    for (const QJsonValue &row : unit)
        if (row["name"].toString() == u"参会人2" && row["kind"].toString() == u"党组会议") {
            QCOMPARE(row["expected"].toInt(), 1);
            QCOMPARE(row["present"].toInt(), 1);
            QCOMPARE(row["late"].toInt(), 1);
        }
    QTemporaryDir out;
    const QString xlsx = out.filePath(QStringLiteral("report.xlsx"));
    r = report({QStringLiteral("--person"), QStringLiteral("参会人3"), QStringLiteral("--xlsx"), xlsx});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    const lectern::SheetTable sheet = lectern::readFirstSheet(book.readAll());
    QVERIFY2(sheet.error.isEmpty(), qPrintable(sheet.error));
    QCOMPARE(sheet.rows.size(), 2); // the header and 参会人3 at room A's meeting (not expected in room B)
    QVERIFY(sheet.rows[1].contains(QStringLiteral("参会人3")));
    QVERIFY(sheet.rows[1].contains(QStringLiteral("党组会议室")));
    // Bad input: no subject, two, a bad date.
    QCOMPARE(report({}).exitCode, 2);
    QCOMPARE(report({QStringLiteral("--unit"), QStringLiteral("x"), QStringLiteral("--room"), QStringLiteral("y")}).exitCode, 2);
    QCOMPARE(report({QStringLiteral("--unit"), QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("31/12/2026")}).exitCode, 2);
    QCOMPARE(report({QStringLiteral("--room"), QStringLiteral("没有这个会议室")}).exitCode, 1);
    // A period without the meetings finds none.
    r = report({QStringLiteral("--person"), QStringLiteral("参会人0"), QStringLiteral("--to"), QDate::currentDate().addDays(-2).toString(Qt::ISODate)});
    QCOMPARE(jsonOf(r)["meetings"].toArray().size(), 0);

    // The projections are the events' own: rebuilt from them, the same.
    const QString snapshot = QStringLiteral("SELECT string_agg(x::text, '|' ORDER BY x::text) FROM (SELECT * FROM report_presence) x");
    const QString before = a.exec(snapshot).value();
    a.exec(QStringLiteral("SELECT rebuild_reports()"));
    QCOMPARE(a.exec(snapshot).value(), before);

    // Person 1's sign-in time changed on the server: named, with its link.
    a.exec(QStringLiteral("UPDATE event SET payload = jsonb_set(payload, '{at}', to_jsonb($1::text)) "
                          "WHERE room_role = $2 AND kind = 'attendance' AND (payload->>'person')::bigint = $3"),
           {QStringLiteral("2020-01-01T08:00:00.000Z"), roomA.room.role, QString::number(kA.people[1])});
    r = runLectern(verify);
    QCOMPARE(r.exitCode, 1);
    checks = jsonOf(r).array();
    QCOMPARE(checks.size(), 1);
    QVERIFY(!checks.at(0)["ok"].toBool());
    const QString problem = checks.at(0)["problem"].toString();
    QVERIFY2(problem.contains(QStringLiteral("2020-01-01T08:00:00.000Z")) && problem.contains(QStringLiteral("time")), qPrintable(problem));
    const QString bad = a.exec(QStringLiteral("SELECT payload->>'seq' FROM event WHERE room_role = $1 AND kind = 'seal' AND payload->>'what' = 'event' "
                                              "AND split_part(payload->>'content', chr(31), 2) = $2"),
                               {roomA.room.role, QString::number(kA.people[1])})
                            .value();
    QCOMPARE(checks.at(0)["first_bad_link"].toInt(), bad.toInt());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("党组会议室"));
    // A link altered: the chain breaks there.
    a.exec(QStringLiteral("UPDATE event SET payload = jsonb_set(payload, '{content}', to_jsonb((payload->>'content') || 'x')) "
                          "WHERE room_role = $1 AND kind = 'seal' AND payload->>'seq' = '1'"),
           {roomA.room.role});
    r = runLectern(verify);
    QCOMPARE(jsonOf(r).array().at(0)["first_bad_link"].toInt(), 1);
    QVERIFY(jsonOf(r).array().at(0)["problem"].toString().contains(QStringLiteral("altered")));
    // One room's, one meeting: a room or meeting that is not there.
    QCOMPARE(runLectern(verify + QStringList{QStringLiteral("--room"), QStringLiteral("没有这个会议室")}).exitCode, 1);
    QCOMPARE(runLectern(verify + QStringList{QStringLiteral("--meeting"), QStringLiteral("1")}).exitCode, 2); // --meeting needs --room
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

std::optional<lectern::Meeting> bookedMeeting(const lectern::store::Database &db)
{
    lectern::store::Statement s = db.prepare("SELECT id FROM meeting WHERE booking_id IS NOT NULL");
    return s.step() ? lectern::meetings::byId(db, s.integer(0)) : std::nullopt;
}

qint64 centralIdOf(const lectern::store::Database &db, const QString &name)
{
    lectern::store::Statement s = db.prepare("SELECT coalesce(central_id, 0) FROM person WHERE name = ?1");
    s.bind(1, name);
    return s.step() ? s.integer(0) : -1;
}

} // namespace

// The directory and a booking go down: the directory to every room, the
// booking to its own room only; a newer version applied whole, people never
// removed from a kiosk, and a booked meeting that has begun kept as it is.
void TestCentral::directoryAndBookingsComeDown()
{
    PgServer server;
    if (!started(server))
        return;
    const QString admin = server.adminConninfo();
    const PgConnection a(admin);
    migrate(a);
    const NewRoom roomA = addRoom(a, admin, QStringLiteral("一号会议室"));
    const NewRoom roomB = addRoom(a, admin, QStringLiteral("二号会议室"));
    Kiosk kA(1), kB(1);
    QTemporaryDir files;
    const auto central = [&admin](const QStringList &what) {
        return runLectern(QStringList{QStringLiteral("central")} + what + QStringList{QStringLiteral("--conninfo"), admin, QStringLiteral("--json")});
    };
    const auto sync = [](const Kiosk &k, const NewRoom &room) {
        const Run r = runLectern({QStringLiteral("sync"), QStringLiteral("--data-dir"), k.dir.path(), QStringLiteral("--conninfo"), room.conninfo,
                                  QStringLiteral("--json")});
        return std::pair{r, QJsonDocument::fromJson(r.out).object()};
    };

    // The directory from a roster file; a bad one changes nothing.
    QString roster = writeFile(files, QStringLiteral("directory.csv"), "姓名,单位,职务\n张三,办公室,主任\n李四,财务处,处长\n王五,办公室,科员\n");
    Run r = central({QStringLiteral("directory"), QStringLiteral("import"), roster});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(jsonOf(r)["version"].toInt(), 1);
    QCOMPARE(jsonOf(r)["added"].toInt(), 3);
    const QString badRoster = writeFile(files, QStringLiteral("bad.csv"), "姓名,单位\n张三,办公室\n,财务处\n");
    r = central({QStringLiteral("directory"), QStringLiteral("import"), badRoster});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("bad.csv"));
    QCOMPARE(a.exec(QStringLiteral("SELECT version FROM directory_version")).value(), QStringLiteral("1"));

    // A booking for room A, with its people and agenda; bad ones refused with the reason.
    const QString start = QDateTime::currentDateTime().addDays(1).toString(QStringLiteral("yyyy-MM-dd 09:00"));
    const QString booking = writeFile(files, QStringLiteral("booking.json"), QStringLiteral(R"({"title": "党组会议", "start": "%1", "kind": "党组会议",
        "expected": [{"name": "张三", "role": "chair"}, {"name": "李四", "unit": "财务处"}],
        "agenda": [{"title": "研究重大事项", "kind": "vote", "matter": "重大事项", "minutes": 20}]})").arg(start).toUtf8());
    r = central({QStringLiteral("book"), QStringLiteral("--room"), QStringLiteral("一号会议室"), QStringLiteral("--file"), booking});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const qint64 bookingId = jsonOf(r)["id"].toInteger();
    for (const QByteArray &bad : {QByteArray(R"({"title": "x", "start": "tomorrow"})"), QByteArray(R"({"title": "x", "start": "2026-12-08 09:00", "expected": [{"name": "没有的人"}]})"),
                                  QByteArray(R"({"title": "x", "start": "2026-12-08 09:00", "expected": [{"name": "张三"}, {"name": "张三", "unit": "办公室"}]})"),
                                  QByteArray("{\"title\": "), QByteArray("\xff\xfe\x00")}) {
        r = central({QStringLiteral("book"), QStringLiteral("--room"), QStringLiteral("一号会议室"), QStringLiteral("--file"),
                     writeFile(files, QStringLiteral("bad.json"), bad)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("bad.json"));
    }
    QCOMPARE(a.exec(QStringLiteral("SELECT count(*) FROM booked_meeting")).value(), QStringLiteral("1"));

    // Room A takes the directory and its booking; room B the directory only.
    auto [runA, roundA] = sync(kA, roomA);
    QVERIFY2(runA.exitCode == 0, runA.err.constData());
    QCOMPARE(roundA["received"].toInt(), 3 + 1);
    QCOMPARE(roundA["pending"].toInt(), 0);
    auto [runB, roundB] = sync(kB, roomB);
    QVERIFY2(runB.exitCode == 0, runB.err.constData());
    QCOMPARE(roundB["received"].toInt(), 3);
    QVERIFY(!bookedMeeting(kB.store.db()));
    const auto booked = bookedMeeting(kA.store.db());
    QVERIFY(booked);
    QCOMPARE(booked->title, QStringLiteral("党组会议"));
    QCOMPARE(booked->plannedStart, QDateTime::fromString(start, QStringLiteral("yyyy-MM-dd HH:mm")));
    QList<lectern::Expected> expected = lectern::meetings::expected(kA.store.db(), booked->id);
    QCOMPARE(expected.size(), 2);
    const QList<lectern::AgendaItem> items = lectern::agenda::items(kA.store.db(), booked->id);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].kind, lectern::ItemKind::Vote);
    QCOMPARE(items[0].matter, lectern::ItemMatter::Major);
    QVERIFY(centralIdOf(kA.store.db(), QStringLiteral("张三")) > 0);
    QCOMPARE(centralIdOf(kB.store.db(), QStringLiteral("张三")), centralIdOf(kA.store.db(), QStringLiteral("张三")));
    // Nothing newer: nothing applied again.
    QCOMPARE(sync(kA, roomA).second["received"].toInt(), 0);

    // Room B gets a booking with 王五; then the directory changes: 王五 leaves it (not the kiosks), 赵六 comes, 张三's title changes.
    r = central({QStringLiteral("book"), QStringLiteral("--room"), QStringLiteral("二号会议室"), QStringLiteral("--file"),
                 writeFile(files, QStringLiteral("b.json"), QStringLiteral(R"({"title": "科务会", "start": "%1", "expected": [{"name": "王五"}]})").arg(start).toUtf8())});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    roster = writeFile(files, QStringLiteral("directory.csv"), "姓名,单位,职务\n张三,办公室,副主任\n李四,财务处,处长\n赵六,人事处,处长\n");
    r = central({QStringLiteral("directory"), QStringLiteral("import"), roster});
    QCOMPARE(jsonOf(r)["version"].toInt(), 2);
    QCOMPARE(jsonOf(r)["removed"].toInt(), 1);
    // Room B takes the directory; the booking naming someone gone cannot be applied, and says so.
    auto [runB2, roundB2] = sync(kB, roomB);
    QCOMPARE(roundB2["received"].toInt(), 2);
    QCOMPARE(runB2.exitCode, 1);
    QVERIFY2(roundB2["not_applied"].toString().contains(QStringLiteral("科务会")), runB2.out.constData());
    QCOMPARE(runB2.err.count('\n'), 1);
    QVERIFY(!bookedMeeting(kB.store.db()));
    QCOMPARE(centralIdOf(kB.store.db(), QStringLiteral("王五")), 0); // still on the kiosk's roster, no longer linked
    QVERIFY(centralIdOf(kB.store.db(), QStringLiteral("赵六")) > 0);

    // The booking changes (赵六 joins): applied; after a sign-in here, a change is kept out.
    const auto rebook = [&](const QByteArray &json) {
        return central({QStringLiteral("book"), QStringLiteral("--room"), QStringLiteral("一号会议室"), QStringLiteral("--file"),
                        writeFile(files, QStringLiteral("rebook.json"), json)});
    };
    const QByteArray changed = QStringLiteral(R"({"id": %1, "title": "党组会议（扩大）", "start": "%2",
        "expected": [{"name": "张三", "role": "chair"}, {"name": "李四"}, {"name": "赵六"}]})").arg(bookingId).arg(start).toUtf8();
    r = rebook(changed);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(jsonOf(r)["version"].toInt(), 2);
    auto [runA2, roundA2] = sync(kA, roomA);
    QCOMPARE(roundA2["received"].toInt(), 2 + 1); // 赵六, 张三's title, the meeting
    QCOMPARE(lectern::meetings::byId(kA.store.db(), booked->id)->title, QStringLiteral("党组会议（扩大）"));
    QCOMPARE(lectern::meetings::expected(kA.store.db(), booked->id).size(), 3);
    QCOMPARE(lectern::agenda::items(kA.store.db(), booked->id).size(), 0);
    const qint64 zhang = lectern::meetings::expected(kA.store.db(), booked->id).first().personId;
    QCOMPARE(lectern::attendance::signIn(kA.store.db(), booked->id, zhang, QDateTime::currentDateTime(), QDateTime::currentDateTime()),
             lectern::attendance::Outcome::Recorded);
    QVERIFY(rebook(QStringLiteral(R"({"id": %1, "title": "改期", "start": "%2"})").arg(bookingId).arg(start).toUtf8()).exitCode == 0);
    auto [runA3, roundA3] = sync(kA, roomA);
    QCOMPARE(roundA3["received"].toInt(), 0);
    QCOMPARE(roundA3["kept"].toInt(), 1);
    QCOMPARE(lectern::meetings::byId(kA.store.db(), booked->id)->title, QStringLiteral("党组会议（扩大）"));
    QCOMPARE(lectern::meetings::expected(kA.store.db(), booked->id).size(), 3);

    // On the server, the booked meeting's people carry the directory's id: a person is found by it.
    const qint64 zhangCentral = centralIdOf(kA.store.db(), QStringLiteral("张三"));
    r = central({QStringLiteral("report"), QStringLiteral("--person"), QString::number(zhangCentral)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray meetings = jsonOf(r)["meetings"].toArray();
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(meetings.at(0)["title"].toString(), QStringLiteral("党组会议（扩大）"));
    QCOMPARE(meetings.at(0)["people"][0]["state"].toString(), QStringLiteral("present"));
}

// `lectern sync` SIGKILLed in the middle of uploading a long outbox, three
// times: each time the server had some of it; at the end it has every event
// once, and the kiosk nothing left to send.
void TestCentral::kioskKilledMidUpload()
{
    PgServer server;
    if (!started(server))
        return;
    const QString admin = server.adminConninfo();
    const PgConnection a(admin);
    migrate(a);
    const NewRoom room = addRoom(a, admin, QStringLiteral("大会议室"));
    Kiosk k(2);
    // A long backlog (weeks offline): 60,000 rows as the outbox holds them.
    k.store.db().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                      "INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'note', 1, i, json_object('n', i, 'text', '会议纪要第' || i || '条') FROM n");
    const int total = k.outboxRows();
    const auto onServer = [&a, &room] { return a.exec(QStringLiteral("SELECT count(*) FROM event WHERE room_role = $1"), {room.room.role}).value().toInt(); };
    int killedMidway = 0;
    for (int round = 0; round < 3; ++round) {
        const int before = onServer();
        QProcess sync;
        sync.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("sync"), QStringLiteral("--data-dir"), k.dir.path(),
                                                            QStringLiteral("--conninfo"), room.conninfo});
        QVERIFY(sync.waitForStarted());
        // Killed once the server has committed at least one batch more.
        QTRY_VERIFY_WITH_TIMEOUT(onServer() > before || sync.state() == QProcess::NotRunning, 30000);
        const qint64 pid = sync.processId(); // 0 once it ended: kill(0) would hit the test's own process group
        if (sync.state() == QProcess::Running && pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        sync.waitForFinished();
        killedMidway += sync.exitStatus() == QProcess::CrashExit && onServer() < total;
    }
    QVERIFY2(killedMidway >= 2, qPrintable(QStringLiteral("only %1 of 3 kills landed mid-upload").arg(killedMidway)));
    const Run last = runLectern({QStringLiteral("sync"), QStringLiteral("--data-dir"), k.dir.path(), QStringLiteral("--conninfo"), room.conninfo,
                                 QStringLiteral("--json")});
    QVERIFY2(last.exitCode == 0, last.err.constData());
    QCOMPARE(QJsonDocument::fromJson(last.out).object()["pending"].toInt(), 0);
    QCOMPARE(onServer(), total);
    QCOMPARE(a.exec(QStringLiteral("SELECT count(DISTINCT event_id) FROM event WHERE room_role = $1"), {room.room.role}).value().toInt(), total);
    QCOMPARE(pendingCount(k.store.db()), 0);
}

// Over the network the connection is TLS where the server offers it: libpq's
// default (sslmode=prefer) takes it, verify-full checks the server's
// certificate, a room's printed conninfo keeps those settings, and a server
// that demands TLS refuses a client that will not.
void TestCentral::tlsWhereTheServerOffersIt()
{
    PgServer server;
    if (!started(server))
        return;
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed (scripts/deps.sh installs it)");
    QString ca;
    QVERIFY2(server.enableTls(&ca), qPrintable(server.problem()));
    const QString isTls = QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
    {
        const PgConnection byDefault(server.tcpConninfo({}));
        QCOMPARE(byDefault.exec(isTls).value(), QStringLiteral("t"));
    }
    const QString verified = server.tcpConninfo(QStringLiteral("sslmode=verify-full sslrootcert=%1").arg(ca));
    const PgConnection admin(verified);
    QCOMPARE(admin.exec(isTls).value(), QStringLiteral("t"));
    migrate(admin);
    const NewRoom room = addRoom(admin, verified, QStringLiteral("远程会议室"));
    QVERIFY(room.conninfo.contains(QStringLiteral("verify-full")));
    const PgConnection kiosk(room.conninfo);
    QCOMPARE(kiosk.user(), room.room.role);
    QCOMPARE(kiosk.exec(isTls).value(), QStringLiteral("t"));
    try {
        PgConnection plain(server.tcpConninfo(QStringLiteral("sslmode=disable")));
        QFAIL("the server took a connection without TLS");
    } catch (const CentralError &e) {
        QVERIFY2(!e.message().contains(QStringLiteral("admin-of-the-test")), qPrintable(e.message()));
    }
    // A certificate that is not the server's: refused by the client.
    QTemporaryDir other;
    QFile wrong(other.filePath(QStringLiteral("other.crt")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"), QStringLiteral("-keyout"), other.filePath(QStringLiteral("k")),
                                              QStringLiteral("-out"), wrong.fileName(), QStringLiteral("-days"), QStringLiteral("1"),
                                              QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    QVERIFY_THROWS_EXCEPTION(CentralError, PgConnection(server.tcpConninfo(QStringLiteral("sslmode=verify-full sslrootcert=%1").arg(wrong.fileName()))));
}

// A server at version 1 with events already sent (no room order then):
// upgraded, its report tables are made from those events.
void TestCentral::upgradeFromVersionOneKeepsTheEvents()
{
    PgServer server;
    if (!started(server))
        return;
    const QString admin = server.adminConninfo();
    const PgConnection a(admin);
    QCOMPARE(migrate(a, 1), 1);
    const NewRoom room = addRoom(a, admin, QStringLiteral("老会议室"));
    const QString insert = QStringLiteral("INSERT INTO event (event_id, room_role, kind, local_meeting, payload, recorded_at) "
                                          "VALUES (gen_random_uuid(), $1, $2, 1, $3::jsonb, now() + $4::interval)");
    int step = 0;
    for (const auto &[kind, payload] : {std::pair{"meeting", R"({"id": 1, "title": "例会", "kind": "办公会议", "planned_start": "2026-01-05T09:00:00.000+08:00", "grace_minutes": 0, "state": "closed"})"},
                                        std::pair{"expected", R"({"meeting": 1, "person": 1, "name": "张三", "unit": "办公室", "role": "attend"})"},
                                        std::pair{"expected", R"({"meeting": 1, "person": 2, "name": "李四", "unit": "办公室", "role": "attend"})"},
                                        std::pair{"attendance", R"({"id": 1, "meeting": 1, "person": 1, "kind": "sign_in", "at": "2026-01-05T08:55:00.000+08:00"})"},
                                        std::pair{"attendance", R"({"id": 2, "meeting": 1, "person": 2, "kind": "leave", "at": "2026-01-05T08:00:00.000+08:00"})"}})
        a.exec(insert, {room.room.role, QLatin1String(kind), QString::fromUtf8(payload), QStringLiteral("%1 ms").arg(step++)});
    QCOMPARE(migrate(a), centralSchema().last().version);
    const QList<ReportMeeting> meetings = roomReport(a, QStringLiteral("老会议室"), {});
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(meetings[0].expected, 2);
    QCOMPARE(meetings[0].present, 1);
    QCOMPARE(meetings[0].people.size(), 2);
    for (const ReportPerson &p : meetings[0].people)
        QCOMPARE(p.state, p.name == u"张三" ? QStringLiteral("present") : QStringLiteral("leave"));
}

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
