#include "CentralVerify.h"

#include "PgConnection.h"
#include "meeting/SealChain.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lectern::central {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::central", text);
}

using seal::chain::Link;
using seal::chain::sha256;

// How a payload's value reads in a link's content (Seal.cpp's fields()).
enum class As {
    Text,      // as it is; null reads ""
    Number,    // an integer; null reads "0" (an id the row did not have)
    Sha256,    // the text's SHA-256 (a signature), "" when empty
    Flag,      // "amendment" when set
    Phone,     // "phone" when the channel was a phone's (the field is there only then)
};

struct Field
{
    int index;          // in the link's content
    const char *key;    // in the event's payload
    const char *label;  // for people
    As as = As::Text;
};

QString valueAs(const QJsonValue &v, As as)
{
    switch (as) {
    case As::Number:
        return QString::number(v.isNull() || v.isUndefined() ? 0 : v.toInteger(v.toString().toLongLong()));
    case As::Sha256:
        return v.toString().isEmpty() ? QString() : sha256(v.toString().toUtf8());
    case As::Flag:
        return v.toInteger() != 0 ? QStringLiteral("amendment") : QString();
    case As::Phone:
        return v.toString() == u"phone" ? QStringLiteral("phone") : QString();
    case As::Text:
        break;
    }
    if (v.isDouble())
        return QString::number(v.toInteger());
    return seal::chain::escaped(v.toString());
}

// Each kind of link: the events that hold its row and the fields to compare.
struct LinkKind
{
    const char *what;       // the link's `what`
    const char *eventKind;  // the server's events of its rows
    const char *removed;    // the event saying the row went ("" none)
    const char *idKey;      // the payload's key matching the link's ref
    bool appendOnly;        // each row sent once (else the last sent counts)
    QList<Field> fields;
};

const QList<LinkKind> &linkKinds()
{
    static const QList<LinkKind> kinds = {
        {"meeting", "meeting", "", "id", false,
         {{1, "title", QT_TRANSLATE_NOOP("lectern::central", "title")},
          {2, "kind", QT_TRANSLATE_NOOP("lectern::central", "kind")},
          {3, "session", QT_TRANSLATE_NOOP("lectern::central", "session")},
          {4, "place", QT_TRANSLATE_NOOP("lectern::central", "place")},
          {5, "planned_start", QT_TRANSLATE_NOOP("lectern::central", "planned start")},
          {6, "planned_end", QT_TRANSLATE_NOOP("lectern::central", "planned end")},
          {7, "actual_start", QT_TRANSLATE_NOOP("lectern::central", "start")},
          {8, "actual_end", QT_TRANSLATE_NOOP("lectern::central", "end")},
          {9, "chair", QT_TRANSLATE_NOOP("lectern::central", "chair")},
          {10, "recorder", QT_TRANSLATE_NOOP("lectern::central", "recorder")},
          {11, "grace_minutes", QT_TRANSLATE_NOOP("lectern::central", "grace minutes"), As::Number}}},
        {"expected", "expected", "expected_removed", "person", false,
         {{3, "role", QT_TRANSLATE_NOOP("lectern::central", "role")}}},
        {"event", "attendance", "", "id", true,
         {{1, "person", QT_TRANSLATE_NOOP("lectern::central", "person"), As::Number},
          {4, "kind", QT_TRANSLATE_NOOP("lectern::central", "kind")},
          {5, "at", QT_TRANSLATE_NOOP("lectern::central", "time")},
          {6, "recorded_at", QT_TRANSLATE_NOOP("lectern::central", "time recorded")},
          {7, "reason", QT_TRANSLATE_NOOP("lectern::central", "reason")},
          {8, "approver", QT_TRANSLATE_NOOP("lectern::central", "approver")},
          {9, "signature", QT_TRANSLATE_NOOP("lectern::central", "signature"), As::Sha256},
          {10, "amendment", QT_TRANSLATE_NOOP("lectern::central", "amendment"), As::Flag},
          {11, "channel", QT_TRANSLATE_NOOP("lectern::central", "channel"), As::Phone}}},
        {"item", "item", "item_removed", "id", false,
         {{1, "position", QT_TRANSLATE_NOOP("lectern::central", "position"), As::Number},
          {2, "title", QT_TRANSLATE_NOOP("lectern::central", "title")},
          {3, "kind", QT_TRANSLATE_NOOP("lectern::central", "kind")},
          {5, "speaker", QT_TRANSLATE_NOOP("lectern::central", "speaker")},
          {6, "speaker_role", QT_TRANSLATE_NOOP("lectern::central", "speaker's role")},
          {9, "state", QT_TRANSLATE_NOOP("lectern::central", "state")},
          {10, "actual_start", QT_TRANSLATE_NOOP("lectern::central", "start")},
          {11, "actual_end", QT_TRANSLATE_NOOP("lectern::central", "end")},
          {12, "spent_ms", QT_TRANSLATE_NOOP("lectern::central", "time spent"), As::Number}}},
        {"agenda_event", "agenda", "", "id", true,
         {{1, "item", QT_TRANSLATE_NOOP("lectern::central", "item"), As::Number},
          {2, "kind", QT_TRANSLATE_NOOP("lectern::central", "kind")},
          {3, "at", QT_TRANSLATE_NOOP("lectern::central", "time")},
          {4, "block", QT_TRANSLATE_NOOP("lectern::central", "block"), As::Number},
          {5, "before", QT_TRANSLATE_NOOP("lectern::central", "before")},
          {6, "after", QT_TRANSLATE_NOOP("lectern::central", "after")},
          {7, "detail", QT_TRANSLATE_NOOP("lectern::central", "detail")}}},
        {"decision", "decision", "", "id", true,
         {{1, "item", QT_TRANSLATE_NOOP("lectern::central", "item"), As::Number},
          {2, "kind", QT_TRANSLATE_NOOP("lectern::central", "kind")},
          {3, "person", QT_TRANSLATE_NOOP("lectern::central", "person"), As::Number},
          {5, "at", QT_TRANSLATE_NOOP("lectern::central", "time")},
          {6, "text", QT_TRANSLATE_NOOP("lectern::central", "text")},
          {8, "for", QT_TRANSLATE_NOOP("lectern::central", "votes for"), As::Number},
          {9, "against", QT_TRANSLATE_NOOP("lectern::central", "votes against"), As::Number},
          {10, "abstain", QT_TRANSLATE_NOOP("lectern::central", "abstentions"), As::Number},
          {12, "basis", QT_TRANSLATE_NOOP("lectern::central", "basis")},
          {14, "file_name", QT_TRANSLATE_NOOP("lectern::central", "file name")},
          {15, "file_sha256", QT_TRANSLATE_NOOP("lectern::central", "file hash")}}},
        {"recording", "recording", "", "id", false,
         {{1, "file", QT_TRANSLATE_NOOP("lectern::central", "file")},
          {2, "started_at", QT_TRANSLATE_NOOP("lectern::central", "start")},
          {3, "sample_rate", QT_TRANSLATE_NOOP("lectern::central", "sample rate"), As::Number},
          {4, "duration_ms", QT_TRANSLATE_NOOP("lectern::central", "duration"), As::Number},
          {5, "sha256", QT_TRANSLATE_NOOP("lectern::central", "file hash")},
          {6, "state", QT_TRANSLATE_NOOP("lectern::central", "state")},
          {7, "note", QT_TRANSLATE_NOOP("lectern::central", "note")}}},
    };
    return kinds;
}

const LinkKind *linkKind(const QString &what)
{
    for (const LinkKind &k : linkKinds())
        if (what == QLatin1String(k.what))
            return &k;
    return nullptr; // "record", "speech": their rows are not sent; the chain covers them
}

// What a room sent of one meeting, by event kind and row id: the last sent
// of each row (nullopt once a removal came after it), and every id of the
// append-only kinds with how many times it came.
struct Sent
{
    QHash<QString, QHash<qint64, std::optional<QJsonObject>>> rows;
    QHash<QString, QHash<qint64, int>> times;
};

Sent sentFor(const PgConnection &admin, const QString &role, qint64 meeting)
{
    QHash<QString, const LinkKind *> byEvent;
    for (const LinkKind &k : linkKinds()) {
        byEvent.insert(QLatin1String(k.eventKind), &k);
        if (*k.removed)
            byEvent.insert(QLatin1String(k.removed), &k);
    }
    Sent sent;
    const auto result = admin.exec(QStringLiteral("SELECT kind, payload FROM event WHERE room_role = $1 AND local_meeting = $2 AND kind <> 'seal' "
                                                  "ORDER BY room_seq NULLS FIRST, recorded_at"),
                                   {role, QString::number(meeting)});
    for (const QStringList &row : result.rows) {
        const LinkKind *k = byEvent.value(row.value(0));
        if (!k)
            continue;
        const QJsonObject payload = QJsonDocument::fromJson(row.value(1).toUtf8()).object();
        const bool removal = row.value(0) == QLatin1String(k->removed);
        const qint64 id = payload.value(QLatin1String(k->idKey)).toInteger();
        auto &rows = sent.rows[QLatin1String(k->what)];
        if (removal)
            rows.insert(id, std::nullopt);
        else
            rows.insert(id, payload);
        if (!removal)
            ++sent.times[QLatin1String(k->what)][id];
    }
    return sent;
}

void check(const PgConnection &admin, const QString &role, ArchiveCheck &c)
{
    QList<Link> links;
    const auto stored = admin.exec(QStringLiteral("SELECT payload FROM event WHERE room_role = $1 AND local_meeting = $2 AND kind = 'seal' "
                                                  "ORDER BY (payload->>'seq')::integer, room_seq"),
                                   {role, QString::number(c.meeting)});
    for (const QStringList &row : stored.rows) {
        const QJsonObject p = QJsonDocument::fromJson(row.value(0).toUtf8()).object();
        links.append({int(p.value("seq").toInteger()), p.value("what").toString(), p.value("ref").toInteger(), p.value("content").toString(),
                      p.value("hash").toString()});
    }
    c.links = int(links.size());
    const Sent sent = sentFor(admin, role, c.meeting);
    auto fail = [&c](const Link &l, const QString &why) {
        c.ok = false;
        c.firstBadLink = l.seq;
        c.problem = tr("link %1 (%2 %3): %4").arg(l.seq).arg(l.what).arg(l.ref).arg(why);
    };
    QSet<QPair<QString, qint64>> covered;
    QString hash;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link &l = links[i];
        if (l.seq != i + 1)
            return fail(l, l.seq <= i ? tr("this link is there twice (one was added on the server)")
                                      : tr("a link is missing before it (links out of sequence)"));
        hash = seal::chain::next(hash, l.content);
        if (hash != l.hash)
            return fail(l, tr("the stored link was altered (its hash does not follow from the one before)"));
        const LinkKind *kind = linkKind(l.what);
        if (!kind)
            continue;
        covered.insert({l.what, l.ref});
        const auto &rows = sent.rows.value(QLatin1String(kind->what));
        const auto row = rows.constFind(l.ref);
        if (row == rows.cend())
            return fail(l, tr("the room's row for it is not on the server (deleted there, or never sent)"));
        if (!row->has_value())
            return fail(l, tr("the room sent that this row was removed after it was sealed"));
        if (kind->appendOnly && sent.times.value(l.what).value(l.ref) > 1)
            return fail(l, tr("the server holds this row %1 times").arg(sent.times.value(l.what).value(l.ref)));
        const QStringList sealed = l.content.split(seal::chain::kSeparator);
        for (const Field &f : kind->fields) {
            const QString now = valueAs(row->value().value(QLatin1String(f.key)), f.as);
            if (now != sealed.value(f.index))
                return fail(l, tr("the server's copy differs from what was sealed: %1: %2 → %3")
                                   .arg(QCoreApplication::translate("lectern::central", f.label), sealed.value(f.index), now));
        }
    }
    c.finalHash = hash;
    if (links.isEmpty()) {
        c.problem = tr("no link of the seal is on the server");
        return;
    }
    // A row of an append-only kind that no link covers was slipped in after sealing.
    for (const LinkKind &k : linkKinds()) {
        if (!k.appendOnly)
            continue;
        for (auto it = sent.rows.value(QLatin1String(k.what)).cbegin(); it != sent.rows.value(QLatin1String(k.what)).cend(); ++it)
            if (!covered.contains({QLatin1String(k.what), it.key()})) {
                c.problem = tr("%1 %2 is on the server outside the chain (inserted after sealing)").arg(QLatin1String(k.what)).arg(it.key());
                return;
            }
    }
    c.ok = true;
}

} // namespace

QList<ArchiveCheck> verifyArchive(const PgConnection &admin, const QString &room, qint64 meeting)
{
    if (!room.isEmpty() && admin.exec(QStringLiteral("SELECT 1 FROM room WHERE name = $1"), {room}).rows.isEmpty())
        throw CentralError(tr("there is no room named %1 on the central store").arg(room));
    const auto sealed = admin.exec(
        QStringLiteral("SELECT s.room_role, s.local_meeting, coalesce(r.name, s.room_role::text), coalesce(m.title, '') "
                       "FROM (SELECT DISTINCT room_role, local_meeting FROM event WHERE kind = 'seal') s "
                       "LEFT JOIN room r ON r.role = s.room_role "
                       "LEFT JOIN report_meeting m ON m.room_role = s.room_role AND m.local_meeting = s.local_meeting "
                       "WHERE (coalesce($1, '') = '' OR r.name = $1) AND ($2::bigint = 0 OR s.local_meeting = $2::bigint) "
                       "ORDER BY 3, 2"),
        {room, QString::number(meeting)});
    QList<ArchiveCheck> out;
    for (const QStringList &row : sealed.rows) {
        ArchiveCheck c;
        c.room = row.value(2);
        c.meeting = row.value(1).toLongLong();
        c.title = row.value(3);
        check(admin, row.value(0), c);
        out.append(c);
    }
    return out;
}

} // namespace lectern::central
