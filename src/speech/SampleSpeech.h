#pragma once

#include <QString>

namespace lectern {

// The sample speech shipped inside the binary (our own text, media/): what the
// kiosk shows when no speech is given, and the seed of the benchmark inputs.
inline QString sampleSpeechPath() { return QStringLiteral(":/media/sample-speech.txt"); }

} // namespace lectern
