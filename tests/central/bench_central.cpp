// The central store's figures (docs/benchmarks.md, issue 25), on a
// PostgreSQL of its own started like the tests' (PgServer: a Unix socket,
// this machine): upload throughput from one kiosk (with the report trigger,
// without it, and in small batches: ratios in one run), the time to drain a
// day's outbox after reconnecting, and the reports over a simulated
// organisation (--rooms × --meetings × --people, 200 × 250 × 50 by default:
// 2.5 million people-at-meetings), with the person report's plan.
// Not a test: it prints figures and never fails on them.
#include "PgServer.h"
#include "central/CentralReport.h"
#include "central/CentralRooms.h"
#include "central/CentralSchema.h"
#include "central/PgConnection.h"
#include "central/Sync.h"
#include "meeting/Agenda.h"
#include "meeting/AgendaRun.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "meeting/Seal.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace lectern;
using namespace lectern::central;

namespace {

QTextStream out(stdout);

// A kiosk's outbox of `count` sign-ins as the outbox view writes them.
void fillOutbox(const store::Database &db, int count)
{
    db.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1) "
               "INSERT INTO outbox (kind, meeting_id, ref, payload) SELECT 'attendance', 1 + i / 50, i, json_object("
               "'id', i, 'meeting', 1 + i / 50, 'person', i % 50, 'name', '参会人' || (i % 50), 'unit', '办公室', 'kind', 'sign_in', "
               "'at', '2026-12-07T08:5' || (i % 10) || ':00.000+08:00', 'recorded_at', '2026-12-07T08:50:00.000+08:00', 'reason', '', "
               "'approver', '', 'signature', '{\"strokes\":[[[0,0,0],[12,30,80],[40,22,160]]]}', 'amendment', 0, 'channel', 'desk') FROM n")
        .bind(1, count)
        .run();
}

double upload(const QString &conninfo, int count, int batch)
{
    QTemporaryDir dir;
    MeetingStore kiosk(dir.path());
    fillOutbox(kiosk.db(), count);
    const PgConnection room(conninfo);
    QElapsedTimer t;
    t.start();
    const SyncRound r = sendOutbox(kiosk.db(), room, batch);
    const double seconds = t.nsecsElapsed() / 1e9;
    if (!r.error.isEmpty() || r.sent != count)
        out << "  upload failed: " << r.error << "\n";
    return count / seconds;
}

// A busy day in one room: `meetings` meetings of 50, 45 signed in, 3 on leave,
// an agenda of 5 items run, each closed and sealed.
int busyDay(const store::Database &db, int meetings)
{
    QList<RosterRow> rows;
    for (int i = 0; i < 50; ++i)
        rows.append({QStringLiteral("参会人%1").arg(i), QStringLiteral("办公室"), {}, {}});
    roster::upsert(db, rows);
    QList<Expected> expected;
    for (const Person &p : roster::all(db))
        expected.append({p.id, Role::Attend});
    const QDateTime day = QDateTime::currentDateTime().addSecs(-10 * 3600);
    for (int m = 0; m < meetings; ++m) {
        Meeting meeting;
        meeting.title = QStringLiteral("例会%1").arg(m + 1);
        meeting.plannedStart = day.addSecs(m * 3600);
        const qint64 id = meetings::create(db, meeting, expected, meeting.plannedStart.addSecs(-3600));
        for (int i = 0; i < 48; ++i) {
            if (i < 45)
                attendance::signIn(db, id, expected[i].personId, meeting.plannedStart.addSecs(-300 + i * 10), meeting.plannedStart);
            else
                attendance::leave(db, id, expected[i].personId, QStringLiteral("出差"), QStringLiteral("主任"), meeting.plannedStart);
        }
        for (int k = 0; k < 5; ++k) {
            agenda::NewItem item;
            item.title = QStringLiteral("议题%1").arg(k + 1);
            const qint64 itemId = agenda::add(db, id, item, meeting.plannedStart);
            agenda::start(db, itemId, meeting.plannedStart.addSecs(k * 600), {});
        }
        agenda::endCurrent(db, id, meeting.plannedStart.addSecs(3000));
        meetings::close(db, id, meeting.plannedStart.addSecs(3000));
        seal::finalize(db, id);
    }
    store::Statement s = db.prepare("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
    s.step();
    return int(s.integer(0));
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F>
double timedMs(F f, int runs = 7)
{
    QList<double> ms;
    f(); // warm
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser p;
    p.addOption({QStringLiteral("rooms"), QStringLiteral("rooms of the organisation"), QStringLiteral("n"), QStringLiteral("200")});
    p.addOption({QStringLiteral("meetings"), QStringLiteral("meetings a room a year"), QStringLiteral("n"), QStringLiteral("250")});
    p.addOption({QStringLiteral("people"), QStringLiteral("people a meeting"), QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("upload"), QStringLiteral("events in the upload run"), QStringLiteral("n"), QStringLiteral("50000")});
    p.process(app);
    const int rooms = p.value(QStringLiteral("rooms")).toInt();
    const int perRoom = p.value(QStringLiteral("meetings")).toInt();
    const int perMeeting = p.value(QStringLiteral("people")).toInt();
    const int uploadCount = p.value(QStringLiteral("upload")).toInt();

    PgServer server;
    if (!server.problem().isEmpty()) {
        out << "no PostgreSQL: " << server.problem() << "\n";
        return 1;
    }
    const QString admin = server.adminConninfo();
    const PgConnection a(admin);
    migrate(a);
    a.exec(QStringLiteral("SELECT version()"));
    out << "server: " << a.exec(QStringLiteral("SHOW server_version")).value() << " (Unix socket, fsync on)\n";

    // 1. Upload throughput.
    const NewRoom room = addRoom(a, admin, QStringLiteral("基准会议室"));
    const double withTrigger = upload(room.conninfo, uploadCount, 1000);
    const double smallBatches = upload(room.conninfo, uploadCount, 100);
    a.exec(QStringLiteral("ALTER TABLE event DISABLE TRIGGER event_applied"));
    const double withoutTrigger = upload(room.conninfo, uploadCount, 1000);
    a.exec(QStringLiteral("ALTER TABLE event ENABLE TRIGGER event_applied"));
    out << QStringLiteral("upload, %1 sign-ins from one kiosk, batches of 1000: %2 events/s (batches of 100: %3 events/s, ratio %4; "
                          "without the report trigger: %5 events/s, the trigger costs ×%6)\n")
               .arg(uploadCount)
               .arg(qRound(withTrigger))
               .arg(qRound(smallBatches))
               .arg(withTrigger / smallBatches, 0, 'f', 2)
               .arg(qRound(withoutTrigger))
               .arg(withoutTrigger / withTrigger, 0, 'f', 2);
    out.flush();

    // 2. A day's outbox drained after reconnecting.
    {
        QTemporaryDir dir;
        MeetingStore kiosk(dir.path());
        const int rows = busyDay(kiosk.db(), 8);
        const NewRoom dayRoom = addRoom(a, admin, QStringLiteral("日常会议室"));
        QElapsedTimer t;
        t.start();
        const PgConnection c(dayRoom.conninfo); // reconnecting is part of it
        const SyncRound r = exchange(kiosk.db(), c);
        out << QStringLiteral("a busy day's outbox (8 sealed meetings of 50: %1 rows) drained after reconnecting: %2 ms (pending after: %3%4)\n")
                   .arg(rows)
                   .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1)
                   .arg(r.pending)
                   .arg(r.error.isEmpty() ? QString() : QStringLiteral(", error ") + r.error);
        out.flush();
    }

    // 3. The organisation: each room's year as the rooms send it (the trigger keeps the report tables).
    const int population = rooms * perMeeting;
    QElapsedTimer load;
    load.start();
    for (int r = 0; r < rooms; ++r) {
        const QStringList args{QString::number(r), QString::number(perRoom), QString::number(perMeeting), QString::number(population)};
        a.exec(QStringLiteral("INSERT INTO room (name, role) VALUES ('会议室' || $1, 'bench_room_' || $1)"), {args[0]});
        a.exec(QStringLiteral(
                   "INSERT INTO event (event_id, room_role, room_seq, kind, local_meeting, payload, recorded_at) "
                   "SELECT gen_random_uuid(), 'bench_room_' || $1, m * 1000, 'meeting', m, jsonb_build_object('id', m, 'title', '例会' || m, "
                   "'kind', CASE WHEN m % 4 = 0 THEN '党组会议' ELSE '办公会议' END, "
                   "'planned_start', to_char(timestamptz '2026-01-01 01:00Z' + m * interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                   "'grace_minutes', 5, 'state', 'finalized'), now() FROM generate_series(1, $2::int) m"),
               args.mid(0, 2));
        // Each person belongs to one room's meetings mostly, and to a few others' (a fifth of them rotate).
        a.exec(QStringLiteral(
                   "INSERT INTO event (event_id, room_role, room_seq, kind, local_meeting, payload, recorded_at) "
                   "SELECT gen_random_uuid(), 'bench_room_' || $1, m * 1000 + 1 + j, 'expected', m, jsonb_build_object('meeting', m, 'person', pid + 1, "
                   "'central_id', pid + 1, 'name', '人员' || pid, 'unit', '单位' || (pid / 200), 'role', 'attend'), now() "
                   "FROM generate_series(1, $2::int) m, generate_series(0, $3::int - 1) j, "
                   "LATERAL (SELECT ($1::int * $3::int + j + (m % 5) * ($4::int / 5)) % $4::int AS pid) p"),
               args);
        // 90 % sign in (a tenth of those late), 5 % on leave, 5 % absent.
        a.exec(QStringLiteral(
                   "INSERT INTO event (event_id, room_role, room_seq, kind, local_meeting, payload, recorded_at) "
                   "SELECT gen_random_uuid(), 'bench_room_' || $1, m * 1000 + 500 + j, 'attendance', m, jsonb_build_object('id', m * 1000 + j, "
                   "'meeting', m, 'person', pid + 1, 'kind', CASE WHEN (m * 31 + j) % 20 = 0 THEN 'leave' ELSE 'sign_in' END, "
                   "'at', to_char(timestamptz '2026-01-01 01:00Z' + m * interval '1 day' + ((m + j) % 10 - 5) * interval '2 minutes', "
                   "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')), now() "
                   "FROM generate_series(1, $2::int) m, generate_series(0, $3::int - 1) j, "
                   "LATERAL (SELECT ($1::int * $3::int + j + (m % 5) * ($4::int / 5)) % $4::int AS pid) p "
                   "WHERE (m * 31 + j) % 20 <> 1"),
               args);
        if ((r + 1) % 20 == 0) {
            out << "  loaded " << (r + 1) << " rooms, " << a.exec(QStringLiteral("SELECT count(*) FROM event")).value() << " events, "
                << qRound(load.elapsed() / 1000.0) << " s\n";
            out.flush();
        }
    }
    a.script(QStringLiteral("VACUUM ANALYZE"));
    const QString events = a.exec(QStringLiteral("SELECT count(*) FROM event")).value();
    const QString expected = a.exec(QStringLiteral("SELECT count(*) FROM report_expected")).value();
    out << QStringLiteral("organisation: %1 rooms × %2 meetings × %3 people: %4 events (%5 people-at-meetings), loaded through the trigger in %6 s "
                          "(%7 events/s); database %8\n")
               .arg(rooms)
               .arg(perRoom)
               .arg(perMeeting)
               .arg(events, expected)
               .arg(load.elapsed() / 1000.0, 0, 'f', 0)
               .arg(qRound(events.toDouble() / (load.elapsed() / 1000.0)))
               .arg(a.exec(QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))")).value());

    const QString person = QStringLiteral("人员%1").arg(population / 3);
    int found = 0;
    const double byName = timedMs([&] { found = int(personReport(a, person, {}).size()); });
    const double byId = timedMs([&] { personReport(a, QString::number(population / 3 + 1), {}); });
    int unitRows = 0;
    const double unit = timedMs([&] { unitRows = int(unitReport(a, QStringLiteral("单位7"), {}).size()); });
    int held = 0;
    const double room1 = timedMs([&] { held = int(roomReport(a, QStringLiteral("会议室1"), {}).size()); });
    out << QStringLiteral("person report (%1: %2 meetings), median of 7: %3 ms by name, %4 ms by the directory's id\n")
               .arg(person)
               .arg(found)
               .arg(byName, 0, 'f', 1)
               .arg(byId, 0, 'f', 1);
    out << QStringLiteral("unit report (单位7: %1 rows, person × kind): %2 ms; room report (会议室1: %3 meetings with everyone): %4 ms\n")
               .arg(unitRows)
               .arg(unit, 0, 'f', 1)
               .arg(held)
               .arg(room1, 0, 'f', 1);
    out << "\nplan of the person report:\n" << reportPlan(a, Subject::Person, person, {}) << "\n";
    out << "\nplan of the person report by id:\n" << reportPlan(a, Subject::Person, QString::number(population / 3 + 1), {}) << "\n";
    out << "\nplan of the room report:\n" << reportPlan(a, Subject::Room, QStringLiteral("会议室1"), {}) << "\n";
    out << "\nplan of the unit report:\n" << reportPlan(a, Subject::Unit, QStringLiteral("单位7"), {}) << "\n";
    return 0;
}
