#pragma once

#include "document/Document.h"

#include <QList>

namespace lectern {

// What "section N" means everywhere (the prompter's section keys, the pages'
// [ and ], the operator's section list): the level-1 headings (一、 二、 …);
// a speech without any has its headings of whatever level as sections.
// Returns block ids in reading order.
QList<int> sectionHeadings(const Document &document);

} // namespace lectern
