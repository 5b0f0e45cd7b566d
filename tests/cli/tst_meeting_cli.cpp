// The meetings commands of the real binary, as an administrator's script uses them.
#include "audio/RecordingWriter.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run { int exitCode; QByteArray out; QByteArray err; };

class Lectern
{
public:
    Lectern() { QVERIFY(m_dir.isValid()); }
    Run operator()(QStringList args) const
    {
        args << QStringLiteral("--data-dir") << m_dir.filePath(QStringLiteral("data"));
        QProcess p;
        p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
        if (!p.waitForFinished(60000))
            qFatal("lectern did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString database() const { return m_dir.filePath(QStringLiteral("data/lectern.sqlite")); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private:
    QTemporaryDir m_dir;
};

QJsonObject object(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }

} // namespace

class TestMeetingCli : public QObject
{
    Q_OBJECT
private slots:
    void aMeetingFromRosterToCounts()
    {
        const Lectern lectern;
        const QString roster = lectern.file(QStringLiteral("名单.csv"),
            QStringLiteral("会议名单,,\n姓名,单位,手机\n张三,办公室,13800138000\n张伟,办公室,\n张伟,财务处,\n,人事处,\n李四,财务处,\n").toUtf8());
        Run r = lectern({QStringLiteral("roster"), QStringLiteral("import"), roster, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = object(r);
        QCOMPARE(o["imported"].toInt(), 4);
        QCOMPARE(o["updated"].toInt(), 0);
        QCOMPARE(o["rejected"].toArray().size(), 1);
        QCOMPARE(o["rejected"].toArray()[0].toObject()["row"].toInt(), 6);

        r = lectern({QStringLiteral("roster"), QStringLiteral("search"), QStringLiteral("zw"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray found = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].toObject()["name"].toString(), QStringLiteral("张伟"));
        QVERIFY(found[0].toObject()["unit"].toString() != found[1].toObject()["unit"].toString());

        r = lectern({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("集体约谈会"),
                     QStringLiteral("--start"), QStringLiteral("2026-11-30 09:00"), QStringLiteral("--grace-min"), QStringLiteral("5"),
                     QStringLiteral("--end"), QStringLiteral("2026-11-30 10:30"), QStringLiteral("--session"), QStringLiteral("第3次"),
                     QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString meeting = QString::number(object(r)["id"].toInt());
        QCOMPARE(meeting, QStringLiteral("1"));

        QCOMPARE(lectern({QStringLiteral("signin"), meeting, QStringLiteral("张三"), QStringLiteral("--at"), QStringLiteral("2026-11-30 08:58")}).exitCode, 0);
        r = lectern({QStringLiteral("signin"), meeting, QStringLiteral("张三"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(object(r)["already_signed_in"].toBool(), true);
        QCOMPARE(object(r)["recorded"].toBool(), false);

        // An ambiguous name is refused with the candidates and their units.
        r = lectern({QStringLiteral("signin"), meeting, QStringLiteral("张伟")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("办公室") && r.err.contains("财务处"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);

        QCOMPARE(lectern({QStringLiteral("signin"), meeting, QStringLiteral("3"), QStringLiteral("--at"), QStringLiteral("2026-11-30 09:06")}).exitCode, 0);
        QCOMPARE(lectern({QStringLiteral("leave"), meeting, QStringLiteral("李四"), QStringLiteral("--reason"), QStringLiteral("出差"),
                          QStringLiteral("--approver"), QStringLiteral("王书记")}).exitCode, 0);

        r = lectern({QStringLiteral("meeting"), QStringLiteral("show"), meeting, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(object(r)["session"].toString(), QStringLiteral("第3次"));
        QCOMPARE(object(r)["end"].toString(), QStringLiteral("2026-11-30 10:30"));
        const QJsonObject counts = object(r)["counts"].toObject();
        QCOMPARE(counts["expected"].toInt(), 4);
        QCOMPARE(counts["present"].toInt(), 2);
        QCOMPARE(counts["leave"].toInt(), 1);
        QCOMPARE(counts["absent"].toInt(), 1);
        QCOMPARE(counts["late"].toInt(), 1);
        QCOMPARE(counts["rate"].toDouble(), 0.5);

        QCOMPARE(lectern({QStringLiteral("undo"), meeting, QStringLiteral("张三"), QStringLiteral("--reason"), QStringLiteral("签错了")}).exitCode, 0);
        QCOMPARE(object(lectern({QStringLiteral("meeting"), QStringLiteral("show"), meeting, QStringLiteral("--json")}))["counts"].toObject()["present"].toInt(), 1);

        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("close"), meeting}).exitCode, 0);
        r = lectern({QStringLiteral("signin"), meeting, QStringLiteral("张三")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("closed"));
        QCOMPARE(lectern({QStringLiteral("signin"), meeting, QStringLiteral("张三"), QStringLiteral("--retro"), QStringLiteral("--at"),
                          QStringLiteral("2026-11-30 09:02")}).exitCode, 0);
        r = lectern({QStringLiteral("meeting"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array()[0].toObject()["state"].toString(), QStringLiteral("closed"));
    }

    void finalizeVerifyAndTamper()
    {
        const Lectern lectern;
        const QString roster = lectern.file(QStringLiteral("r.csv"), QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n").toUtf8());
        QCOMPARE(lectern({QStringLiteral("roster"), QStringLiteral("import"), roster}).exitCode, 0);
        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("约谈会"),
                          QStringLiteral("--start"), QStringLiteral("2026-11-30 09:00")}).exitCode, 0);
        QCOMPARE(lectern({QStringLiteral("signin"), QStringLiteral("1"), QStringLiteral("张三"), QStringLiteral("--at"), QStringLiteral("2026-11-30 08:59")}).exitCode, 0);
        Run r = lectern({QStringLiteral("meeting"), QStringLiteral("finalize"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1); // still open
        QVERIFY(r.err.contains("close"));
        r = lectern({QStringLiteral("meeting"), QStringLiteral("speech"), QStringLiteral("1"),
                     qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(object(r)["sha256"].toString().size(), 64);
        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("close"), QStringLiteral("1")}).exitCode, 0);
        r = lectern({QStringLiteral("meeting"), QStringLiteral("finalize"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QString hash = object(r)["hash"].toString();
        QCOMPARE(hash.size(), 64);
        r = lectern({QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(object(r)["hash"].toString(), hash);
        // After finalizing: a plain sign-in is refused, an amendment is chained.
        r = lectern({QStringLiteral("signin"), QStringLiteral("1"), QStringLiteral("李四")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--amend"));
        QCOMPARE(lectern({QStringLiteral("signin"), QStringLiteral("1"), QStringLiteral("李四"), QStringLiteral("--amend"),
                          QStringLiteral("签到机故障，现场确认到会"), QStringLiteral("--at"), QStringLiteral("2026-11-30 09:01")}).exitCode, 0);
        QCOMPARE(lectern({QStringLiteral("verify"), QStringLiteral("1")}).exitCode, 0);
        // Someone with the file changes a sign-in time: verify names the link, exit 1.
        {
            lectern::store::Database db(lectern.database());
            db.exec("DROP TRIGGER attendance_no_update");
            db.exec("UPDATE attendance_event SET at = '2026-11-30T08:30:00.000+08:00' WHERE id = 1");
        }
        r = lectern({QStringLiteral("verify"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("link") && r.err.contains("changed"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    // A meeting's recording from the command line: listed by show, holding
    // finalize back while it runs, sealed, and its file checked by verify.
    void aRecordingIsListedSealedAndChecked()
    {
        const Lectern lectern;
        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("录音的会"),
                          QStringLiteral("--start"), QStringLiteral("2026-12-06 09:00")}).exitCode, 0);
        const QDateTime at(QDate(2026, 12, 6), QTime(9, 1));
        const QString file = lectern::recordings::newFileName(1, at);
        const QString path = QDir(lectern.dataDir()).filePath(file);
        qint64 take = 0;
        {
            lectern::MeetingStore store(lectern.dataDir());
            take = lectern::recordings::begin(store.db(), 1, file, at, 16000).value_or(0);
            QVERIFY(take > 0);
        }
        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("close"), QStringLiteral("1")}).exitCode, 0);
        Run r = lectern({QStringLiteral("meeting"), QStringLiteral("finalize"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1); // a take still being recorded
        QVERIFY2(r.err.contains("recorded"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        {
            QDir().mkpath(lectern::recordings::folder(lectern.dataDir()));
            lectern::audio::RecordingWriter w;
            QVERIFY(w.open(path, 16000));
            std::vector<float> tone(16000 * 3, 0.2f);
            QVERIFY(w.write(tone.data(), tone.size()));
            QVERIFY(w.close());
            lectern::MeetingStore store(lectern.dataDir());
            lectern::recordings::finish(store.db(), take, 3000, lectern::recordings::fileSha256(path), lectern::recordings::State::Complete);
        }
        r = lectern({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray takes = object(r)["recordings"].toArray();
        QCOMPARE(takes.size(), 1);
        QCOMPARE(takes[0].toObject()["file"].toString(), path);
        QCOMPARE(takes[0].toObject()["duration_ms"].toInt(), 3000);
        QCOMPARE(takes[0].toObject()["state"].toString(), QStringLiteral("complete"));
        QCOMPARE(takes[0].toObject()["sha256"].toString(), lectern::recordings::fileSha256(path));
        r = lectern({QStringLiteral("meeting"), QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY(r.out.contains(lectern::recordings::fileSha256(path).toUtf8()));

        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("finalize"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(lectern({QStringLiteral("verify"), QStringLiteral("1")}).exitCode, 0);
        // The sound itself changed after sealing: verify says which recording, exit 1.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("\0", 1);
        }
        r = lectern({QStringLiteral("verify"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QFile::remove(path);
        r = lectern({QStringLiteral("verify"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(object(r)["problem"].toString().contains(file));
    }

    // The agenda from the command line: items with speakers, drafts and
    // times; moves and removals; the timing in `agenda list` and `meeting show`.
    void anAgendaFromTheCommandLine()
    {
        const Lectern lectern;
        const QString roster = lectern.file(QStringLiteral("名单.csv"), QStringLiteral("姓名,单位,职务\n刘建华,县政府,县长\n王芳,农业局,局长\n").toUtf8());
        QCOMPARE(lectern({QStringLiteral("roster"), QStringLiteral("import"), roster}).exitCode, 0);
        QCOMPARE(lectern({"meeting", "create", "--title", "全县春耕工作会议", "--start", "2030-03-08 09:00", "--end", "2030-03-08 10:00"}).exitCode, 0);
        QString text = QStringLiteral("同志们：\n\n");
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("各乡镇要把粮食播种面积分解落实到村到户到田块。\n\n"); // 22 Han characters each
        const QString draft = lectern.file(QStringLiteral("汇报.txt"), text.toUtf8());
        Run r = lectern({"agenda", "add", "1", "--title", "主持词", "--kind", "主持", "--speaker", "刘建华", "--minutes", "5", "--json"});
        QCOMPARE(r.exitCode, 0);
        const int host = object(r)["id"].toInt();
        r = lectern({"agenda", "add", "1", "--title", "农业工作汇报", "--kind", "汇报", "--speaker", "王芳", "--draft", draft, "--json"});
        QCOMPARE(r.exitCode, 0);
        const int report = object(r)["id"].toInt();
        r = lectern({"agenda", "add", "1", "--kind", "休息", "--minutes", "10", "--json"});
        QCOMPARE(r.exitCode, 0);
        const int pause = object(r)["id"].toInt();
        r = lectern({"agenda", "add", "1", "--title", "专家点评", "--kind", "发言", "--speaker", "周教授", "--role", "省委党校", "--minutes", "15",
                     "--observers", "王芳", "--json"});
        QCOMPARE(r.exitCode, 0);
        const int guest = object(r)["id"].toInt();
        QCOMPARE(lectern({"agenda", "move", "1", QString::number(guest), "--to", "2"}).exitCode, 0);
        QCOMPARE(lectern({"agenda", "remove", "1", QString::number(pause)}).exitCode, 0);

        r = lectern({"agenda", "list", "1", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray items = object(r)["items"].toArray();
        QCOMPARE(items.size(), 3);
        QStringList order;
        for (const QJsonValue v : items)
            order.append(v["title"].toString());
        QCOMPARE(order, (QStringList{"主持词", "专家点评", "农业工作汇报"}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(items[i]["position"].toInt(), i + 1);
        QCOMPARE(items[0]["id"].toInt(), host);
        QCOMPARE(items[0]["speaker"].toString(), QStringLiteral("刘建华"));
        QCOMPARE(items[0]["kind"].toString(), QStringLiteral("host"));
        QCOMPARE(items[0]["planned_s"].toInt(), 300);
        QCOMPARE(items[1]["speaker"].toString(), QStringLiteral("周教授"));
        QVERIFY(!items[1].toObject().contains("speaker_id")); // a guest
        QCOMPARE(items[1]["observers"].toArray(), QJsonArray{"王芳"}); // 列席 for this item only
        QCOMPARE(items[1]["attended"].toArray(), QJsonArray{}); // not started: nobody yet
        const Run unknown = lectern({"agenda", "add", "1", "--title", "再点评", "--kind", "发言", "--observers", "王芳,没这个人"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(QString::fromUtf8(unknown.err).contains(QStringLiteral("没这个人")), unknown.err.constData());
        QCOMPARE(items[2]["id"].toInt(), report);
        const int han = items[2]["han_chars"].toInt();
        QCOMPARE(han, 3 + 30 * 22);
        QCOMPARE(items[2]["planned_s"].toInt(), qRound(han / 3.0)); // 180 字/分钟: nothing learned yet
        QCOMPARE(items[2]["draft_sha256"].toString().size(), 64);
        QCOMPARE(items[2]["actual_start"].toString(), QString());
        // Planned from 09:00: 5 + 15 + 3:41 minutes, within the hour.
        QCOMPARE(object(r)["projected_end"].toString(), QStringLiteral("2030-03-08 09:23"));
        QCOMPARE(object(r)["overrun"].toBool(), false);

        // The meeting's speech is the draft of its first 讲话 item: there is none yet, so one is added.
        QCOMPARE(lectern({"meeting", "speech", "1", draft}).exitCode, 0);
        r = lectern({"meeting", "show", "1", "--json"});
        const QJsonObject agenda = object(r)["agenda"].toObject();
        QCOMPARE(agenda["items"].toArray().size(), 4);
        QCOMPARE(agenda["items"].toArray().last()["kind"].toString(), QStringLiteral("speech"));
        QCOMPARE(agenda["projected_end"].toString(), QStringLiteral("2030-03-08 09:27"));

        // A new draft for an item; a bad one changes nothing.
        const QString empty = lectern.file(QStringLiteral("空.txt"), QByteArray());
        r = lectern({"agenda", "draft", "1", QString::number(report), empty});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(empty.toUtf8() + ": "), r.err.constData());
        r = lectern({"agenda", "add", "1", "--title", "再汇报", "--kind", "汇报", "--draft", empty});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(object(lectern({"agenda", "list", "1", "--json"}))["items"].toArray().size(), 4); // no item added
        // The text of an item and a live edit of it.
        r = lectern({"agenda", "text", "1", QString::number(report), "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray blocks = object(r)["blocks"].toArray();
        QCOMPARE(blocks.size(), 31);
        QCOMPARE(blocks[0]["text"].toString(), QStringLiteral("同志们："));
        QCOMPARE(lectern({"agenda", "edit", "1", QString::number(report), "--block", "1", "--text", "同志们、朋友们："}).exitCode, 0);
        QCOMPARE(lectern({"agenda", "edit", "1", QString::number(report), "--after", "1", "--text", "今天的会议很重要。"}).exitCode, 0);
        QCOMPARE(lectern({"agenda", "edit", "1", QString::number(report), "--block", "31", "--delete"}).exitCode, 0);
        const QJsonArray edited = object(lectern({"agenda", "text", "1", QString::number(report), "--json"}))["blocks"].toArray();
        QCOMPARE(edited.size(), 31);
        QCOMPARE(edited[0]["text"].toString(), QStringLiteral("同志们、朋友们："));
        QCOMPARE(edited[1]["text"].toString(), QStringLiteral("今天的会议很重要。"));
        QCOMPARE(edited[1]["id"].toInt(), 2);
        QCOMPARE(lectern({"agenda", "edit", "1", QString::number(report), "--block", "1"}).exitCode, 2);
        QCOMPARE(lectern({"agenda", "edit", "1", QString::number(report), "--block", "99", "--text", "x"}).exitCode, 1);
        // Sealed: the agenda no longer changes.
        QCOMPARE(lectern({"meeting", "close", "1"}).exitCode, 0);
        QCOMPARE(lectern({"meeting", "finalize", "1"}).exitCode, 0);
        QCOMPARE(lectern({"verify", "1"}).exitCode, 0);
        r = lectern({"agenda", "move", "1", QString::number(report), "--to", "1"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        // Changed behind the kiosk's back: verify names the item.
        {
            lectern::store::Database db(lectern.database());
            db.exec("DROP TRIGGER agenda_item_sealed_update");
            db.exec("UPDATE agenda_item SET title = '农业农村工作汇报' WHERE title = '农业工作汇报'");
        }
        r = lectern({"verify", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("农业农村工作汇报")), r.err.constData());
    }

    void usageAndDataErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("roster without a verb") << QStringList{"roster"} << 2;
        QTest::newRow("import without a file") << QStringList{"roster", "import"} << 2;
        QTest::newRow("import of a missing file") << QStringList{"roster", "import", "/nonexistent/名单.csv"} << 1;
        QTest::newRow("create without a title") << QStringList{"meeting", "create", "--start", "2026-11-30 09:00"} << 2;
        QTest::newRow("create with a bad time") << QStringList{"meeting", "create", "--title", "会", "--start", "明天"} << 2;
        QTest::newRow("create ending before it starts")
            << QStringList{"meeting", "create", "--title", "会", "--start", "2026-11-30 09:00", "--end", "2026-11-30 08:00"} << 2;
        QTest::newRow("unknown option") << QStringList{"meeting", "list", "--colour"} << 2;
        QTest::newRow("show of no meeting") << QStringList{"meeting", "show", "42"} << 1;
        QTest::newRow("signin with one argument") << QStringList{"signin", "1"} << 2;
        QTest::newRow("undo without a reason") << QStringList{"undo", "1", "张三"} << 2;
        QTest::newRow("agenda without a verb") << QStringList{"agenda"} << 2;
        QTest::newRow("agenda add of no meeting") << QStringList{"agenda", "add", "7", "--title", "汇报", "--kind", "汇报"} << 1;
        QTest::newRow("agenda move without an item") << QStringList{"agenda", "move", "1"} << 2;
        QTest::newRow("agenda draft without a file") << QStringList{"agenda", "draft", "1", "2"} << 2;
    }
    void usageAndDataErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Lectern lectern;
        const Run r = lectern(args);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count('\n'), 1); // one line naming the problem
        QVERIFY(r.out.isEmpty());
    }

};

QTEST_GUILESS_MAIN(TestMeetingCli)
#include "tst_meeting_cli.moc"
