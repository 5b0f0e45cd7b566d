#pragma once

#include "Document.h"
#include "Timing.h" // hanCount, isHan: what a Han character is

#include <QString>

namespace lectern {

// Nothing vanishes: every Han character of what was read from the file is
// either in the speech or in the list of removed lines with a reason. Returns
// the characters that are in neither (each as often as it went missing), so
// "" means the import accounted for everything. Joined lines (HardWrap) are
// not counted twice: their text is in the speech.
QString vanishedHan(const QString &source, const Document &document);

// Han characters the document accounts for: in its blocks and its listed
// removals (joins not counted twice). The engine only moves or removes text,
// never adds any, so hanCount(source) - accountedHan(document) is how many
// went missing; vanishedHan() says which.
qsizetype accountedHan(const Document &document);

} // namespace lectern
