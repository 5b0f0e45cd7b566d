// Roster files: CSV in the encodings and shapes offices have.
#include "meeting/MeetingStore.h"
#include "meeting/PinyinKeys.h"
#include "meeting/RosterImport.h"
#include "../document/DocxBuilder.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

// A one-sheet workbook: `sheetData` rows, shared strings, and merged ranges.
QByteArray xlsx(const QString &sheetData, const QStringList &shared, const QStringList &merges = {}, const QByteArray &prolog = {})
{
    QString sst = QStringLiteral("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (const QString &s : shared)
        sst += QStringLiteral("<si><t>%1</t></si>").arg(s);
    sst += QStringLiteral("</sst>");
    QString mergeXml;
    if (!merges.isEmpty()) {
        mergeXml = QStringLiteral("<mergeCells count=\"%1\">").arg(merges.size());
        for (const QString &m : merges)
            mergeXml += QStringLiteral("<mergeCell ref=\"%1\"/>").arg(m);
        mergeXml += QStringLiteral("</mergeCells>");
    }
    const QByteArray sheet = prolog + QStringLiteral("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>%1</sheetData>%2</worksheet>")
                                         .arg(sheetData, mergeXml).toUtf8();
    return DocxBuilder::zip({
        {QStringLiteral("[Content_Types].xml"), "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("xl/workbook.xml"), "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                            "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                                       "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                                                       "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/sharedStrings.xml"), sst.toUtf8()},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet},
    });
}

// The usual office list: a merged title row, the header, a unit merged down two rows.
QByteArray officeList()
{
    return xlsx(QStringLiteral(
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c><c r=\"C2\" t=\"s\"><v>3</v></c></row>"
                    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"s\"><v>5</v></c><c r=\"C3\"><v>13800138000</v></c></row>"
                    "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>李四</t></is></c><c r=\"C4\"><v>1.3900139E10</v></c></row>"
                    "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>6</v></c><c r=\"B6\" t=\"s\"><v>7</v></c><c r=\"C6\" t=\"str\"><v>110101199001011234</v></c></row>"),
                QStringList{"2026年第一次会议签到名单", "姓名", "单位", "手机", "张三", "办公室", "王五", "财务处"},
                QStringList{"A1:C1", "B3:B4"});
}

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT
private slots:
    void csvCells()
    {
        const QList<QStringList> rows = parseCsv(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\n\"two\nlines\",x\n"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], QStringList({"a", "b,c", "say \"hi\""}));
        QVERIFY(rows[1].isEmpty());
        QCOMPARE(rows[2], QStringList({"two\nlines", "x"}));
    }

    void csvFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("units");
        const QString plain = QStringLiteral("姓名,单位,职务,手机\n张三,办公室,主任,13800138000\n李四,财务处,科员,13900139000\n");
        QTest::newRow("UTF-8") << plain.toUtf8() << QStringList{"张三", "李四"} << QStringList{"办公室", "财务处"};
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + plain.toUtf8() << QStringList{"张三", "李四"} << QStringList{"办公室", "财务处"};
        QStringEncoder gbk("GB18030");
        QTest::newRow("GBK") << QByteArray(gbk.encode(plain)) << QStringList{"张三", "李四"} << QStringList{"办公室", "财务处"};
        QTest::newRow("title row, columns in another order, blank lines")
            << QStringLiteral("2026年第一次会议签到名单,,\n\n手机,部门,姓名\n13800138000,办公室,张三\n\n,财务处,李四\n").toUtf8()
            << QStringList{"张三", "李四"} << QStringList{"办公室", "财务处"};
        QTest::newRow("quoted comma, stray spaces")
            << QStringLiteral("Name,Department\n\" 张 三 \",\"办公室,综合科\"\nAnna  Li,Finance\n").toUtf8()
            << QStringList{"张三", "Anna Li"} << QStringList{"办公室,综合科", "Finance"};
    }
    void csvFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, names);
        QFETCH(QStringList, units);
        const RosterFile f = readRosterCsv(bytes);
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QStringList gotNames, gotUnits;
        for (const RosterRow &r : f.rows) {
            gotNames.append(r.name);
            gotUnits.append(r.unit);
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotUnits, units);
        QVERIFY(f.rejected.isEmpty());
    }

    void phoneNumbersStayText()
    {
        const RosterFile f = readRosterCsv(QStringLiteral("姓名,手机\n张三,013800138000\n").toUtf8());
        QCOMPARE(f.rows.value(0).phone, QStringLiteral("013800138000"));
    }

    void badRowsAreRejectedByNumber()
    {
        const RosterFile f = readRosterCsv(QStringLiteral("会议名单\n姓名,单位\n张三,办公室\n,财务处\n张三,办公室\n张三,财务处\n").toUtf8());
        QCOMPARE(f.rows.size(), 2); // the two 张三 of different units
        QCOMPARE(f.rejected.size(), 2);
        QCOMPARE(f.rejected[0].row, 4);
        QVERIFY(f.rejected[0].reason.contains(QStringLiteral("no name")));
        QCOMPARE(f.rejected[1].row, 5);
        QVERIFY(f.rejected[1].reason.contains(QStringLiteral("row 3")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("no name column") << QByteArray("单位,职务\n办公室,主任\n") << "no name column";
        QTest::newRow("binary") << QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0", 10) << "binary";
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const RosterFile f = readRosterCsv(bytes);
        QVERIFY2(f.error.contains(problem, Qt::CaseInsensitive), qPrintable(f.error));
        QVERIFY(f.rows.isEmpty());
    }

    void xlsxRoster()
    {
        const RosterFile f = readRosterXlsx(officeList());
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.rows.size(), 3);
        QCOMPARE(f.rows[0].name, QStringLiteral("张三"));
        QCOMPARE(f.rows[0].phone, QStringLiteral("13800138000"));
        QCOMPARE(f.rows[1].name, QStringLiteral("李四"));
        QCOMPARE(f.rows[1].unit, QStringLiteral("办公室")); // merged down from the row above
        QCOMPARE(f.rows[1].phone, QStringLiteral("13900139000")); // never 1.39E10
        QCOMPARE(f.rows[2].phone, QStringLiteral("110101199001011234"));
        QCOMPARE(f.rowNumbers, QList<int>({3, 4, 6})); // the sheet's own row numbers
    }

    void badXlsx_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const QByteArray good = officeList();
        QTest::newRow("truncated") << good.left(good.size() / 2) << "archive";
        QTest::newRow("no name column") << xlsx(QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), {"单位"}) << "no name column";
        QTest::newRow("a DTD") << xlsx(QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), {"姓名"}, {},
                                       "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaa\">]>") << "DTD";
        QTest::newRow("damaged XML") << xlsx(QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</c></row>"), {}) << "damaged";
        QByteArray bomb = DocxBuilder::zip({{QStringLiteral("xl/workbook.xml"), QByteArray(200 * 1024 * 1024, ' ')}});
        QTest::newRow("zip bomb") << bomb << "zip bomb";
        QTest::newRow("not a workbook") << DocxBuilder::zip({{QStringLiteral("word/document.xml"), "<w/>"}}) << "not an Excel workbook";
        // a merged range over the whole sheet fills nothing beyond the rows there are
        QTest::newRow("huge merge") << xlsx(QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), {"单位"}, {"A1:XFD1048576"})
                                    << "no name column";
    }
    void badXlsx()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const RosterFile f = readRosterXlsx(bytes);
        QVERIFY2(f.error.contains(problem, Qt::CaseInsensitive), qPrintable(f.error));
        QVERIFY(f.rows.isEmpty());
    }

    // A walk-in written by hand gets a name later; never a name someone has, never once sealed.
    void renameAWalkIn()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}});
        const qint64 guest = roster::addWalkIn(store.db(), QStringLiteral("临时参会人员 1"), QStringLiteral("1#1"));
        QCOMPARE(roster::rename(store.db(), guest, QStringLiteral("张三"), QStringLiteral("办公室")), roster::Renamed::Taken);
        QCOMPARE(roster::rename(store.db(), guest, QStringLiteral("孙来宾"), QStringLiteral("市纪委")), roster::Renamed::Done);
        const auto p = roster::byId(store.db(), guest);
        QCOMPARE(p->name, QStringLiteral("孙来宾"));
        QCOMPARE(encodeReadings(p->readings), QStringLiteral("sun lai bin")); // found by pinyin from now on
        QCOMPARE(roster::rename(store.db(), 999, QStringLiteral("x"), {}), roster::Renamed::NoSuchPerson);
    }

    // Importing an edited list again updates people and adds new ones; nobody is lost.
    void importAgainUpdates()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        auto first = roster::upsert(store.db(), readRosterCsv(QStringLiteral("姓名,单位,手机\n张三,办公室,1\n李四,财务处,2\n").toUtf8()).rows);
        QCOMPARE(first.imported, 2);
        QCOMPARE(first.updated, 0);
        auto second = roster::upsert(store.db(), readRosterCsv(QStringLiteral("姓名,单位,手机\n张三,办公室,9\n王五,人事处,3\n").toUtf8()).rows);
        QCOMPARE(second.imported, 1);
        QCOMPARE(second.updated, 1);
        const QList<Person> people = roster::all(store.db());
        QCOMPARE(people.size(), 3);
        QCOMPARE(people[0].phone, QStringLiteral("9"));
        QVERIFY(!people[0].readings.isEmpty()); // search keys computed at import
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
