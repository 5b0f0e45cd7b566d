#pragma once

#include <QJsonArray>
#include <QJsonObject>

class QQuickWindow;

namespace lectern::bench {

// Prompter benchmarks on a real window (run under a display or Xvfb):
// layout of a 100,000-character speech, re-layout after a font change (6,000
// and 100,000 characters), and frame pacing while scrolling at 180 字/分钟.
// Needs a QGuiApplication. Returns one JSON object per case.
// `sizes`: the type sizes to scroll at (0: the kiosk's default for the screen).
QJsonArray runPrompterBenchmarks(int scrollSeconds, const QList<int> &sizes);

// The prompter's scene (a window with an App-like session, prompter and look),
// and a timed scroll of it at 180 字/分钟: frames, drops, cost.
const char *prompterSceneQml();
QJsonObject scrollFor(QQuickWindow *window, QObject *prompter, int seconds);

// Paged display on a real window: from a page turn to the frame that shows it.
QJsonArray runPagedBenchmarks();

} // namespace lectern::bench
