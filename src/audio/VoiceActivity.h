#pragma once

#include <optional>
#include <vector>

namespace lectern::audio {

// A stretch of voice, in seconds from the start of the sound.
struct Segment
{
    double start = 0;
    double end = 0;
};

struct VoiceSettings
{
    double onAboveFloorDb = 10;   // voice starts this far above the noise floor…
    double offAboveFloorDb = 5;   // …and stays voice down to this (hysteresis)
    double minVoiceSeconds = 0.06; // shorter bursts (a click, a knock) are not voice
    double bridgeSeconds = 0.3;   // a gap this short between syllables is the same stretch
    double hangSeconds = 1.2;     // this much silence and the speaker has stopped
    double floorRiseDbPerSecond = 3; // the floor follows louder noise this slowly (never during voice)
    double floorMinDb = -80;      // digital silence is no floor
};

// Voice-activity detection on band energies (BandEnergy's 10 ms frames), for
// a room: an adaptive noise floor (drops at once to quieter sound, rises
// slowly to steady louder noise — a projector's fan, an air conditioner —
// and never while someone speaks), hysteresis between starting and keeping
// voice, short gaps bridged, and a hang time before "stopped". Plain C++ on
// frames: the same logic runs live and over a file (`lectern audio analyze`).
class VoiceActivity
{
public:
    explicit VoiceActivity(const VoiceSettings &settings = {});

    void feed(double energyDb);
    // Ends the input: an open stretch is closed where its voice ended.
    void finish();

    double now() const { return m_frames * kFrame; }
    // Speaking: from the moment voice is confirmed until hangSeconds of silence.
    bool speaking() const { return m_speaking; }
    // This frame is within a confirmed stretch (for the syllable counter).
    bool inStretch() const { return m_open && m_confirmed; }
    double noiseFloorDb() const { return m_floor; }
    // The stretches found so far, closed, without the hang time.
    const std::vector<Segment> &segments() const { return m_segments; }
    double voicedSeconds() const; // closed and open stretches
    const VoiceSettings &settings() const { return m_s; }

private:
    static constexpr double kFrame = 0.010;
    void close();

    VoiceSettings m_s;
    long long m_frames = 0;
    double m_floor = 0;
    bool m_floorSet = false;
    bool m_open = false;      // a stretch has started
    bool m_confirmed = false; // …and has lasted minVoiceSeconds
    double m_openStart = 0;
    double m_voicedInOpen = 0;
    double m_lastVoiceEnd = -1; // end of the last voiced frame
    bool m_speaking = false;
    std::vector<Segment> m_segments;
};

} // namespace lectern::audio
