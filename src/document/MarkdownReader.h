#pragma once

#include "Document.h"
#include "RawParagraph.h"

namespace lectern {

// Reads Markdown with Qt's own parser (md4c behind QTextDocument::setMarkdown):
// headings give levels, a leading **bold** run marks a point's lead sentence,
// other emphasis is dropped. Lines wrapped inside a Chinese paragraph are joined
// without the space Markdown would otherwise insert between them. A site
// generator's front matter is taken out and listed. Each paragraph's
// sourceLine is the line of the file it starts on, so that a listed line can
// be put back by its number (CleanOptions::keepLines).
struct MarkdownContent
{
    RawParagraphs paragraphs;
    QList<Removal> removals; // front matter, by file line
};
MarkdownContent readMarkdown(const QString &text);

} // namespace lectern
