#pragma once

#include "Document.h"

#include <QStringList>

namespace lectern {

// What a crawled or blogged Markdown page carries that is no speech, taken
// off before Qt's parser sees the text (which hides some of it and misreads
// the rest: one <img> line under a heading once took the whole body).
// Returns the text to parse, one line per input line except comment lines
// (a blog's <!--more-->, inserted even inside a word, goes so that the lines
// around it join again). Whatever held Chinese is listed in *removals with
// its file line (1-based: lines[0] is line 1), so that nothing vanishes:
//   - pictures (![…](…), linked pictures, <img>), reason Image;
//   - code fences, link definitions ([1]: http://…), link addresses (a link
//     becomes its text), HTML tags whose attributes held Chinese, reason Markup.
// A line that held only pictures or markup becomes a paragraph break; HTML
// left unclosed is escaped so it stays text.
QString withoutPageMarkup(const QStringList &lines, QList<Removal> *removals);

} // namespace lectern
