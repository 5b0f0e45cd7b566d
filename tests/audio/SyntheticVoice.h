#pragma once

// Sounds whose truth is known, for the voice tests: silence, vowel-like
// syllables at a rate, steady noise or hum. Mono floats.
#include "audio/AudioFile.h"

#include <QRandomGenerator>
#include <cmath>

namespace synthetic {

inline void addSilence(lectern::audio::MonoSound *s, double seconds)
{
    s->samples.insert(s->samples.end(), size_t(seconds * s->sampleRate), 0.0f);
}

// A 140 Hz voice with harmonics, in a raised-cosine syllable envelope.
inline void addSyllables(lectern::audio::MonoSound *s, int count, double perSecond, float level = 0.3f)
{
    const double period = 1.0 / perSecond;
    const double on = period * 0.75; // the vowel; then a short closure before the next
    for (int k = 0; k < count; ++k) {
        const size_t n = size_t(period * s->sampleRate);
        for (size_t i = 0; i < n; ++i) {
            const double t = double(i) / s->sampleRate;
            const double env = t < on ? 0.5 - 0.5 * std::cos(2 * M_PI * t / on) : 0.0;
            double v = 0;
            for (int h = 1; h <= 8; ++h)
                v += std::sin(2 * M_PI * 140 * h * t) / h;
            s->samples.push_back(float(level * env * v / 2));
        }
    }
}

// Steady noise (white, or 50 Hz hum with harmonics) at `level`, over what is there.
inline void addNoise(lectern::audio::MonoSound *s, float level, bool hum = false)
{
    QRandomGenerator random(7);
    for (size_t i = 0; i < s->samples.size(); ++i) {
        const double t = double(i) / s->sampleRate;
        const double v = hum ? (std::sin(2 * M_PI * 50 * t) + 0.5 * std::sin(2 * M_PI * 150 * t) + 0.25 * std::sin(2 * M_PI * 250 * t))
                             : random.generateDouble() * 2 - 1;
        s->samples[i] += float(level * v);
    }
}

} // namespace synthetic
