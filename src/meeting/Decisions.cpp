#include "Decisions.h"

#include "Agenda.h"
#include "ClockCheck.h"
#include "Meetings.h"
#include "NamedValues.h"
#include "Quorum.h"
#include "Roster.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lectern::decisions {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::decisions", text);
}

constexpr char kColumns[] = "SELECT id, meeting_id, item_id, kind, coalesce(person_id, 0), at, text, method, votes_for, votes_against, "
                            "votes_abstain, result, basis, ballots, file_name, file_sha256 FROM decision_event ";

QString ballotsJson(const QList<Ballot> &ballots)
{
    if (ballots.isEmpty())
        return {};
    QJsonArray a;
    for (const Ballot &b : ballots)
        a.append(QJsonObject{{"person", b.personId}, {"choice", choiceKey(b.choice)}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Ballot> ballotsFromJson(const QString &text)
{
    QList<Ballot> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append({v[QStringLiteral("person")].toInteger(), choiceFromText(v[QStringLiteral("choice")].toString()).value_or(Choice::Abstain)});
    return out;
}

Result resultFromKey(const QString &key);

QList<DecisionEvent> read(store::Statement &s)
{
    QList<DecisionEvent> out;
    while (s.step()) {
        DecisionEvent e;
        e.id = s.integer(0);
        e.meetingId = s.integer(1);
        e.itemId = s.integer(2);
        for (Kind k : {Kind::Recusal, Kind::Vote, Kind::Opinion, Kind::Decision})
            if (kindKey(k) == s.text(3))
                e.kind = k;
        e.personId = s.integer(4);
        e.at = meetings::timeFromText(s.text(5));
        e.text = s.text(6);
        e.method = methodFromText(s.text(7)).value_or(Method::Hands);
        e.votesFor = int(s.integer(8));
        e.votesAgainst = int(s.integer(9));
        e.votesAbstain = int(s.integer(10));
        e.result = resultFromKey(s.text(11));
        e.basis = s.text(12);
        e.ballots = ballotsFromJson(s.text(13));
        e.fileName = s.text(14);
        e.fileSha256 = s.text(15);
        out.append(e);
    }
    return out;
}

ItemDecisions gather(const QList<DecisionEvent> &events)
{
    ItemDecisions d;
    for (const DecisionEvent &e : events) {
        switch (e.kind) {
        case Kind::Recusal: d.recusals.append(e); break;
        case Kind::Vote: d.votes.append(e); break;
        case Kind::Opinion: d.opinions.append(e); break;
        case Kind::Decision: d.decision = e.text; break;
        }
    }
    return d;
}

Outcome refused(Refusal r, const QString &problem = {})
{
    Outcome o;
    o.refusal = r;
    o.problem = problem.isEmpty() ? refusalText(r) : problem;
    return o;
}

// The item, when its meeting may still record decisions (not finalized; the clock plausible).
std::optional<AgendaItem> writable(const store::Database &db, qint64 itemId, const QDateTime &now, Refusal *why)
{
    const auto it = agenda::item(db, itemId);
    const auto m = it ? meetings::byId(db, it->meetingId) : std::nullopt;
    *why = !m ? Refusal::NoSuchItem
        : m->state == MeetingState::Finalized ? Refusal::Finalized
        : !meetings::clockProblem(now, meetings::latestRecordedAt(db)).isEmpty() ? Refusal::ClockBehind
                                                                                 : Refusal::None;
    return *why == Refusal::None ? it : std::nullopt;
}

std::optional<Role> roleAt(const store::Database &db, qint64 meetingId, qint64 personId);
bool isMember(std::optional<Role> role);

// The item, when its meeting may still record decisions and `personId` is one of its members.
std::optional<AgendaItem> writableForMember(const store::Database &db, qint64 itemId, qint64 personId, const QDateTime &now, Refusal *why)
{
    auto it = writable(db, itemId, now, why);
    if (!it)
        return std::nullopt;
    *why = !roster::byId(db, personId) ? Refusal::NoSuchPerson : !isMember(roleAt(db, it->meetingId, personId)) ? Refusal::NotAMember : Refusal::None;
    return *why == Refusal::None ? it : std::nullopt;
}

std::optional<Role> roleAt(const store::Database &db, qint64 meetingId, qint64 personId)
{
    for (const Expected &e : meetings::expected(db, meetingId))
        if (e.personId == personId)
            return e.role;
    return std::nullopt;
}

bool isMember(std::optional<Role> role)
{
    return role && (*role == Role::Attend || *role == Role::Chair);
}

QString nameOf(const store::Database &db, qint64 personId)
{
    const auto p = roster::byId(db, personId);
    return p ? p->name : QString::number(personId);
}

// Appends the row and reads it back as stored (times at the stored precision).
DecisionEvent append(const store::Database &db, const DecisionEvent &e, const QByteArray &file)
{
    store::Statement s = db.prepare(
        "INSERT INTO decision_event (meeting_id, item_id, kind, person_id, at, text, method, votes_for, votes_against, votes_abstain, "
        "result, basis, ballots, file_name, file, file_sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    s.bind(1, e.meetingId).bind(2, e.itemId).bind(3, kindKey(e.kind));
    if (e.personId > 0)
        s.bind(4, e.personId);
    else
        s.bindNull(4);
    s.bind(5, meetings::timeText(e.at)).bind(6, e.text);
    s.bind(7, e.kind == Kind::Vote ? methodKey(e.method) : QString());
    s.bind(8, e.votesFor).bind(9, e.votesAgainst).bind(10, e.votesAbstain);
    s.bind(11, e.kind == Kind::Vote ? resultKey(e.result) : QString());
    s.bind(12, e.basis).bind(13, ballotsJson(e.ballots)).bind(14, e.fileName);
    if (file.isEmpty())
        s.bindNull(15);
    else
        s.bind(15, file);
    s.bind(16, e.fileSha256);
    s.run();
    const qint64 id = db.lastInsertId();
    store::Statement back = db.prepare((QByteArray(kColumns) + "WHERE id = ?1").constData());
    back.bind(1, id);
    return read(back).value(0);
}

DecisionEvent base(const AgendaItem &it, Kind kind, const QDateTime &now)
{
    DecisionEvent e;
    e.meetingId = it.meetingId;
    e.itemId = it.id;
    e.kind = kind;
    e.at = now;
    return e;
}

} // namespace

QString kindKey(Kind k)
{
    switch (k) {
    case Kind::Recusal: return QStringLiteral("recusal");
    case Kind::Vote: return QStringLiteral("vote");
    case Kind::Opinion: return QStringLiteral("opinion");
    case Kind::Decision: return QStringLiteral("decision");
    }
    return {};
}

namespace {

constexpr char kContext[] = "lectern::decisions";

const Named<Method> kMethods[] = {
    {Method::Hands, "hands", {u"举手", u"举手表决"}, QT_TRANSLATE_NOOP("lectern::decisions", "show of hands")},
    {Method::Secret, "secret", {u"无记名", u"无记名投票"}, QT_TRANSLATE_NOOP("lectern::decisions", "secret ballot")},
    {Method::Named, "named", {u"记名", u"记名投票"}, QT_TRANSLATE_NOOP("lectern::decisions", "named vote")},
};
const Named<Choice> kChoices[] = {
    {Choice::For, "for", {u"同意", u"赞成"}, QT_TRANSLATE_NOOP("lectern::decisions", "for")},
    {Choice::Against, "against", {u"不同意", u"反对"}, QT_TRANSLATE_NOOP("lectern::decisions", "against")},
    {Choice::Abstain, "abstain", {u"弃权"}, QT_TRANSLATE_NOOP("lectern::decisions", "abstain")},
};
const Named<Result> kResults[] = {
    {Result::Passed, "passed", {u"通过"}, QT_TRANSLATE_NOOP("lectern::decisions", "passed")},
    {Result::Failed, "failed", {u"未通过"}, QT_TRANSLATE_NOOP("lectern::decisions", "not passed")},
    {Result::Deferred, "deferred", {u"暂缓"}, QT_TRANSLATE_NOOP("lectern::decisions", "deferred")},
};

} // namespace

QString methodKey(Method m) { return named::key(kMethods, m); }
std::optional<Method> methodFromText(const QString &text) { return named::fromText(kMethods, text); }
QString methodLabel(Method m) { return named::label(kContext, kMethods, m); }
QString methodTerm(Method m) { return named::term(kMethods, m); }
QString choiceKey(Choice c) { return named::key(kChoices, c); }
std::optional<Choice> choiceFromText(const QString &text) { return named::fromText(kChoices, text); }
QString choiceLabel(Choice c) { return named::label(kContext, kChoices, c); }
QString resultKey(Result r) { return named::key(kResults, r); }
QString resultLabel(Result r) { return named::label(kContext, kResults, r); }
QString resultTerm(Result r) { return named::term(kResults, r); }

namespace {
Result resultFromKey(const QString &key)
{
    return named::fromText(kResults, key).value_or(Result::Deferred);
}
} // namespace

QJsonObject Basis::toJson() const
{
    return {{"pass_base", passBaseKey(passBase)}, {"quorum_rule", thresholdKey(quorumRule)}, {"members", members}, {"recused", recused},
            {"present", present}, {"quorum_required", quorumRequired}, {"quorum_met", quorumMet}, {"pass_required", passRequired}};
}

Basis Basis::fromJson(const QJsonObject &j)
{
    Basis b;
    b.passBase = passBaseFromKey(j[QStringLiteral("pass_base")].toString()).value_or(PassBase::Members);
    b.quorumRule = thresholdFromKey(j[QStringLiteral("quorum_rule")].toString()).value_or(Threshold::MoreThanHalf);
    b.members = j[QStringLiteral("members")].toInt();
    b.recused = j[QStringLiteral("recused")].toInt();
    b.present = j[QStringLiteral("present")].toInt();
    b.quorumRequired = j[QStringLiteral("quorum_required")].toInt();
    b.quorumMet = j[QStringLiteral("quorum_met")].toBool();
    b.passRequired = j[QStringLiteral("pass_required")].toInt();
    return b;
}

QSet<qint64> ItemDecisions::recusedIds() const
{
    QSet<qint64> ids;
    for (const DecisionEvent &e : recusals)
        ids.insert(e.personId);
    return ids;
}

QList<DecisionEvent> events(const store::Database &db, qint64 meetingId)
{
    store::Statement s = db.prepare((QByteArray(kColumns) + "WHERE meeting_id = ?1 ORDER BY id").constData());
    s.bind(1, meetingId);
    return read(s);
}

QHash<qint64, ItemDecisions> forMeeting(const store::Database &db, qint64 meetingId)
{
    QHash<qint64, QList<DecisionEvent>> byItem;
    for (const DecisionEvent &e : events(db, meetingId))
        byItem[e.itemId].append(e);
    QHash<qint64, ItemDecisions> out;
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it)
        out.insert(it.key(), gather(it.value()));
    return out;
}

ItemDecisions forItem(const store::Database &db, qint64 itemId)
{
    store::Statement s = db.prepare((QByteArray(kColumns) + "WHERE item_id = ?1 ORDER BY id").constData());
    s.bind(1, itemId);
    return gather(read(s));
}

QByteArray opinionFile(const store::Database &db, qint64 eventId)
{
    store::Statement s = db.prepare("SELECT file FROM decision_event WHERE id = ?1");
    s.bind(1, eventId);
    return s.step() ? s.blob(0) : QByteArray();
}

QString refusalText(Refusal r)
{
    switch (r) {
    case Refusal::None: return {};
    case Refusal::NoSuchItem: return tr("no such agenda item");
    case Refusal::NoSuchPerson: return tr("no such person on the roster");
    case Refusal::Finalized: return tr("the meeting is finalized: its record is sealed");
    case Refusal::ClockBehind: return tr("this machine's clock is before what is already recorded; set the clock (lectern doctor checks it)");
    case Refusal::NotAMember: return tr("only a member (attending or chairing) counts for an item's quorum and vote");
    case Refusal::AlreadyRecused: return tr("this member has already withdrawn from the item");
    case Refusal::Recused: return tr("this member withdrew from the item");
    case Refusal::PresentMember: return tr("this member is present: a written opinion is an absent member's");
    case Refusal::NoText: return tr("the text is empty");
    case Refusal::NeedsReason: return tr("the item was voted on before: a revote needs its reason");
    case Refusal::TooManyVotes: return tr("more votes than members present");
    case Refusal::BadBallot: return tr("a ballot of someone who may not vote on the item");
    case Refusal::BadFile: return tr("the file is empty or too large");
    }
    return {};
}

Outcome recuse(const store::Database &db, qint64 itemId, qint64 personId, const QString &reason, const QDateTime &now)
{
    if (reason.trimmed().isEmpty())
        return refused(Refusal::NoText, tr("a withdrawal (回避) is recorded with its reason"));
    store::Transaction t(db);
    Refusal why;
    const auto it = writableForMember(db, itemId, personId, now, &why);
    if (!it)
        return refused(why);
    if (forItem(db, itemId).recusedIds().contains(personId))
        return refused(Refusal::AlreadyRecused);
    DecisionEvent e = base(*it, Kind::Recusal, now);
    e.personId = personId;
    e.text = reason.trimmed();
    Outcome o;
    o.recorded = append(db, e, {});
    t.commit();
    return o;
}

Outcome vote(const store::Database &db, qint64 itemId, const VoteInput &in, const Rules &rules, const QDateTime &now)
{
    store::Transaction t(db);
    Refusal why;
    const auto it = writable(db, itemId, now, &why);
    if (!it)
        return refused(why);
    const ItemDecisions before = forItem(db, itemId);
    if (!before.votes.isEmpty() && in.reason.trimmed().isEmpty())
        return refused(Refusal::NeedsReason);
    const ItemQuorum q = quorumOf(db, *it, rules, now);

    DecisionEvent e = base(*it, Kind::Vote, now);
    e.method = in.method;
    e.text = in.reason.trimmed();
    e.votesFor = in.votesFor;
    e.votesAgainst = in.votesAgainst;
    e.votesAbstain = in.votesAbstain;
    if (in.method == Method::Named && !in.ballots.isEmpty()) {
        // Each ballot a present member's, once; the counts are the ballots'.
        QSet<qint64> seen;
        int counts[3] = {0, 0, 0};
        for (const Ballot &b : in.ballots) {
            const QString who = nameOf(db, b.personId);
            if (seen.contains(b.personId))
                return refused(Refusal::BadBallot, tr("%1 has two ballots").arg(who));
            if (before.recusedIds().contains(b.personId))
                return refused(Refusal::BadBallot, tr("%1 withdrew from the item and does not vote").arg(who));
            if (!q.presentMembers.contains(b.personId))
                return refused(Refusal::BadBallot, tr("%1 is not a member present at the item").arg(who));
            seen.insert(b.personId);
            ++counts[int(b.choice)];
        }
        const bool given = in.votesFor || in.votesAgainst || in.votesAbstain;
        if (given && (counts[0] != in.votesFor || counts[1] != in.votesAgainst || counts[2] != in.votesAbstain))
            return refused(Refusal::BadBallot, tr("the counts given (%1/%2/%3) are not the ballots' (%4/%5/%6)")
                                                   .arg(in.votesFor).arg(in.votesAgainst).arg(in.votesAbstain)
                                                   .arg(counts[0]).arg(counts[1]).arg(counts[2]));
        e.votesFor = counts[0];
        e.votesAgainst = counts[1];
        e.votesAbstain = counts[2];
        e.ballots = in.ballots;
    }
    if (e.votesFor < 0 || e.votesAgainst < 0 || e.votesAbstain < 0)
        return refused(Refusal::TooManyVotes, tr("a count below zero"));
    const int cast = e.votesFor + e.votesAgainst + e.votesAbstain;
    if (cast > q.present)
        return refused(Refusal::TooManyVotes, tr("%1 for, %2 against and %3 abstaining make %4 votes, but only %5 of the item's %6 members are present")
                                                  .arg(e.votesFor).arg(e.votesAgainst).arg(e.votesAbstain).arg(cast).arg(q.present).arg(q.members));
    Basis b;
    b.passBase = rules.passBase;
    b.quorumRule = q.rule;
    b.members = q.members;
    b.recused = q.recused;
    b.present = q.present;
    b.quorumRequired = q.required;
    b.quorumMet = q.met;
    b.passRequired = required(Threshold::MoreThanHalf, rules.passBase == PassBase::Members ? q.members : q.present);
    e.basis = QString::fromUtf8(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact));
    if (in.deferred)
        e.result = Result::Deferred;
    else
        e.result = q.met && e.votesFor >= b.passRequired && b.passRequired > 0 ? Result::Passed : Result::Failed;
    Outcome o;
    o.recorded = append(db, e, {});
    t.commit();
    return o;
}

Outcome opinion(const store::Database &db, qint64 itemId, qint64 personId, const QString &text, const QString &fileName,
                const QByteArray &file, const QDateTime &now)
{
    if (text.trimmed().isEmpty() && fileName.isEmpty())
        return refused(Refusal::NoText, tr("a written opinion is its text or a scanned file"));
    if (!fileName.isEmpty() && (file.isEmpty() || file.size() > kMaxOpinionFileBytes))
        return refused(Refusal::BadFile, file.isEmpty() ? tr("the file is empty")
                                                        : tr("the file is larger than %1 MB").arg(kMaxOpinionFileBytes / (1024 * 1024)));
    store::Transaction t(db);
    Refusal why;
    const auto it = writableForMember(db, itemId, personId, now, &why);
    if (!it)
        return refused(why);
    const ItemDecisions before = forItem(db, itemId);
    if (before.recusedIds().contains(personId))
        return refused(Refusal::Recused);
    // Any rules: who is present does not depend on them.
    if (quorumOf(db, *it, Rules{}, now).presentMembers.contains(personId))
        return refused(Refusal::PresentMember);
    DecisionEvent e = base(*it, Kind::Opinion, now);
    e.personId = personId;
    e.text = text.trimmed();
    e.fileName = fileName;
    if (!file.isEmpty())
        e.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    Outcome o;
    o.recorded = append(db, e, file);
    t.commit();
    return o;
}

Outcome setDecision(const store::Database &db, qint64 itemId, const QString &text, const QDateTime &now)
{
    if (text.trimmed().isEmpty())
        return refused(Refusal::NoText);
    store::Transaction t(db);
    Refusal why;
    const auto it = writable(db, itemId, now, &why);
    if (!it)
        return refused(why);
    DecisionEvent e = base(*it, Kind::Decision, now);
    e.text = text.trimmed();
    Outcome o;
    o.recorded = append(db, e, {});
    t.commit();
    return o;
}

} // namespace lectern::decisions
