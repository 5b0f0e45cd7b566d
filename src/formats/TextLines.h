#pragma once

#include <QStringList>

namespace lectern {

// Splits text into lines on any line ending users' files carry: CRLF, LF, CR
// (old Mac), form feed (page breaks in PDF copies), and U+2028/U+2029.
QStringList splitLines(const QString &text);

// Trims ASCII and ideographic white space (U+3000 indents) at both ends.
QString trimmedLine(const QString &line);

// How many characters trimmedLine() removes from the front.
qsizetype leadingSpaces(const QString &line);

} // namespace lectern
