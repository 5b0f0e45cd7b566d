#pragma once

#include <QStringList>

namespace lectern::cli {

// What the command line asks for: a headless command, the kiosk, or a mistake.
enum class Invocation {
    Kiosk,          // no command word (only --options): start the kiosk
    Command,        // a headless command that needs no display (inspect, help)
    DrawingCommand, // a command that measures or draws text (paginate, bench): a QGuiApplication
    Unknown,        // a word that is no command (lectern inspct FILE): usage error, exit 2
};
Invocation classify(const QStringList &arguments);

// Runs a headless command; returns the process exit status. Errors go to stderr
// as one line naming the file and the problem; usage errors exit 2.
int run(const QStringList &arguments);

} // namespace lectern::cli
