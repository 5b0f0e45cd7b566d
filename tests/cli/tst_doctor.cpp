// lectern doctor, run as an installer would: every check in order with a
// verdict; ready (exit 0) on a fresh data folder; not ready (exit 1, the
// reason named) when the clock is behind the records or the database is
// damaged — and the doctor changes nothing, not even a damaged file. A clock
// behind a record from a clock that ran ahead is accepted by `lectern clock
// accept --reason`, and the room writes again.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

struct Run
{
    int code = -1;
    QJsonObject json;
    QByteArray err;
};

Run lectern(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("LECTERN_BINARY"), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject check(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == name)
            return c.toObject();
    return {};
}

bool exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private slots:
    void aFreshRoomIsReady()
    {
        QTemporaryDir dir;
        const Run r = lectern({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("d"))});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.json.value(QStringLiteral("ready")).toBool());
        QStringList names;
        for (const QJsonValue &c : r.json.value(QStringLiteral("checks")).toArray()) {
            names.append(c.toObject().value(QStringLiteral("name")).toString());
            QVERIFY(QStringList({QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("problem")})
                        .contains(c.toObject().value(QStringLiteral("verdict")).toString()));
            QVERIFY(!c.toObject().value(QStringLiteral("text")).toString().isEmpty());
        }
        QCOMPARE(names, QStringList({QStringLiteral("screens"), QStringLiteral("renderer"), QStringLiteral("fonts"), QStringLiteral("sound"),
                                     QStringLiteral("disk"), QStringLiteral("database"), QStringLiteral("clock"), QStringLiteral("room_server")}));
        // Offscreen here: the screens cannot be seen, which is said, not a failure.
        QCOMPARE(check(r.json, QStringLiteral("screens")).value(QStringLiteral("verdict")).toString(), QStringLiteral("warning"));
        QCOMPARE(check(r.json, QStringLiteral("fonts")).value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QVERIFY(check(r.json, QStringLiteral("disk")).value(QStringLiteral("recording_hours_left")).toDouble() > 0);
        QCOMPARE(check(r.json, QStringLiteral("database")).value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QCOMPARE(check(r.json, QStringLiteral("room_server")).value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("d/lectern.sqlite")))); // looked, made nothing
    }

    void aClockBehindTheRecordsIsNotReady()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("d"));
        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("例会"), QStringLiteral("--start"),
                          QStringLiteral("2026-03-02 09:00"), QStringLiteral("--data-dir"), data}).code, 0);
        QFile roster(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(roster.open(QIODevice::WriteOnly));
        roster.write("姓名,单位\n张三,办公室\n");
        roster.close();
        QCOMPARE(lectern({QStringLiteral("roster"), QStringLiteral("import"), roster.fileName(), QStringLiteral("--data-dir"), data}).code, 0);
        QCOMPARE(lectern({QStringLiteral("signin"), QStringLiteral("1"), QStringLiteral("张三"), QStringLiteral("--data-dir"), data}).code, 0);
        Run r = lectern({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.code, 0);
        // As if a record had been written by a clock far ahead of this one (the log is append-only: added, not changed).
        QVERIFY(exec(QDir(data).filePath(QStringLiteral("lectern.sqlite")),
                     "INSERT INTO attendance_event (meeting_id, person_id, kind, at, recorded_at, reason, approver, signature, channel) "
                     "SELECT meeting_id, person_id, kind, at, '2099-01-01T09:00:00.000+08:00', reason, approver, signature, channel "
                     "FROM attendance_event LIMIT 1"));
        r = lectern({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.json.value(QStringLiteral("ready")).toBool(true));
        const QJsonObject clock = check(r.json, QStringLiteral("clock"));
        QCOMPARE(clock.value(QStringLiteral("verdict")).toString(), QStringLiteral("problem"));
        QVERIFY(clock.value(QStringLiteral("latest_record")).toString().startsWith(QStringLiteral("2099-01-01")));
        const QJsonArray problems = r.json.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toString().startsWith(QStringLiteral("clock: ")));
        // Nothing is written meanwhile; `lectern clock` says why.
        QCOMPARE(lectern({QStringLiteral("leave"), QStringLiteral("1"), QStringLiteral("张三"), QStringLiteral("--reason"), QStringLiteral("出差"),
                          QStringLiteral("--data-dir"), data}).code, 1);
        Run said = lectern({QStringLiteral("clock"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
        QCOMPARE(said.code, 1);
        QVERIFY(!said.json.value(QStringLiteral("ok")).toBool(true));
        // The administrator accepts the clock as it is (the record keeps that and why): the room is ready again.
        QCOMPARE(lectern({QStringLiteral("clock"), QStringLiteral("accept"), QStringLiteral("--data-dir"), data}).code, 2); // no reason
        said = lectern({QStringLiteral("clock"), QStringLiteral("accept"), QStringLiteral("--reason"), QStringLiteral("记录时钟超前，已校时"),
                         QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
        QCOMPARE(said.code, 0);
        QVERIFY(said.json.value(QStringLiteral("set_aside")).toString().startsWith(QStringLiteral("2099-01-01")));
        r = lectern({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.code, 0);
        QCOMPARE(lectern({QStringLiteral("leave"), QStringLiteral("1"), QStringLiteral("张三"), QStringLiteral("--reason"), QStringLiteral("出差"),
                          QStringLiteral("--data-dir"), data}).code, 0);
        // Accepting a clock that is right is refused: there is nothing to accept.
        QCOMPARE(lectern({QStringLiteral("clock"), QStringLiteral("accept"), QStringLiteral("--reason"), QStringLiteral("再次"), QStringLiteral("--data-dir"), data}).code, 1);
        QCOMPARE(lectern({QStringLiteral("clock"), QStringLiteral("--data-dir"), data}).code, 0);
    }

    void aDamagedDatabaseIsNotReadyAndStaysAsItIs()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("d"));
        QCOMPARE(lectern({QStringLiteral("meeting"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("例会"), QStringLiteral("--start"),
                          QStringLiteral("2026-03-02 09:00"), QStringLiteral("--data-dir"), data}).code, 0);
        const QString path = QDir(data).filePath(QStringLiteral("lectern.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 8192);
        for (int i = 4096; i < 8192; ++i) // a page of the schema's tables overwritten
            bytes[i] = char(0xA5);
        f.seek(0);
        f.write(bytes);
        f.close();
        const Run r = lectern({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data});
        QCOMPARE(r.code, 1);
        QCOMPARE(check(r.json, QStringLiteral("database")).value(QStringLiteral("verdict")).toString(), QStringLiteral("problem"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes); // not repaired, not moved: the doctor only looks
        QVERIFY(!QFile::exists(path + QStringLiteral(".damaged")));
    }

    void textAndUsage()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(qEnvironmentVariable("LECTERN_BINARY"), {QStringLiteral("doctor"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("✓ fonts: ") && out.contains("The room is ready."), out.constData());
        QCOMPARE(lectern({QStringLiteral("doctor"), QStringLiteral("now")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
