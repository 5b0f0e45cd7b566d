#pragma once

#include <deque>
#include <vector>

namespace lectern::audio {

// The speaking rate in 字/分钟: in Mandarin one syllable is one character,
// and each syllable has one vowel nucleus, a peak of the voice band's energy.
// Peaks are picked on the smoothed envelope (50 ms) of the voice alone (the
// noise floor's power taken off each frame, so noise does not fill the dips
// between syllables) with hysteresis: a peak counts once the envelope has
// fallen a dip below it, and the next may start only after it has risen the
// dip above the valley between — so the ripple inside one vowel is one
// syllable, and two syllables run together still show as two. Two nuclei
// closer than a share (`gapShare`) of the speaker's own recent syllable
// period are one: a slow speaker's long vowels ripple, a fast one's
// syllables come close. Only inside stretches of voice, and above the noise.
//
// The dip depends on the pace: the faster syllables follow each other, the
// shallower the valleys between them (the 50 ms smoothing and the run of one
// syllable into the next), so a fixed 2.5 dB missed one in seven at 320
// 字/分钟 over noise. The pace is read by a second picker with the fixed dip
// (`dipDb`): its median period, not the counting picker's own, sets the
// counting dip — from `dipDb` at `slowPeriod` and slower down to `fastDipDb`
// at `fastPeriod` and faster — so extra nuclei found with a shallower dip
// cannot feed back into a faster pace and a shallower dip still.
// Calibrated on real read Mandarin (AISHELL-1 and FLEURS voices, slowed and
// sped with sox's tempo, in quiet and over pink noise at 10 dB SNR, eight
// noise draws; docs/benchmarks.md, "Speaking rate on real voices").
class SyllableCounter
{
public:
    struct Settings
    {
        double dipDb = 2.5;           // the dip at a slow pace, and the pace picker's
        double fastDipDb = 1.25;      // the dip at a fast pace
        double slowPeriod = 0.27;     // seconds per syllable (222 字/分钟) and slower: dipDb
        double fastPeriod = 0.19;     // (316 字/分钟) and faster: fastDipDb
        double minGapSeconds = 0.06;  // never closer than this (17 syllables a second)
        double gapShare = 0.35;       // …nor closer than this share of the recent median period
        double nucleusSnrDb = 0;      // the voice alone in a nucleus is louder than the noise
        double windowSeconds = 25;    // the live rate: over the last 25 s of voice
    };

    SyllableCounter();
    explicit SyllableCounter(const Settings &settings);

    // One 10 ms frame: its energy, whether it is inside a stretch of voice, and the floor.
    void feed(double energyDb, bool inVoice, double floorDb);

    int syllables() const { return int(m_count.nuclei.size()); }
    const std::vector<double> &nuclei() const { return m_count.nuclei; } // times, seconds
    // The same over the last windowSeconds of voice (0 until there are 3 s of it).
    double recentRateCpm() const;

private:
    // One hysteresis peak picker over the envelope.
    struct Picker
    {
        bool lookingForPeak = true;
        double candidate = -1e9;
        double candidateAt = 0;
        double valley = 1e9;
        double lastNucleus = -1;
        std::vector<double> nuclei;
        std::deque<double> periods; // the last intervals between nuclei (seconds)

        void reset();
        void feed(double env, double at, double floorDb, double dipDb, const Settings &s);
        double medianPeriod() const; // 0 until there are five
    };

    static constexpr double kFrame = 0.010;
    Settings m_s;
    long long m_frames = 0;
    std::deque<double> m_smooth; // the last 5 energies
    Picker m_pace;  // with the fixed dip: how fast the speaker goes
    Picker m_count; // with the dip for that pace: the syllables
    std::deque<double> m_voicedFrames; // times of voiced frames in the window
    double countingDip() const;
};

} // namespace lectern::audio
