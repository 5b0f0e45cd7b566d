#include "Agenda.h"

#include "AgendaLog.h"
#include "Meetings.h"
#include "Roster.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace lectern {

namespace {

constexpr ItemKind kKinds[] = {ItemKind::Host, ItemKind::Speech, ItemKind::Report, ItemKind::Remarks,
                               ItemKind::Review, ItemKind::Vote, ItemKind::Break};

// The kind as people write it, in both languages (the labels are Labels.cpp's, translated).
const char *chineseKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Host: return "主持";
    case ItemKind::Speech: return "讲话";
    case ItemKind::Report: return "汇报";
    case ItemKind::Remarks: return "发言";
    case ItemKind::Review: return "审议";
    case ItemKind::Vote: return "表决";
    case ItemKind::Break: return "休息";
    }
    return "";
}

} // namespace

QString itemKindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Host: return QStringLiteral("host");
    case ItemKind::Speech: return QStringLiteral("speech");
    case ItemKind::Report: return QStringLiteral("report");
    case ItemKind::Remarks: return QStringLiteral("remarks");
    case ItemKind::Review: return QStringLiteral("review");
    case ItemKind::Vote: return QStringLiteral("vote");
    case ItemKind::Break: return QStringLiteral("break");
    }
    return {};
}

std::optional<ItemKind> itemKindFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (ItemKind k : kKinds)
        if (t.compare(itemKindKey(k), Qt::CaseInsensitive) == 0 || t == QString::fromUtf8(chineseKindName(k)))
            return k;
    if (t == u"表态发言")
        return ItemKind::Remarks;
    return std::nullopt;
}

QList<ItemKind> allItemKinds()
{
    return QList<ItemKind>(std::begin(kKinds), std::end(kKinds));
}

QString itemStateKey(ItemState state)
{
    switch (state) {
    case ItemState::Waiting: return QStringLiteral("waiting");
    case ItemState::Running: return QStringLiteral("running");
    case ItemState::Done: return QStringLiteral("done");
    case ItemState::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

qint64 AgendaItem::elapsedMs(const QDateTime &now) const
{
    qint64 ms = spentMs;
    if (state == ItemState::Running && runningSince.isValid())
        ms += std::max<qint64>(0, runningSince.msecsTo(now));
    return ms;
}

namespace agenda {
namespace {

constexpr char kColumns[] =
    "SELECT i.id, i.meeting_id, i.position, i.title, i.kind, coalesce(i.speaker_id, 0), i.speaker_name, i.speaker_role, "
    "i.planned_s, i.notes, i.state, i.actual_start, i.actual_end, i.spent_ms, i.running_since, "
    "d.item_id IS NOT NULL, coalesce(d.source, ''), coalesce(d.sha256, ''), coalesce(d.han_chars, 0), i.matter "
    "FROM agenda_item i LEFT JOIN agenda_draft d ON d.item_id = i.id ";

AgendaItem read(const store::Statement &s)
{
    AgendaItem it;
    it.id = s.integer(0);
    it.meetingId = s.integer(1);
    it.position = int(s.integer(2));
    it.title = s.text(3);
    it.kind = itemKindFromText(s.text(4)).value_or(ItemKind::Speech);
    it.speakerId = s.integer(5);
    it.speakerName = s.text(6);
    it.speakerRole = s.text(7);
    if (!s.isNull(8))
        it.plannedByHand = int(s.integer(8));
    it.notes = s.text(9);
    const QString state = s.text(10);
    for (ItemState st : {ItemState::Waiting, ItemState::Running, ItemState::Done, ItemState::Skipped})
        if (itemStateKey(st) == state)
            it.state = st;
    it.actualStart = meetings::timeFromText(s.text(11));
    it.actualEnd = meetings::timeFromText(s.text(12));
    it.spentMs = s.integer(13);
    it.runningSince = meetings::timeFromText(s.text(14));
    it.hasDraft = s.integer(15) != 0;
    it.draftSource = s.text(16);
    it.draftSha256 = s.text(17);
    it.hanChars = int(s.integer(18));
    it.matter = matterFromText(s.text(19)).value_or(ItemMatter::General);
    return it;
}

// The meeting, if its agenda may change: refusal otherwise.
Refusal editable(const store::Database &db, qint64 meetingId)
{
    const auto m = meetings::byId(db, meetingId);
    if (!m)
        return Refusal::NoSuchMeeting;
    if (m->state == MeetingState::Finalized)
        return Refusal::Finalized;
    return Refusal::None;
}

// The item (of `meetingId`, when not 0), if its agenda may change; else why not.
std::optional<AgendaItem> editableItem(const store::Database &db, qint64 meetingId, qint64 itemId, Refusal *why);

int count(const store::Database &db, qint64 meetingId)
{
    store::Statement s = db.prepare("SELECT count(*) FROM agenda_item WHERE meeting_id = ?1");
    s.bind(1, meetingId);
    s.step();
    return int(s.integer(0));
}

void logEvent(const store::Database &db, const AgendaItem &it, EventKind kind, const QDateTime &now, const QString &before = {},
              const QString &after = {}, const QString &detail = {})
{
    AgendaEvent e;
    e.meetingId = it.meetingId;
    e.itemId = it.id;
    e.kind = kind;
    e.at = now;
    e.before = before;
    e.after = after;
    e.detail = detail;
    log(db, e);
}

} // namespace

namespace {

std::optional<AgendaItem> editableItem(const store::Database &db, qint64 meetingId, qint64 itemId, Refusal *why)
{
    const auto it = item(db, itemId);
    *why = !it || (meetingId && it->meetingId != meetingId) ? Refusal::NoSuchItem : editable(db, it->meetingId);
    if (*why != Refusal::None)
        return std::nullopt;
    return it;
}

} // namespace

qint64 add(const store::Database &db, qint64 meetingId, const NewItem &n, const QDateTime &now, Refusal *refusal)
{
    Refusal dummy;
    Refusal &why = refusal ? *refusal : dummy;
    store::Transaction t(db);
    why = editable(db, meetingId);
    if (why != Refusal::None)
        return 0;
    QString name = n.speakerName;
    QString role = n.speakerRole;
    if (n.speakerId > 0) {
        const auto p = roster::byId(db, n.speakerId);
        if (!p) {
            why = Refusal::NoSuchPerson;
            return 0;
        }
        if (name.isEmpty())
            name = p->name;
        if (role.isEmpty())
            role = p->title;
    }
    const int last = count(db, meetingId);
    int position = n.position <= 0 ? last + 1 : n.position;
    if (position > last + 1) {
        why = Refusal::BadPosition;
        return 0;
    }
    db.prepare("UPDATE agenda_item SET position = position + 1 WHERE meeting_id = ?1 AND position >= ?2")
        .bind(1, meetingId)
        .bind(2, position)
        .run();
    store::Statement s = db.prepare("INSERT INTO agenda_item (meeting_id, position, title, kind, speaker_id, speaker_name, speaker_role, "
                                    "planned_s, notes, matter) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    s.bind(1, meetingId).bind(2, position).bind(3, n.title).bind(4, itemKindKey(n.kind));
    if (n.speakerId > 0)
        s.bind(5, n.speakerId);
    else
        s.bindNull(5);
    s.bind(6, name).bind(7, role);
    if (n.plannedSeconds)
        s.bind(8, std::max(0, *n.plannedSeconds));
    else
        s.bindNull(8);
    s.bind(9, n.notes);
    s.bind(10, matterKey(n.matter));
    s.run();
    const qint64 id = db.lastInsertId();
    AgendaItem it;
    it.id = id;
    it.meetingId = meetingId;
    logEvent(db, it, EventKind::Added, now, {}, QString::number(position), n.title);
    t.commit();
    return id;
}

QList<AgendaItem> items(const store::Database &db, qint64 meetingId)
{
    const QByteArray sql = QByteArray(kColumns) + "WHERE i.meeting_id = ?1 ORDER BY i.position, i.id";
    store::Statement s = db.prepare(sql.constData());
    s.bind(1, meetingId);
    QList<AgendaItem> out;
    while (s.step())
        out.append(read(s));
    return out;
}

std::optional<AgendaItem> item(const store::Database &db, qint64 itemId)
{
    const QByteArray sql = QByteArray(kColumns) + "WHERE i.id = ?1";
    store::Statement s = db.prepare(sql.constData());
    s.bind(1, itemId);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

Refusal move(const store::Database &db, qint64 meetingId, qint64 itemId, int position, const QDateTime &now)
{
    store::Transaction t(db);
    Refusal why;
    const auto it = editableItem(db, meetingId, itemId, &why);
    if (!it)
        return why;
    const int n = count(db, meetingId);
    if (position < 1 || position > n)
        return Refusal::BadPosition;
    if (position == it->position)
        return Refusal::None;
    // Close the gap it leaves, open one where it goes.
    db.prepare("UPDATE agenda_item SET position = position - 1 WHERE meeting_id = ?1 AND position > ?2")
        .bind(1, meetingId)
        .bind(2, it->position)
        .run();
    db.prepare("UPDATE agenda_item SET position = position + 1 WHERE meeting_id = ?1 AND position >= ?2 AND id != ?3")
        .bind(1, meetingId)
        .bind(2, position)
        .bind(3, itemId)
        .run();
    db.prepare("UPDATE agenda_item SET position = ?1 WHERE id = ?2").bind(1, position).bind(2, itemId).run();
    logEvent(db, *it, EventKind::Moved, now, QString::number(it->position), QString::number(position));
    t.commit();
    return Refusal::None;
}

Refusal remove(const store::Database &db, qint64 meetingId, qint64 itemId, const QDateTime &now)
{
    store::Transaction t(db);
    Refusal why;
    const auto it = editableItem(db, meetingId, itemId, &why);
    if (!it)
        return why;
    if (it->state != ItemState::Waiting && it->state != ItemState::Skipped)
        return Refusal::AlreadyStarted;
    if (it->actualStart.isValid())
        return Refusal::AlreadyStarted;
    store::Statement decided = db.prepare("SELECT 1 FROM decision_event WHERE item_id = ?1 LIMIT 1");
    decided.bind(1, itemId);
    if (decided.step())
        return Refusal::Decided;
    db.prepare("DELETE FROM agenda_observer WHERE item_id = ?1").bind(1, itemId).run();
    db.prepare("DELETE FROM agenda_draft WHERE item_id = ?1").bind(1, itemId).run();
    db.prepare("DELETE FROM agenda_item WHERE id = ?1").bind(1, itemId).run();
    db.prepare("UPDATE agenda_item SET position = position - 1 WHERE meeting_id = ?1 AND position > ?2")
        .bind(1, meetingId)
        .bind(2, it->position)
        .run();
    logEvent(db, *it, EventKind::Removed, now, QString::number(it->position), {}, it->title);
    t.commit();
    return Refusal::None;
}

Refusal retime(const store::Database &db, qint64 itemId, std::optional<int> plannedSeconds, const QDateTime &now)
{
    store::Transaction t(db);
    Refusal why;
    const auto it = editableItem(db, 0, itemId, &why);
    if (!it)
        return why;
    store::Statement s = db.prepare("UPDATE agenda_item SET planned_s = ?1 WHERE id = ?2");
    if (plannedSeconds)
        s.bind(1, std::max(0, *plannedSeconds));
    else
        s.bindNull(1);
    s.bind(2, itemId).run();
    auto text = [](std::optional<int> v) { return v ? QString::number(*v) : QString(); };
    logEvent(db, *it, EventKind::Retimed, now, text(it->plannedByHand), text(plannedSeconds));
    t.commit();
    return Refusal::None;
}

Refusal setMatter(const store::Database &db, qint64 itemId, ItemMatter matter)
{
    // No event: the item's link in the seal holds its matter, and each vote
    // keeps the rule it was reckoned by (Decisions), whatever comes later.
    store::Transaction t(db);
    Refusal why;
    if (!editableItem(db, 0, itemId, &why))
        return why;
    db.prepare("UPDATE agenda_item SET matter = ?1 WHERE id = ?2").bind(1, matterKey(matter)).bind(2, itemId).run();
    t.commit();
    return Refusal::None;
}

Refusal setObservers(const store::Database &db, qint64 itemId, const QList<qint64> &personIds)
{
    store::Transaction t(db);
    Refusal why;
    const auto it = editableItem(db, 0, itemId, &why);
    if (!it)
        return why;
    db.prepare("DELETE FROM agenda_observer WHERE item_id = ?1").bind(1, itemId).run();
    for (qint64 id : personIds)
        db.prepare("INSERT OR IGNORE INTO agenda_observer (item_id, person_id) VALUES (?1, ?2)").bind(1, itemId).bind(2, id).run();
    t.commit();
    return Refusal::None;
}

QList<qint64> observers(const store::Database &db, qint64 itemId)
{
    store::Statement s = db.prepare("SELECT person_id FROM agenda_observer WHERE item_id = ?1 ORDER BY person_id");
    s.bind(1, itemId);
    QList<qint64> out;
    while (s.step())
        out.append(s.integer(0));
    return out;
}

std::optional<AgendaItem> speechItem(const store::Database &db, qint64 meetingId)
{
    for (const AgendaItem &it : items(db, meetingId))
        if (it.kind == ItemKind::Speech)
            return it;
    return std::nullopt;
}

qint64 ensureSpeechItem(const store::Database &db, qint64 meetingId, const QString &title, const QDateTime &now, Refusal *refusal)
{
    if (const auto it = speechItem(db, meetingId))
        return it->id;
    NewItem n;
    n.title = title;
    n.kind = ItemKind::Speech;
    return add(db, meetingId, n, now, refusal);
}

} // namespace agenda
} // namespace lectern
