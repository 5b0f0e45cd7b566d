#include "document/Timing.h"

#include <QTest>

using namespace lectern;

class TestTiming : public QObject
{
    Q_OBJECT
private slots:
    void countsHanOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("han");
        QTest::newRow("plain") << "同志们" << 3;
        QTest::newRow("punctuation") << "同志们：“你好！”，。、；" << 5;
        QTest::newRow("digits and latin") << "2024年GDP增长5%" << 3;
        QTest::newRow("spaces") << "区长 ×××" << 2;
        QTest::newRow("ext-b") << QString::fromUcs4(U"𠀀𠀁好") << 3; // surrogate pairs count once
        QTest::newRow("〇 is read aloud") << "二〇二四年" << 5;
        QTest::newRow("empty") << "" << 0;
    }
    void countsHanOnly()
    {
        QFETCH(QString, text);
        QFETCH(int, han);
        QCOMPARE(hanCount(text), han);
    }

    void estimates_data()
    {
        QTest::addColumn<int>("han");
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("seconds");
        QTest::newRow("180") << 180 << 180 << 60.0;
        QTest::newRow("4800 at 180") << 4800 << 180 << 1600.0;
        QTest::newRow("clamped low") << 60 << 10 << 60.0;
        QTest::newRow("clamped high") << 400 << 1000 << 60.0;
    }
    void estimates()
    {
        QFETCH(int, han);
        QFETCH(int, rate);
        QFETCH(double, seconds);
        QCOMPARE(estimateSeconds(han, rate), seconds);
    }

    void perBlockSumsToTotal()
    {
        Document d;
        d.blocks = {Block{1, BlockKind::Title, 0, 0, QStringLiteral("讲话"), 1},
                    Block{2, BlockKind::Paragraph, 0, 0, QStringLiteral("今天开会，谢谢。"), 2}};
        const DocumentTiming t = timeDocument(d, 120);
        QCOMPARE(t.blockHan, (QList<int>{2, 6}));
        QCOMPARE(t.hanChars, 8);
        QCOMPARE(t.seconds, 4.0);
        QCOMPARE(t.blockSeconds[0] + t.blockSeconds[1], t.seconds);
    }
};

QTEST_GUILESS_MAIN(TestTiming)
#include "tst_timing.moc"
