// Roster files: CSV in the encodings and shapes offices have.
#include "meeting/MeetingStore.h"
#include "meeting/RosterImport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

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
