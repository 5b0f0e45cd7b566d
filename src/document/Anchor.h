#pragma once

// moc cannot parse <compare>; it needs nothing from it.
#ifndef Q_MOC_RUN
#include <compare>
#endif

namespace lectern {

// A position in the speech that survives reflow: the block it lies in and the
// character offset inside that block's text. Pixel positions are derived from
// anchors by each view, never the other way round, so a font or window change
// cannot lose the reader's place.
struct Anchor
{
    int block = 0;   // Block::id
    int offset = 0;  // UTF-16 code units into Block::text

#ifndef Q_MOC_RUN
    friend auto operator<=>(const Anchor &, const Anchor &) = default;
#endif
};

} // namespace lectern
