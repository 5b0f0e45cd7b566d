#include "LiveVoice.h"

namespace lectern::audio {

LiveVoice::LiveVoice(int sampleRate, const VoiceSettings &settings)
    : m_rate(sampleRate), m_band(sampleRate), m_voice(settings)
{
}

bool LiveVoice::feed(const float *samples, size_t count)
{
    const bool before = m_voice.speaking();
    m_frames.clear();
    m_band.feed(samples, count, &m_frames);
    for (double e : m_frames) {
        m_voice.feed(e);
        m_syllables.feed(e, m_voice.inStretch(), m_voice.noiseFloorDb());
        m_level = e;
    }
    return m_voice.speaking() != before;
}

} // namespace lectern::audio
