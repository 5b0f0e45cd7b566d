// The clock against the records: before 2024, or more than a minute before
// the latest record, is a problem said in one line; otherwise nothing.
#include "meeting/ClockCheck.h"

#include <QTest>

using namespace lectern::meetings;

class TestClockCheck : public QObject
{
    Q_OBJECT
private slots:
    void plausibleOrNot_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("latest");
        QTest::addColumn<QString>("says"); // "" when fine, else a word the line holds
        const QDateTime t(QDate(2026, 3, 2), QTime(9, 0));
        QTest::newRow("nothing recorded yet") << t << QDateTime() << QString();
        QTest::newRow("after the latest record") << t << t.addSecs(-3600) << QString();
        QTest::newRow("within the minute") << t << t.addSecs(60) << QString();
        QTest::newRow("two minutes before it") << t << t.addSecs(120) << QStringLiteral("before the latest record");
        QTest::newRow("a year before it") << t.addYears(-1) << t << QStringLiteral("before the latest record");
        QTest::newRow("a flat battery: 2000") << QDateTime(QDate(2000, 1, 1), QTime(0, 0)) << QDateTime() << QStringLiteral("battery");
    }
    void plausibleOrNot()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, latest);
        QFETCH(QString, says);
        const QString problem = clockProblem(now, latest);
        if (says.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(says), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
