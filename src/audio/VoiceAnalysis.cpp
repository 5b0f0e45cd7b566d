#include "VoiceAnalysis.h"

#include "LiveVoice.h"

#include <algorithm>

namespace lectern::audio {

VoiceReport analyzeVoice(const MonoSound &sound, const VoiceSettings &settings)
{
    VoiceReport r;
    r.seconds = sound.seconds();
    if (sound.sampleRate <= 0 || sound.samples.empty())
        return r;
    LiveVoice live(sound.sampleRate, settings);
    constexpr size_t kChunk = 4096; // as a sound card hands samples over
    for (size_t at = 0; at < sound.samples.size(); at += kChunk)
        live.feed(sound.samples.data() + at, std::min(kChunk, sound.samples.size() - at));
    live.finish();
    r.segments = live.voice().segments();
    r.voicedSeconds = live.voice().voicedSeconds();
    r.syllables = live.syllables().syllables();
    // Over the stretches themselves (the counter's own voice time also holds
    // the short tails it waits through before a stretch is over).
    r.rateCpm = r.voicedSeconds > 0 ? r.syllables / r.voicedSeconds * 60.0 : 0;
    return r;
}

} // namespace lectern::audio
