#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lectern::store {
class Database;
}

namespace lectern::speechrecord {

// When the prompter started, paused, resumed and finished, for the record.
enum class PrompterEvent { Started, Paused, Resumed, Finished };
QString prompterEventKey(PrompterEvent e);
// itemId: the agenda item read (0: none); a speaker's pace is learned from it (agenda::learnedPace).
void logPrompter(const store::Database &db, qint64 meetingId, qint64 itemId, PrompterEvent event, const QDateTime &at);
QList<QPair<PrompterEvent, QDateTime>> prompterLog(const store::Database &db, qint64 meetingId);

} // namespace lectern::speechrecord
