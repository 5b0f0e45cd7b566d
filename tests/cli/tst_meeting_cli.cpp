// The meetings commands of the real binary, as an administrator's script uses them.
#include "audio/RecordingWriter.h"
#include "formats/ZipArchive.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
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
        // A session has its runtime folder (Qt warns on stderr without one, as the drawing commands start a GUI).
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
            QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
            QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
            p.setProcessEnvironment(env);
        }
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

    // A 党组会 of nine members from the command line, in Chinese: one on
    // leave with written opinions, one withdrawing from item 2, a vote on it,
    // a 干部任免 vote on item 3 without two thirds present (未通过); the
    // minutes and the record show all of it, and the seal names a changed count.
    void aPartyGroupDecides()
    {
        const QByteArray language = qgetenv("LECTERN_LANG");
        qputenv("LECTERN_LANG", "zh_CN");
        const auto restore = qScopeGuard([&] { qputenv("LECTERN_LANG", language); });
        const Lectern lectern;
        const QStringList members = {"王书记", "李明", "赵刚", "孙丽", "周强", "吴芳", "郑华", "冯军", "陈静"};
        QString csv = QStringLiteral("姓名,单位\n");
        for (const QString &n : members)
            csv += n + QStringLiteral(",党组\n");
        csv += QStringLiteral("马秘书,办公室\n高列席,纪检组\n");
        QCOMPARE(lectern({"roster", "import", lectern.file(QStringLiteral("r.csv"), csv.toUtf8())}).exitCode, 0);
        Run r = lectern({"meeting", "create", "--title", "党组会议", "--start", "2026-12-01 09:00", "--place", "三楼会议室", "--chair", "王书记",
                         "--recorder", "马秘书", "--observers", "高列席", "--json"});
        QCOMPARE(r.exitCode, 0);
        for (const QString &n : members.mid(0, 8) + QStringList{"马秘书", "高列席"})
            QCOMPARE(lectern({"signin", "1", n}).exitCode, 0);
        QCOMPARE(lectern({"leave", "1", "陈静", "--reason", "出差", "--approver", "王书记"}).exitCode, 0);
        QCOMPARE(lectern({"agenda", "add", "1", "--title", "审议年度工作要点", "--kind", "审议"}).exitCode, 0);
        QCOMPARE(lectern({"agenda", "add", "1", "--title", "关于采购事项的表决", "--kind", "表决"}).exitCode, 0);
        QCOMPARE(lectern({"agenda", "add", "1", "--title", "干部任免事项", "--kind", "表决", "--matter", "干部任免"}).exitCode, 0);

        // Item 2: 赵刚 withdraws; 陈静's written opinion; the vote.
        QCOMPARE(lectern({"recuse", "1", "2", "赵刚", "--reason", "其亲属参与投标"}).exitCode, 0);
        QCOMPARE(lectern({"opinion", "1", "2", "陈静", "--text", "同意该采购方案。"}).exitCode, 0);
        r = lectern({"opinion", "1", "2", "李明", "--text", "同意"});
        QCOMPARE(r.exitCode, 1); // present: not a written opinion
        QCOMPARE(r.err.count('\n'), 1);
        r = lectern({"agenda", "start", "1", "2"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // 7 of 8 present: no warning
        r = lectern({"vote", "1", "2", "--method", "举手", "--for", "7", "--against", "1", "--abstain", "0"});
        QCOMPARE(r.exitCode, 1); // 8 votes, 7 present
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("只有 7 人在场")), r.err.constData());
        r = lectern({"vote", "1", "2", "--method", "举手", "--for", "6", "--against", "1", "--abstain", "0", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(object(r)["result"].toString(), QStringLiteral("通过"));
        QCOMPARE(lectern({"decision", "1", "2", "--text", "同意采购方案，由办公室组织实施。"}).exitCode, 0);

        // Item 3, 干部任免: three leave the room first; 5 of 9 is not two thirds.
        for (const QString &n : {QStringLiteral("周强"), QStringLiteral("吴芳"), QStringLiteral("冯军")})
            QCOMPARE(lectern({"undo", "1", n, "--reason", "临时离会"}).exitCode, 0);
        const QString scan = lectern.file(QStringLiteral("陈静意见.pdf"), "%PDF-1.4 scanned written opinion");
        QCOMPARE(lectern({"opinion", "1", "3", "陈静", "--file", scan}).exitCode, 0);
        r = lectern({"agenda", "start", "1", "3"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("未达")), r.err.constData()); // warned, started anyway
        r = lectern({"vote", "1", "3", "--method", "无记名", "--for", "5", "--against", "0", "--abstain", "0", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(object(r)["result"].toString(), QStringLiteral("未通过"));
        QCOMPARE(lectern({"decision", "1", "3", "--text", "因未达到法定人数，该事项另行研究。"}).exitCode, 0);

        r = lectern({"meeting", "show", "1", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray items = object(r)["agenda"].toObject()["items"].toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject q2 = items[1].toObject()["quorum"].toObject();
        QCOMPARE(q2["members"].toInt(), 8); // 赵刚 withdrew
        QCOMPARE(q2["recused"].toInt(), 1);
        const QJsonObject q3 = items[2].toObject()["quorum"].toObject();
        QCOMPARE(q3["members"].toInt(), 9);
        QCOMPARE(q3["present"].toInt(), 5);
        QCOMPARE(q3["required"].toInt(), 6);
        QCOMPARE(q3["met"].toBool(), false);
        QCOMPARE(items[2].toObject()["matter"].toString(), QStringLiteral("appointment"));
        const QJsonArray votes2 = items[1].toObject()["votes"].toArray();
        QCOMPARE(votes2.size(), 1);
        QCOMPARE(votes2[0].toObject()["for"].toInt(), 6);
        QCOMPARE(votes2[0].toObject()["method"].toString(), QStringLiteral("举手"));
        QCOMPARE(items[1].toObject()["recusals"].toArray()[0].toObject()["person"].toString(), QStringLiteral("赵刚"));
        QCOMPARE(items[2].toObject()["opinions"].toArray()[0].toObject()["file"].toString(), QStringLiteral("陈静意见.pdf"));

        // The minutes and the record.
        const QString docx = lectern.file(QStringLiteral("纪要.docx"), {});
        QCOMPARE(lectern({"export", "1", "--what", "minutes", "--format", "docx", "--out", docx}).exitCode, 0);
        QFile f(docx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QString error;
        const auto zip = lectern::ZipArchive::open(bytes, lectern::ImportLimits{}, &error);
        QVERIFY2(zip, qPrintable(error));
        const QString minutes = QString::fromUtf8(*zip->read("word/document.xml", &error));
        const QString pdf = lectern.file(QStringLiteral("记录.pdf"), {});
        QCOMPARE(lectern({"export", "1", "--what", "record", "--format", "pdf", "--out", pdf}).exitCode, 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString record = QString::fromUtf8(text.readAllStandardOutput()).remove(u'\n').remove(u' ');
        // What both show (the record has its own form for the people: its fields are checked by tst_exports).
        const QStringList both = {QStringLiteral("赵刚回避（其亲属参与投标）。"), QStringLiteral("陈静的书面意见：同意该采购方案。"), QStringLiteral("陈静意见.pdf"),
                                  QStringLiteral("举手表决：应到 8 人（回避 1），实到 7 人；同意 6 票，不同意 1 票，弃权 0 票；通过。"),
                                  QStringLiteral("议定：同意采购方案，由办公室组织实施。"),
                                  QStringLiteral("无记名投票：应到 9 人，实到 5 人；同意 5 票，不同意 0 票，弃权 0 票；未达法定人数（需 6 人）；未通过。"),
                                  QStringLiteral("议定：因未达到法定人数，该事项另行研究。")};
        const QStringList minutesOnly = {QStringLiteral("党组会议纪要"), QStringLiteral("主持：王书记"), QStringLiteral("记录：马秘书"),
                                         QStringLiteral("列席：高列席"), QStringLiteral("请假：陈静（出差"), QStringLiteral("一、审议年度工作要点"),
                                         QStringLiteral("二、关于采购事项的表决"), QStringLiteral("三、干部任免事项")};
        for (const QString &expected : both + minutesOnly)
            QVERIFY2(minutes.contains(expected), qPrintable(expected));
        QVERIFY(!minutes.contains(QStringLiteral("出席：王书记、李明、赵刚、孙丽、周强")) && minutes.contains(QStringLiteral("出席：王书记")));
        for (const QString &expected : both)
            QVERIFY2(record.contains(QString(expected).remove(u' ')), qPrintable(expected + QStringLiteral("\n--- not in the record ---\n") + record));

        // Sealed: a changed count is named.
        QCOMPARE(lectern({"meeting", "close", "1"}).exitCode, 0);
        QCOMPARE(lectern({"meeting", "finalize", "1"}).exitCode, 0);
        QCOMPARE(lectern({"verify", "1"}).exitCode, 0);
        r = lectern({"vote", "1", "3", "--method", "举手", "--for", "1", "--reason", "补"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("定稿")), r.err.constData());
        {
            lectern::store::Database db(lectern.database());
            db.exec("DROP TRIGGER decision_no_update");
            db.exec("UPDATE decision_event SET votes_for = 7 WHERE kind = 'vote' AND votes_for = 6");
        }
        r = lectern({"verify", "1"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("关于采购事项的表决")) && QString::fromUtf8(r.err).contains(QStringLiteral("同意票数：6 → 7")),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
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
        QTest::newRow("recuse without a reason") << QStringList{"recuse", "1", "2", "张三"} << 2;
        QTest::newRow("vote without a method") << QStringList{"vote", "1", "2", "--for", "3"} << 2;
        QTest::newRow("vote with a bad count") << QStringList{"vote", "1", "2", "--method", "举手", "--for", "三"} << 2;
        QTest::newRow("vote of no meeting") << QStringList{"vote", "9", "2", "--method", "举手", "--for", "3"} << 1;
        QTest::newRow("ballots of a vote by hands") << QStringList{"vote", "1", "2", "--method", "举手", "--ballots", "张三=同意"} << 2;
        QTest::newRow("opinion of nothing") << QStringList{"opinion", "1", "2", "张三"} << 2;
        QTest::newRow("opinion from a missing file") << QStringList{"opinion", "1", "2", "张三", "--file", "/nonexistent/意见.pdf"} << 1;
        QTest::newRow("decision without text") << QStringList{"decision", "1", "2"} << 2;
        QTest::newRow("minutes as pdf") << QStringList{"export", "1", "--what", "minutes", "--format", "pdf", "--out", "x.pdf"} << 2;
        QTest::newRow("agenda matter unknown") << QStringList{"agenda", "matter", "1", "2", "人事"} << 1;
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
