#pragma once

#include <QStringList>

namespace lectern::cli {

// True when the arguments name a headless command (inspect, …) rather than the kiosk.
bool isCommand(const QStringList &arguments);

// True for commands that draw (lectern bench --prompter): they need a QGuiApplication.
bool needsDisplay(const QStringList &arguments);

// Runs a headless command; returns the process exit status. Errors go to stderr
// as one line naming the file and the problem; usage errors exit 2.
int run(const QStringList &arguments);

} // namespace lectern::cli
