#pragma once

#include "meeting/RosterImport.h"

#include <QSet>
#include <cstdlib>

// What must hold for any roster file: an error (one line) and no rows, or
// rows each with a name and the row number it came from, rising, and
// rejected rows each with a number and a reason, none of them also taken.
inline void checkRoster(const lectern::RosterFile &f)
{
    if (!f.error.isEmpty()) {
        if (f.error.contains(u'\n') || !f.rows.isEmpty())
            std::abort();
        return;
    }
    if (f.rows.size() != f.rowNumbers.size())
        std::abort();
    QSet<int> taken;
    int last = 0;
    for (qsizetype i = 0; i < f.rows.size(); ++i) {
        if (f.rows[i].name.trimmed().isEmpty() || f.rowNumbers[i] <= last)
            std::abort();
        last = f.rowNumbers[i];
        taken.insert(last);
    }
    for (const auto &r : f.rejected)
        if (r.row <= 0 || r.reason.isEmpty() || r.reason.contains(u'\n') || taken.contains(r.row))
            std::abort();
}
