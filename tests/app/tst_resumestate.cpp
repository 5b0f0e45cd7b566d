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
    p.role = QStringLiteral("prompter");
    p.state = QStringLiteral("running");
    p.elapsedMs = 61500;
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
        QCOMPARE(back->role, QStringLiteral("prompter"));
        QCOMPARE(back->elapsedMs, 61500);
        QVERIFY(!back->quit);
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
        QTest::newRow("negative elapsed time") << QByteArray(whole).replace("61500", "-1");
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
        qint64 elapsed = 0;
        {
            Application app(prompterIn(dir.path()));
            app.loadSpeech();
            app.prompter()->setSpeed(240);
            app.prompter()->start();
            app.prompter()->setPosition(150);
            at = app.prompter()->position();
            QVERIFY(at > 100);
            QTRY_VERIFY(app.prompter()->elapsedMs() > 0);
            app.prompter()->pause(); // a frozen clock, so that what is saved is what is checked
            elapsed = app.prompter()->elapsedMs();
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
        QCOMPARE(again.prompter()->state(), PrompterController::Paused); // the speaker starts it
        QVERIFY(again.prompter()->elapsedMs() >= elapsed); // the speech's clock goes on from where it was
        QVERIFY(again.prompter()->elapsedMs() < elapsed + 5000);
    }

    // Started on the home screen after a crash: back to the role and the
    // meeting the kiosk had. After a normal quit, or with its own --mode, not.
    void theRoleAndMeetingComeBackAfterACrashOnly()
    {
        QTemporaryDir dir;
        AppOptions::Values home;
        home.dataDir = dir.path();
        {
            Application app(home);
            QCOMPARE(app.mode(), AppOptions::Home);
            QSignalSpy modeSpy(&app, &Application::modeChanged);
            app.setMode(AppOptions::Signin);
            app.setMeetingId(3);
            QCOMPARE(modeSpy.size(), 1);
            app.saveResumePoint(); // then the power goes
        }
        {
            Application app(home);
            QCOMPARE(app.mode(), AppOptions::Signin);
            QCOMPARE(app.meetingId(), 3);
            QVERIFY(!app.resumedFrom().isEmpty());
            app.saveOnQuit(); // the secretary quits with the PIN
        }
        {
            Application app(home);
            QCOMPARE(app.mode(), AppOptions::Home);
            app.setMode(AppOptions::Console);
            app.saveResumePoint(); // a crash in the console
        }
        {
            Application app(home);
            QCOMPARE(app.mode(), AppOptions::Home); // the console asks for the PIN again
        }
        AppOptions::Values paged = home;
        paged.mode = AppOptions::Paged;
        Application app(paged);
        QCOMPARE(app.mode(), AppOptions::Paged); // --mode paged wins
    }

    // The paged display on its own, turned by hand four pages on, then a
    // crash: the restart with the same arguments shows that page again (also
    // when the speech is paginated only after it is restored, as a kiosk's
    // window gets its size after the speech is loaded), and says so; where
    // nothing was restored, nothing is said.
    void thePagedDisplayComesBackToItsPage()
    {
        QTemporaryDir dir;
        AppOptions::Values paged = prompterIn(dir.path());
        paged.mode = AppOptions::Paged;
        {
            Application app(paged);
            app.loadSpeech();
            app.pages()->setSpeech(app.session()->model()); // as PagedPage.qml binds it, once the window exists
            app.pages()->setSpeech(app.session()->model());
        app.pages()->setCanvasWidth(1920);
            app.pages()->setCanvasHeight(1080);
            QVERIFY(app.pages()->count() > 5);
            QCOMPARE(app.prompter()->position(), 0.0);
            for (int i = 0; i < 4; ++i)
                QVERIFY(app.navigator()->handleKey(Qt::Key_PageDown, Qt::NoModifier));
            QCOMPARE(app.navigator()->page(), 4);
            app.saveResumePoint(); // then SIGKILL
        }
        {
            Application again(paged);
            again.loadSpeech();
            QVERIFY(!again.resumedFrom().isEmpty());
            again.pages()->setSpeech(again.session()->model()); // as PagedPage.qml binds it, once the window exists
            again.pages()->setSpeech(again.session()->model());
        again.pages()->setCanvasWidth(1920);
            again.pages()->setCanvasHeight(1080);
            QTRY_COMPARE(again.navigator()->page(), 4);
            QVERIFY(!again.navigator()->follow()); // turned by hand: it does not jump back to the prompter's place
            again.navigator()->first();
            again.saveResumePoint(); // back on the first page, then a crash
        }
        Application fresh(paged);
        fresh.loadSpeech();
        QCOMPARE(fresh.resumedFrom(), QString()); // page 1 is no place to have been restored to
        fresh.pages()->setSpeech(fresh.session()->model());
        fresh.pages()->setCanvasWidth(1920);
        fresh.pages()->setCanvasHeight(1080);
        QCOMPARE(fresh.navigator()->page(), 0);
    }

    // Leaving the teleprompter for another role stops the text.
    void leavingThePrompterPausesIt()
    {
        QTemporaryDir dir;
        Application app(prompterIn(dir.path()));
        app.loadSpeech();
        app.prompter()->start();
        QCOMPARE(app.prompter()->state(), PrompterController::Running);
        app.setMode(AppOptions::Home);
        QCOMPARE(app.prompter()->state(), PrompterController::Paused);
    }

    void aTornFileStartsAfresh()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("resume.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(point().toJson().left(20));
        f.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("torn or damaged")));
        Application app(prompterIn(dir.path()));
        app.loadSpeech();
        QCOMPARE(app.prompter()->position(), 0.0);
        QCOMPARE(app.resumedFrom(), QString());
    }
};

QTEST_MAIN(TestResumeState)
#include "tst_resumestate.moc"
