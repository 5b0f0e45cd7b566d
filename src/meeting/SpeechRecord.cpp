#include "SpeechRecord.h"

#include "Meetings.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCryptographicHash>

namespace lectern::speechrecord {

bool setSnapshot(const store::Database &db, qint64 meetingId, const QString &source, const QString &text, const QDateTime &now)
{
    store::Transaction t(db);
    const auto m = meetings::byId(db, meetingId);
    if (!m || m->state == MeetingState::Finalized)
        return false;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    db.prepare("INSERT INTO speech_snapshot (meeting_id, source, text, sha256, taken_at) VALUES (?1, ?2, ?3, ?4, ?5) "
               "ON CONFLICT (meeting_id) DO UPDATE SET source = excluded.source, text = excluded.text, "
               "sha256 = excluded.sha256, taken_at = excluded.taken_at")
        .bind(1, meetingId)
        .bind(2, source)
        .bind(3, text)
        .bind(4, sha)
        .bind(5, meetings::timeText(now))
        .run();
    t.commit();
    return true;
}

std::optional<Snapshot> snapshot(const store::Database &db, qint64 meetingId)
{
    store::Statement s = db.prepare("SELECT source, text, sha256, taken_at FROM speech_snapshot WHERE meeting_id = ?1");
    s.bind(1, meetingId);
    if (!s.step())
        return std::nullopt;
    return Snapshot{s.text(0), s.text(1), s.text(2), meetings::timeFromText(s.text(3))};
}

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

void logPrompter(const store::Database &db, qint64 meetingId, PrompterEvent event, const QDateTime &at)
{
    db.prepare("INSERT INTO prompter_log (meeting_id, kind, at) VALUES (?1, ?2, ?3)")
        .bind(1, meetingId)
        .bind(2, prompterEventKey(event))
        .bind(3, meetings::timeText(at))
        .run();
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
