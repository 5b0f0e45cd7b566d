// Finalized means sealed: any change after finalizing is found by verify.
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "meeting/Schema.h"
#include "meeting/AgendaDraft.h"
#include "meeting/SpeechRecord.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lectern;

namespace {

const QDateTime kStart(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600));

// A closed meeting: three expected, two signed in (one with a signature), one on leave.
qint64 closedMeeting(const MeetingStore &store)
{
    roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}},
                                {QStringLiteral("李四"), QStringLiteral("财务处"), {}, {}},
                                {QStringLiteral("王五"), QStringLiteral("人事处"), {}, {}}});
    QList<Expected> expected;
    for (const Person &p : roster::all(store.db()))
        expected.append({p.id, Role::Attend});
    Meeting m;
    m.title = QStringLiteral("集体约谈会");
    m.plannedStart = kStart;
    const qint64 id = meetings::create(store.db(), m, expected, kStart);
    attendance::signIn(store.db(), id, expected[0].personId, kStart, kStart, EventKind::SignIn, QByteArray("[[0,0,0],[10,10,16]]"));
    attendance::signIn(store.db(), id, expected[1].personId, kStart.addSecs(60), kStart.addSecs(60));
    attendance::leave(store.db(), id, expected[2].personId, QStringLiteral("出差"), QStringLiteral("某某"), kStart);
    meetings::setRecordText(store.db(), id, {QStringLiteral("书记讲话，各部门负责人表态发言。"), QStringLiteral("一、落实主体责任。")});
    meetings::close(store.db(), id, kStart.addSecs(3600));
    return id;
}

} // namespace

class TestSeal : public QObject
{
    Q_OBJECT
private slots:
    void finalizeThenVerify()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 id = closedMeeting(store);
        const auto sealed = store.finalize(id);
        QVERIFY(std::holds_alternative<seal::Sealed>(sealed));
        const seal::Sealed s = std::get<seal::Sealed>(sealed);
        QCOMPARE(s.links, 1 + 3 + 3 + 1); // the meeting, three expected, three events, the record's content
        QCOMPARE(s.finalHash.size(), 64);
        const seal::Verification v = seal::verify(store.db(), id);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.finalHash, s.finalHash);
        const QStringList backups = store::backups(store.backupDir());
        QVERIFY(std::any_of(backups.cbegin(), backups.cend(), [](const QString &b) { return b.contains(QStringLiteral("before-finalize")); }));
        // Finalized: ordinary changes are refused, twice-finalizing too.
        QCOMPARE(attendance::signIn(store.db(), id, roster::all(store.db())[2].id, kStart, kStart, EventKind::RetroSignIn),
                 attendance::Outcome::MeetingClosed);
        QCOMPARE(std::get<seal::Refusal>(store.finalize(id)), seal::Refusal::AlreadyFinalized);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store.db().prepare("UPDATE meeting SET title = 'x' WHERE id = ?1").bind(1, id).run());
        QCOMPARE(roster::rename(store.db(), roster::all(store.db())[0].id, QStringLiteral("改名"), QString()), roster::Renamed::Sealed);
    }

    void onlyClosedMeetingsAreFinalized()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        roster::upsert(store.db(), {{QStringLiteral("张三"), {}, {}, {}}});
        Meeting m;
        m.title = QStringLiteral("例会");
        m.plannedStart = kStart;
        const qint64 id = meetings::create(store.db(), m, {}, kStart);
        QCOMPARE(std::get<seal::Refusal>(store.finalize(id)), seal::Refusal::NotClosed);
        QCOMPARE(std::get<seal::Refusal>(store.finalize(999)), seal::Refusal::NoSuchMeeting);
        QVERIFY(!seal::verify(store.db(), id).ok);
    }

    // Every kind of tampering, done as someone with the file and sqlite3 would.
    void tamperingIsFound_data()
    {
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QString>("found");
        const QString unlock = QStringLiteral("DROP TRIGGER attendance_no_update; DROP TRIGGER attendance_no_delete; "
                                              "DROP TRIGGER meeting_sealed; DROP TRIGGER seal_no_update; DROP TRIGGER seal_no_delete; "
                                              "DROP TRIGGER expected_sealed_delete; DROP TRIGGER expected_sealed_insert");
        QTest::newRow("changed time") << QStringList{unlock, "UPDATE attendance_event SET at = '2026-11-30T08:50:00.000+08:00' WHERE id = 2"} << "changed";
        QTest::newRow("changed name") << QStringList{unlock, "UPDATE person SET name = '张三丰' WHERE id = 1"} << "changed";
        QTest::newRow("changed signature") << QStringList{unlock, "UPDATE attendance_event SET signature = x'00' WHERE id = 1"} << "changed";
        QTest::newRow("changed title") << QStringList{unlock, "UPDATE meeting SET title = '例会'"} << "changed";
        QTest::newRow("deleted event") << QStringList{unlock, "DELETE FROM attendance_event WHERE id = 2"} << "deleted";
        QTest::newRow("deleted expected person") << QStringList{unlock, "DELETE FROM expected WHERE person_id = 3"} << "deleted";
        QTest::newRow("inserted event")
            << QStringList{unlock, "INSERT INTO attendance_event (meeting_id, person_id, kind, at, recorded_at) "
                                   "VALUES (1, 3, 'sign_in', '2026-11-30T09:00:00.000+08:00', '2026-11-30T09:00:00.000+08:00')"}
            << "inserted";
        QTest::newRow("inserted expected person") << QStringList{unlock, "INSERT INTO expected (meeting_id, person_id) VALUES (1, 4)"} << "added";
        QTest::newRow("re-ordered events")
            << QStringList{unlock, "UPDATE attendance_event SET id = 100 WHERE id = 1", "UPDATE attendance_event SET id = 1 WHERE id = 2",
                           "UPDATE attendance_event SET id = 2 WHERE id = 100"}
            << "changed";
        QTest::newRow("changed record") << QStringList{unlock, "DROP TRIGGER record_sealed", "INSERT OR REPLACE INTO record_content VALUES (1, '改写', '')"} << "changed";
        QTest::newRow("altered link") << QStringList{unlock, "UPDATE seal_link SET content = content || 'x' WHERE seq = 3"} << "altered";
        QTest::newRow("deleted link") << QStringList{unlock, "DELETE FROM seal_link WHERE seq = 4"} << "sequence";
    }
    void tamperingIsFound()
    {
        QFETCH(QStringList, sql);
        QFETCH(QString, found);
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 id = closedMeeting(store);
        roster::upsert(store.db(), {{QStringLiteral("赵六"), {}, {}, {}}});
        QVERIFY(std::holds_alternative<seal::Sealed>(store.finalize(id)));
        QVERIFY(seal::verify(store.db(), id).ok);
        for (const QString &s : sql)
            store.db().exec(s.toUtf8().constData());
        const seal::Verification v = seal::verify(store.db(), id);
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(found), qPrintable(v.problem));
    }

    void amendmentsAreChained()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 id = closedMeeting(store);
        const QString before = std::get<seal::Sealed>(store.finalize(id)).finalHash;
        const qint64 wangwu = roster::all(store.db())[2].id;
        QCOMPARE(seal::amend(store.db(), id, wangwu, EventKind::RetroSignIn, kStart.addSecs(600), kStart.addSecs(86400),
                             QStringLiteral("请假作废，实际到会")),
                 attendance::Outcome::Recorded);
        const seal::Verification v = seal::verify(store.db(), id);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.links, 9);
        QVERIFY(v.finalHash != before);
        QCOMPARE(attendance::current(store.db(), *meetings::byId(store.db(), id)).people[wangwu].presence, Presence::Present);
    }

    // The speech used is part of the sealed record (the draft of its 讲话
    // item); changing it afterwards shows, and names the item.
    void speechSnapshotIsSealed()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 id = closedMeeting(store);
        const qint64 item = agenda::ensureSpeechItem(store.db(), id, QStringLiteral("讲话"), kStart);
        QVERIFY(item > 0);
        QCOMPARE(agenda::setDraftText(store.db(), item, QStringLiteral("讲稿.docx"), QStringLiteral("同志们：\n今天开会。"), 6, kStart),
                 agenda::Refusal::None);
        const auto snap = agenda::draft(store.db(), item);
        QVERIFY(snap);
        QCOMPARE(snap->sha256, QString::fromLatin1(
                                   QCryptographicHash::hash(QStringLiteral("同志们：\n今天开会。").toUtf8(), QCryptographicHash::Sha256).toHex()));
        const seal::Sealed sealed = std::get<seal::Sealed>(store.finalize(id));
        QCOMPARE(sealed.links, 1 + 3 + 3 + 1 + 2 + 1); // … the item, its two events (added, draft)
        QCOMPARE(agenda::setDraftText(store.db(), item, QStringLiteral("x"), QStringLiteral("改写"), 2, kStart), agenda::Refusal::Finalized);
        QVERIFY(seal::verify(store.db(), id).ok);
        store.db().exec("DROP TRIGGER agenda_draft_sealed_update");
        store.db().exec("UPDATE agenda_draft SET text = '同志们：\n今天不开会。'");
        const seal::Verification v = seal::verify(store.db(), id);
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QStringLiteral("讲话")), qPrintable(v.problem));
    }

    void prompterLogKeepsItsOrder()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 id = closedMeeting(store);
        using E = speechrecord::PrompterEvent;
        const QList<E> kinds = {E::Started, E::Paused, E::Resumed, E::Finished};
        for (int i = 0; i < kinds.size(); ++i)
            speechrecord::logPrompter(store.db(), id, 0, kinds[i], kStart.addSecs(60 * i));
        const auto log = speechrecord::prompterLog(store.db(), id);
        QCOMPARE(log.size(), 4);
        for (int i = 0; i < kinds.size(); ++i) {
            QCOMPARE(log[i].first, kinds[i]);
            QCOMPARE(log[i].second, kStart.addSecs(60 * i));
        }
    }

    // A database of every earlier schema version opens, migrates and keeps its data.
    void migratesFromVersionOne()
    {
        QTemporaryDir dir;
        {
            store::Database db(MeetingStore::databasePath(dir.path()));
            store::migrate(db, meetingSchema().mid(0, 1), dir.filePath(QStringLiteral("backups")));
            QCOMPARE(db.userVersion(), 1);
            roster::upsert(db, {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}});
            Meeting m;
            m.title = QStringLiteral("旧版本的会议");
            m.plannedStart = kStart;
            const qint64 id = meetings::create(db, m, {{1, Role::Attend}}, kStart);
            // As the version-one program wrote it (today's writes columns it did not have).
            db.prepare("INSERT INTO attendance_event (meeting_id, person_id, kind, at, recorded_at) VALUES (?1, 1, 'sign_in', ?2, ?2)")
                .bind(1, id)
                .bind(2, meetings::timeText(kStart))
                .run();
        }
        MeetingStore store(dir.path());
        QCOMPARE(store.db().userVersion(), meetingSchema().last().version);
        const QStringList backups = store::backups(store.backupDir());
        const QString before = QStringLiteral("before-v%1").arg(meetingSchema().last().version);
        QVERIFY2(std::any_of(backups.cbegin(), backups.cend(), [&](const QString &b) { return b.contains(before); }),
                 qPrintable(backups.join(u' ')));
        const auto m = meetings::byId(store.db(), 1);
        QVERIFY(m);
        QCOMPARE(m->title, QStringLiteral("旧版本的会议"));
        QCOMPARE(attendance::current(store.db(), *m).counts.present, 1);
        QVERIFY(meetings::close(store.db(), 1, kStart.addSecs(3600)));
        QVERIFY(std::holds_alternative<seal::Sealed>(store.finalize(1)));
        QVERIFY(seal::verify(store.db(), 1).ok);
    }
};

QTEST_GUILESS_MAIN(TestSeal)
#include "tst_seal.moc"
