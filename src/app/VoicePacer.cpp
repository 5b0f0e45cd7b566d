#include "VoicePacer.h"

#include "listen/Microphone.h"
#include "prompter/PrompterController.h"

#include <algorithm>
#include <cmath>

namespace lectern {

VoicePacer::VoicePacer(Microphone *microphone, PrompterController *prompter, QObject *parent)
    : QObject(parent), m_microphone(microphone), m_prompter(prompter)
{
    connect(microphone, &Microphone::speakingChanged, this, &VoicePacer::update);
    connect(microphone, &Microphone::levelChanged, this, &VoicePacer::levelTick);
}

int VoicePacer::nextSpeed(int current, double measuredCpm)
{
    if (measuredCpm <= 0)
        return current;
    const int target = std::clamp(int(std::lround(measuredCpm)), kMinCpm, kMaxCpm);
    if (std::abs(target - current) < kDeadbandCpm)
        return current;
    return current + std::clamp(target - current, -kStepCpm, kStepCpm);
}

// Once a second of sound, while the speaker speaks: a pause says nothing of their pace.
void VoicePacer::levelTick()
{
    if (!m_enabled || !m_followRate || ++m_ticks % 20 != 0 || !m_microphone->speaking())
        return;
    const int next = nextSpeed(m_prompter->speed(), m_microphone->rateCpm());
    if (next != m_prompter->speed())
        m_prompter->setSpeed(next);
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
