// What a meeting leaves on paper, read back: CSV and XLSX to the same rows,
// PDFs through pdftotext (every name, status and total is real text) and
// pdftoppm (pictures in the test's output folder, to look at).
#include "formats/XlsxSheet.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "meeting/RosterImport.h"
#include "records/AttendanceSheet.h"
#include "records/MeetingRecordPdf.h"
#include "records/SignInSheetPdf.h"
#include "records/SignatureStrokes.h"
#include "records/TabularExport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lectern;

namespace {

const QDateTime kStart(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600));

// Names Noto CJK would turn into Kangxi radicals in a PDF's text (PRODUCT.md).
const QStringList kNames = {"高峰", "方明", "金波", "石磊", "白雪", "田静", "文静", "黄河", "龙飞", "马力", "人杰", "欧阳修"};

records::SignatureStrokes zigzag()
{
    records::SignatureStrokes s;
    s.width = 300;
    s.height = 100;
    QList<records::SignaturePoint> stroke;
    for (int i = 0; i <= 10; ++i)
        stroke.append({QPointF(20 + i * 26, i % 2 ? 20 : 80), i * 16});
    s.strokes.append(stroke);
    return s;
}

struct Meeting40
{
    QTemporaryDir dir;
    MeetingStore store{dir.path()};
    qint64 id = 0;
    Meeting40()
    {
        QList<RosterRow> rows;
        for (const QString &n : kNames)
            rows.append({n, QStringLiteral("办公室"), QStringLiteral("科员"), {}});
        for (int i = 0; i < 28; ++i)
            rows.append({QStringLiteral("参会人%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("第%1处").arg(i % 5 + 1), {}, {}});
        roster::upsert(store.db(), rows);
        QList<Expected> expected;
        for (const Person &p : roster::all(store.db()))
            expected.append({p.id, p.name == u"石磊" ? Role::Chair : p.name == u"田静" ? Role::Record : Role::Attend});
        Meeting m;
        m.title = QStringLiteral("党风廉政建设集体约谈会");
        m.place = QStringLiteral("三楼会议室");
        m.plannedStart = kStart;
        m.graceMinutes = 5;
        id = meetings::create(store.db(), m, expected, kStart);
        const QByteArray signature = zigzag().toJson();
        for (int i = 0; i < expected.size(); ++i) {
            if (i % 7 == 6)
                continue; // absent
            if (i == 5) {
                attendance::leave(store.db(), id, expected[i].personId, QStringLiteral("外出学习"), QStringLiteral("石磊"), kStart);
                continue;
            }
            attendance::signIn(store.db(), id, expected[i].personId, kStart.addSecs(i < 3 ? 600 : -60), kStart,
                               EventKind::SignIn, signature);
        }
        const qint64 guest = roster::addWalkIn(store.db(), QStringLiteral("孙来宾"), QStringLiteral("市纪委"));
        attendance::signIn(store.db(), id, guest, kStart, kStart, EventKind::WalkIn, signature);
        meetings::setRecordText(store.db(), id, {QStringLiteral("传达上级部署要求。"), QStringLiteral("一、月底前完成排查。")});
    }
    records::AttendanceSheet sheet() { return records::buildSheet(store.db(), *meetings::byId(store.db(), id)); }
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    // Without white space: a long cell wraps, and a name may break over two lines.
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

QString bare(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

// Pictures of the pages, kept where the test ran, for people to look at.
void pictures(const QString &pdf, const QString &name)
{
    const QString out = QDir::current().filePath(QStringLiteral("export-pictures"));
    QDir().mkpath(out);
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), pdf, QDir(out).filePath(name)});
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private slots:
    void sheetRows()
    {
        Meeting40 m;
        const records::AttendanceSheet s = m.sheet();
        QCOMPARE(s.rows.size(), 41);
        QCOMPARE(s.rows.first().name, QStringLiteral("石磊")); // the chair first
        QCOMPARE(s.rows.last().name, QStringLiteral("孙来宾")); // walk-ins last
        QVERIFY(s.rows.last().walkIn);
        QCOMPARE(s.counts.expected, 40);
        for (int i = 0; i < s.rows.size(); ++i)
            QCOMPARE(s.rows[i].number, i + 1);
    }

    void csvReadsBackToTheSameRows()
    {
        Meeting40 m;
        const records::AttendanceSheet s = m.sheet();
        const QString path = m.dir.filePath(QStringLiteral("a.csv"));
        QCOMPARE(records::writeAttendanceCsv(s, path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QList<QStringList> table = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(table.size(), s.rows.size() + 1);
        QCOMPARE(table[0], records::attendanceHeader());
        for (int i = 0; i < s.rows.size(); ++i) {
            QCOMPARE(table[i + 1][1], s.rows[i].name);
            QCOMPARE(table[i + 1][2], s.rows[i].unit);
            QCOMPARE(table[i + 1][5], s.rows[i].status);
            QCOMPARE(table[i + 1][7], s.rows[i].note);
        }
    }

    void xlsxReadsBackToTheSameRows()
    {
        Meeting40 m;
        const records::AttendanceSheet s = m.sheet();
        const QString path = m.dir.filePath(QStringLiteral("a.xlsx"));
        QCOMPARE(records::writeAttendanceXlsx(s, path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const SheetTable table = readFirstSheet(f.readAll());
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.rows.size(), s.rows.size() + 1);
        QCOMPARE(table.rows[0], records::attendanceHeader());
        for (int i = 0; i < s.rows.size(); ++i) {
            const QStringList &row = table.rows[i + 1];
            QCOMPARE(row.value(0), QString::number(s.rows[i].number));
            QCOMPARE(row.value(1), s.rows[i].name);
            QCOMPARE(row.value(5), s.rows[i].status);
            // a real Excel date-time: a serial day number, not text
            if (s.rows[i].time.isValid()) {
                bool number = false;
                const double serial = row.value(6).toDouble(&number);
                QVERIFY2(number && serial > 46000 && serial < 47000, qPrintable(row.value(6)));
            }
        }
    }

    void pdfsAreRealText_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("sign-in sheet") << "signin";
        QTest::newRow("meeting record") << "record";
    }
    void pdfsAreRealText()
    {
        QFETCH(QString, what);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; scripts/deps.sh installs it");
        Meeting40 m;
        const records::AttendanceSheet s = m.sheet();
        const QString path = m.dir.filePath(what + QStringLiteral(".pdf"));
        const QString error = what == u"signin" ? records::writeSignInSheetPdf(s, path)
                                                : records::writeMeetingRecordPdf(s, {QStringLiteral("传达上级部署要求。"), QStringLiteral("一、月底前完成排查。")}, path);
        QCOMPARE(error, QString());
        const QString text = pdfText(path);
        QVERIFY(!text.isEmpty());
        pictures(path, what);
        QVERIFY2(text.contains(bare(s.meeting.title)), qPrintable(text.left(300)));
        for (const records::SheetRow &r : s.rows)
            QVERIFY2(text.contains(r.name), qPrintable(r.name)); // 高峰 as 高峰, not ⾼峰
        if (what == u"signin") {
            QVERIFY(text.contains(QStringLiteral("Page1of")));
            const int pages = text.count(QStringLiteral("Page"));
            QVERIFY2(pages >= 2, "40 people with signatures fill more than a page");
            QVERIFY(text.contains(QStringLiteral("Page%1of%1").arg(pages)));
            QVERIFY(text.contains(bare(QStringLiteral("Expected 40, present %1, on leave %2, absent %3, late %4")
                                           .arg(s.counts.present).arg(s.counts.onLeave).arg(s.counts.absent).arg(s.counts.late))));
            for (const char *status : {"present", "late", "onleave", "absent"})
                QVERIFY2(text.contains(QLatin1String(status)), status);
        } else {
            QVERIFY(text.contains(QStringLiteral("月底前完成排查")));
            QVERIFY(text.contains(bare(QStringLiteral("expected 40, present %1").arg(s.counts.present))));
        }
    }

    void signaturesRoundTrip()
    {
        const records::SignatureStrokes s = zigzag();
        const records::SignatureStrokes back = records::SignatureStrokes::fromJson(s.toJson());
        QCOMPARE(back.strokes.size(), 1);
        QCOMPARE(back.strokes[0].size(), 11);
        QCOMPARE(back.strokes[0][3].ms, 48);
        QCOMPARE(back.strokes[0][3].at, QPointF(98, 20));
        QVERIFY(records::SignatureStrokes::fromJson("not json").isEmpty());
    }

    void unwritablePathIsAnError()
    {
        Meeting40 m;
        QVERIFY(!records::writeAttendanceCsv(m.sheet(), QStringLiteral("/nonexistent/dir/a.csv")).isEmpty());
        QVERIFY(!records::writeAttendanceXlsx(m.sheet(), QStringLiteral("/nonexistent/dir/a.xlsx")).isEmpty());
        QVERIFY(!records::writeSignInSheetPdf(m.sheet(), QStringLiteral("/nonexistent/dir/a.pdf")).isEmpty());
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
