#include "SpeechRecord.h"

#include "Meetings.h"
#include "store/Database.h"

namespace lectern::speechrecord {

QString prompterEventKey(PrompterEvent e)
{
    switch (e) {
    case PrompterEvent::Started: return QStringLiteral("started");
    case PrompterEvent::Paused: return QStringLiteral("paused");
    case PrompterEvent::Resumed: return QStringLiteral("resumed");
    case PrompterEvent::Finished: return QStringLiteral("finished");
    }
    return {};
}

void logPrompter(const store::Database &db, qint64 meetingId, qint64 itemId, PrompterEvent event, const QDateTime &at)
{
    store::Statement s = db.prepare("INSERT INTO prompter_log (meeting_id, kind, at, item_id) VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, meetingId).bind(2, prompterEventKey(event)).bind(3, meetings::timeText(at));
    if (itemId > 0)
        s.bind(4, itemId);
    else
        s.bindNull(4);
    s.run();
}

QList<QPair<PrompterEvent, QDateTime>> prompterLog(const store::Database &db, qint64 meetingId)
{
    QList<QPair<PrompterEvent, QDateTime>> out;
    store::Statement s = db.prepare("SELECT kind, at FROM prompter_log WHERE meeting_id = ?1 ORDER BY id");
    s.bind(1, meetingId);
    while (s.step()) {
        const QString kind = s.text(0);
        for (PrompterEvent e : {PrompterEvent::Started, PrompterEvent::Paused, PrompterEvent::Resumed, PrompterEvent::Finished})
            if (prompterEventKey(e) == kind)
                out.append({e, meetings::timeFromText(s.text(1))});
    }
    return out;
}

} // namespace lectern::speechrecord
