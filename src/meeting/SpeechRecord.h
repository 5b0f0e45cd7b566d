#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern::speechrecord {

// The speech used at a meeting, as it was: its text and the SHA-256 of that
// text (sealed with the meeting when it is finalized).
struct Snapshot
{
    QString source; // the file it came from
    QString text;
    QString sha256;
    QDateTime takenAt;
};
// Replaces an earlier snapshot; refused (false) once the meeting is finalized.
bool setSnapshot(const store::Database &db, qint64 meetingId, const QString &source, const QString &text, const QDateTime &now);
std::optional<Snapshot> snapshot(const store::Database &db, qint64 meetingId);

// When the prompter started, paused, resumed and finished, for the record.
enum class PrompterEvent { Started, Paused, Resumed, Finished };
QString prompterEventKey(PrompterEvent e);
void logPrompter(const store::Database &db, qint64 meetingId, PrompterEvent event, const QDateTime &at);
QList<QPair<PrompterEvent, QDateTime>> prompterLog(const store::Database &db, qint64 meetingId);

} // namespace lectern::speechrecord
