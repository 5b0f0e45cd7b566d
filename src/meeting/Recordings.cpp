#include "Recordings.h"

#include "Meetings.h"
#include "audio/RecordingWriter.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace lectern::recordings {
namespace {

std::optional<State> stateFromKey(const QString &key)
{
    for (State s : {State::Recording, State::Complete, State::Recovered, State::Lost})
        if (stateKey(s) == key)
            return s;
    return std::nullopt;
}

const char *const kColumns = "id, meeting_id, file, started_at, sample_rate, COALESCE(duration_ms, 0), sha256, state, note";

Recording fromRow(const store::Statement &s)
{
    Recording r;
    r.id = s.integer(0);
    r.meetingId = s.integer(1);
    r.file = s.text(2);
    r.startedAt = meetings::timeFromText(s.text(3));
    r.sampleRate = int(s.integer(4));
    r.durationMs = s.integer(5);
    r.sha256 = s.text(6);
    r.state = stateFromKey(s.text(7)).value_or(State::Recording);
    r.note = s.text(8);
    return r;
}

QList<Recording> query(const store::Database &db, const QString &where, qint64 value)
{
    QList<Recording> out;
    store::Statement s = db.prepare(QStringLiteral("SELECT %1 FROM recording WHERE %2 ORDER BY id").arg(QLatin1String(kColumns), where).toUtf8().constData());
    if (where.contains(u'?'))
        s.bind(1, value);
    while (s.step())
        out.append(fromRow(s));
    return out;
}

} // namespace

QString stateKey(State state)
{
    switch (state) {
    case State::Recording: return QStringLiteral("recording");
    case State::Complete: return QStringLiteral("complete");
    case State::Recovered: return QStringLiteral("recovered");
    case State::Lost: return QStringLiteral("lost");
    }
    return {};
}

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString stateLabel(State state)
{
    switch (state) {
    case State::Recording: return QCoreApplication::translate("lectern::Recordings", "recording");
    case State::Complete: return QCoreApplication::translate("lectern::Recordings", "complete");
    case State::Recovered: return QCoreApplication::translate("lectern::Recordings", "recovered after an interruption");
    case State::Lost: return QCoreApplication::translate("lectern::Recordings", "lost");
    }
    return {};
}

QString folder(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("recordings"));
}

QString newFileName(qint64 meetingId, const QDateTime &startedAt)
{
    return QStringLiteral("recordings/meeting-%1-%2.flac").arg(meetingId).arg(startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QString absolutePath(const QString &dataDir, const Recording &r)
{
    return QDir(dataDir).filePath(r.file);
}

std::optional<qint64> begin(const store::Database &db, qint64 meetingId, const QString &file, const QDateTime &startedAt,
                            int sampleRate)
{
    store::Transaction t(db);
    const auto m = meetings::byId(db, meetingId);
    if (!m || !m->takesSignIns())
        return std::nullopt;
    db.prepare("INSERT INTO recording (meeting_id, file, started_at, sample_rate) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, meetingId)
        .bind(2, file)
        .bind(3, meetings::timeText(startedAt))
        .bind(4, sampleRate)
        .run();
    const qint64 id = db.lastInsertId();
    t.commit();
    return id;
}

void setStartedAt(const store::Database &db, qint64 id, const QDateTime &startedAt)
{
    db.prepare("UPDATE recording SET started_at = ?2 WHERE id = ?1 AND state = 'recording'")
        .bind(1, id)
        .bind(2, meetings::timeText(startedAt))
        .run();
}

void finish(const store::Database &db, qint64 id, qint64 durationMs, const QString &sha256, State state, const QString &note)
{
    db.prepare("UPDATE recording SET duration_ms = ?2, sha256 = ?3, state = ?4, note = ?5 WHERE id = ?1")
        .bind(1, id)
        .bind(2, durationMs)
        .bind(3, sha256)
        .bind(4, stateKey(state))
        .bind(5, note)
        .run();
}

QList<Recording> forMeeting(const store::Database &db, qint64 meetingId)
{
    return query(db, QStringLiteral("meeting_id = ?1"), meetingId);
}

std::optional<Recording> byId(const store::Database &db, qint64 id)
{
    const QList<Recording> found = query(db, QStringLiteral("id = ?1"), id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Recording> unfinished(const store::Database &db)
{
    return query(db, QStringLiteral("state = 'recording'"), 0);
}

QString lockPath(const QString &absoluteFile)
{
    return absoluteFile + QStringLiteral(".lock");
}

QStringList recoverInterrupted(const store::Database &db, const QString &dataDir)
{
    QStringList said;
    for (const Recording &r : unfinished(db)) {
        const QString path = absolutePath(dataDir, r);
        // A live writer holds the lock; a dead one's lock is stale and taken over.
        // (The folder may be gone with the file: the lock needs it to be told apart.)
        QDir().mkpath(QFileInfo(path).absolutePath());
        QLockFile lock(lockPath(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        const audio::Repair repaired = QFile::exists(path) ? audio::repairRecording(path) : audio::Repair{};
        const qint64 ms = qint64(repaired.seconds() * 1000.0 + 0.5);
        if (repaired.frames > 0) {
            const QString note = QCoreApplication::translate("lectern::Recordings", "cut off by an interruption; %1 s kept")
                                     .arg(repaired.seconds(), 0, 'f', 1);
            finish(db, r.id, ms, fileSha256(path), State::Recovered, note);
            said.append(QStringLiteral("%1: %2").arg(r.file, note));
        } else {
            const QString why = repaired.error.isEmpty()
                                    ? QCoreApplication::translate("lectern::Recordings", "the file is missing")
                                    : repaired.error;
            const QString note = QCoreApplication::translate("lectern::Recordings", "cut off by an interruption; nothing could be kept (%1)").arg(why);
            finish(db, r.id, 0, QFile::exists(path) ? fileSha256(path) : QString(), State::Lost, note);
            said.append(QStringLiteral("%1: %2").arg(r.file, note));
        }
        lock.unlock();
    }
    // A lock left with no take to recover (a crash after the take was
    // finished): taken over and so removed, or every start would look again.
    const QDir folderDir(folder(dataDir));
    for (const QString &name : folderDir.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        QLockFile stale(folderDir.filePath(name));
        stale.setStaleLockTime(0);
        if (stale.tryLock(0))
            stale.unlock();
    }
    return said;
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QStringList checkFiles(const store::Database &db, const QString &dataDir, qint64 meetingId)
{
    QStringList problems;
    for (const Recording &r : forMeeting(db, meetingId)) {
        if (r.state == State::Recording || r.sha256.isEmpty())
            continue;
        const QString path = absolutePath(dataDir, r);
        if (!QFile::exists(path))
            problems.append(QCoreApplication::translate("lectern::Recordings", "recording %1 (%2) is missing").arg(r.id).arg(r.file));
        else if (fileSha256(path) != r.sha256)
            problems.append(QCoreApplication::translate("lectern::Recordings", "recording %1 (%2) was changed: its SHA-256 is not the one recorded")
                                .arg(r.id)
                                .arg(r.file));
    }
    return problems;
}

} // namespace lectern::recordings
