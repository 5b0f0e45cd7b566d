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

void SyllableCounter::Picker::reset()
{
    lookingForPeak = true;
    candidate = -1e9;
    valley = 1e9;
}

double SyllableCounter::Picker::medianPeriod() const
{
    if (periods.size() < 5)
        return 0;
    std::vector<double> p(periods.cbegin(), periods.cend());
    std::nth_element(p.begin(), p.begin() + long(p.size() / 2), p.end());
    return p[p.size() / 2];
}

void SyllableCounter::Picker::feed(double env, double at, double floorDb, double dipDb, const Settings &s)
{
    if (lookingForPeak) {
        if (env > candidate) {
            candidate = env;
            candidateAt = at;
        }
        if (env < candidate - dipDb) { // fallen away: the peak was a nucleus
            const double minGap = std::max(s.minGapSeconds, s.gapShare * medianPeriod());
            if (candidate > floorDb + s.nucleusSnrDb && (lastNucleus < 0 || candidateAt - lastNucleus >= minGap)) {
                if (lastNucleus >= 0 && candidateAt - lastNucleus < kLongestPeriod) {
                    periods.push_back(candidateAt - lastNucleus);
                    if (periods.size() > kPeriods)
                        periods.pop_front();
                }
                nuclei.push_back(candidateAt);
                lastNucleus = candidateAt;
            }
            lookingForPeak = false;
            valley = env;
        }
    } else {
        valley = std::min(valley, env);
        if (env > valley + dipDb) { // risen again: a new syllable begins
            lookingForPeak = true;
            candidate = env;
            candidateAt = at;
        }
    }
}

double SyllableCounter::countingDip() const
{
    const double period = m_pace.medianPeriod();
    if (period <= 0) // not yet known: the fixed dip
        return m_s.dipDb;
    const double slowness = std::clamp((period - m_s.fastPeriod) / (m_s.slowPeriod - m_s.fastPeriod), 0.0, 1.0);
    return m_s.fastDipDb + slowness * (m_s.dipDb - m_s.fastDipDb);
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
        m_pace.reset();
        m_count.reset();
        return;
    }
    const double dip = countingDip(); // from the pace before this frame
    m_pace.feed(env, at, floorDb, m_s.dipDb, m_s);
    m_count.feed(env, at, floorDb, dip, m_s);
}

double SyllableCounter::recentRateCpm() const
{
    const double voiced = m_voicedFrames.size() * kFrame;
    if (voiced < 3.0)
        return 0;
    const double since = m_frames * kFrame - m_s.windowSeconds;
    const auto recent = std::count_if(m_count.nuclei.cbegin(), m_count.nuclei.cend(), [since](double n) { return n >= since; });
    return recent / voiced * 60.0;
}

} // namespace lectern::audio
