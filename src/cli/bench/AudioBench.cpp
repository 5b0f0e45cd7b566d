#include "AudioBench.h"

#include "audio/VoiceAnalysis.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace lectern::bench {
namespace {

// Phrases of 14 vowel-like syllables at 3.5 a second, 1.5 s apart, over noise.
audio::MonoSound minuteOfVoice(int rate)
{
    audio::MonoSound s{rate, {}};
    s.samples.reserve(size_t(rate) * 60);
    QRandomGenerator random(11);
    const double period = 1 / 3.5;
    for (size_t i = 0; i < size_t(rate) * 60; ++i) {
        const double t = double(i) / rate;
        const double inCycle = std::fmod(t, 14 * period + 1.5);
        double v = 0;
        if (inCycle < 14 * period) {
            const double u = std::fmod(inCycle, period);
            const double env = u < period * 0.75 ? 0.5 - 0.5 * std::cos(2 * M_PI * u / (period * 0.75)) : 0;
            v = 0.3 * env * (std::sin(2 * M_PI * 140 * t) + std::sin(2 * M_PI * 420 * t) / 3 + std::sin(2 * M_PI * 700 * t) / 5);
        }
        s.samples.push_back(float(v + 0.01 * (random.generateDouble() * 2 - 1)));
    }
    return s;
}

} // namespace

QJsonArray runAudioBenchmarks()
{
    QJsonArray results;
    for (const int rate : {16000, 48000}) {
        const audio::MonoSound sound = minuteOfVoice(rate);
        QList<double> ms;
        int syllables = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            syllables = audio::analyzeVoice(sound).syllables;
            ms.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        results.append(QJsonObject{{"name", QStringLiteral("voice_logic_60s_%1khz").arg(rate / 1000)},
                                   {"median_ms", median},
                                   {"syllables", syllables},
                                   {"cost_percent_of_one_core", median / (60 * 1000.0) * 100}});
    }
    return results;
}

} // namespace lectern::bench
