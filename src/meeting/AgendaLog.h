#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lectern::store {
class Database;
}

namespace lectern::agenda {

// What happened to a meeting's agenda, in order, never changed or deleted
// (the table's triggers refuse it): the record's account of how the meeting
// really ran and of every live edit of a draft.
enum class EventKind { Added, Removed, Moved, Retimed, Draft, Started, Ended, Skipped, Edit, Insert, Delete };
QString eventKindKey(EventKind kind);

struct AgendaEvent
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 itemId = 0;
    EventKind kind = EventKind::Added;
    QDateTime at;
    int block = 0;  // a live edit's block
    QString before; // a live edit's text before and after; a move's positions; a re-time's seconds
    QString after;
    QString detail; // an insert: the block it follows; a removal: the item's title
};

// Appends one event; the caller's transaction makes it one with the change it records.
void log(const store::Database &db, const AgendaEvent &event);
QList<AgendaEvent> events(const store::Database &db, qint64 meetingId);
QList<AgendaEvent> itemEvents(const store::Database &db, qint64 itemId);

} // namespace lectern::agenda
