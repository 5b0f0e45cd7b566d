#include "VoicePacer.h"

#include "listen/Microphone.h"
#include "prompter/PrompterController.h"

namespace lectern {

VoicePacer::VoicePacer(Microphone *microphone, PrompterController *prompter, QObject *parent)
    : QObject(parent), m_microphone(microphone), m_prompter(prompter)
{
    connect(microphone, &Microphone::speakingChanged, this, &VoicePacer::update);
}

void VoicePacer::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    update();
}

void VoicePacer::update()
{
    m_prompter->setVoiceHold(m_enabled && !m_microphone->speaking());
}

} // namespace lectern
