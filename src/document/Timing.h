#pragma once

#include "Document.h"
#include "formats/HanCharacter.h"

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
