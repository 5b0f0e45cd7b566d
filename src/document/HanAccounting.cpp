#include "HanAccounting.h"

#include <QHash>

namespace lectern {
namespace {

void countHan(const QString &text, QHash<char32_t, int> &counts, int sign)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (QChar::script(c) == QChar::Script_Han)
            counts[c] += sign;
    }
}

} // namespace

qsizetype hanCount(const QString &text)
{
    QHash<char32_t, int> counts;
    countHan(text, counts, +1);
    qsizetype n = 0;
    for (int c : std::as_const(counts))
        n += c;
    return n;
}

QString vanishedHan(const QString &source, const Document &document)
{
    QHash<char32_t, int> balance;
    countHan(source, balance, +1);
    for (const Block &b : document.blocks)
        countHan(b.text, balance, -1);
    for (const Removal &r : document.removals)
        if (r.reason != RemovalReason::HardWrap && r.reason != RemovalReason::Invisible)
            countHan(r.text, balance, -1);
    QString missing;
    for (auto it = balance.cbegin(); it != balance.cend(); ++it)
        for (int n = 0; n < it.value(); ++n)
            missing += QString::fromUcs4(&it.key(), 1);
    return missing;
}

} // namespace lectern
