#include "PrompterFixtures.h"
#include "document/SpeechImporter.h"
#include "document/Timing.h"
#include "prompter/PrompterController.h"
#include "speech/SpeechSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace lectern;

namespace {

struct Rig
{
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    PrompterController prompter;

    explicit Rig(const Document &d)
    {
        prompter.setClock(clock);
        prompter.setDocument(d);
    }
    // Frames at about 60 Hz, with the jitter real frames have (15–18 ms).
    void run(double seconds)
    {
        static const int jitter[] = {16, 17, 16, 15, 18, 17};
        qint64 left = qint64(seconds * 1000);
        for (int i = 0; left > 0; ++i) {
            const qint64 step = std::min<qint64>(jitter[i % 6], left);
            clock->advance(step);
            left -= step;
            prompter.tick();
        }
    }
    // Runs until the end; returns the seconds it took.
    double runToEnd(double limit = 7200)
    {
        double t = 0;
        while (prompter.state() != PrompterController::Finished && t < limit) {
            run(0.1);
            t += 0.1;
        }
        return t;
    }
    void startRunning()
    {
        prompter.start();
        run(PrompterController::kDefaultCountdownSeconds + 0.001);
    }
};

Document sampleSpeech()
{
    const ImportResult r = importSpeech(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
    Q_ASSERT(r.ok());
    return *r.document;
}

} // namespace

class TestPrompter : public QObject
{
    Q_OBJECT
private slots:
    // Voice-paced: the speaker falls silent, the text eases to a stop (still
    // running: nobody pressed pause) and eases back when they speak again —
    // the same ramp both ways, never a jump in speed.
    void voiceHoldEasesToAStopAndBack()
    {
        Rig rig(sampleSpeech());
        rig.prompter.setSpeed(180);
        rig.startRunning();
        rig.run(3);
        QCOMPARE(rig.prompter.currentSpeed(), 180.0);
        QSignalSpy held(&rig.prompter, &PrompterController::voiceHoldChanged);
        rig.prompter.setVoiceHold(true);
        QCOMPARE(held.size(), 1);
        double last = rig.prompter.currentSpeed();
        double biggestStep = 0;
        for (int i = 0; i < 100; ++i) { // 1.7 s of frames
            rig.run(0.017);
            biggestStep = std::max(biggestStep, std::abs(rig.prompter.currentSpeed() - last));
            last = rig.prompter.currentSpeed();
        }
        QCOMPARE(rig.prompter.currentSpeed(), 0.0);
        QCOMPARE(rig.prompter.state(), PrompterController::Running);
        const double stoppedAt = rig.prompter.position();
        rig.run(5);
        QCOMPARE(rig.prompter.position(), stoppedAt); // waits for the speaker
        rig.prompter.setVoiceHold(false);
        rig.run(0.1);
        QVERIFY(rig.prompter.position() > stoppedAt); // moving again at once…
        QVERIFY(rig.prompter.currentSpeed() < 180);   // …easing back
        last = rig.prompter.currentSpeed();
        for (int i = 0; i < 100; ++i) {
            rig.run(0.017);
            biggestStep = std::max(biggestStep, std::abs(rig.prompter.currentSpeed() - last));
            last = rig.prompter.currentSpeed();
        }
        QCOMPARE(rig.prompter.currentSpeed(), 180.0);
        QVERIFY2(biggestStep <= PrompterController::kRampPerSecond * 0.018 + 1e-9, qPrintable(QString::number(biggestStep)));
    }

    void countdownThenRuns()
    {
        Rig rig(smallSpeech());
        QSignalSpy state(&rig.prompter, &PrompterController::stateChanged);
        rig.prompter.start();
        QCOMPARE(rig.prompter.state(), PrompterController::Countdown);
        QCOMPARE(rig.prompter.countdown(), 3);
        rig.run(1.0);
        QCOMPARE(rig.prompter.countdown(), 2);
        rig.run(1.0);
        QCOMPARE(rig.prompter.countdown(), 1);
        QCOMPARE(rig.prompter.position(), 0.0);
        rig.run(1.0);
        QCOMPARE(rig.prompter.state(), PrompterController::Running);
        QVERIFY(state.count() >= 4);
    }

    void charactersPerMinute_data()
    {
        QTest::addColumn<int>("speed");
        QTest::newRow("60") << 60;
        QTest::newRow("180") << 180;
        QTest::newRow("400") << 400;
    }
    void charactersPerMinute()
    {
        QFETCH(int, speed);
        Rig rig(sampleSpeech());
        rig.prompter.setSpeed(speed);
        rig.startRunning();
        rig.run(60);
        // The soft start costs half the ramp time at full speed.
        const double rampLoss = speed / PrompterController::kRampPerSecond / 2.0 * speed / 60.0;
        const double expected = std::min<double>(speed - rampLoss, rig.prompter.total());
        QVERIFY2(std::abs(rig.prompter.position() - expected) < 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(rig.prompter.position()).arg(expected)));
        QCOMPARE(rig.prompter.currentSpeed(), double(speed));
    }

    void speedStepsClampAndRamp()
    {
        Rig rig(smallSpeech());
        QSignalSpy speed(&rig.prompter, &PrompterController::speedChanged);
        QCOMPARE(rig.prompter.speed(), 180);
        rig.prompter.faster();
        QCOMPARE(rig.prompter.speed(), 190);
        rig.prompter.setSpeed(1000);
        QCOMPARE(rig.prompter.speed(), 400);
        rig.prompter.setSpeed(5);
        QCOMPARE(rig.prompter.speed(), 60);
        rig.prompter.slower();
        QCOMPARE(rig.prompter.speed(), 60);
        QCOMPARE(speed.count(), 3);

        rig.prompter.setSpeed(180);
        rig.startRunning();
        rig.run(2);
        QCOMPARE(rig.prompter.currentSpeed(), 180.0);
        rig.prompter.faster();
        rig.clock->advance(16);
        rig.prompter.tick();
        QVERIFY(rig.prompter.currentSpeed() > 180 && rig.prompter.currentSpeed() < 190); // no jump
        rig.run(0.1);
        QCOMPARE(rig.prompter.currentSpeed(), 190.0);
    }

    void etaWithinTwoPercent_data()
    {
        QTest::addColumn<int>("speed");
        QTest::newRow("150") << 150;
        QTest::newRow("180") << 180;
        QTest::newRow("300") << 300;
    }
    void etaWithinTwoPercent()
    {
        QFETCH(int, speed);
        Rig rig(sampleSpeech());
        rig.prompter.setSpeed(speed);
        const double predicted = rig.prompter.remainingSeconds();
        QCOMPARE(predicted, estimateSeconds(rig.prompter.total(), speed));
        rig.startRunning();
        const double actual = rig.runToEnd();
        QVERIFY2(std::abs(actual - predicted) / predicted < 0.02,
                 qPrintable(QStringLiteral("predicted %1 s, took %2 s").arg(predicted).arg(actual)));
        // Half-way, the estimate still holds.
        Rig again(sampleSpeech());
        again.prompter.setSpeed(speed);
        again.startRunning();
        again.run(actual / 2);
        const double left = again.prompter.remainingSeconds();
        QVERIFY(std::abs((actual / 2) - left) / actual < 0.02);
    }

    void targetDurationSetsTheSpeedAndTheSchedule()
    {
        Rig rig(sampleSpeech());
        const int total = rig.prompter.total();
        rig.prompter.setTargetSeconds(300);
        QCOMPARE(rig.prompter.speed(), int(std::lround(total * 60.0 / 300)));
        rig.startRunning();
        rig.run(100);
        QVERIFY(std::abs(rig.prompter.scheduleSeconds()) < 2.0);
        // A 20 s pause puts the speaker behind; the speed then rises to catch up.
        const int before = rig.prompter.speed();
        rig.prompter.pause();
        rig.run(20);
        QVERIFY2(rig.prompter.scheduleSeconds() < -18, qPrintable(QString::number(rig.prompter.scheduleSeconds())));
        rig.prompter.resume();
        rig.run(1);
        QVERIFY(rig.prompter.speed() > before);
        const double finished = rig.runToEnd() + 100 + 20 + 1;
        QVERIFY2(std::abs(finished - 300) / 300 < 0.02, qPrintable(QString::number(finished)));
        // A hand on the speed ends the target.
        QSignalSpy target(&rig.prompter, &PrompterController::targetSecondsChanged);
        rig.prompter.faster();
        QCOMPARE(rig.prompter.targetSeconds(), 0);
        QCOMPARE(target.count(), 1);
    }

    void sections()
    {
        Rig rig(smallSpeech());
        QCOMPARE(rig.prompter.sectionCount(), 2);
        QCOMPARE(rig.prompter.sectionTitles(), QStringList({"一、认清形势", "二、突出重点"}));
        QCOMPARE(rig.prompter.sectionNumber(), 0);
        rig.prompter.nextSection();
        QCOMPARE(rig.prompter.position(), 7.0);
        QCOMPARE(rig.prompter.sectionTitle(), QStringLiteral("一、认清形势"));
        rig.prompter.nextSection();
        QCOMPARE(rig.prompter.position(), 22.0);
        QCOMPARE(rig.prompter.sectionNumber(), 2);
        rig.prompter.nextSection(); // no further section: stays
        QCOMPARE(rig.prompter.position(), 22.0);
        rig.prompter.nudge(3);
        rig.prompter.previousSection(); // three characters in: back to this section's start
        QCOMPARE(rig.prompter.position(), 22.0);
        rig.prompter.previousSection();
        QCOMPARE(rig.prompter.position(), 7.0);
        rig.prompter.jumpToSection(2);
        QCOMPARE(rig.prompter.position(), 22.0);
        rig.prompter.jumpToSection(5); // no such section
        QCOMPARE(rig.prompter.position(), 22.0);
        QCOMPARE(rig.prompter.anchorBlock(), 5);
        rig.prompter.end();
        QCOMPARE(rig.prompter.position(), 40.0);
        rig.prompter.home();
        QCOMPARE(rig.prompter.anchorBlock(), 1);
    }

    void keysDriveTheController()
    {
        Rig rig(smallSpeech());
        PrompterController &p = rig.prompter;
        QVERIFY(p.handleKey(Qt::Key_Space, 0));
        QCOMPARE(p.state(), PrompterController::Countdown);
        p.handleKey(Qt::Key_Escape, 0);
        QCOMPARE(p.state(), PrompterController::Paused);
        p.handleKey(Qt::Key_F5, 0);
        QCOMPARE(p.state(), PrompterController::Running);
        p.handleKey(Qt::Key_PageDown, 0);
        QCOMPARE(p.position(), 7.0);
        p.handleKey(Qt::Key_Right, 0);
        QCOMPARE(p.position(), 22.0);
        p.handleKey(Qt::Key_PageUp, 0);
        QCOMPARE(p.position(), 7.0);
        p.handleKey(Qt::Key_Up, 0);
        QCOMPARE(p.speed(), 190);
        p.handleKey(Qt::Key_Down, 0);
        p.handleKey(Qt::Key_Down, 0);
        QCOMPARE(p.speed(), 170);
        p.handleKey(Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(p.position(), 7.0 + PrompterController::kNudgeChars);
        p.handleKey(Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(p.position(), 7.0);
        p.handleKey(Qt::Key_2, 0);
        QCOMPARE(p.position(), 22.0);
        p.handleKey(Qt::Key_End, 0);
        QCOMPARE(p.position(), 40.0);
        p.handleKey(Qt::Key_Home, 0);
        QCOMPARE(p.position(), 0.0);
        QSignalSpy blank(&p, &PrompterController::blankedChanged);
        p.handleKey(Qt::Key_B, 0);
        QVERIFY(p.blanked());
        p.handleKey(Qt::Key_Period, 0);
        QVERIFY(!p.blanked());
        QCOMPARE(blank.count(), 2);
        // View keys act on the view state; without one they are not accepted.
        QVERIFY(!p.handleKey(Qt::Key_M, 0));
        PrompterViewState view;
        view.setReferenceHeight(1080);
        p.setViewState(&view);
        QVERIFY(p.handleKey(Qt::Key_M, 0));
        QVERIFY(view.mirrorHorizontal());
        QVERIFY(p.handleKey(Qt::Key_V, 0));
        QVERIFY(view.mirrorVertical());
        const double px = view.effectiveFontPx();
        QVERIFY(p.handleKey(Qt::Key_Plus, 0));
        QCOMPARE(view.effectiveFontPx(), px + PrompterViewState::kFontStep);
        QVERIFY(p.handleKey(Qt::Key_Minus, 0));
        QVERIFY(p.handleKey(Qt::Key_Minus, 0));
        QCOMPARE(view.effectiveFontPx(), px - PrompterViewState::kFontStep);
        // Ctrl+Q belongs to the application.
        QVERIFY(!p.handleKey(Qt::Key_Q, Qt::ControlModifier));
    }

    // The agenda's next item takes N twice within the window: one press (a
    // clicker's stray key) only arms it, and a press after the window arms again.
    void nextItemNeedsTwoPresses_data()
    {
        QTest::addColumn<QList<int>>("gapsMs"); // before each press after the first
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("armedAfter");
        QTest::newRow("one press") << QList<int>{} << 0 << true;
        QTest::newRow("two quick presses") << QList<int>{500} << 1 << false;
        QTest::newRow("two at the edge") << QList<int>{int(kNextItemWindowMs)} << 1 << false;
        QTest::newRow("too slow") << QList<int>{int(kNextItemWindowMs) + 500} << 0 << true;
        QTest::newRow("slow then quick") << QList<int>{int(kNextItemWindowMs) + 500, 400} << 1 << false;
        QTest::newRow("three quick") << QList<int>{300, 300} << 1 << true;
    }
    void nextItemNeedsTwoPresses()
    {
        QFETCH(QList<int>, gapsMs);
        QFETCH(int, requests);
        QFETCH(bool, armedAfter);
        Rig rig(smallSpeech());
        PrompterController &p = rig.prompter;
        QSignalSpy asked(&p, &PrompterController::nextItemRequested);
        QVERIFY(p.handleKey(Qt::Key_N, 0));
        QVERIFY(p.nextItemArmed());
        for (int gap : gapsMs) {
            rig.clock->advance(gap);
            QVERIFY(p.handleKey(Qt::Key_N, 0));
        }
        QCOMPARE(asked.count(), requests);
        QCOMPARE(p.nextItemArmed(), armedAfter);
        QCOMPARE(p.state(), PrompterController::Idle); // the text itself is not touched
    }

    // The sentence under the reading line is said when it changes, not on
    // every frame the text scrolls.
    void sentenceChangesOnlyBetweenSentences()
    {
        Rig rig(sampleSpeech());
        PrompterController &p = rig.prompter;
        QSignalSpy sentences(&p, &PrompterController::sentenceChanged);
        QSignalSpy moves(&p, &PrompterController::positionChanged);
        const QString first = p.sentenceText();
        QVERIFY(!first.isEmpty());
        p.start();
        rig.run(20);
        QVERIFY(moves.count() > 600);
        QVERIFY(sentences.count() > 0);
        QVERIFY(sentences.count() * 10 < moves.count());
        QVERIFY(p.sentenceText() != first);
    }

    void dragPausesAndResumes()
    {
        Rig rig(smallSpeech());
        rig.startRunning();
        rig.prompter.beginDrag();
        QCOMPARE(rig.prompter.state(), PrompterController::Paused);
        rig.prompter.setAnchor(4, 5); // the finger put block 4, offset 5 under the reading line
        QCOMPARE(rig.prompter.position(), 16.0);
        rig.run(1);
        QCOMPARE(rig.prompter.position(), 16.0);
        rig.prompter.endDrag();
        QCOMPARE(rig.prompter.state(), PrompterController::Running);
        rig.run(1);
        QVERIFY(rig.prompter.position() > 16.0);
    }

    void stallDoesNotLeap()
    {
        Rig rig(smallSpeech());
        rig.startRunning();
        rig.run(1);
        const double before = rig.prompter.position();
        rig.clock->advance(5000); // the machine froze for five seconds
        rig.prompter.tick();
        QVERIFY(rig.prompter.position() - before < 1.0);
    }

    void followsTheModel()
    {
        SpeechSession session;
        PrompterController prompter;
        QSignalSpy changed(&prompter, &PrompterController::modelChanged);
        prompter.setModel(session.model());
        session.setSource(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
        QVERIFY(changed.count() >= 2);
        QCOMPARE(prompter.total(), session.hanChars());
        QCOMPARE(prompter.sectionCount(), 3);
        prompter.jumpToSection(3);
        QVERIFY(prompter.sectionTitle().startsWith(QStringLiteral("三、")));
        QCOMPARE(prompter.blockRow(), prompter.anchorBlock() - 1);
    }
};

QTEST_GUILESS_MAIN(TestPrompter)
#include "tst_prompter.moc"
