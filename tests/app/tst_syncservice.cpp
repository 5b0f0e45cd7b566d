// The kiosk's link to the central store, on a real PostgreSQL the test
// starts: the outbox drains by itself on its thread, the console's line
// says how many wait and when it last sent; the server gone, the kiosk
// works on and the line says so; back, it drains again.
#include "../central/PgServer.h"
#include "app/SyncService.h"
#include "central/CentralDirectory.h"
#include "central/CentralRooms.h"
#include "central/CentralSchema.h"
#include "central/PgConnection.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestSyncService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offWithoutACentralStore()
    {
        SyncService sync;
        sync.configure(QStringLiteral("/nonexistent"), QString());
        sync.start();
        QVERIFY(!sync.enabled());
        QCOMPARE(sync.statusLine(), QString());
    }

    void drainsAndWaitsAndDrainsAgain()
    {
        PgServer server;
        if (server.missingBinaries())
            QSKIP(qPrintable(server.problem()));
        QVERIFY2(server.problem().isEmpty(), qPrintable(server.problem()));
        const central::PgConnection admin(server.adminConninfo());
        central::migrate(admin);
        const central::NewRoom room = central::addRoom(admin, server.adminConninfo(), QStringLiteral("三楼会议室"));

        QTemporaryDir dir;
        MeetingStore store(dir.path());
        roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}, {QStringLiteral("李四"), QStringLiteral("办公室"), {}, {}}});
        QList<Expected> expected;
        for (const Person &p : roster::all(store.db()))
            expected.append({p.id, Role::Attend});
        Meeting m;
        m.title = QStringLiteral("例会");
        m.plannedStart = QDateTime::currentDateTime();
        const qint64 meeting = meetings::create(store.db(), m, expected, m.plannedStart);
        const QDateTime now = QDateTime::currentDateTime();
        attendance::signIn(store.db(), meeting, expected[0].personId, now, now);

        SyncService sync;
        QSignalSpy changed(&sync, &SyncService::changed);
        sync.configure(dir.path(), room.conninfo, 60000);
        sync.start();
        QVERIFY(sync.enabled());
        QTRY_COMPARE(sync.pending(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(sync.error(), QString());
        QVERIFY(!sync.lastSync().isEmpty());
        QVERIFY2(sync.statusLine().contains(QStringLiteral("all sent")), qPrintable(sync.statusLine()));
        QCOMPARE(admin.exec(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'attendance'")).value(), QStringLiteral("1"));

        // The server gone: a sign-in is recorded all the same, and waits.
        QVERIFY(server.stop());
        QCOMPARE(attendance::signIn(store.db(), meeting, expected[1].personId, now, now), attendance::Outcome::Recorded);
        sync.syncNow();
        QTRY_VERIFY(!sync.error().isEmpty());
        QCOMPARE(sync.pending(), 1);
        QVERIFY2(sync.statusLine().contains(QStringLiteral("1 record")) && sync.statusLine().contains(QStringLiteral("not yet sent")) && sync.statusLine().contains(QStringLiteral("cannot be reached")),
                 qPrintable(sync.statusLine()));
        QVERIFY(!sync.error().contains(QStringLiteral("password")));

        // Back: it drains.
        QVERIFY(server.start());
        sync.syncNow();
        QTRY_COMPARE(sync.pending(), 0);
        QCOMPARE(sync.error(), QString());
        const central::PgConnection again(server.adminConninfo());
        QCOMPARE(again.exec(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'attendance'")).value(), QStringLiteral("2"));
    }

    // A booking this room cannot take (someone it names has left the
    // directory): the line says so first, in the error colour, and does not
    // claim the store is unreachable.
    void aBookingItCannotTakeIsSaidFirst()
    {
        PgServer server;
        if (server.missingBinaries())
            QSKIP(qPrintable(server.problem()));
        QVERIFY2(server.problem().isEmpty(), qPrintable(server.problem()));
        const central::PgConnection admin(server.adminConninfo());
        central::migrate(admin);
        const central::NewRoom room = central::addRoom(admin, server.adminConninfo(), QStringLiteral("三楼会议室"));
        central::publishDirectory(admin, {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}, {QStringLiteral("李四"), QStringLiteral("办公室"), {}, {}}});
        central::book(admin, QStringLiteral("三楼会议室"),
                      QJsonObject{{"title", QStringLiteral("科务会")}, {"start", QStringLiteral("2026-12-08 09:00")},
                                  {"expected", QJsonArray{QJsonObject{{"name", QStringLiteral("李四")}}}}});
        central::publishDirectory(admin, {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}}); // 李四 leaves

        QTemporaryDir dir;
        { MeetingStore store(dir.path()); } // the kiosk's data folder, as the kiosk leaves it
        SyncService sync;
        sync.configure(dir.path(), room.conninfo, 60000);
        sync.start();
        QTRY_VERIFY(sync.troubled());
        QCOMPARE(sync.error(), QString());
        QVERIFY2(sync.statusLine().startsWith(QStringLiteral("booking")) && sync.statusLine().contains(QStringLiteral("科务会"))
                     && !sync.statusLine().contains(QStringLiteral("cannot be reached")),
                 qPrintable(sync.statusLine()));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
