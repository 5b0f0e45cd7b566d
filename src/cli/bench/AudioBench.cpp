#include "AudioBench.h"

#include "audio/LiveVoice.h"
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
    // The decisions' latency, as the voice logic makes them: from the true end
    // of a phrase to "stopped" (the hang time is most of it) and from the
    // true start of the next to "speaking". A device adds its buffer (100 ms) to both.
    {
        const int rate = 16000;
        audio::MonoSound s = minuteOfVoice(rate);
        const double period = 1 / 3.5, phrase = 14 * period, cycle = phrase + 1.5;
        // One long pause instead of the 1.5 s ones: append 4 s of noise-only sound, then one more phrase.
        audio::MonoSound withPause{rate, {}};
        withPause.samples.assign(s.samples.begin(), s.samples.begin() + qsizetype(phrase * rate));
        const double end = phrase;
        QRandomGenerator random(3);
        for (int i = 0; i < 4 * rate; ++i)
            withPause.samples.push_back(float(0.01 * (random.generateDouble() * 2 - 1)));
        const double start = withPause.seconds();
        withPause.samples.insert(withPause.samples.end(), s.samples.begin(), s.samples.begin() + qsizetype(cycle * rate));
        audio::LiveVoice live(rate);
        double stopped = -1, resumed = -1;
        const size_t chunk = rate / 100; // 10 ms at a time, to see each decision when it is made
        for (size_t at = 0; at < withPause.samples.size(); at += chunk) {
            const bool wasSpeaking = live.speaking();
            live.feed(withPause.samples.data() + at, std::min(chunk, withPause.samples.size() - at));
            const double now = double(std::min(at + chunk, withPause.samples.size())) / rate;
            if (wasSpeaking && !live.speaking() && stopped < 0)
                stopped = now;
            if (!wasSpeaking && live.speaking() && stopped >= 0 && resumed < 0)
                resumed = now;
        }
        results.append(QJsonObject{{"name", "decision_latency"},
                                   {"end_of_speech_to_stopping_ms", stopped >= 0 ? (stopped - end) * 1000 : -1},
                                   {"start_of_speech_to_moving_ms", resumed >= 0 ? (resumed - start) * 1000 : -1}});
    }
    return results;
}

} // namespace lectern::bench
