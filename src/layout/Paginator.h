#pragma once

#include "Pagination.h"
#include "document/Document.h"

#include <QFont>

namespace lectern {

// Splits a speech into projected pages, measuring every line with QTextLayout
// in the font the page view draws it with (the view draws the engine's lines,
// one Text per line, so what is measured is what is shown). Rules:
//  - pages are filled greedily with whole lines;
//  - a heading stays with the text that follows it;
//  - no paragraph leaves a single line alone at the foot (orphan) or at the
//    head (widow) of a page, when it can be helped;
//  - a paragraph may go on over the page, marked as continued;
//  - line breaks follow Unicode line breaking, which never starts a line with
//    closing punctuation (。，、；：？！）」』》…) nor ends one with opening
//    punctuation (（「『《…): tests check it on real text.
class Paginator
{
public:
    Pagination paginate(const Document &document, const PageGeometry &geometry, const PageStyle &style) const;

    // The largest body size from `minPx` to `maxPx` at which the whole speech
    // fits one page; `minPx` when it does not fit even then (then it is split).
    double autoFitPx(const Document &document, const PageGeometry &geometry, PageStyle style, double minPx,
                     double maxPx) const;

    // The face and size of a block on a page (the Page scale of Typography).
    static QFont fontFor(const Block &block, const PageStyle &style);
};

// True when a line starts with closing punctuation or ends with opening punctuation.
bool breaksPunctuationRules(const QString &lineText);

} // namespace lectern
