// Voice-paced prompting without a sound card: the microphone's path fed with
// samples, the pacer joining its verdict to the prompter. The text waits
// while the speaker is silent, moves while they speak, and eases to a stop
// after they stop. With no input device the microphone says so, never crashes.
#include "SyntheticVoice.h"
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

} // namespace

class TestVoicePacer : public QObject
{
    Q_OBJECT
private slots:
    void theTextFollowsTheVoice()
    {
        const ImportResult speech = importSpeech(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
        QVERIFY(speech.ok());
        auto clock = std::make_shared<ManualClock>();
        PrompterController prompter;
        prompter.setClock(clock);
        prompter.setDocument(*speech.document);
        prompter.setCountdownSeconds(0);
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
