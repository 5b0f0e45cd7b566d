#include "VoiceAnalysis.h"

#include "BandEnergy.h"

namespace lectern::audio {

VoiceReport analyzeVoice(const MonoSound &sound, const VoiceSettings &settings)
{
    VoiceReport r;
    r.seconds = sound.seconds();
    if (sound.sampleRate <= 0 || sound.samples.empty())
        return r;
    BandEnergy band(sound.sampleRate);
    VoiceActivity voice(settings);
    SyllableCounter syllables;
    std::vector<double> frames;
    constexpr size_t kChunk = 4096; // as a sound card hands samples over
    for (size_t at = 0; at < sound.samples.size(); at += kChunk) {
        frames.clear();
        band.feed(sound.samples.data() + at, std::min(kChunk, sound.samples.size() - at), &frames);
        for (double e : frames) {
            voice.feed(e);
            syllables.feed(e, voice.inStretch(), voice.noiseFloorDb());
        }
    }
    voice.finish();
    r.segments = voice.segments();
    r.voicedSeconds = voice.voicedSeconds();
    r.syllables = syllables.syllables();
    // Over the stretches themselves (the counter's own voice time also holds
    // the short tails it waits through before a stretch is over).
    r.rateCpm = r.voicedSeconds > 0 ? r.syllables / r.voicedSeconds * 60.0 : 0;
    return r;
}

} // namespace lectern::audio
