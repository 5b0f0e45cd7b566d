// Resume after a crash or a power cut: the state is written at most a second
// old and off the UI thread, read back whole or not at all, and a restart
// comes back to the same place, paused, saying so.
#include "app/Application.h"
#include "app/ResumeState.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

ResumePoint point()
{
    ResumePoint p;
    p.speech = QStringLiteral("abc123");
    p.position = 321.5;
    p.speed = 210;
    p.page = 7;
    p.state = QStringLiteral("running");
    p.meetingId = 4;
    p.savedAt = QDateTime(QDate(2026, 11, 30), QTime(10, 32, 5), Qt::UTC);
    return p;
}

AppOptions::Values prompterIn(const QString &dir)
{
    AppOptions::Values v;
    v.dataDir = dir;
    v.mode = AppOptions::Prompter;
    v.countdownSeconds = 0;
    return v;
}

} // namespace

class TestResumeState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip()
    {
        QString problem;
        const auto back = ResumePoint::fromJson(point().toJson(), &problem);
        QVERIFY2(back, qPrintable(problem));
        QCOMPARE(back->speech, point().speech);
        QCOMPARE(back->position, point().position);
        QCOMPARE(back->speed, 210);
        QCOMPARE(back->page, 7);
        QCOMPARE(back->state, QStringLiteral("running"));
        QCOMPARE(back->meetingId, 4);
        QCOMPARE(back->savedAt, point().savedAt);
    }

    void tornOrDamaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray whole = point().toJson();
        QTest::newRow("torn in the middle") << whole.left(whole.size() / 2);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zeros") << QByteArray(64, '\0');
        QTest::newRow("negative position") << QByteArray(whole).replace("321.5", "-5");
        QTest::newRow("another version") << QByteArray(whole).replace("\"version\":1", "\"version\":9");
    }
    void tornOrDamaged()
    {
        QFETCH(QByteArray, bytes);
        QString problem;
        QVERIFY(!ResumePoint::fromJson(bytes, &problem));
        QVERIFY(!problem.isEmpty());
    }

    // A hundred updates in a burst cost one write, a second later, not a hundred.
    void atMostOneWriteASecond()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("resume.json"));
        ResumeWriter writer(path);
        ResumePoint p = point();
        for (int i = 0; i < 100; ++i) {
            p.position = i;
            writer.update(p);
        }
        QCOMPARE(writer.writes(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(writer.writes(), 1, 3000);
        QString problem;
        QTRY_VERIFY_WITH_TIMEOUT(ResumeWriter::read(path, &problem).has_value(), 3000);
        QCOMPARE(ResumeWriter::read(path, &problem)->position, 99.0); // the newest
        p.position = 500;
        writer.update(p);
        writer.flush(); // on quitting: at once
        QCOMPARE(ResumeWriter::read(path, &problem)->position, 500.0);
    }

    void aRestartComesBackPaused()
    {
        QTemporaryDir dir;
        double at = 0;
        {
            Application app(prompterIn(dir.path()));
            app.loadSpeech();
            app.prompter()->setSpeed(240);
            app.prompter()->start();
            app.prompter()->setPosition(150);
            at = app.prompter()->position();
            QVERIFY(at > 100);
            app.saveResumePoint(); // what the second-old file holds when the power goes
            QCOMPARE(app.resumedFrom(), QString());
        }
        Application again(prompterIn(dir.path()));
        QSignalSpy said(&again, &Application::resumedFromChanged);
        again.loadSpeech();
        QCOMPARE(said.size(), 1);
        QVERIFY(!again.resumedFrom().isEmpty());
        QVERIFY(std::abs(again.prompter()->position() - at) < 2);
        QCOMPARE(again.prompter()->speed(), 240);
        QVERIFY(again.prompter()->state() != PrompterController::Running); // paused: the speaker starts it
    }

    void aTornFileStartsAfresh()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("resume.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(point().toJson().left(20));
        f.close();
        Application app(prompterIn(dir.path()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("torn or damaged")));
        app.loadSpeech();
        QCOMPARE(app.prompter()->position(), 0.0);
        QCOMPARE(app.resumedFrom(), QString());
    }
};

QTEST_MAIN(TestResumeState)
#include "tst_resumestate.moc"
