#pragma once

#include <QString>
#include <vector>

namespace lectern::audio {

// Sound as the voice logic takes it: one channel of float samples in
// [-1, 1] at a sample rate.
struct MonoSound
{
    int sampleRate = 0;
    std::vector<float> samples;
    double seconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0; }
};

// Reads a recording (WAV, FLAC, Ogg … whatever libsndfile reads), channels
// mixed to one. `error` is one line naming the file and the problem (not
// audio, empty, truncated, longer than `maxSeconds`); no sound then. A
// file whose header has no length yet (unfinished) is read as far as it decodes.
struct ReadSound
{
    MonoSound sound;
    QString error;
    // The header never got its length: a recording cut off by a crash or a
    // kill before it was repaired. What decodes is read (up to maxSeconds).
    bool unfinished = false;
    bool ok() const { return error.isEmpty(); }
};
ReadSound readSoundFile(const QString &path, double maxSeconds = 4 * 3600);

} // namespace lectern::audio
