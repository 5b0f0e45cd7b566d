#pragma once

#include <QString>
#include <cstddef>

struct sf_private_tag;

namespace lectern::audio {

// A meeting's recording written while it is made: FLAC (lossless, 16-bit,
// one channel) by libsndfile, block by block. FLAC because a recording cut off
// by a crash keeps every block written before it (libsndfile hands each block
// to the kernel at once; sync() puts it on the disk) — only the header's total
// length is missing, which repairRecording() restores. Ogg/Vorbis lost 0.8 s
// of a killed 10 s take of speech-like sound and 4.9 s of a tone (its pages are
// buffered) and is lossy; WAV survives too but is 1.7 times the size. Measured
// by `lectern bench` (docs/benchmarks.md, "The meeting's recording").
class RecordingWriter
{
public:
    RecordingWriter() = default;
    ~RecordingWriter();
    RecordingWriter(const RecordingWriter &) = delete;
    RecordingWriter &operator=(const RecordingWriter &) = delete;

    // Creates (or replaces) `path`. False with `error` set (one line naming the file).
    bool open(const QString &path, int sampleRate);
    bool isOpen() const { return m_file != nullptr; }
    // Samples in [-1, 1]; false when the disk refused them (full, removed), `error` set.
    bool write(const float *samples, size_t count);
    // What was written so far, onto the disk (a power cut loses at most what came after).
    void sync();
    // Finishes the file (the header gets its length). False when that failed.
    bool close();

    long long frames() const { return m_frames; }
    int sampleRate() const { return m_sampleRate; }
    double seconds() const { return m_sampleRate > 0 ? double(m_frames) / m_sampleRate : 0; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }

private:
    sf_private_tag *m_file = nullptr;
    QString m_path;
    QString m_error;
    long long m_frames = 0;
    int m_sampleRate = 0;
};

// A recording whose writer did not close it (a crash, a power cut): what can
// be decoded is written again as a whole FLAC file with its true length, which
// then replaces the original (through a temporary file and a rename, so the
// original stays until the repaired copy is complete). A file that is already
// whole is left as it is. `frames` is the sound kept; `error` a line naming the
// file when nothing could be kept.
struct Repair
{
    long long frames = 0;
    int sampleRate = 0;
    bool rewritten = false;
    QString error;
    double seconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0; }
};
Repair repairRecording(const QString &path);

} // namespace lectern::audio
