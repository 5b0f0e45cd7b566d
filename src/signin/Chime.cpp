#include "Chime.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace lectern {

Chime::Chime(QObject *parent) : QObject(parent)
{
    // Offscreen tests and kiosks without speakers: nothing to play on, nothing to say.
    if (QMediaDevices::audioOutputs().isEmpty())
        return;
    m_effect = new QSoundEffect(QMediaDevices::defaultAudioOutput(), this);
    m_effect->setSource(QUrl(QStringLiteral("qrc:/media/chime.wav")));
    m_effect->setVolume(0.6f);
}

Chime::~Chime() = default;

void Chime::play()
{
    if (m_effect)
        m_effect->play();
}

} // namespace lectern
