#pragma once

#include <QJsonArray>

namespace lectern::bench {

// The listening prompter's cost: one minute of synthetic voice over room
// noise through the whole voice logic (band filter, voice activity, syllable
// counting), at 16 kHz and at 48 kHz (what sound cards capture), five runs
// each; the median, and what it costs per second of audio in % of one core.
QJsonArray runAudioBenchmarks();

} // namespace lectern::bench
