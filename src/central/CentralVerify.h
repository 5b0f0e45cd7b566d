#pragma once

#include <QList>
#include <QString>

namespace lectern::central {

class PgConnection;

// The archive proves itself: every meeting a room sealed arrives with its
// hash chain (the `seal` events: each link's content and hash). Checked on
// the server, as `lectern verify` does on a kiosk: the links in sequence,
// each hash following from the one before, and each link's content still
// matching the events the room sent (a sign-in time changed on the server,
// a vote's count, a deleted row, an event slipped in outside the chain).
// Names and units are the roster's at sealing and are not compared: a
// rename in between is not tampering.
struct ArchiveCheck
{
    QString room;          // its name (the role when the room was deleted)
    qint64 meeting = 0;    // the kiosk's meeting id
    QString title;
    bool ok = false;
    int links = 0;
    QString finalHash;     // recomputed from the stored links: compare with the printed fingerprint
    int firstBadLink = 0;  // 0: the problem is outside the chain
    QString problem;       // one line for people
};

// Every sealed meeting on the server, or one room's (by name), or one
// meeting of it (its kiosk id). Throws CentralError (no such room, the server …).
QList<ArchiveCheck> verifyArchive(const PgConnection &admin, const QString &room = {}, qint64 meeting = 0);

} // namespace lectern::central
