#include "Sections.h"

namespace lectern {

QList<int> sectionHeadings(const Document &document)
{
    QList<int> ids;
    for (const Block &b : document.blocks)
        if (b.kind == BlockKind::Heading && b.level == 1)
            ids.append(b.id);
    if (!ids.isEmpty())
        return ids;
    for (const Block &b : document.blocks)
        if (b.kind == BlockKind::Heading)
            ids.append(b.id);
    return ids;
}

} // namespace lectern
