#pragma once

#include "Agenda.h"
#include "DecisionRules.h"

#include <QDateTime>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern::agenda {

// Running the agenda: one item at a time. Starting an item ends the one
// running (done); every start, end and skip is an event of the record. The
// meeting's actual start is the first item's start, if it had none.

// The item running now, if any.
std::optional<AgendaItem> current(const store::Database &db, qint64 meetingId);
// What "next" starts: the first waiting item after the current one (or
// after the last one run; from the top before any has run).
std::optional<AgendaItem> upNext(const store::Database &db, qint64 meetingId);

// Starts any item ("prompt from here"), again if it ran before. A 表决
// item's "started" event notes its quorum by `rules` then (met or not: a
// start without one is allowed, and recorded so).
Refusal start(const store::Database &db, qint64 itemId, const QDateTime &now, const decisions::Rules &rules);
// Ends the running item (done); nothing running is no refusal.
Refusal endCurrent(const store::Database &db, qint64 meetingId, const QDateTime &now);
// The same inside the caller's transaction (closing the meeting ends its running item).
void endRunningItem(const store::Database &db, qint64 meetingId, const QDateTime &now);
// Ends the current item and starts the next; at the end of the agenda ends the current one only.
Refusal next(const store::Database &db, qint64 meetingId, const QDateTime &now, const decisions::Rules &rules);
// Ends the current item and starts the one before it again.
Refusal previous(const store::Database &db, qint64 meetingId, const QDateTime &now, const decisions::Rules &rules);
// Marks an item skipped (the running one ends so); it can still be started later.
Refusal skip(const store::Database &db, qint64 itemId, const QDateTime &now);
// "Play next": moves an item to come right after the current one.
Refusal playNext(const store::Database &db, qint64 itemId, const QDateTime &now);
// Adds a break of `minutes` after the current item (at the top before any runs); its id, or 0.
qint64 addBreak(const store::Database &db, qint64 meetingId, int minutes, const QString &title, const QDateTime &now,
                Refusal *refusal = nullptr);

} // namespace lectern::agenda
