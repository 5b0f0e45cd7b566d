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

QString trimmedLine(const QString &line)
{
    auto isSpace = [](QChar c) { return c.isSpace() || c.unicode() == 0x3000 || c.unicode() == 0xFEFF; };
    qsizetype b = 0, e = line.size();
    while (b < e && isSpace(line[b]))
        ++b;
    while (e > b && isSpace(line[e - 1]))
        --e;
    return line.mid(b, e - b);
}

} // namespace lectern
