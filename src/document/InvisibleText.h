#pragma once

#include "Document.h"
#include "RawParagraph.h"

namespace lectern {

// Characters that show nothing but change what is shown, searched or read:
// zero-width spaces, joiners and non-joiners, the word joiner, a byte-order
// mark inside the text, the soft hyphen, and the text-direction controls (a
// right-to-left override turns the projected text around). Web pages and
// WeChat copies carry them; no speech needs them.
bool isInvisible(QChar c);

// Takes them out of every paragraph. Each paragraph that lost any is listed
// (reason Invisible, its text naming what went, e.g. "U+202E ×1"), so nothing
// vanishes without a word; they are not put back by --keep (they can only do
// harm). Han characters are never touched.
QList<Removal> stripInvisible(RawParagraphs &paragraphs);

} // namespace lectern
