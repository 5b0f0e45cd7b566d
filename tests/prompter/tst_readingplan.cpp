#include "PrompterFixtures.h"
#include "prompter/ReadingPlan.h"

#include <QTest>

using namespace lectern;

class TestReadingPlan : public QObject
{
    Q_OBJECT
private slots:
    void counts()
    {
        const ReadingPlan plan(smallSpeech());
        QCOMPARE(plan.total(), 4 + 3 + 5 + 10 + 5 + 9 + 4);
        QCOMPARE(plan.blocks().size(), 7);
        QCOMPARE(plan.blockStart(4), 12.0);
        QCOMPARE(plan.blockStart(7), 36.0);
    }

    void pointsAndPositions_data()
    {
        QTest::addColumn<double>("position");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("offset");
        QTest::addColumn<double>("fraction");
        QTest::newRow("start") << 0.0 << 1 << 0 << 0.0;
        QTest::newRow("inside title") << 2.5 << 1 << 2 << 0.5;
        QTest::newRow("salutation skips punctuation") << 6.0 << 2 << 2 << 0.0;
        QTest::newRow("heading after 一、") << 7.0 << 3 << 0 << 0.0;
        QTest::newRow("heading second Han") << 8.0 << 3 << 2 << 0.0; // 、 is not read
        QTest::newRow("paragraph after comma") << 17.0 << 4 << 6 << 0.0;
        QTest::newRow("before digits") << 28.0 << 6 << 1 << 0.0;
        QTest::newRow("digits skipped") << 29.0 << 6 << 6 << 0.0;  // 要把2024年: 年 is at 6
        QTest::newRow("after digits") << 30.0 << 6 << 7 << 0.0;
        QTest::newRow("end") << 40.0 << 7 << 5 << 0.0;
        QTest::newRow("past end clamps") << 99.0 << 7 << 5 << 0.0;
    }
    void pointsAndPositions()
    {
        QFETCH(double, position);
        QFETCH(int, block);
        QFETCH(int, offset);
        QFETCH(double, fraction);
        const ReadingPlan plan(smallSpeech());
        const ReadingPlan::Point p = plan.pointAt(position);
        QCOMPARE(p.anchor.block, block);
        QCOMPARE(p.anchor.offset, offset);
        QCOMPARE(p.fraction, fraction);
        if (position <= plan.total() && fraction == 0)
            QCOMPARE(plan.positionOf(p.anchor), std::min(position, double(plan.total())));
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("sentence");
        const QString t = QStringLiteral("一要加强领导。二要“抓落实。”三要提效能！");
        QTest::newRow("first") << t << 2 << "一要加强领导。";
        QTest::newRow("on the stop") << t << 6 << "一要加强领导。";
        QTest::newRow("quoted") << t << 10 << "二要“抓落实。”";
        QTest::newRow("last") << t << 16 << "三要提效能！";
        QTest::newRow("no stop") << "谢谢大家" << 1 << "谢谢大家";
        QTest::newRow("empty") << "" << 0 << "";
    }
    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(QString, sentence);
        const auto [start, end] = ReadingPlan::sentenceAt(text, offset);
        QCOMPARE(text.mid(start, end - start), sentence);
    }

    void roundTripEveryCharacter()
    {
        const Document d = smallSpeech();
        const ReadingPlan plan(d);
        for (int i = 0; i < plan.total(); ++i) {
            const ReadingPlan::Point p = plan.pointAt(i);
            const QChar c = d.block(p.anchor.block)->text.at(p.anchor.offset);
            QCOMPARE(c.script(), QChar::Script_Han);
            QCOMPARE(plan.positionOf(p.anchor), double(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestReadingPlan)
#include "tst_readingplan.moc"
