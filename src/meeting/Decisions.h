#pragma once

#include "DecisionRules.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace lectern::store {
class Database;
}

namespace lectern {
struct AgendaItem;
}

namespace lectern::decisions {

// How an agenda item was decided, as an append-only log (the decision_event
// table refuses changes and deletions, and inserts once the meeting is
// finalized; the seal chains every row): who withdrew (回避) and why, each vote
// and revote, absent members' written opinions (书面意见) and the decision's
// text (议定事项). The record says "属于表决的，须注明表决的方式，并记录同意、
// 不同意和弃权的票数，或暂缓表决的意见"; a revote never overwrites the earlier one.
enum class Kind { Recusal, Vote, Opinion, Decision };
QString kindKey(Kind k); // recusal, vote, opinion, decision

// 举手 a show of hands, 无记名 a secret ballot, 记名 a named vote (each member's ballot recorded).
enum class Method { Hands, Secret, Named };
QString methodKey(Method m); // hands, secret, named
std::optional<Method> methodFromText(const QString &text); // the key or 举手 / 无记名 / 记名
QString methodLabel(Method m);
QString methodTerm(Method m); // 举手 / 无记名 / 记名, whatever the language (the record's own terms)

enum class Choice { For, Against, Abstain };
QString choiceKey(Choice c); // for, against, abstain
std::optional<Choice> choiceFromText(const QString &text); // the key or 同意 / 不同意 / 弃权
QString choiceLabel(Choice c);

enum class Result { Passed, Failed, Deferred };
QString resultKey(Result r); // passed, failed, deferred
QString resultLabel(Result r); // passed / not passed / deferred, translated
QString resultTerm(Result r);  // 通过 / 未通过 / 暂缓, whatever the language

struct Ballot
{
    qint64 personId = 0;
    Choice choice = Choice::For;
};

// What a vote's result follows from, kept with it: the rules and numbers as
// they were when it was taken, so the record reads the same whatever the
// configuration says later.
struct Basis
{
    PassBase passBase = PassBase::Members;
    Threshold quorumRule = Threshold::MoreThanHalf;
    int members = 0;        // the item's base (members less those recused)
    int recused = 0;
    int present = 0;
    int quorumRequired = 0;
    bool quorumMet = false;
    int passRequired = 0;   // 同意 needed
    QJsonObject toJson() const;
    static Basis fromJson(const QJsonObject &json);
};

struct DecisionEvent
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 itemId = 0;
    Kind kind = Kind::Decision;
    qint64 personId = 0; // a recusal's or an opinion's member
    QDateTime at;
    QString text;        // the recusal's or revote's reason, the opinion, the decision
    Method method = Method::Hands;
    int votesFor = 0, votesAgainst = 0, votesAbstain = 0;
    Result result = Result::Deferred;
    QString basis;        // Basis as JSON text, as stored
    QList<Ballot> ballots; // a named vote's
    QString fileName;     // an opinion's scanned file
    QByteArray file;
    QString fileSha256;
};

// One item's decisions as they stand.
struct ItemDecisions
{
    QList<DecisionEvent> recusals;
    QList<DecisionEvent> votes;    // in order: the last one stands, the earlier ones stay on the record
    QList<DecisionEvent> opinions;
    QString decision;              // 议定事项: the latest text entered
    QSet<qint64> recusedIds() const;
};

QList<DecisionEvent> events(const store::Database &db, qint64 meetingId); // files not loaded (fileSha256 is)
QHash<qint64, ItemDecisions> forMeeting(const store::Database &db, qint64 meetingId);
ItemDecisions forItem(const store::Database &db, qint64 itemId);
// A written opinion's scanned file, as kept.
QByteArray opinionFile(const store::Database &db, qint64 eventId);

// Why nothing was recorded; None when it was (committed when the call returns).
enum class Refusal {
    None,
    NoSuchItem,
    NoSuchPerson,
    Finalized,      // the record is sealed
    ClockBehind,    // this machine's clock is before what is recorded (ClockCheck)
    NotAMember,     // only members (出席, 主持) withdraw or send opinions
    AlreadyRecused,
    Recused,        // a recused member's opinion or ballot
    PresentMember,  // a written opinion is an absent member's
    NoText,         // a reason, an opinion or a decision is required
    NeedsReason,    // a revote says why it is held
    TooManyVotes,   // more votes than members present (the problem says the numbers)
    BadBallot,      // a named vote's ballot of someone who may not vote, twice, or counts that do not match
    BadFile,        // an opinion's file empty or too large
};
QString refusalText(Refusal r);

struct Outcome
{
    Refusal refusal = Refusal::None;
    QString problem; // one line, for people, when refused
    DecisionEvent recorded;
    bool ok() const { return refusal == Refusal::None; }
};

// A member withdraws from an item, with the reason: out of its quorum and vote.
Outcome recuse(const store::Database &db, qint64 itemId, qint64 personId, const QString &reason, const QDateTime &now);

struct VoteInput
{
    Method method = Method::Hands;
    int votesFor = 0, votesAgainst = 0, votesAbstain = 0;
    QList<Ballot> ballots; // a named vote: the counts come from these
    bool deferred = false; // 暂缓表决: no result; the reason says why
    QString reason;        // a revote's (required then) or a deferral's
};
// Records a vote (a revote after an earlier one) with its result by the
// rules: 暂缓 when deferred; 未通过 without a quorum; else 通过 when 同意
// reaches more than half of the base (members, or those present).
Outcome vote(const store::Database &db, qint64 itemId, const VoteInput &input, const Rules &rules, const QDateTime &now);

// An absent member's written opinion: text, a scanned file, or both.
constexpr qint64 kMaxOpinionFileBytes = 32 * 1024 * 1024;
Outcome opinion(const store::Database &db, qint64 itemId, qint64 personId, const QString &text, const QString &fileName,
                const QByteArray &file, const QDateTime &now);

// The decision's text (议定事项) as the secretary words it; a later one replaces it on the record's face, the earlier kept.
Outcome setDecision(const store::Database &db, qint64 itemId, const QString &text, const QDateTime &now);

} // namespace lectern::decisions
