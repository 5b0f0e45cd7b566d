// Voice-paced prompting without a sound card: the microphone's path fed with
// samples, the pacer joining its verdict to the prompter. The text waits
// while the speaker is silent, moves while they speak, and eases to a stop
// after they stop. With no input device the microphone says so, never crashes.
#include "../audio/SyntheticVoice.h"
#include "app/VoicePacer.h"
#include "listen/Microphone.h"
#include "prompter/PrompterController.h"
#include "document/SpeechImporter.h"

#include <QSignalSpy>
#include <QTest>

using namespace lectern;

namespace {

constexpr int kRate = 16000;

// Feeds `sound` in 20 ms chunks, the prompter's clock kept with it (a frame a chunk).
void play(Microphone &mic, PrompterController &prompter, ManualClock &clock, const audio::MonoSound &sound)
{
    const size_t chunk = kRate / 50;
    for (size_t at = 0; at < sound.samples.size(); at += chunk) {
        mic.feed(sound.samples.data() + at, std::min(chunk, sound.samples.size() - at), kRate);
        clock.advance(20);
        prompter.tick();
    }
}

// The prompter on the shipped sample speech, with a manual clock and no countdown.
bool prompterOnTheSample(PrompterController &prompter, const std::shared_ptr<ManualClock> &clock)
{
    const ImportResult speech = importSpeech(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
    if (!speech.ok())
        return false;
    prompter.setClock(clock);
    prompter.setDocument(*speech.document);
    prompter.setCountdownSeconds(0);
    return true;
}

} // namespace

class TestVoicePacer : public QObject
{
    Q_OBJECT
private slots:
    void theTextFollowsTheVoice()
    {
        auto clock = std::make_shared<ManualClock>();
        PrompterController prompter;
        QVERIFY(prompterOnTheSample(prompter, clock));
        Microphone mic;
        VoicePacer pacer(&mic, &prompter);
        QSignalSpy spoken(&mic, &Microphone::speakingChanged);
        pacer.setEnabled(true);
        QVERIFY(prompter.voiceHold()); // nobody speaks yet
        prompter.start();

        audio::MonoSound quiet{kRate, {}};
        synthetic::addSilence(&quiet, 2);
        synthetic::addNoise(&quiet, 0.005f);
        play(mic, prompter, *clock, quiet);
        QCOMPARE(prompter.position(), 0.0); // waiting for the speaker

        double loudest = 0;
        connect(&mic, &Microphone::levelChanged, this, [&] { loudest = std::max(loudest, mic.level()); });
        audio::MonoSound voice{kRate, {}};
        synthetic::addSyllables(&voice, 14, 3.5);
        play(mic, prompter, *clock, voice);
        QVERIFY(mic.speaking());
        QCOMPARE(spoken.size(), 1);
        QVERIFY(!prompter.voiceHold());
        const double spokenTo = prompter.position();
        QVERIFY(spokenTo > 0);
        QVERIFY2(loudest > 0.5, qPrintable(QString::number(loudest))); // the meter shows the voice

        audio::MonoSound pause{kRate, {}};
        synthetic::addSilence(&pause, 3);
        play(mic, prompter, *clock, pause);
        QVERIFY(!mic.speaking());
        QVERIFY(prompter.voiceHold());
        QCOMPARE(prompter.state(), PrompterController::Running); // held, not paused
        QCOMPARE(prompter.currentSpeed(), 0.0);
        const double heldAt = prompter.position();
        QVERIFY(heldAt - spokenTo < 8); // it eased to a stop within a few characters after the hang time

        // Off: the prompter runs as set, voice or not.
        pacer.setEnabled(false);
        QVERIFY(!prompter.voiceHold());
        play(mic, prompter, *clock, pause);
        QVERIFY(prompter.position() > heldAt);
    }

    void nextSpeed_data()
    {
        QTest::addColumn<int>("current");
        QTest::addColumn<double>("measured");
        QTest::addColumn<int>("next");
        QTest::newRow("nothing measured yet") << 180 << 0.0 << 180;
        QTest::newRow("faster speaker: one step up") << 180 << 260.0 << 190;
        QTest::newRow("slower speaker: one step down") << 240 << 150.0 << 230;
        QTest::newRow("close: a small step") << 200 << 206.0 << 206;
        QTest::newRow("within the deadband: left alone") << 200 << 203.4 << 200;
        QTest::newRow("never below the floor") << 125 << 40.0 << 120;
        QTest::newRow("never above the ceiling") << 395 << 900.0 << 400;
    }
    void nextSpeed()
    {
        QFETCH(int, current);
        QFETCH(double, measured);
        QFETCH(int, next);
        QCOMPARE(VoicePacer::nextSpeed(current, measured), next);
    }

    // Following the rate: a speaker at about 4 syllables a second (240 字/分钟)
    // brings a prompter set to 150 up towards their pace, a step a second; off, it stays.
    void theSpeedFollowsTheSpeakersRate_data()
    {
        QTest::addColumn<bool>("follow");
        QTest::newRow("following") << true;
        QTest::newRow("not following") << false;
    }
    void theSpeedFollowsTheSpeakersRate()
    {
        QFETCH(bool, follow);
        auto clock = std::make_shared<ManualClock>();
        PrompterController prompter;
        QVERIFY(prompterOnTheSample(prompter, clock));
        prompter.setSpeed(150);
        Microphone mic;
        VoicePacer pacer(&mic, &prompter);
        pacer.setFollowRate(follow);
        pacer.setEnabled(true);
        prompter.start();
        QSignalSpy speeds(&prompter, &PrompterController::speedChanged);
        QList<int> seen;
        connect(&prompter, &PrompterController::speedChanged, this, [&] { seen.append(prompter.speed()); });
        audio::MonoSound voice{kRate, {}};
        synthetic::addSilence(&voice, 0.5);
        synthetic::addSyllables(&voice, 160, 4.0);
        play(mic, prompter, *clock, voice);
        if (!follow) {
            QCOMPARE(prompter.speed(), 150);
            QCOMPARE(speeds.size(), 0);
            return;
        }
        QVERIFY2(prompter.speed() > 190 && prompter.speed() <= 260, qPrintable(QString::number(prompter.speed())));
        int last = 150;
        for (int s : seen) {
            QVERIFY2(std::abs(s - last) <= VoicePacer::kStepCpm, "a lurch");
            last = s;
        }
        QVERIFY(seen.size() <= 40); // at most once a second of sound
    }

    void noInputDevice()
    {
        Microphone mic;
        if (mic.available())
            QSKIP("this machine has a microphone: nothing to check about having none");
        QSignalSpy active(&mic, &Microphone::activeChanged);
        mic.setActive(true);
        QVERIFY(!mic.error().isEmpty());
        QVERIFY(!mic.speaking());
        mic.setActive(false);
        QCOMPARE(active.size(), 2);
    }
};

QTEST_MAIN(TestVoicePacer)
#include "tst_voicepacer.moc"
