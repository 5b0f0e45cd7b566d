#include "SyllableCounter.h"

#include <algorithm>
#include <numeric>

namespace lectern::audio {

SyllableCounter::SyllableCounter() : SyllableCounter(Settings{}) {}
SyllableCounter::SyllableCounter(const Settings &settings) : m_s(settings) {}

void SyllableCounter::feed(double e, bool inVoice, double floorDb)
{
    const double t = m_frames * kFrame;
    ++m_frames;
    m_smooth.push_back(e);
    if (m_smooth.size() > 5)
        m_smooth.pop_front();
    const double env = std::accumulate(m_smooth.cbegin(), m_smooth.cend(), 0.0) / double(m_smooth.size());
    const double at = t - 0.02; // the moving average lags by two frames

    if (inVoice)
        m_voicedFrames.push_back(t);
    while (!m_voicedFrames.empty() && m_voicedFrames.front() < t - m_s.windowSeconds)
        m_voicedFrames.pop_front();

    if (!inVoice) { // between stretches: start afresh, nothing half-seen counts
        m_lookingForPeak = true;
        m_candidate = -1e9;
        m_valley = 1e9;
        return;
    }
    if (m_lookingForPeak) {
        if (env > m_candidate) {
            m_candidate = env;
            m_candidateAt = at;
        }
        if (env < m_candidate - m_s.dipDb) { // fallen away: the peak was a nucleus
            if (m_candidate > floorDb + m_s.aboveFloorDb
                && (m_lastNucleus < 0 || m_candidateAt - m_lastNucleus >= m_s.minGapSeconds)) {
                m_nuclei.push_back(m_candidateAt);
                m_lastNucleus = m_candidateAt;
            }
            m_lookingForPeak = false;
            m_valley = env;
        }
    } else {
        m_valley = std::min(m_valley, env);
        if (env > m_valley + m_s.dipDb) { // risen again: a new syllable begins
            m_lookingForPeak = true;
            m_candidate = env;
            m_candidateAt = at;
        }
    }
}

double SyllableCounter::recentRateCpm() const
{
    const double voiced = m_voicedFrames.size() * kFrame;
    if (voiced < 3.0)
        return 0;
    const double since = m_frames * kFrame - m_s.windowSeconds;
    const auto recent = std::count_if(m_nuclei.cbegin(), m_nuclei.cend(), [since](double n) { return n >= since; });
    return recent / voiced * 60.0;
}

} // namespace lectern::audio
