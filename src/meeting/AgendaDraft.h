#pragma once

#include "Agenda.h"
#include "document/Document.h"
#include "document/LiveEdit.h"
#include "document/SpeechChoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern::agenda {

// An item's draft as kept with the meeting: the file as it was brought (so
// the review can be changed later, and the kiosk shows it without the USB
// stick it came on), the review's decisions, and the snapshot — the text as
// imported and reviewed, one block per line — with its SHA-256.
struct Draft
{
    QString source;      // the file's name as given
    QByteArray file;     // empty for a speech kept before agendas: its text is the draft
    SpeechChoice choice; // path unused: the file is `file`
    QString text;
    QString sha256;
    int hanChars = 0;
    QDateTime takenAt;
};

// The snapshot of a document: its blocks' text, one per line, and its SHA-256.
QString snapshotText(const Document &document);
QString sha256Hex(const QString &text);

// Imports `bytes` (named `source`, whose suffix gives the format) with the
// review's decisions and keeps it as the item's draft, replacing an earlier
// one, with a "draft" event. The import's one-line error in *problem when
// the file cannot be read (Refusal::BadDraft): nothing is kept then.
Refusal setDraft(const store::Database &db, qint64 itemId, const QString &source, const QByteArray &bytes,
                 const SpeechChoice &choice, const QDateTime &now, QString *problem = nullptr);
// The same from a file on disk (the importer's checks: size, kind, a file still being copied).
Refusal setDraftFromFile(const store::Database &db, qint64 itemId, const QString &path, const QDateTime &now,
                         QString *problem = nullptr);
// Keeps a text the caller already has as the draft (the kiosk's speech when
// prompting starts with no draft kept): no file, the text is the draft.
Refusal setDraftText(const store::Database &db, qint64 itemId, const QString &source, const QString &text, int hanChars,
                     const QDateTime &now);
std::optional<Draft> draft(const store::Database &db, qint64 itemId);

// What the room sees for the item: the draft imported again with its
// decisions, then every live edit in order. nullopt (with *problem) when the
// item has no draft or the kept file no longer imports.
std::optional<Document> document(const store::Database &db, qint64 itemId, QString *problem = nullptr);

// Live edits (document/LiveEdit), each one event of the record (which
// block, before, after); allowed while the item runs.
Refusal applyEdit(const store::Database &db, qint64 itemId, const LiveEdit &edit, const QDateTime &now);

} // namespace lectern::agenda
