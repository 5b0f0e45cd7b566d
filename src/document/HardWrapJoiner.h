#pragma once

#include "Document.h"

#include <QList>
#include <QSet>
#include <QString>

namespace lectern {

// One line of a plain-text source after junk removal.
struct WrapLine
{
    QString text;        // trimmed
    int sourceLine = 0;
    bool indented = false; // began with white space (a paragraph indent in PDF copies)
    bool blank = false;
};

// Groups the lines of a plain-text source into paragraphs. Text copied from a
// PDF is hard-wrapped at a fixed width; such a break inside a sentence is
// joined, while real paragraph breaks (blank line, indent, a line that ends a
// sentence short of the wrap width, a new heading) are kept. Each join is
// appended to *joins (reason HardWrap) unless its line is in keepBreaks.
QList<QList<int>> groupWrappedLines(const QList<WrapLine> &lines, const QSet<int> &keepBreaks, QList<Removal> *joins);

// The width at which the text was wrapped (CJK counts 2), or 0 if it was not.
int detectWrapWidth(const QList<WrapLine> &lines);

int displayWidth(const QString &text);

} // namespace lectern
