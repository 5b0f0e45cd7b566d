#pragma once

#include <QJsonArray>

namespace lectern::bench {

// The room's server under phones (lectern bench --lan; needs a display):
// the sign-in answer times of 300 phones 50 at once, the prompter's frames
// scrolling while phones sign in against the same scroll without them, and
// the memory 200 open idle connections take.
QJsonArray runLanBenchmarks(int scrollSeconds);

} // namespace lectern::bench
