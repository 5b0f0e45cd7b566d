#pragma once

namespace lectern {

// Starts the full-screen kiosk (or a window with --windowed) on a speech.
int runKiosk(int argc, char **argv);

} // namespace lectern
