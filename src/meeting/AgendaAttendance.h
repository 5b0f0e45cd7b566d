#pragma once

#include "Agenda.h"
#include "Roster.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace lectern::store {
class Database;
}

namespace lectern::agenda {

// Who attended an item: everyone signed in (walk-ins too) by the time it
// ended — by `now` while it runs — and, apart, the people who sit in on that
// item only (列席 per item) and were signed in. Derived from the attendance
// log, never stored twice. An item not started has none.
struct ItemAttendance
{
    QList<Person> present;
    QList<Person> observers;
};
// Every item of one meeting at once: the attendance log and the roster are
// read once, not once per item. By item id.
QHash<qint64, ItemAttendance> attendance(const store::Database &db, const QList<AgendaItem> &items, const QDateTime &now);

} // namespace lectern::agenda
