#pragma once

#include "meeting/Roster.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lectern::central {

class PgConnection;

// What the centre keeps once and sends down: the organisation's directory
// (people with unit and title) and the meetings booked for each room. Both
// versioned: a kiosk applies a newer version whole (central/Receive).

// The directory replaced by these rows, in one transaction, at the next
// version. A person is (name, unit), as on a kiosk: one already there keeps
// their id (bookings name people by it); one no longer listed leaves the
// directory (never a kiosk's roster: their sign-ins stay theirs).
struct Published
{
    qint64 version = 0;
    int people = 0;
    int added = 0;
    int removed = 0;
};
Published publishDirectory(const PgConnection &admin, const QList<RosterRow> &rows);

// A meeting booked for a room (by its name), from JSON:
//   {"id": N (to change booking N), "title", "start", "end", "place", "kind",
//    "session", "chair", "recorder", "grace_minutes",
//    "expected": [{"name", "unit", "role": attend|observe|chair|record}],
//    "agenda": [{"title", "kind", "speaker", "minutes", "matter"}]}
// Everyone expected must be in the directory (a name alone when it is
// unique there); item kinds and matters as `lectern agenda add` takes them.
// A change raises the booking's version. Throws CentralError naming the problem.
struct Booked
{
    qint64 id = 0;
    qint64 version = 0;
};
Booked book(const PgConnection &admin, const QString &room, const QJsonObject &booking);

} // namespace lectern::central
