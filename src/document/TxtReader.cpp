#include "TxtReader.h"

#include "formats/TextLines.h"

namespace lectern {

RawParagraphs readTxt(const QString &text)
{
    RawParagraphs out;
    const QStringList lines = splitLines(text);
    out.reserve(lines.size());
    int lineNo = 0;
    for (const QString &line : lines) {
        RawParagraph p;
        p.text = line;
        p.sourceLine = ++lineNo;
        out.append(std::move(p));
    }
    return out;
}

} // namespace lectern
