#pragma once

#include "Document.h"

namespace lectern {

// A blank the secretary fills in before the meeting: X, XX, ×××, ○○, 某某, □□, 20XX.
struct Placeholder
{
    int block = 0;  // Block::id (0 when searching a bare string)
    int offset = 0; // UTF-16 offset in the block's text
    QString text;

    friend bool operator==(const Placeholder &, const Placeholder &) = default;
};

// Occurrences in one text, in order. Not a placeholder: X inside Latin words or
// numbers (XXL, 0x1F), X光/X射线, 3×4, the 〇 of 二〇二四年, a lone 某 (某些).
QList<Placeholder> findPlaceholders(const QString &text, int block = 0);
QList<Placeholder> findPlaceholders(const Document &document);

} // namespace lectern
