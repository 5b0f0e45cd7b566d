#include "document/PlaceholderFill.h"
#include "document/Placeholders.h"

#include <QSignalSpy>
#include <QTest>

using namespace lectern;

namespace {

Document docOf(const QStringList &texts)
{
    Document d;
    int id = 0;
    for (const QString &t : texts) {
        Block b;
        b.id = ++id;
        b.text = t;
        d.blocks.append(b);
    }
    return d;
}

} // namespace

class TestPlaceholders : public QObject
{
    Q_OBJECT
private slots:
    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QList<int>>("offsets");

        QTest::newRow("X") << "我到X工作后" << QStringList{"X"} << QList<int>{2};
        QTest::newRow("XX") << "不少于XX件" << QStringList{"XX"} << QList<int>{3};
        QTest::newRow("full-width Ｘ") << "我到Ｘ市工作" << QStringList{"Ｘ"} << QList<int>{2};
        QTest::newRow("×××") << "区长 ×××" << QStringList{"×××"} << QList<int>{3};
        QTest::newRow("○○") << "○○街道" << QStringList{"○○"} << QList<int>{0};
        QTest::newRow("某某") << "会同某某部门" << QStringList{"某某"} << QList<int>{2};
        QTest::newRow("□□") << "□□同志" << QStringList{"□□"} << QList<int>{0};
        QTest::newRow("20XX年") << "20XX年工作要点" << QStringList{"20XX"} << QList<int>{0};
        QTest::newRow("several") << "X科技新城、X河治理" << QStringList{"X", "X"} << QList<int>{0, 6};
        // Not placeholders.
        QTest::newRow("Latin word") << "XXL号衣服和Windows X系统" << QStringList{} << QList<int>{};
        QTest::newRow("hex") << "地址0x1F" << QStringList{} << QList<int>{};
        QTest::newRow("X光") << "做X光检查和X射线防护" << QStringList{} << QList<int>{};
        QTest::newRow("multiply") << "面积3×4米" << QStringList{} << QList<int>{};
        QTest::newRow("times in a quoted name") << "实施“数据要素×”行动" << QStringList{} << QList<int>{};
        QTest::newRow("times in a book-title name") << "开展《人工智能×》专项" << QStringList{} << QList<int>{};
        QTest::newRow("a quoted blank stays a blank") << "由“×××”同志负责" << QStringList{"×××"} << QList<int>{2};
        QTest::newRow("year 〇") << "二〇二四年" << QStringList{} << QList<int>{};
        QTest::newRow("year ○") << "二○○八年" << QStringList{} << QList<int>{};
        QTest::newRow("某些") << "某些同志、某个单位" << QStringList{} << QList<int>{};
        QTest::newRow("variable x") << "设 x 为未知数" << QStringList{} << QList<int>{};
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QFETCH(QList<int>, offsets);
        const QList<Placeholder> got = findPlaceholders(text, 7);
        QStringList gotTexts;
        QList<int> gotOffsets;
        for (const Placeholder &p : got) {
            gotTexts.append(p.text);
            gotOffsets.append(p.offset);
            QCOMPARE(p.block, 7);
            QCOMPARE(text.mid(p.offset, p.text.size()), p.text);
        }
        QCOMPARE(gotTexts, found);
        QCOMPARE(gotOffsets, offsets);
    }

    void fillAllAndUndo()
    {
        Document d = docOf({"我到X工作后，X变化很大。", "区长 ×××", "X科技新城"});
        PlaceholderFill fill(d);
        QSignalSpy changed(&fill.undoStack(), &QUndoStack::indexChanged);
        QCOMPARE(fill.fillAll(QStringLiteral("X"), QStringLiteral("临江市")), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(d.blocks[0].text, QStringLiteral("我到临江市工作后，临江市变化很大。"));
        QCOMPARE(d.blocks[1].text, QStringLiteral("区长 ×××"));
        QCOMPARE(d.blocks[2].text, QStringLiteral("临江市科技新城"));
        QCOMPARE(findPlaceholders(d).size(), 1);

        fill.undoStack().undo();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(d.blocks[0].text, QStringLiteral("我到X工作后，X变化很大。"));
        QCOMPARE(d.blocks[2].text, QStringLiteral("X科技新城"));
        fill.undoStack().redo();
        QCOMPARE(d.blocks[2].text, QStringLiteral("临江市科技新城"));
    }

    void fillOneLeavesOthers()
    {
        Document d = docOf({"省纪委书记X同志说，我到X工作后"});
        PlaceholderFill fill(d);
        const QList<Placeholder> ps = findPlaceholders(d);
        QCOMPARE(ps.size(), 2);
        QVERIFY(fill.fillOne(ps[0], QStringLiteral("王五")));
        QCOMPARE(d.blocks[0].text, QStringLiteral("省纪委书记王五同志说，我到X工作后"));
        QVERIFY(!fill.fillOne(ps[0], QStringLiteral("王五"))); // gone: nothing to fill
        QCOMPARE(fill.fillAll(QStringLiteral("某某"), QStringLiteral("无")), 0);
        QCOMPARE(fill.undoStack().count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
