#pragma once

#include <QString>

namespace lectern {

// Everything logged (qDebug and up, each subsystem under its own category:
// lectern.kiosk, lectern.settings, lectern.resume, lectern.meeting,
// lectern.signin …) also goes to <dir>/lectern.log, one line per message with
// time, level and category, so a secretary can hand the file to support.
// When the file passes maxBytes it becomes lectern.1.log (and .1 → .2 …);
// the `keep` newest old files stay. Warnings and errors still reach stderr.
// Call once, from the main thread; later calls change the folder.
void installLogFile(const QString &dir, qint64 maxBytes = 1024 * 1024, int keep = 5);

// The file being written ("" before installLogFile).
QString logFilePath();

} // namespace lectern
