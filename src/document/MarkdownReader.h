#pragma once

#include "RawParagraph.h"

namespace lectern {

// Reads Markdown with Qt's own parser (md4c behind QTextDocument::setMarkdown):
// headings give levels, a leading **bold** run marks a point's lead sentence,
// other emphasis is dropped. Lines wrapped inside a Chinese paragraph are joined
// without the space Markdown would otherwise insert between them.
RawParagraphs readMarkdown(const QString &text);

} // namespace lectern
