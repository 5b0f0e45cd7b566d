// The organisation's central store on a real PostgreSQL of the test's own:
// the schema created and migrated (and a newer one refused), rooms with
// their roles and the conninfo their kiosks use (which really logs in),
// row-level security keeping each room to its own, and the password never
// in a message.
#include "PgServer.h"
#include "central/CentralRooms.h"
#include "central/CentralSchema.h"
#include "central/PgConnection.h"

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

} // namespace

class TestCentral : public QObject
{
    Q_OBJECT
private slots:
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
        QCOMPARE(kioskA.exec(QStringLiteral("SELECT count(*) FROM event")).value(), QStringLiteral("2"));
        QCOMPARE(kioskB.exec(QStringLiteral("SELECT count(*) FROM event")).value(), QStringLiteral("1"));
        QCOMPARE(a.exec(QStringLiteral("SELECT count(*) FROM event")).value(), QStringLiteral("3"));
        QCOMPARE(kioskB.exec(QStringLiteral("SELECT count(*) FROM event WHERE room_role = $1"), {roomA["role"].toString()}).value(), QStringLiteral("0"));
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

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
