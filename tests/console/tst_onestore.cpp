// One owner of a folder's meetings database in a process: the door screen,
// the home screen's summary and the console share the store the kiosk opened
// at start-up — one connection, checked and recovered once — so no screen can
// move the file aside under another, and every acknowledged sign-in is in the
// database afterwards.
#include "console/MeetingConsole.h"
#include "console/MeetingSummary.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "store/Backups.h"
#include "signin/SignInDesk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

const QString kSignature = QStringLiteral("{\"w\":300,\"h\":100,\"strokes\":[[[10,10,0],[50,60,16],[90,20,32]]]}");

// A data folder with a roster of two and a meeting that starts now.
qint64 setUp(const QString &dir)
{
    MeetingStore store(dir);
    roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}, {QStringLiteral("李四"), QStringLiteral("财务处"), {}, {}}});
    QList<Expected> expected;
    for (const Person &p : roster::all(store.db()))
        expected.append({p.id, Role::Attend});
    Meeting m;
    m.title = QStringLiteral("集体约谈会");
    m.plannedStart = QDateTime::currentDateTime();
    return meetings::create(store.db(), m, expected, QDateTime::currentDateTime());
}

// How many descriptors of this process are open on the file: one per SQLite connection.
int openDescriptors(const QString &file)
{
    const QString target = QFileInfo(file).canonicalFilePath();
    int n = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        n += QFileInfo(fds.filePath(fd)).symLinkTarget() == target ? 1 : 0;
    return n;
}

QStringList movedAside(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
}

} // namespace

class TestOneStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyScreenSharesTheKiosksStore()
    {
        if (!QDir(QStringLiteral("/proc/self/fd")).exists())
            QSKIP("no /proc/self/fd to count connections by");
        QTemporaryDir dir;
        const qint64 meeting = setUp(dir.path());
        const QString db = MeetingStore::databasePath(dir.path());
        QCOMPARE(openDescriptors(db), 0);
        const auto kiosks = MeetingStore::shared(dir.path()); // as the Application opens it at start-up
        QCOMPARE(openDescriptors(db), 1);

        SignInDesk desk;
        desk.setDataDir(dir.path());
        MeetingSummary summary;
        summary.setDataDir(dir.path());
        MeetingConsole console;
        console.setDataDir(dir.path());
        QVERIFY2(desk.ready(), qPrintable(desk.error()));
        QCOMPARE(openDescriptors(db), 1); // each screen opened a connection of its own before: 4
        QCOMPARE(MeetingStore::shared(QDir(dir.path()).filePath(QStringLiteral("."))).get(), kiosks.get());

        // Signed in at the door while the other screens live: acknowledged, and
        // the summary, on the same connection, follows by itself.
        desk.type(QStringLiteral("z"));
        desk.type(QStringLiteral("s"));
        QCOMPARE(desk.signIn(0, kSignature), SignInDesk::Recorded);
        QTRY_COMPARE_WITH_TIMEOUT(summary.present(), 1, 5000);
        desk.type(QStringLiteral("l"));
        desk.type(QStringLiteral("s"));
        QCOMPARE(desk.signIn(0, kSignature), SignInDesk::Recorded);
        QTRY_COMPARE_WITH_TIMEOUT(summary.present(), 2, 5000);
        QVERIFY(movedAside(dir.path()).isEmpty());

        // Afterwards, in the database as a new process finds it.
        const MeetingStore again(dir.path());
        const auto m = meetings::byId(again.db(), meeting);
        QVERIFY(m);
        QCOMPARE(attendance::current(again.db(), *m).counts.present, 2);
    }

    // A damaged file is recovered by the first to open it, once; the screens
    // after it share the recovered store and say what happened.
    void aDamagedFileIsRecoveredOnce()
    {
        QTemporaryDir dir;
        setUp(dir.path());
        {
            MeetingStore store(dir.path()); // a backup of the sound file, with its meeting
            QVERIFY(!store::makeBackup(store.db(), store.backupDir(), QStringLiteral("test")).isEmpty());
        }
        QFile file(MeetingStore::databasePath(dir.path()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(0));
        file.write(QByteArray(4096, 'x')); // the header gone: not a database any more
        file.close();

        const auto kiosks = MeetingStore::shared(dir.path());
        QVERIFY(!kiosks->recovery().isEmpty());
        QCOMPARE(movedAside(dir.path()).size(), 1);
        SignInDesk desk;
        desk.setDataDir(dir.path());
        MeetingConsole console;
        console.setDataDir(dir.path());
        QCOMPARE(movedAside(dir.path()).size(), 1); // no screen recovered it again
        QCOMPARE(desk.recovery(), kiosks->recovery());
        QVERIFY2(desk.ready(), qPrintable(desk.error())); // the backup's meeting
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestOneStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_onestore.moc"
