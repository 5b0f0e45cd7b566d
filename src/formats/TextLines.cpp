#include "TextLines.h"

namespace lectern {

QStringList splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == '\n' || c == '\r' || c == '\f' || c == 0x2028 || c == 0x2029) {
            lines.append(text.mid(start, i - start));
            if (c == '\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.append(text.mid(start));
    return lines;
}

namespace {
bool isLineSpace(QChar c) { return c.isSpace() || c.unicode() == 0x3000 || c.unicode() == 0xFEFF; }
}

qsizetype leadingSpaces(const QString &line)
{
    qsizetype b = 0;
    while (b < line.size() && isLineSpace(line[b]))
        ++b;
    return b;
}

QString trimmedLine(const QString &line)
{
    const auto isSpace = isLineSpace;
    qsizetype b = leadingSpaces(line), e = line.size();
    while (e > b && isSpace(line[e - 1]))
        --e;
    return line.mid(b, e - b);
}

} // namespace lectern
