#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern::recordings {

// A meeting's audio, take by take. A take's row is written before its first
// sample ("recording"), finished when it stops ("complete", with its length and
// the SHA-256 of its file) and, when a crash cut it off, repaired at the next
// start ("recovered", or "lost" when not one block could be kept). Rows are
// never deleted and, once the meeting is finalized, never changed: they are
// sealed with it.
enum class State { Recording, Complete, Recovered, Lost };
QString stateKey(State state);
QString stateLabel(State state); // for people: 录音中, 完整, 中断后恢复, 丢失

struct Recording
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString file; // relative to the data folder: recordings/…
    QDateTime startedAt;
    int sampleRate = 0;
    qint64 durationMs = 0;
    QString sha256;
    State state = State::Recording;
    QString note;
};

// A length as people read it: 3:07, 1:02:05.
QString durationText(qint64 ms);

// <data>/recordings, and the file name for a take that starts now.
QString folder(const QString &dataDir);
QString newFileName(qint64 meetingId, const QDateTime &startedAt); // recordings/meeting-7-20261206-101500.flac
QString absolutePath(const QString &dataDir, const Recording &r);

// The row for a take about to start. Nothing when the meeting is not there or
// no longer takes a recording (closed, finalized).
std::optional<qint64> begin(const store::Database &db, qint64 meetingId, const QString &file, const QDateTime &startedAt,
                            int sampleRate);
// When the take's first sound came (a device can take a second or two to
// deliver after it opened): the take's start is when its sound begins.
void setStartedAt(const store::Database &db, qint64 id, const QDateTime &startedAt);
// The take stopped, or was repaired: its length, its file's hash, its state.
void finish(const store::Database &db, qint64 id, qint64 durationMs, const QString &sha256, State state,
            const QString &note = {});
QList<Recording> forMeeting(const store::Database &db, qint64 meetingId);
std::optional<Recording> byId(const store::Database &db, qint64 id);
// Takes still marked "recording": running now, or cut off by a crash.
QList<Recording> unfinished(const store::Database &db);

// The lock a take's writer holds while it writes (recordings/….flac.lock): a
// take whose writer is alive is never mistaken for a crashed one.
QString lockPath(const QString &absoluteFile);

// Repairs the takes a crash cut off (their writer's lock is free), hashes
// them and marks them recovered or lost. One line per take, for the log.
QStringList recoverInterrupted(const store::Database &db, const QString &dataDir);

// SHA-256 of a file as lowercase hex, "" when it cannot be read.
QString fileSha256(const QString &path);
// Each finished take whose file is missing or no longer has its recorded
// hash: one line per take ("" list: all as recorded).
QStringList checkFiles(const store::Database &db, const QString &dataDir, qint64 meetingId);

} // namespace lectern::recordings
