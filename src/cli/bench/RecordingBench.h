#pragma once

#include <QJsonArray>

namespace lectern::bench {

// The meeting's recording: which file format survives a kill (a child process
// writes 10 s in 100 ms blocks, syncing each, and is killed with SIGKILL
// before closing; the seconds that decode afterwards and the file's size per
// hour, for WAV, FLAC and Ogg/Vorbis through libsndfile), what writing FLAC
// costs per second of sound (one minute of synthetic voice at 16 kHz, as the
// recorder writes it: 100 ms blocks, a sync every 2 s), and how long the
// repair of a cut-off minute takes (what a crash costs at the next start).
QJsonArray runRecordingBenchmarks(const QString &folder);

} // namespace lectern::bench
