#include "SoundCue.h"

#include "AudioDevices.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace lectern {

SoundCue::SoundCue(QObject *parent) : QObject(parent) {}
SoundCue::~SoundCue() = default;

QString SoundCue::sourceOf(const QString &name)
{
    if (name == u"chime" || name == u"tick")
        return QStringLiteral("qrc:/media/%1.wav").arg(name);
    return {};
}

void SoundCue::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    dropEffect();
    emit nameChanged();
}

void SoundCue::setDeviceId(const QString &id)
{
    if (id == m_deviceId)
        return;
    m_deviceId = id;
    dropEffect();
    emit deviceChanged();
}

// Made again at the next play, with the new sound or on the new device (a
// device unplugged is never played on).
void SoundCue::dropEffect()
{
    delete m_effect;
    m_effect = nullptr;
}

bool SoundCue::available() const
{
    return !sourceOf(m_name).isEmpty() && !QMediaDevices::audioOutputs().isEmpty();
}

void SoundCue::play()
{
    if (!m_effect) {
        // Offscreen tests and kiosks without speakers: nothing to play on, nothing to say.
        if (!available())
            return;
        m_effect = new QSoundEffect(AudioDevices::outputById(m_deviceId), this);
        m_effect->setSource(QUrl(sourceOf(m_name)));
        m_effect->setVolume(m_name == u"tick" ? 0.4f : 0.6f);
    }
    m_effect->play();
}

} // namespace lectern
