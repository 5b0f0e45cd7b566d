// A meeting's details as typed, one set of rules for the command line and the console.
#include "meeting/MeetingRules.h"

#include <QTest>

using namespace lectern;

class TestMeetingRules : public QObject
{
    Q_OBJECT
private slots:
    void graceMinutes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes"); // -1: refused
        QTest::newRow("empty is the default") << "" << meetingRules::kDefaultGraceMinutes;
        QTest::newRow("zero") << "0" << 0;
        QTest::newRow("spaces around") << " 10 " << 10;
        QTest::newRow("a day") << "1440" << 1440;
        QTest::newRow("over a day") << "1441" << -1;
        QTest::newRow("negative") << "-1" << -1;
        QTest::newRow("a word") << "五" << -1;
        QTest::newRow("a fraction") << "2.5" << -1;
    }
    void graceMinutes()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        const std::optional<int> got = meetingRules::parseGraceMinutes(text);
        if (minutes < 0)
            QVERIFY(!got);
        else
            QCOMPARE(got, std::optional<int>(minutes));
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("time");
        const QDate d(2026, 12, 7);
        QTest::newRow("minutes") << "2026-12-07 09:00" << QDateTime(d, QTime(9, 0));
        QTest::newRow("seconds") << "2026-12-07 09:00:30" << QDateTime(d, QTime(9, 0, 30));
        QTest::newRow("spaces around") << "  2026-12-07 14:05 " << QDateTime(d, QTime(14, 5));
        QTest::newRow("no time of day") << "2026-12-07" << QDateTime();
        QTest::newRow("words") << "明天上午" << QDateTime();
        QTest::newRow("no such day") << "2026-02-30 09:00" << QDateTime();
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, time);
        QCOMPARE(meetingRules::parseTime(text), time);
        if (time.isValid())
            QCOMPARE(meetingRules::parseTime(meetingRules::timeField(time)), QDateTime(time.date(), QTime(time.time().hour(), time.time().minute())));
    }

    // The details as typed, by the one set of rules both ways in use: the
    // first problem in the order of the fields, or the details read.
    void details_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("grace");
        QTest::addColumn<int>("problem");
        using P = meetingRules::Problem;
        QTest::newRow("all there") << " 党组会 " << "2026-12-07 09:00" << "2026-12-07 11:00" << "10" << int(P::None);
        QTest::newRow("no end, default grace") << "党组会" << "2026-12-07 09:00" << "" << "" << int(P::None);
        QTest::newRow("no title") << "  " << "2026-12-07 09:00" << "" << "" << int(P::NoTitle);
        QTest::newRow("no start") << "党组会" << "" << "" << "" << int(P::BadStart);
        QTest::newRow("start in words") << "党组会" << "明天上午" << "" << "" << int(P::BadStart);
        QTest::newRow("end before start") << "党组会" << "2026-12-07 09:00" << "2026-12-07 08:00" << "" << int(P::BadEnd);
        QTest::newRow("end in words") << "党组会" << "2026-12-07 09:00" << "11点" << "" << int(P::BadEnd);
        QTest::newRow("grace in words") << "党组会" << "2026-12-07 09:00" << "" << "五" << int(P::BadGrace);
        QTest::newRow("title first of several") << "" << "" << "11点" << "五" << int(P::NoTitle);
    }
    void details()
    {
        QFETCH(QString, title);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, grace);
        QFETCH(int, problem);
        const meetingRules::Details d = meetingRules::readDetails({title, start, end, grace});
        QCOMPARE(int(d.problem), problem);
        if (d.problem != meetingRules::Problem::None)
            return;
        QCOMPARE(d.title, title.trimmed());
        QCOMPARE(d.start, meetingRules::parseTime(start));
        QCOMPARE(d.end.isValid(), !end.isEmpty());
        QCOMPARE(d.graceMinutes, grace.isEmpty() ? meetingRules::kDefaultGraceMinutes : grace.toInt());
    }

    void aNewMeetingStartsAtTheNextFullHour_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("start");
        QTest::newRow("mid-morning") << QDateTime(QDate(2026, 12, 7), QTime(9, 20)) << QDateTime(QDate(2026, 12, 7), QTime(10, 0));
        QTest::newRow("on the hour") << QDateTime(QDate(2026, 12, 7), QTime(9, 0)) << QDateTime(QDate(2026, 12, 7), QTime(10, 0));
        QTest::newRow("late evening") << QDateTime(QDate(2026, 12, 7), QTime(23, 40)) << QDateTime(QDate(2026, 12, 8), QTime(0, 0));
    }
    void aNewMeetingStartsAtTheNextFullHour()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, start);
        QCOMPARE(meetingRules::defaultStart(now), start);
    }
};

QTEST_GUILESS_MAIN(TestMeetingRules)
#include "tst_meetingrules.moc"
