// The target duration as the operator types it: one rule, in C++ (the
// console's field only hands the text over).
#include "prompter/DurationText.h"

#include <QTest>

using namespace lectern;

class TestDurationText : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds"); // -1: no duration
        QTest::newRow("empty clears the target") << "" << 0;
        QTest::newRow("spaces clear it too") << "   " << 0;
        QTest::newRow("minutes") << "25" << 1500;
        QTest::newRow("minutes and seconds") << "25:30" << 1530;
        QTest::newRow("full-width colon") << "25：30" << 1530;
        QTest::newRow("full-width digits") << "２５：３０" << 1530;
        QTest::newRow("hours") << "1:05:00" << 3900;
        QTest::newRow("分钟") << "25分钟" << 1500;
        QTest::newRow("min") << "25 min" << 1500;
        QTest::newRow("leading zero") << "05:00" << 300;
        QTest::newRow("seconds over 59") << "25:75" << -1;
        QTest::newRow("words") << "半小时" << -1;
        QTest::newRow("negative") << "-5" << -1;
        QTest::newRow("decimal") << "2.5" << -1;
        QTest::newRow("four fields") << "1:2:3:4" << -1;
        QTest::newRow("colon alone") << ":" << -1;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        const std::optional<int> got = parseDurationText(text);
        if (seconds < 0)
            QVERIFY2(!got, qPrintable(QString::number(got.value_or(0))));
        else
            QCOMPARE(got, std::optional<int>(seconds));
    }
};

QTEST_GUILESS_MAIN(TestDurationText)
#include "tst_durationtext.moc"
