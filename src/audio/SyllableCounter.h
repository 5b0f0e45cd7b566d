#pragma once

#include <deque>
#include <vector>

namespace lectern::audio {

// The speaking rate in 字/分钟: in Mandarin one syllable is one character,
// and each syllable has one vowel nucleus, a peak of the voice band's energy.
// Peaks are picked on the smoothed envelope (50 ms) of the voice alone (the
// noise floor's power taken off each frame, so noise does not fill the dips
// between syllables) with hysteresis: a peak counts once the envelope has
// fallen `dipDb` below it, and the next may start only after it has risen
// `dipDb` above the valley between — so the ripple inside one vowel is one
// syllable, and two syllables run together still show as two. Two nuclei
// closer than a share (`gapShare`) of the speaker's own recent syllable
// period are one: a slow speaker's long vowels ripple, a fast one's
// syllables come close. Only inside stretches of voice, and above the noise.
// Calibrated on real read Mandarin (AISHELL-1 and FLEURS voices, slowed and
// sped with sox's tempo, in quiet and over pink noise at 10 dB SNR;
// docs/benchmarks.md, "Speaking rate on real voices").
class SyllableCounter
{
public:
    struct Settings
    {
        double dipDb = 2.5;
        double minGapSeconds = 0.06;  // never closer than this (17 syllables a second)
        double gapShare = 0.35;       // …nor closer than this share of the recent median period
        double nucleusSnrDb = 0;      // the voice alone in a nucleus is louder than the noise
        double windowSeconds = 25;    // the live rate: over the last 25 s of voice
    };

    SyllableCounter();
    explicit SyllableCounter(const Settings &settings);

    // One 10 ms frame: its energy, whether it is inside a stretch of voice, and the floor.
    void feed(double energyDb, bool inVoice, double floorDb);

    int syllables() const { return int(m_nuclei.size()); }
    const std::vector<double> &nuclei() const { return m_nuclei; } // times, seconds
    // The same over the last windowSeconds of voice (0 until there are 3 s of it).
    double recentRateCpm() const;

private:
    static constexpr double kFrame = 0.010;
    Settings m_s;
    long long m_frames = 0;
    std::deque<double> m_smooth; // the last 5 energies
    bool m_lookingForPeak = true;
    double m_candidate = -1e9;
    double m_candidateAt = 0;
    double m_valley = 1e9;
    double m_lastNucleus = -1;
    std::vector<double> m_nuclei;
    std::deque<double> m_periods; // the last intervals between nuclei (seconds)
    double minGap() const;
    std::deque<double> m_voicedFrames; // times of voiced frames in the window
};

} // namespace lectern::audio
