// The secretary's console as the screen uses it: meetings created and edited
// (and refused with one line when a field is wrong), a roster imported with
// its rejected rows listed, the record kept, the meeting closed, finalized
// and exported to a folder whole; today's meeting summarised for the home
// screen; the places offered for importing and exporting.
#include "console/ExportFolders.h"
#include "console/MeetingConsole.h"
#include "console/MeetingSummary.h"
#include "meeting/MeetingRules.h"
#include "meeting/AttendanceLog.h"
#include "audio/RecordingWriter.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"
#include "meeting/Roster.h"
#include "records/MeetingExport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QVariantMap meetingFields(const QString &title = QStringLiteral("党组会"))
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("kind"), QStringLiteral("党组会议")},
            {QStringLiteral("place"), QStringLiteral("第一会议室")},
            {QStringLiteral("start"), QStringLiteral("2026-12-07 09:00")},
            {QStringLiteral("end"), QStringLiteral("2026-12-07 11:00")},
            {QStringLiteral("chair"), QStringLiteral("张三")},
            {QStringLiteral("recorder"), QStringLiteral("李四")},
            {QStringLiteral("grace_min"), QStringLiteral("5")}};
}

// A console on a fresh data folder with a roster of three (and one bad row).
struct Fixture
{
    QTemporaryDir dir;
    MeetingConsole console;
    std::unique_ptr<QAbstractItemModelTester> tester;
    Fixture()
    {
        write(dir.filePath(QStringLiteral("imports/名单.csv")),
              QStringLiteral("姓名,单位\n张三,办公室\n李四,财务处\n,人事处\n王五,人事处\n").toUtf8());
        console.setDataDir(dir.path());
        tester = std::make_unique<QAbstractItemModelTester>(console.meetings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
};

} // namespace

class TestMeetingConsole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importsARosterAndListsTheRejectedRows()
    {
        Fixture f;
        QVERIFY(f.console.ready());
        QSignalSpy roster(&f.console, &MeetingConsole::rosterChanged);
        QVERIFY(f.console.importRoster(QUrl::fromLocalFile(f.dir.filePath(QStringLiteral("imports/名单.csv"))).toString()));
        QCOMPARE(f.console.rosterCount(), 3);
        QCOMPARE(f.console.rejectedRows().size(), 1);
        QVERIFY2(f.console.rejectedRows().first().startsWith(QStringLiteral("row 4")), qPrintable(f.console.rejectedRows().first()));
        QVERIFY(!roster.isEmpty());
        QVERIFY(!f.console.failed());
        QVERIFY(f.console.message().contains(QStringLiteral("3 new")));
        // Not a roster: one line naming the file, nothing imported.
        write(f.dir.filePath(QStringLiteral("bad.xlsx")), QByteArray("PK\x03\x04 not a zip at all"));
        QVERIFY(!f.console.importRoster(f.dir.filePath(QStringLiteral("bad.xlsx"))));
        QVERIFY(f.console.failed());
        QVERIFY(f.console.message().startsWith(f.dir.filePath(QStringLiteral("bad.xlsx")) + QStringLiteral(": ")));
        QVERIFY(!f.console.message().contains(u'\n'));
        QCOMPARE(f.console.rosterCount(), 3);
    }

    void createsAndEditsAMeeting()
    {
        Fixture f;
        QVERIFY(f.console.importRoster(f.dir.filePath(QStringLiteral("imports/名单.csv"))));
        QSignalSpy rows(f.console.meetings(), &QAbstractItemModel::modelReset);
        const int id = f.console.saveMeeting(meetingFields());
        QVERIFY(id > 0);
        QCOMPARE(f.console.meetingId(), id);
        QCOMPARE(f.console.meetings()->rowCount(), 1);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(f.console.title(), QStringLiteral("党组会"));
        QCOMPARE(f.console.field(QStringLiteral("start")), QStringLiteral("2026-12-07 09:00"));
        QCOMPARE(f.console.field(QStringLiteral("grace_min")), QStringLiteral("5"));
        QVERIFY2(f.console.countsText().startsWith(QStringLiteral("expected 3 ")), qPrintable(f.console.countsText()));
        QCOMPARE(f.console.stateKey(), QStringLiteral("open"));
        // Edited: the same meeting, the new details.
        QVariantMap changed = meetingFields(QStringLiteral("党组会（扩大）"));
        changed.insert(QStringLiteral("id"), id);
        changed.insert(QStringLiteral("place"), QStringLiteral("第二会议室"));
        QCOMPARE(f.console.saveMeeting(changed), id);
        QCOMPARE(f.console.meetings()->rowCount(), 1);
        QCOMPARE(f.console.title(), QStringLiteral("党组会（扩大）"));
        QCOMPARE(f.console.field(QStringLiteral("place")), QStringLiteral("第二会议室"));
        QCOMPARE(f.console.meetings()->data(f.console.meetings()->index(0), MeetingListModel::TitleRole).toString(),
                 QStringLiteral("党组会（扩大）"));
        // The chair and the recorder in their roles.
        MeetingStore store(f.dir.path());
        int chairs = 0, recorders = 0;
        for (const Expected &e : meetings::expected(store.db(), id)) {
            chairs += e.role == Role::Chair;
            recorders += e.role == Role::Record;
        }
        QCOMPARE(chairs, 1);
        QCOMPARE(recorders, 1);
    }

    // Who is expected, as what, chosen person by person and saved with the meeting.
    void choosingWhoIsExpected()
    {
        Fixture f;
        QAbstractItemModelTester people(f.console.expectedPeople(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(f.console.importRoster(f.dir.filePath(QStringLiteral("imports/名单.csv"))));
        ExpectedPeopleModel *m = f.console.expectedPeople();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->expectedCount(), 3); // a new meeting: everyone attending
        auto roleOf = [m](int row) { return m->data(m->index(row), ExpectedPeopleModel::RoleKeyRole).toString(); };
        QCOMPARE(roleOf(0), QStringLiteral("attend"));
        QSignalSpy counted(m, &ExpectedPeopleModel::expectedCountChanged);
        QVERIFY(m->setRole(1, QStringLiteral("observe")));
        QVERIFY(m->setRole(2, QString()));
        QVERIFY(!m->setRole(0, QStringLiteral("karaoke")));
        QVERIFY(!m->setRole(7, QStringLiteral("attend")));
        QCOMPARE(m->expectedCount(), 2);
        QVERIFY(!counted.isEmpty());
        const int id = f.console.saveMeeting(meetingFields()); // names 张三 chair and 李四 recorder…
        QVERIFY(id > 0);
        MeetingStore store(f.dir.path());
        QHash<qint64, Role> saved;
        for (const Expected &e : meetings::expected(store.db(), id))
            saved.insert(e.personId, e.role);
        QCOMPARE(saved.size(), 2); // …but the list was edited: as the list says
        QCOMPARE(saved.value(m->rows().at(1).person.id), Role::Observe);
        QVERIFY(!saved.contains(m->rows().at(2).person.id));
        // Chosen again later: the list shows what was saved.
        f.console.setMeetingId(0);
        QCOMPARE(m->expectedCount(), 3);
        f.console.setMeetingId(id);
        QCOMPARE(roleOf(1), QStringLiteral("observe"));
        QCOMPARE(roleOf(2), QString());
        m->setAll(QString());
        QCOMPARE(m->expectedCount(), 0);
    }

    void refusesAWrongField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("no title") << "title" << "  " << "title";
        QTest::newRow("start not a time") << "start" << "明天上午" << "2026-12-06 09:00";
        QTest::newRow("end before start") << "end" << "2026-12-07 08:00" << "after the start";
        QTest::newRow("end not a time") << "end" << "11点" << "after the start";
        QTest::newRow("grace not a number") << "grace_min" << "五" << "minutes";
        QTest::newRow("grace negative") << "grace_min" << "-1" << "minutes";
        QTest::newRow("grace over a day") << "grace_min" << "1441" << "minutes";
    }
    void refusesAWrongField()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, says);
        Fixture f;
        QVariantMap fields = meetingFields();
        fields.insert(key, value);
        QSignalSpy said(&f.console, &MeetingConsole::messageChanged);
        QCOMPARE(f.console.saveMeeting(fields), 0);
        QCOMPARE(said.size(), 1);
        QVERIFY(f.console.failed());
        QVERIFY2(f.console.message().contains(says), qPrintable(f.console.message()));
        QCOMPARE(f.console.meetings()->rowCount(), 0);
    }

    void recordCloseFinalizeAndExport()
    {
        Fixture f;
        QVERIFY(f.console.importRoster(f.dir.filePath(QStringLiteral("imports/名单.csv"))));
        const int id = f.console.saveMeeting(meetingFields());
        QVERIFY(id > 0);
        {
            MeetingStore store(f.dir.path());
            const Meeting m = *meetings::byId(store.db(), id);
            QCOMPARE(attendance::signIn(store.db(), id, roster::all(store.db()).first().id, m.plannedStart, m.plannedStart),
                     attendance::Outcome::Recorded);
        }
        QVERIFY(f.console.saveRecord(QStringLiteral("一、传达学习文件精神。"), QStringLiteral("同意上报。")));
        QCOMPARE(f.console.notes(), QStringLiteral("一、传达学习文件精神。"));
        QVERIFY(!f.console.finalizeMeeting()); // open: close it first
        QVERIFY(f.console.message().contains(QStringLiteral("Close")));
        QVERIFY(f.console.closeMeeting());
        QCOMPARE(f.console.stateKey(), QStringLiteral("closed"));
        QVariantMap late = meetingFields(QStringLiteral("改名"));
        late.insert(QStringLiteral("id"), id);
        QCOMPARE(f.console.saveMeeting(late), 0); // closed: its details stay
        QCOMPARE(f.console.title(), QStringLiteral("党组会"));
        QVERIFY(!f.console.closeMeeting());
        QVERIFY(f.console.finalizeMeeting());
        QCOMPARE(f.console.stateKey(), QStringLiteral("finalized"));
        QVERIFY(!f.console.saveRecord(QStringLiteral("改写"), QString())); // sealed
        QCOMPARE(f.console.notes(), QStringLiteral("一、传达学习文件精神。"));

        // Exported whole into the chosen folder; no half-written file left.
        QTemporaryDir stick;
        QVERIFY(f.console.exportTo(stick.path()));
        const QStringList files = QDir(stick.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 5); // with the minutes (.docx)
        for (const QString &name : files) {
            QVERIFY2(name.startsWith(QStringLiteral("2026-12-07 党组会 ")), qPrintable(name));
            QVERIFY(!name.endsWith(QStringLiteral(".part")));
            QVERIFY(QFileInfo(QDir(stick.path()).filePath(name)).size() > 0);
        }
        QVERIFY(files.filter(QStringLiteral(".pdf")).size() == 2 && files.filter(QStringLiteral(".xlsx")).size() == 1 && files.filter(QStringLiteral(".docx")).size() == 1);
        // A folder that is not there: one line naming it, nothing written.
        QVERIFY(!f.console.exportTo(stick.filePath(QStringLiteral("gone"))));
        QVERIFY(f.console.message().startsWith(stick.filePath(QStringLiteral("gone"))));
        QCOMPARE(QDir(stick.path()).entryList(QDir::Files).size(), 5);
    }

    // The meeting's takes in the record tab (state, length, hash, playable),
    // and filed with the export: each copy checked against its recorded hash.
    void recordingsAreListedAndExported()
    {
        Fixture f;
        QVERIFY(f.console.importRoster(f.dir.filePath(QStringLiteral("imports/名单.csv"))));
        const int id = f.console.saveMeeting(meetingFields());
        QVERIFY(id > 0);
        QAbstractItemModelTester takesTester(f.console.recordings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(f.console.recordings()->rowCount(), 0);
        QString path;
        {
            MeetingStore store(f.dir.path());
            const QDateTime at = QDateTime::currentDateTime();
            const QString file = recordings::newFileName(id, at);
            QDir().mkpath(recordings::folder(f.dir.path()));
            path = QDir(f.dir.path()).filePath(file);
            const auto take = recordings::begin(store.db(), id, file, at, 16000);
            QVERIFY(take);
            audio::RecordingWriter w;
            QVERIFY(w.open(path, 16000));
            std::vector<float> tone(16000 * 65, 0.1f); // 1:05
            QVERIFY(w.write(tone.data(), tone.size()));
            QVERIFY(w.close());
            recordings::finish(store.db(), *take, 65000, recordings::fileSha256(path), recordings::State::Complete);
        }
        f.console.refresh();
        RecordingListModel *model = f.console.recordings();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0);
        QCOMPARE(model->data(row, RecordingListModel::DurationRole).toString(), QStringLiteral("1:05"));
        QCOMPARE(model->data(row, RecordingListModel::StateRole).toString(), QStringLiteral("complete"));
        QCOMPARE(model->data(row, RecordingListModel::Sha256Role).toString(), recordings::fileSha256(path));
        QCOMPARE(model->data(row, RecordingListModel::UrlRole).toUrl(), QUrl::fromLocalFile(path));
        QVERIFY(model->data(row, RecordingListModel::PlayableRole).toBool());
        QVERIFY(!model->data(model->index(1), RecordingListModel::DurationRole).isValid());

        QTemporaryDir stick;
        QVERIFY2(f.console.exportTo(stick.path()), qPrintable(f.console.message()));
        const QStringList audio = QDir(stick.path()).entryList({QStringLiteral("*.flac")}, QDir::Files);
        QCOMPARE(audio.size(), 1);
        QCOMPARE(recordings::fileSha256(QDir(stick.path()).filePath(audio.first())), recordings::fileSha256(path));
        QCOMPARE(QDir(stick.path()).entryList(QDir::Files).size(), 6);

        // The recording changed since it was made: the export refuses, and files nothing.
        {
            QFile changed(path);
            QVERIFY(changed.open(QIODevice::Append));
            changed.write("x");
        }
        QTemporaryDir second;
        QVERIFY(!f.console.exportTo(second.path()));
        QVERIFY(f.console.message().contains(QStringLiteral("SHA-256")));
        QVERIFY(!f.console.message().contains(u'\n'));
        QCOMPARE(QDir(second.path()).entryList(QDir::Files).size(), 0);
    }

    void nothingWithoutAMeeting()
    {
        Fixture f;
        QVERIFY(!f.console.saveRecord(QStringLiteral("x"), QString()));
        QVERIFY(!f.console.closeMeeting());
        QVERIFY(!f.console.exportTo(f.dir.path()));
        QVERIFY(f.console.failed());
        QVERIFY(f.console.meeting().isEmpty());
        QCOMPARE(f.console.field(QStringLiteral("title")), QString());
    }

    void todaysMeetingAtAGlance()
    {
        Fixture f;
        QVERIFY(f.console.importRoster(f.dir.filePath(QStringLiteral("imports/名单.csv"))));
        MeetingSummary summary;
        QSignalSpy changed(&summary, &MeetingSummary::changed);
        summary.setDataDir(f.dir.path());
        QVERIFY(!summary.ready()); // no meeting yet
        QVariantMap fields = meetingFields();
        fields.insert(QStringLiteral("start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        fields.remove(QStringLiteral("end"));
        const int id = f.console.saveMeeting(fields);
        summary.refresh();
        QVERIFY(summary.ready());
        QCOMPARE(summary.shownId(), id);
        QCOMPARE(summary.title(), QStringLiteral("党组会"));
        QCOMPARE(summary.expected(), 3);
        QCOMPARE(summary.present(), 0);
        QVERIFY(summary.whenWhere().contains(QStringLiteral("第一会议室")));
        {
            MeetingStore store(f.dir.path());
            QCOMPARE(attendance::signIn(store.db(), id, roster::all(store.db()).first().id, QDateTime::currentDateTime(),
                                        QDateTime::currentDateTime()),
                     attendance::Outcome::Recorded);
        }
        summary.refresh();
        QCOMPARE(summary.present(), 1);
        QCOMPARE(summary.absent(), 2);
        QVERIFY(changed.size() >= 3);
        summary.setMeetingId(id + 100); // a meeting that is not there
        QVERIFY(!summary.ready());
    }

    // Pushed, not pulled: a sign-in committed elsewhere (another process's
    // connection, the command line) reaches the home screen's counts with no
    // refresh() and no timer; a read-only look at the database does not.
    void todaysCountsFollowTheLogByThemselves()
    {
        Fixture f;
        QVERIFY(f.console.importRoster(f.dir.filePath(QStringLiteral("imports/名单.csv"))));
        QVariantMap fields = meetingFields();
        fields.insert(QStringLiteral("start"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        fields.remove(QStringLiteral("end"));
        const int id = f.console.saveMeeting(fields);
        QVERIFY(id > 0);
        MeetingSummary summary;
        summary.setDataDir(f.dir.path());
        QCOMPARE(summary.present(), 0);
        QSignalSpy changed(&summary, &MeetingSummary::changed);
        MeetingStore other(f.dir.path());
        const auto people = roster::all(other.db());
        QCOMPARE(attendance::signIn(other.db(), id, people.at(0).id, QDateTime::currentDateTime(), QDateTime::currentDateTime()),
                 attendance::Outcome::Recorded);
        QTRY_COMPARE_WITH_TIMEOUT(summary.present(), 1, 5000);
        QCOMPARE(attendance::signIn(other.db(), id, people.at(1).id, QDateTime::currentDateTime(), QDateTime::currentDateTime()),
                 attendance::Outcome::Recorded);
        QTRY_COMPARE_WITH_TIMEOUT(summary.present(), 2, 5000);
        // Reading is no change: after a read and then one more sign-in, the
        // counts were read again once, for the sign-in.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        const qsizetype before = changed.size();
        QVERIFY(!meetings::all(other.db()).isEmpty());
        QCOMPARE(attendance::signIn(other.db(), id, people.at(2).id, QDateTime::currentDateTime(), QDateTime::currentDateTime()),
                 attendance::Outcome::Recorded);
        QTRY_COMPARE_WITH_TIMEOUT(summary.present(), 3, 5000);
        QCOMPARE(changed.size(), before + 1);
    }

    // A meeting later today: on the home screen it has not started, and who
    // has not signed in is 未到, not 缺席 (at 04:30 for a 09:00 meeting it once
    // said 进行中 and 缺席 297).
    void beforeTheStartNobodyIsAbsent()
    {
        Fixture f;
        QVERIFY(f.console.importRoster(f.dir.filePath(QStringLiteral("imports/名单.csv"))));
        QVariantMap fields = meetingFields();
        fields.insert(QStringLiteral("start"), QDateTime::currentDateTime().addSecs(2 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        fields.remove(QStringLiteral("end"));
        QVERIFY(f.console.saveMeeting(fields) > 0);
        MeetingSummary summary;
        summary.setDataDir(f.dir.path());
        QVERIFY(summary.ready());
        QVERIFY(!summary.started());
        QCOMPARE(summary.expected(), 3);
        QCOMPARE(summary.notYet(), 3);
        QCOMPARE(summary.absent(), 0);
        QCOMPARE(summary.stateLabel(), QStringLiteral("not started"));
        QVERIFY2(f.console.countsText().contains(QStringLiteral("3 not yet arrived")), qPrintable(f.console.countsText()));
    }

    // A new meeting's form starts from the meeting rules' defaults (as the
    // command line does): the next full hour, 5 minutes' grace.
    void aNewMeetingsFormHasTheRulesDefaults()
    {
        Fixture f;
        f.console.setMeetingId(0);
        const QDateTime start = QDateTime::fromString(f.console.field(QStringLiteral("start")), QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY(start.isValid());
        QCOMPARE(start.time().minute(), 0);
        const qint64 ahead = QDateTime::currentDateTime().secsTo(start);
        QVERIFY2(ahead > 0 && ahead <= 3600, qPrintable(QString::number(ahead)));
        QCOMPARE(f.console.field(QStringLiteral("grace_min")), QString::number(meetingRules::kDefaultGraceMinutes));
        QCOMPARE(f.console.field(QStringLiteral("title")), QString());
        // An empty grace field is the default, not 0.
        QVariantMap fields = meetingFields();
        fields.insert(QStringLiteral("grace_min"), QString());
        QVERIFY(f.console.saveMeeting(fields) > 0);
        QCOMPARE(f.console.field(QStringLiteral("grace_min")), QString::number(meetingRules::kDefaultGraceMinutes));
    }

    void placesToImportFromAndExportTo()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("imports/a.csv")), "x");
        write(dir.filePath(QStringLiteral("imports/sub/b.XLSX")), "x");
        write(dir.filePath(QStringLiteral("imports/c.txt")), "x");
        write(dir.filePath(QStringLiteral("imports/.hidden.csv")), "x");
        QStringList names;
        for (const QVariant &v : importableFiles(dir.path(), {QStringLiteral("csv"), QStringLiteral("xlsx")}))
            names.append(v.toMap().value(QStringLiteral("name")).toString());
        QVERIFY2(names.contains(QStringLiteral("a.csv")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("sub/b.XLSX"))); // a folder down, whatever the case of its suffix
        QVERIFY(!names.contains(QStringLiteral("c.txt")));
        QVERIFY(!names.contains(QStringLiteral(".hidden.csv")));
        const QVariantList out = exportFolders(dir.path());
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.last().toMap().value(QStringLiteral("path")).toString(), dir.filePath(QStringLiteral("exports")));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("exports"))).isDir());
    }

    void fileNamesAFileSystemTakes_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "党组会" << "党组会";
        QTest::newRow("slashes and colons") << "2026/12 会议: 纪要" << "2026_12 会议_ 纪要";
        QTest::newRow("hidden") << "..会议" << "会议";
        QTest::newRow("control characters") << QStringLiteral("会\n议") << "会_议";
    }
    void fileNamesAFileSystemTakes()
    {
        QFETCH(QString, title);
        QFETCH(QString, name);
        QCOMPARE(records::fileNameSafe(title), name);
    }
};

QTEST_MAIN(TestMeetingConsole)
#include "tst_meetingconsole.moc"
