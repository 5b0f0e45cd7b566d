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
    int n = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t cp = text[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
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
