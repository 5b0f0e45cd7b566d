#pragma once

namespace lectern {

// Where the interface starts: Main.qml of the QML module Lectern.
inline constexpr const char *kMainQml = "qrc:/qt/qml/Lectern/Main.qml";

// Starts the full-screen kiosk (or a window with --windowed) on a speech.
// Returns the exit status: 2 for a usage error, 1 when the interface fails.
int runKiosk(int argc, char **argv);

} // namespace lectern
