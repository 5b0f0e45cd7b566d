#include "SoundCue.h"

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
    delete m_effect;
    m_effect = nullptr;
    emit nameChanged();
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
        m_effect = new QSoundEffect(QMediaDevices::defaultAudioOutput(), this);
        m_effect->setSource(QUrl(sourceOf(m_name)));
        m_effect->setVolume(m_name == u"tick" ? 0.4f : 0.6f);
    }
    m_effect->play();
}

} // namespace lectern
