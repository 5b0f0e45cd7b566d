#pragma once

#include "Document.h"
#include "RawParagraph.h"

#include <QSet>

namespace lectern {

struct CleanOptions
{
    // Source lines the secretary put back: never removed, never joined to the line above.
    QSet<int> keepLines;
};

struct CleanResult
{
    RawParagraphs paragraphs; // trimmed, non-empty, hard wraps joined
    QList<Removal> removals;  // in source order
};

// Removes distribution junk, page artefacts and text before the title, and
// re-joins hard-wrapped lines (plain text only). Every removal or join is
// listed with its reason.
CleanResult clean(const RawParagraphs &raw, SourceFormat format, const CleanOptions &options = {});

} // namespace lectern
