#pragma once

#include "Document.h"
#include "RawParagraph.h"

#include <QStringList>

namespace lectern {

// Index of the title among non-empty paragraphs, or -1. Evidence in order: a
// Title paragraph style; the line above the byline/date lines that precede the
// salutation; the first title-like line (……的讲话, ……致辞) near the top.
int findTitleIndex(const QStringList &texts, const QList<bool> &titleStyles = {});

// Turns cleaned paragraphs into a speech: front matter (title, byline, date,
// salutation), headings and points, body paragraphs and the closing line.
// Blocks get ids 1..N in reading order.
Document structure(const RawParagraphs &paragraphs);

} // namespace lectern
