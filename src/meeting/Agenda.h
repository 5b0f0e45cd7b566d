#pragma once

#include "DecisionRules.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern {

// What an agenda item is: 主持 the chair's links, 讲话 a speech, 汇报 a report,
// 发言 remarks (表态发言), 审议 deliberation, 表决 a vote, 休息 a break.
enum class ItemKind { Host, Speech, Report, Remarks, Review, Vote, Break };
QString itemKindKey(ItemKind kind); // host, speech, report, remarks, review, vote, break
// The key, or the kind as people write it (讲话, 汇报, …; English labels too).
std::optional<ItemKind> itemKindFromText(const QString &text);
QList<ItemKind> allItemKinds();

// waiting → running → done; an item not reached may be skipped (and started later after all).
enum class ItemState { Waiting, Running, Done, Skipped };
QString itemStateKey(ItemState state);

struct AgendaItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0; // 1, 2, 3 … in running order
    QString title;
    ItemKind kind = ItemKind::Speech;
    qint64 speakerId = 0; // a roster person; 0: a guest (name and role only) or nobody
    QString speakerName;
    QString speakerRole;
    std::optional<int> plannedByHand; // seconds; none: from the draft at the speaker's pace
    QString notes;
    ItemMatter matter = ItemMatter::General; // what it decides on: its quorum
    ItemState state = ItemState::Waiting;
    QDateTime actualStart;   // the first start
    QDateTime actualEnd;     // the last end
    qint64 spentMs = 0;      // in spans already ended
    QDateTime runningSince;  // the current span's start, while running
    // The draft, in short (agenda::draft has all of it).
    bool hasDraft = false;
    QString draftSource;
    QString draftSha256;
    int hanChars = 0;

    // Time run so far: ended spans, and the current one up to `now`.
    qint64 elapsedMs(const QDateTime &now) const;
};

namespace agenda {

// Why an agenda change was not made; None when it was.
enum class Refusal {
    None,
    NoSuchMeeting,
    NoSuchItem,     // or an item of another meeting
    Finalized,      // the agenda is sealed with the meeting
    Closed,         // a closed meeting's items are not run any more
    AlreadyStarted, // a started item is part of the record: skip it, do not remove it
    BadPosition,
    BadDraft,       // the draft could not be imported (the message says why)
    NoSuchBlock,
    NoSuchPerson,   // the speaker named is not in the roster
    Decided,        // something was recorded of how it is decided (a recusal, a vote …): part of the record
};

struct NewItem
{
    QString title;
    ItemKind kind = ItemKind::Speech;
    qint64 speakerId = 0;
    QString speakerName; // for a roster person, taken from the roster when empty
    QString speakerRole;
    std::optional<int> plannedSeconds;
    QString notes;
    ItemMatter matter = ItemMatter::General;
    int position = 0; // 0: at the end; else inserted there, the rest moving down
};

// Adds an item (and an "added" event). Returns its id, or 0 with *refusal set.
qint64 add(const store::Database &db, qint64 meetingId, const NewItem &item, const QDateTime &now, Refusal *refusal = nullptr);
QList<AgendaItem> items(const store::Database &db, qint64 meetingId);
std::optional<AgendaItem> item(const store::Database &db, qint64 itemId);
// Puts an item at `position` (1 … count), the others closing up around it.
Refusal move(const store::Database &db, qint64 meetingId, qint64 itemId, int position, const QDateTime &now);
// Removes an item not yet started, with its draft; the event keeps its title.
Refusal remove(const store::Database &db, qint64 meetingId, qint64 itemId, const QDateTime &now);
// Sets the planned time by hand, or (none) back to the draft at the speaker's pace.
Refusal retime(const store::Database &db, qint64 itemId, std::optional<int> plannedSeconds, const QDateTime &now);
// What the item decides on (干部任免, 重大事项 or a general matter): its quorum.
Refusal setMatter(const store::Database &db, qint64 itemId, ItemMatter matter);
// Who attends this item only (列席 per item).
Refusal setObservers(const store::Database &db, qint64 itemId, const QList<qint64> &personIds);
QList<qint64> observers(const store::Database &db, qint64 itemId);

// The first 讲话 item of the meeting (the meeting's speech, as `lectern meeting
// speech` names it), created at the end of the agenda when there is none.
std::optional<AgendaItem> speechItem(const store::Database &db, qint64 meetingId);
qint64 ensureSpeechItem(const store::Database &db, qint64 meetingId, const QString &title, const QDateTime &now, Refusal *refusal = nullptr);

} // namespace agenda
} // namespace lectern
