#include "AgendaLog.h"

#include "Meetings.h"
#include "store/Database.h"

namespace lectern::agenda {
namespace {

constexpr EventKind kAllKinds[] = {EventKind::Added, EventKind::Removed, EventKind::Moved, EventKind::Retimed,
                                   EventKind::Draft, EventKind::Started, EventKind::Ended, EventKind::Skipped,
                                   EventKind::Edit,  EventKind::Insert,  EventKind::Delete};

QList<AgendaEvent> read(store::Statement &s)
{
    QList<AgendaEvent> out;
    while (s.step()) {
        AgendaEvent e;
        e.id = s.integer(0);
        e.meetingId = s.integer(1);
        e.itemId = s.integer(2);
        for (EventKind k : kAllKinds)
            if (eventKindKey(k) == s.text(3))
                e.kind = k;
        e.at = meetings::timeFromText(s.text(4));
        e.block = int(s.integer(5));
        e.before = s.text(6);
        e.after = s.text(7);
        e.detail = s.text(8);
        out.append(e);
    }
    return out;
}

} // namespace

QString eventKindKey(EventKind kind)
{
    switch (kind) {
    case EventKind::Added: return QStringLiteral("added");
    case EventKind::Removed: return QStringLiteral("removed");
    case EventKind::Moved: return QStringLiteral("moved");
    case EventKind::Retimed: return QStringLiteral("retimed");
    case EventKind::Draft: return QStringLiteral("draft");
    case EventKind::Started: return QStringLiteral("started");
    case EventKind::Ended: return QStringLiteral("ended");
    case EventKind::Skipped: return QStringLiteral("skipped");
    case EventKind::Edit: return QStringLiteral("edit");
    case EventKind::Insert: return QStringLiteral("insert");
    case EventKind::Delete: return QStringLiteral("delete");
    }
    return {};
}

void log(const store::Database &db, const AgendaEvent &e)
{
    db.prepare("INSERT INTO agenda_event (meeting_id, item_id, kind, at, block, before, after, detail) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, e.meetingId)
        .bind(2, e.itemId)
        .bind(3, eventKindKey(e.kind))
        .bind(4, meetings::timeText(e.at))
        .bind(5, e.block)
        .bind(6, e.before)
        .bind(7, e.after)
        .bind(8, e.detail)
        .run();
}

QList<AgendaEvent> events(const store::Database &db, qint64 meetingId)
{
    store::Statement s = db.prepare("SELECT id, meeting_id, item_id, kind, at, block, before, after, detail FROM agenda_event "
                                    "WHERE meeting_id = ?1 ORDER BY id");
    s.bind(1, meetingId);
    return read(s);
}

QList<AgendaEvent> itemEvents(const store::Database &db, qint64 itemId)
{
    store::Statement s = db.prepare("SELECT id, meeting_id, item_id, kind, at, block, before, after, detail FROM agenda_event "
                                    "WHERE item_id = ?1 ORDER BY id");
    s.bind(1, itemId);
    return read(s);
}

} // namespace lectern::agenda
