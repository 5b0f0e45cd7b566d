#include "SyllableCounter.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lectern::audio {

SyllableCounter::SyllableCounter() : SyllableCounter(Settings{}) {}
SyllableCounter::SyllableCounter(const Settings &settings) : m_s(settings) {}

namespace {

constexpr size_t kPeriods = 15;       // intervals the median is taken over
constexpr double kLongestPeriod = 0.6; // a longer interval is a pause, not a syllable's length

// The frame's energy less the noise's (both in dB): what the voice alone puts
// in the band, never below the floor itself. (Lower, the log of a small
// difference swings wildly with the noise, and each swing reads as a dip
// between syllables: 22 % too many over pink noise when slowed.)
double voiceAlone(double e, double floorDb)
{
    const double power = std::pow(10.0, e / 10.0) - std::pow(10.0, floorDb / 10.0);
    return power > 0 ? std::max(10.0 * std::log10(power), floorDb) : floorDb;
}

} // namespace

double SyllableCounter::minGap() const
{
    if (m_periods.size() < 5)
        return m_s.minGapSeconds;
    std::vector<double> p(m_periods.cbegin(), m_periods.cend());
    std::nth_element(p.begin(), p.begin() + long(p.size() / 2), p.end());
    return std::max(m_s.minGapSeconds, m_s.gapShare * p[p.size() / 2]);
}

void SyllableCounter::feed(double e, bool inVoice, double floorDb)
{
    const double t = m_frames * kFrame;
    ++m_frames;
    m_smooth.push_back(voiceAlone(e, floorDb));
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
            if (m_candidate > floorDb + m_s.nucleusSnrDb
                && (m_lastNucleus < 0 || m_candidateAt - m_lastNucleus >= minGap())) {
                if (m_lastNucleus >= 0 && m_candidateAt - m_lastNucleus < kLongestPeriod) {
                    m_periods.push_back(m_candidateAt - m_lastNucleus);
                    if (m_periods.size() > kPeriods)
                        m_periods.pop_front();
                }
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
