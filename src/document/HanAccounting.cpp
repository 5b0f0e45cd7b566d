#include "HanAccounting.h"

#include "Timing.h"

#include <QHash>
#include <vector>

namespace lectern {
namespace {

// Counts per code point: a flat table for the BMP (where nearly every Han
// character is; an import counts a whole file, so this must be cheap), a hash
// for the rest.
struct HanCounts
{
    std::vector<int> bmp = std::vector<int>(0x10000, 0);
    QHash<char32_t, int> astral;

    void add(const QString &text, int sign)
    {
        const qsizetype n = text.size();
        const QChar *p = text.constData();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = p[i].unicode();
            if (u < 0x2E80)
                continue; // below every Han block: Latin, punctuation, kana…
            if (QChar::isHighSurrogate(u) && i + 1 < n && p[i + 1].isLowSurrogate()) {
                const char32_t c = QChar::surrogateToUcs4(u, p[i + 1].unicode());
                ++i;
                if (isHan(c))
                    astral[c] += sign;
            } else if (isHan(u)) {
                bmp[u] += sign;
            }
        }
    }
};

} // namespace

qsizetype accountedHan(const Document &document)
{
    qsizetype n = 0;
    for (const Block &b : document.blocks)
        n += hanCount(b.text);
    for (const Removal &r : document.removals)
        if (r.reason != RemovalReason::HardWrap && r.reason != RemovalReason::Invisible)
            n += hanCount(r.text);
    return n;
}

QString vanishedHan(const QString &source, const Document &document)
{
    HanCounts balance;
    balance.add(source, +1);
    for (const Block &b : document.blocks)
        balance.add(b.text, -1);
    for (const Removal &r : document.removals)
        if (r.reason != RemovalReason::HardWrap && r.reason != RemovalReason::Invisible)
            balance.add(r.text, -1);
    QString missing;
    for (char32_t c = 0x2E80; c < 0x10000; ++c)
        for (int k = 0; k < balance.bmp[c]; ++k)
            missing += QChar(char16_t(c));
    for (auto it = balance.astral.cbegin(); it != balance.astral.cend(); ++it)
        for (int k = 0; k < it.value(); ++k)
            missing += QString::fromUcs4(&it.key(), 1);
    return missing;
}

} // namespace lectern
