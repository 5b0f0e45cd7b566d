#pragma once

#include "Document.h"

#include <QList>
#include <QStringView>

namespace lectern {

// Speaking rate in Han characters per minute (字/分钟). Formal Mandarin speeches
// run at 150–180; broadcast news at 250–300.
struct SpeakingRate
{
    static constexpr int kDefault = 180;
    static constexpr int kMin = 60;
    static constexpr int kMax = 400;
    static int clamp(int rate);
};

// What counts as a Han character, everywhere (timing, the account of an
// import): Unicode's Han script. The BMP by range — CJK radicals, 々 〇 〡–〩
// 〸–〻, Extension A, the unified block, compatibility ideographs — because a
// lookup per character costs as much as the rest of an import's cleaning;
// beyond the BMP by the Unicode tables.
inline bool isHan(char32_t c)
{
    if (c < 0x2E80)
        return false;
    if (c < 0x10000)
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0x2E80 && c <= 0x2FDF) || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029)
            || (c >= 0x3038 && c <= 0x303B);
    return QChar::script(c) == QChar::Script_Han;
}

// Han characters only: punctuation, digits, Latin letters and spaces are not
// counted; a character beyond the BMP (a surrogate pair) counts once.
int hanCount(QStringView text);

double estimateSeconds(int hanChars, int ratePerMinute);

struct DocumentTiming
{
    int hanChars = 0;
    double seconds = 0;
    QList<int> blockHan;        // per block, in document order
    QList<double> blockSeconds; // per block, in document order
};

DocumentTiming timeDocument(const Document &document, int ratePerMinute = SpeakingRate::kDefault);

} // namespace lectern
