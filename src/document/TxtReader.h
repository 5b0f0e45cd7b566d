#pragma once

#include "RawParagraph.h"

namespace lectern {

// Every line of a plain-text speech becomes one raw paragraph (blank lines
// included, as empty text: they tell the joiner where paragraphs really end).
RawParagraphs readTxt(const QString &text);

} // namespace lectern
