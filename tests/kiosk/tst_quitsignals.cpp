// SIGTERM, SIGINT and SIGHUP become one quitRequested on the event loop (the
// process lives on to quit cleanly); several at once are all said; the
// default actions come back when the catcher goes. The whole kiosk stopped by
// SIGTERM is tst_e2e_stop.
#include "kiosk/QuitSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace lectern;

class TestQuitSignals : public QObject
{
    Q_OBJECT
private slots:
    void aSignalIsAQuit_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGTERM (systemd, shutdown, kill)") << int(SIGTERM) << QStringLiteral("SIGTERM");
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT) << QStringLiteral("SIGINT");
        QTest::newRow("SIGHUP (the terminal gone)") << int(SIGHUP) << QStringLiteral("SIGHUP");
    }
    void aSignalIsAQuit()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        QuitSignals quit;
        QVERIFY(quit.installed());
        QSignalSpy spy(&quit, &QuitSignals::quitRequested);
        QCOMPARE(::raise(signal), 0); // the default action would end this test here
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toInt(), signal);
        QCOMPARE(QuitSignals::name(signal), name);
    }

    void severalAtOnceAreAllSaid()
    {
        QuitSignals quit;
        QSignalSpy spy(&quit, &QuitSignals::quitRequested);
        QCOMPARE(::raise(SIGTERM), 0);
        QCOMPARE(::raise(SIGHUP), 0);
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).first().toInt(), int(SIGTERM));
        QCOMPARE(spy.at(1).first().toInt(), int(SIGHUP));
    }

    void oneCatcherAtATime()
    {
        QuitSignals first;
        QuitSignals second;
        QVERIFY(first.installed());
        QVERIFY(!second.installed());
    }

    void theDefaultsComeBack()
    {
        { QuitSignals quit; }
        struct sigaction now = {};
        QCOMPARE(::sigaction(SIGTERM, nullptr, &now), 0);
        QVERIFY(now.sa_handler == SIG_DFL);
        QuitSignals again; // and a new catcher can be made
        QVERIFY(again.installed());
    }
};

QTEST_MAIN(TestQuitSignals)
#include "tst_quitsignals.moc"
