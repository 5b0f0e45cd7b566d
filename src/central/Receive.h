#pragma once

#include <QString>

namespace lectern::store {
class Database;
}

namespace lectern::central {

class PgConnection;

// What comes down from the centre in one round: the directory when the
// server's version is newer than the one applied here, and each booking for
// this room (row-level security shows it no other) newer than its copy.
// Each is applied in one transaction with its version, so a round cut off
// applies whole snapshots or none. Never over what this kiosk recorded:
// people are added, matched (name and unit) or renamed, never removed; a
// booked meeting that has begun here (a sign-in, an item run, a decision, a
// recording, or closed) keeps what it has, and the booking's change is
// noted as kept instead.
struct Received
{
    int people = 0;   // added or changed from the directory
    int meetings = 0; // booked meetings created or changed
    int kept = 0;     // bookings not applied: the meeting has begun here
    QString error;    // "" or why the round stopped (the server)
    QString notApplied; // "" or a booking that could not be applied here (the others were)
    int total() const { return people + meetings; }
};
Received receive(const store::Database &db, const PgConnection &server);

} // namespace lectern::central
