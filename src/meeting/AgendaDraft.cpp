#include "AgendaDraft.h"

#include "AgendaLog.h"
#include "Meetings.h"
#include "document/SpeechImporter.h"
#include "document/Timing.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace lectern::agenda {
namespace {

// The item, if its draft may change (not sealed).
std::optional<AgendaItem> changeable(const store::Database &db, qint64 itemId, Refusal *why)
{
    const auto it = item(db, itemId);
    if (!it) {
        *why = Refusal::NoSuchItem;
        return std::nullopt;
    }
    const auto m = meetings::byId(db, it->meetingId);
    if (!m || m->state == MeetingState::Finalized) {
        *why = m ? Refusal::Finalized : Refusal::NoSuchMeeting;
        return std::nullopt;
    }
    *why = Refusal::None;
    return it;
}

// Keeps the draft (replacing one) and its "draft" event (the hashes before and after).
void store(const store::Database &db, const AgendaItem &item, const QString &source, const QByteArray *file, const QByteArray &choice,
           const QString &text, int hanChars, const QDateTime &now)
{
    const qint64 itemId = item.id;
    store::Statement s = db.prepare(
        "INSERT INTO agenda_draft (item_id, source, file, choice, text, sha256, han_chars, taken_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (item_id) DO UPDATE SET source = excluded.source, "
        "file = excluded.file, choice = excluded.choice, text = excluded.text, sha256 = excluded.sha256, "
        "han_chars = excluded.han_chars, taken_at = excluded.taken_at");
    s.bind(1, itemId).bind(2, source);
    if (file)
        s.bind(3, *file);
    else
        s.bindNull(3);
    s.bind(4, QString::fromUtf8(choice)).bind(5, text).bind(6, sha256Hex(text)).bind(7, hanChars).bind(8, meetings::timeText(now));
    s.run();
    AgendaEvent e;
    e.meetingId = item.meetingId;
    e.itemId = itemId;
    e.kind = EventKind::Draft;
    e.at = now;
    e.before = item.draftSha256;
    e.after = sha256Hex(text);
    e.detail = source;
    log(db, e);
}

} // namespace

QString snapshotText(const Document &document)
{
    QStringList blocks;
    blocks.reserve(document.blocks.size());
    for (const Block &b : document.blocks)
        blocks.append(b.text);
    return blocks.join(u'\n');
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Refusal setDraft(const store::Database &db, qint64 itemId, const QString &source, const QByteArray &bytes, const SpeechChoice &choice,
                 const QDateTime &now, QString *problem)
{
    const ImportResult imported = importChosenData(bytes, source, choice);
    if (!imported.ok()) {
        if (problem)
            *problem = imported.error;
        return Refusal::BadDraft;
    }
    store::Transaction t(db);
    Refusal why;
    const auto it = changeable(db, itemId, &why);
    if (!it)
        return why;
    const QString text = snapshotText(*imported.document);
    SpeechChoice decisions = choice;
    decisions.path = source;
    store(db, *it, source, &bytes, decisions.toJson(), text, timeDocument(*imported.document).hanChars, now);
    t.commit();
    return Refusal::None;
}

Refusal setDraftFromFile(const store::Database &db, qint64 itemId, const QString &path, const QDateTime &now, QString *problem)
{
    auto read = readSpeechFile(path);
    if (const QString *error = std::get_if<QString>(&read)) {
        if (problem)
            *problem = *error;
        return Refusal::BadDraft;
    }
    SpeechChoice choice;
    choice.path = path;
    return setDraft(db, itemId, path, std::get<QByteArray>(read), choice, now, problem);
}

Refusal setDraftText(const store::Database &db, qint64 itemId, const QString &source, const QString &text, int hanChars,
                     const QDateTime &now)
{
    store::Transaction t(db);
    Refusal why;
    const auto it = changeable(db, itemId, &why);
    if (!it)
        return why;
    store(db, *it, source, nullptr, {}, text, hanChars, now);
    t.commit();
    return Refusal::None;
}

std::optional<Draft> draft(const store::Database &db, qint64 itemId)
{
    store::Statement s = db.prepare("SELECT source, file, choice, text, sha256, han_chars, taken_at FROM agenda_draft WHERE item_id = ?1");
    s.bind(1, itemId);
    if (!s.step())
        return std::nullopt;
    Draft d;
    d.source = s.text(0);
    d.file = s.blob(1);
    QString ignored;
    if (const auto c = SpeechChoice::fromJson(s.text(2).toUtf8(), &ignored))
        d.choice = *c;
    d.text = s.text(3);
    d.sha256 = s.text(4);
    d.hanChars = int(s.integer(5));
    d.takenAt = meetings::timeFromText(s.text(6));
    return d;
}

std::optional<Document> document(const store::Database &db, qint64 itemId, QString *problem)
{
    const auto d = draft(db, itemId);
    if (!d) {
        if (problem)
            *problem = QCoreApplication::translate("lectern::AgendaDraft", "item %1 has no draft").arg(itemId);
        return std::nullopt;
    }
    // A text kept without its file (a speech kept before agendas, or the
    // kiosk's own speech): its lines are the blocks, imported as plain text.
    const ImportResult imported = d->file.isEmpty() ? importSpeechData(d->text.toUtf8(), d->source + QStringLiteral(".txt"))
                                                    : importChosenData(d->file, d->source, d->choice);
    if (!imported.ok()) {
        if (problem)
            *problem = imported.error;
        return std::nullopt;
    }
    Document doc = *imported.document;
    doc.sourcePath = d->source;
    for (const AgendaEvent &e : itemEvents(db, itemId)) {
        if (e.kind == EventKind::Draft) // a new draft: the edits before it were to the old one
            doc = *imported.document, doc.sourcePath = d->source;
        LiveEdit edit;
        switch (e.kind) {
        case EventKind::Edit: edit = {LiveEdit::Replace, e.block, e.after, {}}; break;
        case EventKind::Insert: edit = {LiveEdit::Insert, e.block, e.after, {}}; break;
        case EventKind::Delete: edit = {LiveEdit::Delete, e.block, {}, {}}; break;
        default: continue;
        }
        applyTo(doc, edit);
    }
    return doc;
}

Refusal applyEdit(const store::Database &db, qint64 itemId, const LiveEdit &requested, const QDateTime &now)
{
    store::Transaction t(db);
    Refusal why;
    const auto it = changeable(db, itemId, &why);
    if (!it)
        return why;
    QString problem;
    auto doc = document(db, itemId, &problem);
    if (!doc)
        return Refusal::NoSuchBlock;
    LiveEdit edit = requested;
    if (!applyTo(*doc, edit))
        return Refusal::NoSuchBlock;
    AgendaEvent e;
    e.meetingId = it->meetingId;
    e.itemId = itemId;
    e.kind = edit.op == LiveEdit::Replace ? EventKind::Edit : edit.op == LiveEdit::Insert ? EventKind::Insert : EventKind::Delete;
    e.at = now;
    e.block = edit.block;
    e.before = edit.before;
    e.after = edit.op == LiveEdit::Delete ? QString() : edit.text;
    log(db, e);
    t.commit();
    return Refusal::None;
}

} // namespace lectern::agenda
