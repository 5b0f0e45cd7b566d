#pragma once

#include <QDateTime>
#include <QString>

namespace lectern::store {
class Database;
}

namespace lectern::central {

class PgConnection;

// One round of sending the kiosk's outbox to the central store: the unsent
// rows in their order, a batch at a time, each batch one INSERT … ON
// CONFLICT (event_id) DO NOTHING that the server commits before the rows
// are marked sent here. A kiosk killed between the two sends the batch
// again next time, and the server keeps each event once. The server gone
// mid-round: what it committed is marked, the rest waits.
struct SyncRound
{
    int sent = 0;     // rows the server has now (new to it or not)
    int pending = 0;  // rows still to send
    int received = 0; // people and booked meetings that came down (exchange)
    int kept = 0;     // bookings not applied: their meeting has begun here
    QString error;    // "" or why the round stopped (the server unreachable …)
    QString notApplied; // "" or what came down and could not be applied here (exchange)
};
SyncRound sendOutbox(const store::Database &db, const PgConnection &server, int batchSize = 1000);

// One round both ways: the outbox up, then the directory and this room's
// bookings down (central/Receive), then up again what applying them wrote.
SyncRound exchange(const store::Database &db, const PgConnection &server);

int pendingCount(const store::Database &db);
QDateTime lastSentAt(const store::Database &db); // invalid: never

} // namespace lectern::central
