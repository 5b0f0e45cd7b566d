#include "Microphone.h"

#include "Capture.h"

#include <QAudioDevice>
#include <QAudioSource>
#include <QCoreApplication>
#include <QDebug>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcAudio, "lectern.audio")

namespace lectern {

Microphone::Microphone(AudioDevices *devices, QObject *parent)
    : QObject(parent), m_devices(devices ? devices : new AudioDevices(this))
{
}

Microphone::~Microphone()
{
    stopDevice();
}

bool Microphone::available() const
{
    return m_devices->hasInput();
}

QString Microphone::deviceName() const
{
    return m_devices->input().description();
}

void Microphone::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    if (on)
        startDevice();
    else
        stopDevice();
    emit activeChanged();
}

void Microphone::startDevice()
{
    if (!m_watching) {
        m_watching = true;
        m_devices->watch();
        connect(m_devices, &AudioDevices::inputChanged, this, &Microphone::devicesChanged);
        connect(m_devices, &AudioDevices::devicesChanged, this, &Microphone::availableChanged);
    }
    m_error.clear();
    const QAudioDevice device = m_devices->input();
    if (device.isNull()) {
        m_error = QCoreApplication::translate("lectern::Microphone", "No microphone is connected.");
        qCInfo(lcAudio).noquote() << m_error;
        return;
    }
    // Mono at 16 kHz is all the voice logic needs; else what the device prefers.
    const QAudioFormat format = capture::formatFor(device, 16000);
    m_format = format;
    m_voice = std::make_unique<audio::LiveVoice>(format.sampleRate());
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(format.bytesForDuration(100000)); // 100 ms: a decision is never late by more
    m_io = m_source->start();
    if (!m_io) {
        m_error = QCoreApplication::translate("lectern::Microphone", "The microphone %1 could not be opened.").arg(device.description());
        qCWarning(lcAudio).noquote() << m_error;
        m_source.reset();
        return;
    }
    connect(m_io, &QIODevice::readyRead, this, &Microphone::readDevice);
    qCInfo(lcAudio).noquote() << "listening on" << device.description() << format.sampleRate() << "Hz";
}

void Microphone::stopDevice()
{
    if (m_source) {
        m_source->stop();
        m_source.reset();
    }
    m_io = nullptr;
    const bool wasSpeaking = speaking();
    m_voice.reset();
    m_level = 0;
    if (wasSpeaking)
        emit speakingChanged();
    emit levelChanged();
}

void Microphone::readDevice()
{
    if (!m_io)
        return;
    capture::toMono(m_format, m_io->readAll(), &m_buffer);
    feed(m_buffer.data(), m_buffer.size(), m_format.sampleRate());
}

void Microphone::feed(const float *samples, size_t count, int sampleRate)
{
    if (!m_voice || m_voice->sampleRate() != sampleRate)
        m_voice = std::make_unique<audio::LiveVoice>(sampleRate);
    if (m_voice->feed(samples, count))
        emit speakingChanged();
    m_sinceLevel += count;
    if (m_sinceLevel >= size_t(sampleRate / 20)) {
        m_sinceLevel = 0;
        m_level = std::clamp((m_voice->levelDb() + 60.0) / 50.0, 0.0, 1.0);
        emit levelChanged();
    }
}

void Microphone::devicesChanged()
{
    emit availableChanged();
    if (!m_active)
        return;
    // The device listened to went away, another was chosen, or one came: start again on it, if any.
    stopDevice();
    startDevice();
    emit activeChanged();
}

} // namespace lectern
