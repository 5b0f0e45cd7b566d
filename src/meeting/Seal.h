#pragma once

#include "AttendanceLog.h"

#include <QString>
#include <optional>
#include <variant>

namespace lectern::store {
class Database;
}

namespace lectern::seal {

// Finalizing seals a closed meeting: one hash chain (SHA-256, each link's hash
// covering the previous one) over the meeting's details, who was expected
// (with names and units as they are), every attendance event (with a hash of
// its signature), each agenda item (with its draft's hash and who attended
// it only) and every agenda event (starts, ends, live edits), each recording's take (its file's
// SHA-256: the files themselves are checked by recordings::checkFiles) and the
// record's content. The final hash is the meeting's
// fingerprint: print it on the record, so that even a rewritten chain shows.
struct Sealed
{
    int links = 0;
    QString finalHash;
};
enum class Refusal { NotClosed, AlreadyFinalized, NoSuchMeeting, StillRecording };
// The chain and the state change are one transaction. A backup is the caller's (MeetingStore does it before).
std::variant<Sealed, Refusal> finalize(const store::Database &db, qint64 meetingId);

// Recomputes the chain from the rows as they are now. ok, or the first link
// (seq, what it covers) that does not match and why: a changed value, a
// deleted row, an inserted row, links out of order or altered.
struct Verification
{
    bool ok = false;
    int links = 0;
    QString finalHash;   // as recomputed from the stored contents
    int firstBadLink = 0; // 0: the problem is outside the chain (an inserted row)
    QString problem;      // for people, in one line
};
Verification verify(const store::Database &db, qint64 meetingId);

// After finalizing, attendance changes only so: an event marked as an
// amendment, with its reason, chained at once. Outcome as for the ordinary calls.
attendance::Outcome amend(const store::Database &db, qint64 meetingId, qint64 personId, EventKind kind, const QDateTime &at,
                          const QDateTime &now, const QString &reason);

} // namespace lectern::seal
