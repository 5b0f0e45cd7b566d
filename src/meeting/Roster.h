#pragma once

#include "PersonSearch.h"

#include <QList>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern {

// One person as a roster file gives them.
struct RosterRow
{
    QString name;
    QString unit;
    QString title;
    QString phone;
};

// The people table. A person is (name, unit): importing an edited list again
// updates the title and phone of those already there, adds the new ones and
// never deletes anyone (their sign-ins stay theirs).
namespace roster {

struct Upserted
{
    int imported = 0; // new people
    int updated = 0;  // already there (title or phone may have changed)
};
// All rows in one transaction: either every row is in, or none.
Upserted upsert(const store::Database &db, const QList<RosterRow> &rows);

// A person added at the door; returns the id (the existing one when the same
// name and unit are already there).
qint64 addWalkIn(const store::Database &db, const QString &name, const QString &unit);

// Gives a person (a walk-in written by hand at the door, usually) their name
// and unit. Refused when someone else has that name and unit, or when the
// person is on the sealed record of a finalized meeting.
enum class Renamed { Done, NoSuchPerson, Taken, Sealed };
Renamed rename(const store::Database &db, qint64 id, const QString &name, const QString &unit);

QList<Person> all(const store::Database &db);
std::optional<Person> byId(const store::Database &db, qint64 id);

} // namespace roster
} // namespace lectern
