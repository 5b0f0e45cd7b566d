#pragma once

#include "AudioDevices.h"
#include "audio/LiveVoice.h"

#include <QAudioFormat>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QAudioSource;
class QIODevice;

namespace lectern {

// The room's microphone for the voice-paced prompter: the input chosen in the
// settings, else the default (AudioDevices; Qt Multimedia's QAudioSource), its samples turned to floats and fed
// to the voice logic (audio::LiveVoice), which says whether someone is
// speaking, the level for a meter and the speaking rate. With no input device
// it says so (`available` false) and does nothing; a device unplugged while
// listening stops it without a crash, and a device plugged in is used when
// listening is asked for again. All the deciding is in the plain C++ below;
// feed() is the same path without a sound card (tests).
class Microphone : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY availableChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // Why the last start did not listen ("" when it did, or was never asked).
    Q_PROPERTY(QString error READ error NOTIFY activeChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // 0–1 for a meter (−60 dB to −10 dB of the voice band), at most 20 times a second.
    Q_PROPERTY(double level READ level NOTIFY levelChanged)
    // 字/分钟 over the last 25 s of voice; 0 until there is enough.
    Q_PROPERTY(double rateCpm READ rateCpm NOTIFY levelChanged)

public:
    // `devices`: the kiosk's choice of devices; none: the system's defaults.
    explicit Microphone(AudioDevices *devices = nullptr, QObject *parent = nullptr);
    ~Microphone() override;

    bool available() const;
    QString deviceName() const;
    bool active() const { return m_active; }
    bool listening() const { return m_source != nullptr; } // active, on a device that opened
    void setActive(bool on);
    QString error() const { return m_error; }
    bool speaking() const { return m_voice && m_voice->speaking(); }
    double level() const { return m_level; }
    double rateCpm() const { return m_voice ? m_voice->recentRateCpm() : 0; }

    // Samples as a device would deliver them, already floats in [-1, 1].
    void feed(const float *samples, size_t count, int sampleRate);

signals:
    void availableChanged();
    void activeChanged();
    void speakingChanged();
    void levelChanged();

private:
    void startDevice();
    void stopDevice();
    void readDevice();
    void devicesChanged();

    // Asked only when listening: Qt Multimedia's backend (PulseAudio) is not
    // woken at start-up for a kiosk that may never listen.
    AudioDevices *m_devices;
    bool m_watching = false;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr;
    QAudioFormat m_format;
    std::unique_ptr<audio::LiveVoice> m_voice;
    std::vector<float> m_buffer;
    size_t m_sinceLevel = 0; // samples since the meter was last told: it is told every 50 ms of sound
    double m_level = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace lectern
