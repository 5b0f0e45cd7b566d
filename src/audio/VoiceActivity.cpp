#include "VoiceActivity.h"

#include <algorithm>

namespace lectern::audio {

VoiceActivity::VoiceActivity(const VoiceSettings &settings) : m_s(settings) {}

void VoiceActivity::feed(double e)
{
    const double t = now();
    ++m_frames;
    if (!m_floorSet) {
        m_floor = std::max(e, m_s.floorMinDb);
        m_floorSet = true;
    }
    const bool voiced = e > m_floor + (m_open ? m_s.offAboveFloorDb : m_s.onAboveFloorDb);
    // The floor: down quickly to anything quieter (not at once: it would sit on
    // the noise's quietest frames and take its ordinary ones for voice), up
    // slowly while nobody speaks.
    if (e < m_floor)
        m_floor = std::max(m_floor + (e - m_floor) * 0.2, m_s.floorMinDb);
    else if (!voiced && !m_open)
        m_floor = std::min(e, m_floor + m_s.floorRiseDbPerSecond * kFrame);

    if (voiced) {
        if (!m_open) {
            m_open = true;
            m_confirmed = false;
            m_openStart = t;
            m_voicedInOpen = 0;
        }
        m_voicedInOpen += kFrame;
        m_lastVoiceEnd = t + kFrame;
        if (!m_confirmed && m_voicedInOpen >= m_s.minVoiceSeconds - 1e-9)
            m_confirmed = true;
        if (m_confirmed)
            m_speaking = true;
    } else if (m_open && t + kFrame - m_lastVoiceEnd > m_s.bridgeSeconds) {
        close();
    }
    if (m_speaking && m_lastVoiceEnd >= 0 && t + kFrame - m_lastVoiceEnd >= m_s.hangSeconds)
        m_speaking = false;
}

void VoiceActivity::close()
{
    if (m_confirmed)
        m_segments.push_back({m_openStart, m_lastVoiceEnd});
    m_open = false;
    m_confirmed = false;
}

void VoiceActivity::finish()
{
    if (m_open)
        close();
}

double VoiceActivity::voicedSeconds() const
{
    double sum = 0;
    for (const Segment &s : m_segments)
        sum += s.end - s.start;
    if (m_open && m_confirmed)
        sum += m_lastVoiceEnd - m_openStart;
    return sum;
}

} // namespace lectern::audio
