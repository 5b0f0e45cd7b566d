#include "ExpectedPeople.h"

#include <algorithm>

namespace lectern {

QList<Expected> expectedFromRoster(const store::Database &db, const QList<RosterRow> &listed, const QString &chair,
                                   const QString &recorder)
{
    QList<Expected> expected;
    for (const Person &p : roster::all(db)) {
        if (p.walkIn)
            continue;
        const bool named = listed.isEmpty() || std::any_of(listed.cbegin(), listed.cend(), [&p](const RosterRow &r) {
            return r.name == p.name && r.unit == p.unit;
        });
        if (!named)
            continue;
        Role role = Role::Attend;
        if (!chair.isEmpty() && p.name == chair)
            role = Role::Chair;
        else if (!recorder.isEmpty() && p.name == recorder)
            role = Role::Record;
        expected.append({p.id, role});
    }
    return expected;
}

} // namespace lectern
