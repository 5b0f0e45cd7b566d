#pragma once

#include <cstddef>
#include <vector>

namespace lectern::audio {

// The energy of the vowel band, frame by frame: samples go through a
// high-pass at 250 Hz (mains hum and its first harmonics, rumble, handling
// noise out) and a low-pass at 1 kHz (hiss and the fricatives s/sh/x/q out:
// what is left is voiced sound, where each syllable's vowel stands out as one
// peak), then every 10 ms of them becomes one energy in dB (a full-scale
// sine in the band: -3 dB).
// Streaming: feed() any number of samples; frames come out as they fill.
class BandEnergy
{
public:
    static constexpr double kFrameSeconds = 0.010;

    explicit BandEnergy(int sampleRate);

    // Appends the dB energy of each frame completed by these samples to *frames.
    void feed(const float *samples, size_t count, std::vector<double> *frames);

private:
    struct Biquad
    {
        double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
        double z1 = 0, z2 = 0;
        double step(double x);
    };
    Biquad m_highPass;
    Biquad m_lowPass;
    size_t m_frameLength;
    size_t m_filled = 0;
    double m_sum = 0;
};

} // namespace lectern::audio
