// Killing the process at any moment loses no acknowledged sign-in, and a
// restart goes on where it stopped without signing anyone in twice.
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedAtRandomMomentsLosesNothing()
    {
        constexpr int kPeople = 1000;
        QTemporaryDir dir;
        {
            MeetingStore store(dir.path());
            QList<RosterRow> rows;
            for (int i = 0; i < kPeople; ++i)
                rows.append({QStringLiteral("参会人%1").arg(i), QStringLiteral("单位%1").arg(i % 7), {}, {}});
            roster::upsert(store.db(), rows);
            QList<Expected> expected;
            for (const Person &p : roster::all(store.db()))
                expected.append({p.id, Role::Attend});
            Meeting m;
            m.title = QStringLiteral("压力测试");
            m.plannedStart = QDateTime::currentDateTime();
            QCOMPARE(meetings::create(store.db(), m, expected, QDateTime::currentDateTime()), 1);
        }
        const QString child = QCoreApplication::applicationDirPath() + QStringLiteral("/signin_child");
        QSet<qint64> acked;
        QRandomGenerator random(20261129);
        int kills = 0;
        bool finished = false;
        for (int round = 0; round < 200 && !finished; ++round) {
            QProcess p;
            p.start(child, {dir.path()});
            QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
            // Kill after a random number of acknowledgements (sometimes at once, before the first).
            const int killAfter = int(random.bounded(0, 120));
            int seen = 0;
            while (true) {
                if (!p.canReadLine() && !p.waitForReadyRead(10000))
                    break;
                while (p.canReadLine()) {
                    const QByteArray line = p.readLine().trimmed();
                    if (line == "done") {
                        finished = true;
                    } else if (line.startsWith("ack ")) {
                        const qint64 id = line.mid(4).toLongLong();
                        QVERIFY2(!acked.contains(id), "a person was acknowledged twice");
                        acked.insert(id);
                        ++seen;
                    }
                }
                if (finished || seen >= killAfter)
                    break;
            }
            if (!finished) {
                p.kill(); // SIGKILL: no destructor, no rollback, no flush
                ++kills;
            }
            p.waitForFinished();
            // After every kill: everything acknowledged is in the database, once.
            MeetingStore store(dir.path());
            QVERIFY(store.recovery().isEmpty());
            const QList<AttendanceEvent> events = attendance::events(store.db(), 1);
            QSet<qint64> signedIn;
            for (const AttendanceEvent &e : events) {
                QVERIFY2(!signedIn.contains(e.personId), "a person was signed in twice");
                signedIn.insert(e.personId);
            }
            for (qint64 id : std::as_const(acked))
                QVERIFY2(signedIn.contains(id), "an acknowledged sign-in is missing");
        }
        QVERIFY(finished);
        QVERIFY(kills >= 5);
        MeetingStore store(dir.path());
        QCOMPARE(attendance::current(store.db(), *meetings::byId(store.db(), 1)).counts.present, kPeople);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
