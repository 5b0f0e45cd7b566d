#pragma once

#include <QList>
#include <QString>

namespace lectern {

// One line (txt), one paragraph (docx) or one block (md) as read from the file,
// before cleaning and structuring. Readers fill the hints their format carries.
struct RawParagraph
{
    QString text;
    int sourceLine = 0;     // 1-based
    int styleLevel = 0;     // heading level from a style/outline level/#; 0 = none
    bool styleTitle = false;// the paragraph style says "Title" (docx) or the only # (md)
    int boldPrefix = 0;     // characters of bold text the paragraph starts with
    bool afterJunk = false; // the cleaner took a junk line out right above this one
};

using RawParagraphs = QList<RawParagraph>;

enum class SourceFormat { Text, Docx, Markdown };

} // namespace lectern
