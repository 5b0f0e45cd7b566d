#pragma once

#include "AudioFile.h"
#include "SyllableCounter.h"
#include "VoiceActivity.h"

namespace lectern::audio {

// A whole recording through the live logic: the stretches of voice (before
// any hang time), the syllables, and the speaking rate in 字/分钟 over the
// time spoken (pauses between stretches left out).
struct VoiceReport
{
    double seconds = 0;
    std::vector<Segment> segments;
    double voicedSeconds = 0;
    int syllables = 0;
    double rateCpm = 0;
};
VoiceReport analyzeVoice(const MonoSound &sound, const VoiceSettings &settings = {});

} // namespace lectern::audio
