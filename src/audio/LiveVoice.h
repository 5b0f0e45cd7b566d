#pragma once

#include "BandEnergy.h"
#include "SyllableCounter.h"
#include "VoiceActivity.h"

namespace lectern::audio {

// The voice logic as a stream, for a microphone (and for a whole file, in
// chunks): samples in, and after each chunk whether someone is speaking,
// the level for a meter and the speaking rate of the last 25 s.
class LiveVoice
{
public:
    explicit LiveVoice(int sampleRate, const VoiceSettings &settings = {});

    // Returns true when `speaking` changed during these samples.
    bool feed(const float *samples, size_t count);
    void finish() { m_voice.finish(); }

    int sampleRate() const { return m_rate; }
    bool speaking() const { return m_voice.speaking(); }
    double levelDb() const { return m_level; }       // the last frame's band energy
    double noiseFloorDb() const { return m_voice.noiseFloorDb(); }
    double recentRateCpm() const { return m_syllables.recentRateCpm(); }
    const VoiceActivity &voice() const { return m_voice; }
    const SyllableCounter &syllables() const { return m_syllables; }

private:
    int m_rate;
    BandEnergy m_band;
    VoiceActivity m_voice;
    SyllableCounter m_syllables;
    std::vector<double> m_frames;
    double m_level = -120;
};

} // namespace lectern::audio
