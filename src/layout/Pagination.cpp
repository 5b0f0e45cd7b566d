#include "Pagination.h"

namespace lectern {

int Pagination::pageOf(Anchor anchor) const
{
    for (int i = 0; i < pages.size(); ++i) {
        const Page &p = pages[i];
        if (p.lines.isEmpty())
            continue;
        if (!(anchor < p.first) && anchor < p.end)
            return i;
    }
    // The very end of the speech belongs to the last page.
    if (!pages.isEmpty() && !pages.last().lines.isEmpty() && !(anchor < pages.last().first))
        return int(pages.size()) - 1;
    return pages.isEmpty() ? -1 : 0;
}

} // namespace lectern
