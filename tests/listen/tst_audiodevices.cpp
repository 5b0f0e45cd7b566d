// The sound devices chosen in the settings, without a sound server: a choice
// is remembered as given, one not plugged in falls back to the default (none
// here), and playing back with no speakers says so instead of failing.
#include "listen/AudioDevices.h"
#include "listen/RecordingPlayer.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace lectern;

class TestAudioDevices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        AudioDevices probe;
        if (probe.hasInput() || probe.hasOutput())
            QSKIP("this machine has sound devices: these cases are about having none (the end-to-end test plugs some in)");
    }

    void aChoiceIsKeptAndAnAbsentDeviceFallsBack()
    {
        AudioDevices devices;
        QSignalSpy chosen(&devices, &AudioDevices::choiceChanged);
        QCOMPARE(devices.inputId(), QString());
        devices.setInputId(QStringLiteral("alsa_input.usb-Rode_NT-USB"));
        devices.setOutputId(QStringLiteral("hdmi-stereo"));
        devices.setInputId(QStringLiteral("alsa_input.usb-Rode_NT-USB")); // the same again: nothing new
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(devices.inputId(), QStringLiteral("alsa_input.usb-Rode_NT-USB"));
        QCOMPARE(devices.outputId(), QStringLiteral("hdmi-stereo"));
        // Not plugged in: the default stands in, and there is none.
        QVERIFY(devices.input().isNull());
        QVERIFY(devices.output().isNull());
        QVERIFY(!devices.hasInput());
        QVERIFY(devices.inputs().isEmpty());
        QVERIFY(devices.outputs().isEmpty());
        QVERIFY(AudioDevices::inputById(QStringLiteral("alsa_input.usb-Rode_NT-USB")).isNull());
    }

    void playbackWithoutSpeakersIsSaid()
    {
        AudioDevices devices;
        RecordingPlayer player;
        player.setDevices(&devices);
        QSignalSpy playing(&player, &RecordingPlayer::playingChanged);
        player.toggle(7, QUrl::fromLocalFile(QStringLiteral("/nonexistent/take.flac")));
        QCOMPARE(player.playing(), 0);
        QVERIFY(!player.error().isEmpty());
        QCOMPARE(playing.size(), 1);
        QCOMPARE(player.positionText(), QString());
        player.stop(); // nothing playing: nothing to do, no crash
        QCOMPARE(playing.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAudioDevices)
#include "tst_audiodevices.moc"
