#include "InvisibleText.h"

#include <QMap>
#include <algorithm>

namespace lectern {

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x00AD                    // soft hyphen
        || (u >= 0x200B && u <= 0x200F)   // zero-width space, ZWNJ, ZWJ, LRM, RLM
        || (u >= 0x202A && u <= 0x202E)   // bidi embeddings and overrides
        || (u >= 0x2060 && u <= 0x2064)   // word joiner, invisible operators
        || (u >= 0x2066 && u <= 0x2069)   // bidi isolates
        || u == 0xFEFF;                   // a byte-order mark inside the text
}

QList<Removal> stripInvisible(RawParagraphs &paragraphs)
{
    QList<Removal> removals;
    for (RawParagraph &p : paragraphs) {
        // Nearly every paragraph has none: look (cheaply) before building anything.
        const QChar *c = p.text.constData();
        const QChar *const end = c + p.text.size();
        while (c != end) {
            const char16_t u = c->unicode();
            if ((u == 0x00AD || (u >= 0x200B && u <= 0x2069) || u == 0xFEFF) && isInvisible(*c))
                break;
            ++c;
        }
        if (c == end)
            continue;
        QMap<char16_t, int> found;
        QString kept;
        for (QChar c : std::as_const(p.text)) {
            if (isInvisible(c))
                ++found[c.unicode()];
            else
                kept += c;
        }
        if (found.isEmpty())
            continue;
        // A bold run at the start loses what was taken out of it.
        int boldLost = 0;
        for (int i = 0; i < std::min<qsizetype>(p.boldPrefix, p.text.size()); ++i)
            boldLost += isInvisible(p.text[i]);
        p.boldPrefix = std::max(0, p.boldPrefix - boldLost);
        p.text = kept;
        QStringList what;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            what.append(QStringLiteral("U+%1 ×%2").arg(QString::number(uint(it.key()), 16).toUpper().rightJustified(4, u'0')).arg(it.value()));
        removals.append({p.sourceLine, what.join(QStringLiteral(", ")), RemovalReason::Invisible});
    }
    return removals;
}

} // namespace lectern
