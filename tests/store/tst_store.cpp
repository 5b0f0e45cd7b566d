// The SQLite wrapper: binding, transactions, migrations, backups, recovery.
#include "store/Backups.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern::store;

namespace {

const QList<Migration> kV1 = {
    {1, "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"},
};
const QList<Migration> kV2 = {
    kV1[0],
    {2, "ALTER TABLE note ADD COLUMN author TEXT NOT NULL DEFAULT '';"},
};

void addNotes(const Database &db, int n)
{
    Transaction t(db);
    Statement s = db.prepare("INSERT INTO note (text) VALUES (?1)");
    for (int i = 0; i < n; ++i) {
        s.reset();
        s.bind(1, QStringLiteral("第%1条").arg(i)).run();
    }
    t.commit();
}

int countNotes(const Database &db)
{
    Statement s = db.prepare("SELECT count(*) FROM note");
    return s.step() ? int(s.integer(0)) : -1;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void bindsValuesNeverPastesThem()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.sqlite")));
        migrate(db, kV1, dir.filePath(QStringLiteral("backups")));
        const QString hostile = QStringLiteral("x'); DROP TABLE note; --");
        db.prepare("INSERT INTO note (text) VALUES (?1)").bind(1, hostile).run();
        Statement s = db.prepare("SELECT text FROM note WHERE id = ?1");
        s.bind(1, db.lastInsertId());
        QVERIFY(s.step());
        QCOMPARE(s.text(0), hostile);
        QCOMPARE(countNotes(db), 1);
    }

    void pragmasAreSet()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.sqlite")));
        Statement mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        Statement fk = db.prepare("PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.integer(0), 1);
        Statement sync = db.prepare("PRAGMA synchronous");
        QVERIFY(sync.step());
        QCOMPARE(sync.integer(0), 2); // FULL
        QCOMPARE(db.quickCheck(), QStringLiteral("ok"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.sqlite")));
        migrate(db, kV1, dir.filePath(QStringLiteral("backups")));
        try {
            Transaction t(db);
            db.prepare("INSERT INTO note (text) VALUES ('a')").run();
            db.prepare("INSERT INTO note (text) VALUES (NULL)").run(); // NOT NULL: throws
            t.commit();
            QFAIL("the second insert should have thrown");
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QStringLiteral("NOT NULL")));
        }
        QCOMPARE(countNotes(db), 0); // the first insert went with the transaction
    }

    // A transaction opened inside another joins it: its commit commits
    // nothing, and the outer one's rollback takes the inner writes with it.
    void anInnerTransactionJoinsTheOuterOne()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.sqlite")));
        migrate(db, kV1, dir.filePath(QStringLiteral("backups")));
        {
            Transaction outer(db);
            addNotes(db, 2); // its own Transaction, joined
            QCOMPARE(countNotes(db), 2);
            // outer not committed: rolled back
        }
        QCOMPARE(countNotes(db), 0);
        {
            Transaction outer(db);
            addNotes(db, 3);
            {
                Transaction inner(db); // not committed: does not roll back the outer one
                db.prepare("INSERT INTO note (text) VALUES ('b')").run();
            }
            outer.commit();
        }
        QCOMPARE(countNotes(db), 4);
        addNotes(db, 1); // alone again: begins and commits itself
        QCOMPARE(countNotes(db), 5);
    }

    void migratesStepByStepWithABackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        const QString backups = dir.filePath(QStringLiteral("backups"));
        {
            Database db(path);
            QCOMPARE(migrate(db, kV1, backups), 1);
            QCOMPARE(db.userVersion(), 1);
            addNotes(db, 3);
            QVERIFY(lectern::store::backups(backups).isEmpty()); // nothing to keep from an empty database
        }
        Database db(path);
        QCOMPARE(migrate(db, kV2, backups), 1);
        QCOMPARE(db.userVersion(), 2);
        QCOMPARE(countNotes(db), 3);
        db.prepare("INSERT INTO note (text, author) VALUES ('b', '某某')").run();
        const QStringList made = lectern::store::backups(backups);
        QCOMPARE(made.size(), 1);
        QVERIFY(made.first().endsWith(QStringLiteral("before-v2.sqlite")));
        Database old(made.first());
        QCOMPARE(old.userVersion(), 1);
        QCOMPARE(countNotes(old), 3);
        QCOMPARE(migrate(db, kV2, backups), 0); // nothing left to do
    }

    void refusesANewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Database db(path);
            migrate(db, kV2, dir.filePath(QStringLiteral("backups")));
        }
        Database db(path);
        try {
            migrate(db, kV1, dir.filePath(QStringLiteral("backups")));
            QFAIL("a newer database must be refused");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("newer")) && e.message().contains(u'2') && e.message().contains(path),
                     qPrintable(e.message()));
        }
        QCOMPARE(db.userVersion(), 2);
    }

    void backupsArePrunedAndDaily()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("a.sqlite")));
        migrate(db, kV1, dir.filePath(QStringLiteral("b")));
        const QString b = dir.filePath(QStringLiteral("b"));
        QVERIFY(!dailyBackup(db, b, QDate::currentDate(), 3).isEmpty());
        QVERIFY(dailyBackup(db, b, QDate::currentDate(), 3).isEmpty()); // once a day
        for (int i = 0; i < 5; ++i)
            makeBackup(db, b, QStringLiteral("test%1").arg(i));
        pruneBackups(b, 3);
        const QStringList left = backups(b);
        QCOMPARE(left.size(), 3);
        QVERIFY(left.first().endsWith(QStringLiteral("test4.sqlite"))); // the newest stay
    }

    // A damaged file is moved aside and the newest good backup takes its place, loudly.
    void recoversFromADamagedFile_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << "truncate";
        QTest::newRow("middle zeroed") << "zero";
        QTest::newRow("header overwritten") << "header";
    }
    void recoversFromADamagedFile()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b"));
        {
            Database db(path);
            migrate(db, kV1, b);
            addNotes(db, 2000);
            makeBackup(db, b, QStringLiteral("good"));
            addNotes(db, 5); // after the backup: lost in recovery, and said so
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 20000);
        if (damage == u"truncate") {
            QVERIFY(f.resize(size / 3 + 1));
        } else if (damage == u"zero") {
            f.seek(size / 3);
            f.write(QByteArray(int(size / 3), '\0'));
        } else {
            f.seek(0);
            f.write(QByteArray(100, 'x'));
        }
        f.close();

        Opened opened = openChecked(path, b);
        QVERIFY(opened.db);
        QVERIFY2(opened.recovery.contains(QStringLiteral("damaged")) && opened.recovery.contains(QStringLiteral("good")),
                 qPrintable(opened.recovery));
        QCOMPARE(opened.db->quickCheck(), QStringLiteral("ok"));
        QCOMPARE(countNotes(*opened.db), 2000);
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("a.sqlite.damaged-*")}, QDir::Files);
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    }

    void startsAfreshWithoutABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5A'));
        f.close();
        Opened opened = openChecked(path, dir.filePath(QStringLiteral("none")));
        QVERIFY(opened.db);
        QVERIFY(opened.recovery.contains(QStringLiteral("no good backup")));
        QCOMPARE(opened.db->userVersion(), 0);
    }

    void soundFileOpensQuietly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        Opened first = openChecked(path, dir.filePath(QStringLiteral("b")));
        QVERIFY(first.recovery.isEmpty());
        migrate(*first.db, kV1, dir.filePath(QStringLiteral("b")));
        first.db.reset();
        Opened again = openChecked(path, dir.filePath(QStringLiteral("b")));
        QVERIFY(again.recovery.isEmpty());
        QCOMPARE(again.db->userVersion(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
