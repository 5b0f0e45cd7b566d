#pragma once

#include "Document.h"
#include "RawParagraph.h"

#include <QStringList>

namespace lectern {

// Where the title stands among non-empty paragraphs: its first line and the
// number of lines it spans before any ——subtitle (first -1: no title).
struct TitlePlace { int first = -1; int lines = 0; };

// afterJunk[i]: a junk line was taken out right above paragraph i.
TitlePlace findTitle(const QStringList &texts, const QList<bool> &titleStyles = {}, const QList<bool> &afterJunk = {});

// Index of the title's first line among non-empty paragraphs, or -1. Evidence in order: a
// Title paragraph style; the line above the byline/date lines that precede the
// salutation; the first title-like line (……的讲话, ……致辞) near the top.
int findTitleIndex(const QStringList &texts, const QList<bool> &titleStyles = {});

// Turns cleaned paragraphs into a speech: front matter (title, byline, date,
// salutation), headings and points, body paragraphs and the closing line.
// Blocks get ids 1..N in reading order.
Document structure(const RawParagraphs &paragraphs);

} // namespace lectern
