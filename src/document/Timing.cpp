#include "Timing.h"

#include <QStringConverter>
#include <algorithm>

namespace lectern {

int SpeakingRate::clamp(int rate)
{
    return std::clamp(rate, kMin, kMax);
}

int hanCount(QStringView text)
{
    // Every import counts a whole file with this (the account of its Han
    // characters), so the common cases go first: below every Han block, then
    // the main CJK block.
    int n = 0;
    const char16_t *p = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = p[i];
        if (u < 0x2E80)
            continue;
        if (char16_t(u - 0x4E00) <= 0x9FFF - 0x4E00) {
            ++n;
            continue;
        }
        char32_t cp = u;
        if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(p[i + 1])) {
            cp = QChar::surrogateToUcs4(u, p[i + 1]);
            ++i;
        }
        if (isHan(cp))
            ++n;
    }
    return n;
}

double estimateSeconds(int hanChars, int ratePerMinute)
{
    return 60.0 * hanChars / SpeakingRate::clamp(ratePerMinute);
}

DocumentTiming timeDocument(const Document &document, int ratePerMinute)
{
    DocumentTiming t;
    t.blockHan.reserve(document.blocks.size());
    t.blockSeconds.reserve(document.blocks.size());
    for (const Block &b : document.blocks) {
        const int han = hanCount(b.text);
        t.blockHan.append(han);
        t.blockSeconds.append(estimateSeconds(han, ratePerMinute));
        t.hanChars += han;
    }
    t.seconds = estimateSeconds(t.hanChars, ratePerMinute);
    return t;
}

} // namespace lectern
