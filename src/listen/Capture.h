#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QByteArray>
#include <vector>

namespace lectern::capture {

// What the microphone and the recorder ask a device for: one channel of
// 16-bit samples at `sampleRate` (speech needs no more), else what the device
// prefers (turned to one channel by toMono).
QAudioFormat formatFor(const QAudioDevice &device, int sampleRate);

// A device's bytes as one channel of floats in [-1, 1] (channels averaged).
void toMono(const QAudioFormat &format, const QByteArray &bytes, std::vector<float> *out);

} // namespace lectern::capture
