#include "BandEnergy.h"

#include <algorithm>
#include <cmath>

namespace lectern::audio {
namespace {

// Second-order Butterworth sections (the RBJ cookbook's, Q = 1/√2).
void design(double sampleRate, double cutoff, bool highPass, double *b0, double *b1, double *b2, double *a1, double *a2)
{
    const double w = 2 * M_PI * std::min(cutoff, sampleRate * 0.45) / sampleRate;
    const double alpha = std::sin(w) / (2 * M_SQRT1_2);
    const double c = std::cos(w);
    const double a0 = 1 + alpha;
    if (highPass) {
        *b0 = (1 + c) / 2 / a0;
        *b1 = -(1 + c) / a0;
        *b2 = (1 + c) / 2 / a0;
    } else {
        *b0 = (1 - c) / 2 / a0;
        *b1 = (1 - c) / a0;
        *b2 = (1 - c) / 2 / a0;
    }
    *a1 = -2 * c / a0;
    *a2 = (1 - alpha) / a0;
}

} // namespace

double BandEnergy::Biquad::step(double x)
{
    // Transposed direct form II: well behaved in doubles at audio rates.
    const double y = b0 * x + z1;
    z1 = b1 * x - a1 * y + z2;
    z2 = b2 * x - a2 * y;
    return y;
}

BandEnergy::BandEnergy(int sampleRate)
    : m_frameLength(std::max<size_t>(1, size_t(std::lround(sampleRate * kFrameSeconds))))
{
    design(sampleRate, 250, true, &m_highPass.b0, &m_highPass.b1, &m_highPass.b2, &m_highPass.a1, &m_highPass.a2);
    design(sampleRate, 1000, false, &m_lowPass.b0, &m_lowPass.b1, &m_lowPass.b2, &m_lowPass.a1, &m_lowPass.a2);
}

void BandEnergy::feed(const float *samples, size_t count, std::vector<double> *frames)
{
    for (size_t i = 0; i < count; ++i) {
        const double y = m_lowPass.step(m_highPass.step(samples[i]));
        m_sum += y * y;
        if (++m_filled == m_frameLength) {
            frames->push_back(10 * std::log10(m_sum / double(m_frameLength) + 1e-12));
            m_filled = 0;
            m_sum = 0;
        }
    }
}

} // namespace lectern::audio
