// An upgrade's migration cut off by a power cut: a database written by an
// older Lectern (schema v3, a finalized meeting and an open one) is migrated
// by a child killed with SIGKILL at five points spread over the migration's
// SQLite steps. Each time the file opens whole (quick_check), at a version
// it really had (never between two), with every meeting and sign-in; the next
// start finishes the migration and the finalized meeting's seal still
// verifies. A backup of the old file was made before the migration began.
#include "meeting/MeetingStore.h"
#include "meeting/Meetings.h"
#include "meeting/Schema.h"
#include "meeting/Seal.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

const QString kOld = QStringLiteral(LECTERN_TEST_DATA "/meetings-v3.sqlite");

QString child()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/migration_child");
}

qint64 rows(const store::Database &db, const char *sql)
{
    store::Statement s = db.prepare(sql);
    return s.step() ? s.integer(0) : -1;
}

} // namespace

class TestMigrationKill : public QObject
{
    Q_OBJECT
private slots:
    void killedAnywhereTheDatabaseStaysWhole_data()
    {
        QTest::addColumn<double>("share");
        for (double share : {0.1, 0.3, 0.5, 0.7, 0.9})
            QTest::newRow(qPrintable(QStringLiteral("at %1 % of the steps").arg(share * 100))) << share;
    }
    void killedAnywhereTheDatabaseStaysWhole()
    {
        QFETCH(double, share);
        QTemporaryDir dir;
        // How long the whole migration is, on a copy.
        const QString probe = dir.filePath(QStringLiteral("probe.sqlite"));
        QVERIFY(QFile::copy(kOld, probe));
        QFile::setPermissions(probe, QFile::ReadOwner | QFile::WriteOwner);
        QProcess count;
        count.start(child(), {probe, dir.filePath(QStringLiteral("probe-backups")), QStringLiteral("count")});
        QVERIFY(count.waitForFinished(30000));
        QCOMPARE(count.exitCode(), 0);
        const qint64 total = count.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY2(total > 100, qPrintable(QString::number(total)));

        const QString path = dir.filePath(QStringLiteral("lectern.sqlite"));
        QVERIFY(QFile::copy(kOld, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QProcess killed;
        killed.start(child(), {path, dir.filePath(QStringLiteral("backups")), QString::number(qint64(total * share))});
        QVERIFY(killed.waitForFinished(30000));
        QCOMPARE(killed.exitStatus(), QProcess::CrashExit); // SIGKILL, in the middle

        {
            const store::Database db(path);
            QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
            const int version = db.userVersion();
            qInfo("killed at step %lld of %lld: schema v%d", qint64(total * share), total, version);
            QVERIFY2(version >= 3 && version <= meetingSchema().last().version, qPrintable(QString::number(version)));
            QCOMPARE(rows(db, "SELECT count(*) FROM meeting"), qint64(2));
            QCOMPARE(rows(db, "SELECT count(*) FROM attendance_event"), qint64(2));
            QCOMPARE(rows(db, "SELECT count(*) FROM person"), qint64(3));
        }
        QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*before-v*")}).isEmpty());

        // The next start: migrated to the end, the sealed meeting still proves itself.
        MeetingStore store(dir.path());
        QCOMPARE(store.db().userVersion(), meetingSchema().last().version);
        QVERIFY(store.recovery().isEmpty()); // whole: nothing restored from a backup
        const seal::Verification v = seal::verify(store.db(), 1);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(meetings::byId(store.db(), 2)->title, QStringLiteral("未定稿的会议"));
    }
};

QTEST_GUILESS_MAIN(TestMigrationKill)
#include "tst_migrationkill.moc"
