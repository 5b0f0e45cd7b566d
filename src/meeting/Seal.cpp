#include "Seal.h"

#include "SealChain.h"

#include "Agenda.h"
#include "AgendaDraft.h"
#include "AgendaLog.h"
#include "Decisions.h"
#include "Recordings.h"
#include "Roster.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lectern::seal {
namespace {

using chain::Link;
using chain::sha256;

// Fields joined by a separator no field holds (U+001F, the unit separator), escaped if one does.
QString fields(const QStringList &values)
{
    QStringList escaped;
    for (const QString &v : values)
        escaped.append(chain::escaped(v));
    return escaped.join(chain::kSeparator);
}

QString meetingContent(const Meeting &m)
{
    return fields({QString::number(m.id), m.title, m.kind, m.session, m.place, meetings::timeText(m.plannedStart),
                   meetings::timeText(m.plannedEnd), meetings::timeText(m.actualStart), meetings::timeText(m.actualEnd), m.chair,
                   m.recorder, QString::number(m.graceMinutes)});
}

QString expectedContent(const store::Database &db, const Expected &e)
{
    const auto p = roster::byId(db, e.personId);
    return fields({QString::number(e.personId), p ? p->name : QString(), p ? p->unit : QString(), roleKey(e.role)});
}

QString eventContent(const store::Database &db, const AttendanceEvent &e, bool amendment)
{
    const auto p = roster::byId(db, e.personId);
    QStringList values{QString::number(e.id), QString::number(e.personId), p ? p->name : QString(), p ? p->unit : QString(),
                       eventKindKey(e.kind), meetings::timeText(e.at), meetings::timeText(e.recordedAt), e.reason, e.approver,
                       e.signature.isEmpty() ? QString() : sha256(e.signature), amendment ? QStringLiteral("amendment") : QString()};
    // Only a phone's sign-in says how it came: every event sealed before
    // there were phones keeps the content it was sealed with.
    if (e.channel == Channel::Phone)
        values.append(QStringLiteral("phone"));
    return fields(values);
}

// A meeting sealed before agendas has one "speech" link: its speech, now
// the draft of its first 讲话 item (the v4 migration moved it there as it was).
std::optional<QString> speechContent(const store::Database &db, qint64 meetingId)
{
    const auto item = agenda::speechItem(db, meetingId);
    const auto d = item ? agenda::draft(db, item->id) : std::nullopt;
    if (!d)
        return std::nullopt;
    // The text itself is hashed again: a changed snapshot and a stale stored hash both show.
    return fields({d->source, d->sha256, sha256(d->text.toUtf8())});
}

// An agenda item as it ran: its details, times, the draft (the stored hash,
// the text hashed again, the file as brought) and who attended it only.
QString itemContent(const store::Database &db, const AgendaItem &it)
{
    const auto d = agenda::draft(db, it.id);
    QStringList observers;
    for (qint64 id : agenda::observers(db, it.id))
        observers.append(QString::number(id));
    QStringList values{QString::number(it.id), QString::number(it.position), it.title, itemKindKey(it.kind), QString::number(it.speakerId),
                   it.speakerName, it.speakerRole, it.plannedByHand ? QString::number(*it.plannedByHand) : QString(), it.notes,
                   itemStateKey(it.state), meetings::timeText(it.actualStart), meetings::timeText(it.actualEnd), QString::number(it.spentMs),
                   d ? d->source : QString(), d ? d->sha256 : QString(), d ? sha256(d->text.toUtf8()) : QString(),
                   d && !d->file.isEmpty() ? sha256(d->file) : QString(), observers.join(u',')};
    // Only an item with a matter says it: every item sealed before keeps its content.
    if (it.matter != ItemMatter::General)
        values.append(matterKey(it.matter));
    return fields(values);
}

QString agendaEventContent(const agenda::AgendaEvent &e)
{
    return fields({QString::number(e.id), QString::number(e.itemId), agenda::eventKindKey(e.kind), meetings::timeText(e.at),
                   QString::number(e.block), e.before, e.after, e.detail});
}

// How an item was decided: a recusal, a vote (method, counts, result, the
// basis it was reckoned by, each ballot), a written opinion (its file hashed
// again from the bytes kept) or the decision's text.
QString decisionContent(const store::Database &db, const decisions::DecisionEvent &e)
{
    const auto p = e.personId ? roster::byId(db, e.personId) : std::nullopt;
    QStringList ballots;
    for (const decisions::Ballot &b : e.ballots)
        ballots.append(QString::number(b.personId) + u':' + decisions::choiceKey(b.choice));
    const QString file = e.fileSha256.isEmpty() ? QString() : sha256(decisions::opinionFile(db, e.id));
    return fields({QString::number(e.id), QString::number(e.itemId), decisions::kindKey(e.kind), QString::number(e.personId),
                   p ? p->name : QString(), meetings::timeText(e.at), e.text,
                   e.kind == decisions::Kind::Vote ? decisions::methodKey(e.method) : QString(), QString::number(e.votesFor),
                   QString::number(e.votesAgainst), QString::number(e.votesAbstain),
                   e.kind == decisions::Kind::Vote ? decisions::resultKey(e.result) : QString(), e.basis, ballots.join(u','), e.fileName,
                   e.fileSha256, file});
}

// Which field of a decision's link differs, for people: "for: 5 → 7".
QString changedDecisionField(const QString &sealed, const QString &now)
{
    static const char *const kLabels[] = {
        QT_TRANSLATE_NOOP("lectern::Seal", "id"), QT_TRANSLATE_NOOP("lectern::Seal", "item"), QT_TRANSLATE_NOOP("lectern::Seal", "kind"),
        QT_TRANSLATE_NOOP("lectern::Seal", "person"), QT_TRANSLATE_NOOP("lectern::Seal", "name"), QT_TRANSLATE_NOOP("lectern::Seal", "time"),
        QT_TRANSLATE_NOOP("lectern::Seal", "text"), QT_TRANSLATE_NOOP("lectern::Seal", "method"),
        QT_TRANSLATE_NOOP("lectern::Seal", "votes for"), QT_TRANSLATE_NOOP("lectern::Seal", "votes against"),
        QT_TRANSLATE_NOOP("lectern::Seal", "abstentions"), QT_TRANSLATE_NOOP("lectern::Seal", "result"),
        QT_TRANSLATE_NOOP("lectern::Seal", "basis"), QT_TRANSLATE_NOOP("lectern::Seal", "ballots"),
        QT_TRANSLATE_NOOP("lectern::Seal", "file name"), QT_TRANSLATE_NOOP("lectern::Seal", "file hash"),
        QT_TRANSLATE_NOOP("lectern::Seal", "file")};
    const QStringList a = sealed.split(chain::kSeparator);
    const QStringList b = now.split(chain::kSeparator);
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) == b.value(i))
            continue;
        const QString label = i < qsizetype(std::size(kLabels)) ? QCoreApplication::translate("lectern::Seal", kLabels[i]) : QString::number(i);
        return QCoreApplication::translate("lectern::Seal", "%1: %2 → %3").arg(label, a.value(i), b.value(i));
    }
    return {};
}

// A take as recorded: its file, when, how long, its file's SHA-256 and how it ended.
QString recordingContent(const recordings::Recording &r)
{
    return fields({QString::number(r.id), r.file, meetings::timeText(r.startedAt), QString::number(r.sampleRate),
                   QString::number(r.durationMs), r.sha256, recordings::stateKey(r.state), r.note});
}

QString recordContent(const store::Database &db, qint64 meetingId)
{
    const meetings::RecordText r = meetings::recordText(db, meetingId);
    return fields({r.notes, r.decisions});
}

QList<bool> amendmentFlags(const store::Database &db, const QList<AttendanceEvent> &events)
{
    QHash<qint64, bool> flags;
    store::Statement s = db.prepare("SELECT id, amendment FROM attendance_event WHERE meeting_id = ?1");
    if (!events.isEmpty())
        s.bind(1, events.first().meetingId);
    else
        s.bind(1, qint64(0));
    while (s.step())
        flags.insert(s.integer(0), s.integer(1) != 0);
    QList<bool> out;
    for (const AttendanceEvent &e : events)
        out.append(flags.value(e.id));
    return out;
}

QList<Link> storedLinks(const store::Database &db, qint64 meetingId)
{
    QList<Link> links;
    store::Statement s = db.prepare("SELECT seq, what, ref, content, hash FROM seal_link WHERE meeting_id = ?1 ORDER BY seq");
    s.bind(1, meetingId);
    while (s.step())
        links.append({int(s.integer(0)), s.text(1), s.integer(2), s.text(3), s.text(4)});
    return links;
}

void appendLink(const store::Database &db, qint64 meetingId, int seq, const QString &what, qint64 ref, const QString &content,
                const QString &hash)
{
    db.prepare("INSERT INTO seal_link (meeting_id, seq, what, ref, content, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, meetingId)
        .bind(2, seq)
        .bind(3, what)
        .bind(4, ref)
        .bind(5, content)
        .bind(6, hash)
        .run();
}


} // namespace

std::variant<Sealed, Refusal> finalize(const store::Database &db, qint64 meetingId)
{
    store::Transaction t(db);
    const auto m = meetings::byId(db, meetingId);
    if (!m)
        return Refusal::NoSuchMeeting;
    if (m->state == MeetingState::Finalized)
        return Refusal::AlreadyFinalized;
    if (m->state != MeetingState::Closed)
        return Refusal::NotClosed;
    const QList<recordings::Recording> takes = recordings::forMeeting(db, meetingId);
    for (const recordings::Recording &r : takes)
        if (r.state == recordings::State::Recording)
            return Refusal::StillRecording;
    Sealed sealed;
    QString hash;
    auto add = [&](const QString &what, qint64 ref, const QString &content) {
        hash = chain::next(hash, content);
        appendLink(db, meetingId, ++sealed.links, what, ref, content, hash);
    };
    add(QStringLiteral("meeting"), meetingId, meetingContent(*m));
    for (const Expected &e : meetings::expected(db, meetingId))
        add(QStringLiteral("expected"), e.personId, expectedContent(db, e));
    const QList<AttendanceEvent> events = attendance::events(db, meetingId);
    const QList<bool> amended = amendmentFlags(db, events);
    for (qsizetype i = 0; i < events.size(); ++i)
        add(QStringLiteral("event"), events[i].id, eventContent(db, events[i], amended[i]));
    // The agenda: each item with its draft, then how it ran and every live edit.
    for (const AgendaItem &it : agenda::items(db, meetingId))
        add(QStringLiteral("item"), it.id, itemContent(db, it));
    for (const agenda::AgendaEvent &e : agenda::events(db, meetingId))
        add(QStringLiteral("agenda_event"), e.id, agendaEventContent(e));
    for (const decisions::DecisionEvent &e : decisions::events(db, meetingId))
        add(QStringLiteral("decision"), e.id, decisionContent(db, e));
    for (const recordings::Recording &r : takes)
        add(QStringLiteral("recording"), r.id, recordingContent(r));
    add(QStringLiteral("record"), meetingId, recordContent(db, meetingId));
    db.prepare("UPDATE meeting SET state = 'finalized' WHERE id = ?1").bind(1, meetingId).run();
    t.commit();
    sealed.finalHash = hash;
    return sealed;
}

Verification verify(const store::Database &db, qint64 meetingId)
{
    Verification v;
    const auto m = meetings::byId(db, meetingId);
    if (!m || m->state != MeetingState::Finalized) {
        v.problem = QCoreApplication::translate("lectern::Seal", "the meeting is not finalized: there is no seal to check");
        return v;
    }
    const QList<Link> links = storedLinks(db, meetingId);
    v.links = int(links.size());
    if (links.isEmpty()) {
        v.problem = QCoreApplication::translate("lectern::Seal", "the seal is missing (finalized, yet no link is stored)");
        return v;
    }
    // What each link should cover, from the rows as they are now.
    const QList<Expected> expected = meetings::expected(db, meetingId);
    QHash<qint64, Expected> expectedById;
    for (const Expected &e : expected)
        expectedById.insert(e.personId, e);
    const QList<AttendanceEvent> events = attendance::events(db, meetingId);
    const QList<bool> amended = amendmentFlags(db, events);
    QHash<qint64, qsizetype> eventIndex;
    for (qsizetype i = 0; i < events.size(); ++i)
        eventIndex.insert(events[i].id, i);

    QHash<qint64, recordings::Recording> takes;
    for (const recordings::Recording &r : recordings::forMeeting(db, meetingId))
        takes.insert(r.id, r);

    QHash<qint64, AgendaItem> items;
    for (const AgendaItem &it : agenda::items(db, meetingId))
        items.insert(it.id, it);
    QHash<qint64, agenda::AgendaEvent> agendaEvents;
    for (const agenda::AgendaEvent &e : agenda::events(db, meetingId))
        agendaEvents.insert(e.id, e);

    QHash<qint64, decisions::DecisionEvent> decided;
    for (const decisions::DecisionEvent &e : decisions::events(db, meetingId))
        decided.insert(e.id, e);

    QString hash;
    QSet<qint64> coveredPeople, coveredEvents, coveredTakes, coveredItems, coveredAgendaEvents, coveredDecisions;
    qint64 lastEvent = 0;
    qint64 lastDecision = 0;
    qint64 lastAgendaEvent = 0;
    auto fail = [&v](const Link &l, const QString &why) {
        v.ok = false;
        v.firstBadLink = l.seq;
        v.problem = QCoreApplication::translate("lectern::Seal", "link %1 (%2 %3): %4").arg(l.seq).arg(l.what).arg(l.ref).arg(why);
        return v;
    };
    for (qsizetype i = 0; i < links.size(); ++i) {
        const Link &l = links[i];
        if (l.seq != i + 1)
            return fail(l, QCoreApplication::translate("lectern::Seal", "a link is missing before it (links out of sequence)"));
        hash = chain::next(hash, l.content);
        if (hash != l.hash)
            return fail(l, QCoreApplication::translate("lectern::Seal", "the stored link was altered (its hash does not follow from the one before)"));
        QString now;
        if (l.what == u"meeting") {
            now = meetingContent(*m);
        } else if (l.what == u"expected") {
            if (!expectedById.contains(l.ref))
                return fail(l, QCoreApplication::translate("lectern::Seal", "this expected person was deleted"));
            now = expectedContent(db, expectedById[l.ref]);
            coveredPeople.insert(l.ref);
        } else if (l.what == u"event") {
            const auto it = eventIndex.constFind(l.ref);
            if (it == eventIndex.cend())
                return fail(l, QCoreApplication::translate("lectern::Seal", "this attendance event was deleted"));
            if (l.ref <= lastEvent)
                return fail(l, QCoreApplication::translate("lectern::Seal", "the attendance events were re-ordered"));
            lastEvent = l.ref;
            now = eventContent(db, events[*it], amended[*it]);
            coveredEvents.insert(l.ref);
        } else if (l.what == u"speech") {
            now = speechContent(db, meetingId).value_or(QString());
            if (const auto speech = agenda::speechItem(db, meetingId)) // sealed before agendas: the speech was the one item
                coveredItems.insert(speech->id);
        } else if (l.what == u"item") {
            if (!items.contains(l.ref))
                return fail(l, QCoreApplication::translate("lectern::Seal", "this agenda item was deleted"));
            now = itemContent(db, items[l.ref]);
            coveredItems.insert(l.ref);
        } else if (l.what == u"agenda_event") {
            if (!agendaEvents.contains(l.ref))
                return fail(l, QCoreApplication::translate("lectern::Seal", "this agenda event was deleted"));
            if (l.ref <= lastAgendaEvent)
                return fail(l, QCoreApplication::translate("lectern::Seal", "the agenda events were re-ordered"));
            lastAgendaEvent = l.ref;
            now = agendaEventContent(agendaEvents[l.ref]);
            coveredAgendaEvents.insert(l.ref);
        } else if (l.what == u"decision") {
            if (!decided.contains(l.ref))
                return fail(l, QCoreApplication::translate("lectern::Seal", "this decision (recusal, vote, opinion or decision text) was deleted"));
            if (l.ref <= lastDecision)
                return fail(l, QCoreApplication::translate("lectern::Seal", "the decisions were re-ordered"));
            lastDecision = l.ref;
            const decisions::DecisionEvent &e = decided[l.ref];
            now = decisionContent(db, e);
            coveredDecisions.insert(l.ref);
            if (now != l.content) { // named: which item, what, and which count or text
                const QString kind = e.kind == decisions::Kind::Vote ? QCoreApplication::translate("lectern::Seal", "the vote")
                    : e.kind == decisions::Kind::Recusal ? QCoreApplication::translate("lectern::Seal", "a recusal")
                    : e.kind == decisions::Kind::Opinion ? QCoreApplication::translate("lectern::Seal", "a written opinion")
                                                         : QCoreApplication::translate("lectern::Seal", "the decision's text");
                const AgendaItem item = items.value(e.itemId);
                return fail(l, QCoreApplication::translate("lectern::Seal", "%1 on agenda item %2 (%3) was changed since it was sealed: %4")
                                   .arg(kind).arg(item.position).arg(item.title, changedDecisionField(l.content, now)));
            }
        } else if (l.what == u"recording") {
            if (!takes.contains(l.ref))
                return fail(l, QCoreApplication::translate("lectern::Seal", "this recording's row was deleted"));
            now = recordingContent(takes[l.ref]);
            coveredTakes.insert(l.ref);
        } else if (l.what == u"record") {
            now = recordContent(db, meetingId);
        }
        if (now != l.content && l.what == u"item") // named, for the person who has to find it
            return fail(l, QCoreApplication::translate("lectern::Seal", "agenda item %1 (%2) was changed since it was sealed")
                               .arg(items[l.ref].position).arg(items[l.ref].title));
        if (now != l.content)
            return fail(l, QCoreApplication::translate("lectern::Seal", "the row was changed since it was sealed"));
    }
    v.finalHash = hash;
    for (const Expected &e : expected)
        if (!coveredPeople.contains(e.personId)) {
            v.problem = QCoreApplication::translate("lectern::Seal", "person %1 was added to the expected list after sealing").arg(e.personId);
            return v;
        }
    for (const AttendanceEvent &e : events)
        if (!coveredEvents.contains(e.id)) {
            v.problem = QCoreApplication::translate("lectern::Seal", "attendance event %1 was inserted after sealing, outside the chain").arg(e.id);
            return v;
        }
    for (const AgendaItem &it : std::as_const(items))
        if (!coveredItems.contains(it.id)) {
            v.problem = QCoreApplication::translate("lectern::Seal", "agenda item %1 (%2) was added after sealing, outside the chain").arg(it.id).arg(it.title);
            return v;
        }
    for (const agenda::AgendaEvent &e : std::as_const(agendaEvents))
        if (!coveredAgendaEvents.contains(e.id)) {
            v.problem = QCoreApplication::translate("lectern::Seal", "agenda event %1 was inserted after sealing, outside the chain").arg(e.id);
            return v;
        }
    for (const decisions::DecisionEvent &e : std::as_const(decided))
        if (!coveredDecisions.contains(e.id)) {
            v.problem = QCoreApplication::translate("lectern::Seal", "decision %1 was inserted after sealing, outside the chain").arg(e.id);
            return v;
        }
    for (const recordings::Recording &r : std::as_const(takes))
        if (!coveredTakes.contains(r.id)) {
            v.problem = QCoreApplication::translate("lectern::Seal", "recording %1 was added after sealing, outside the chain").arg(r.id);
            return v;
        }
    v.ok = true;
    return v;
}

attendance::Outcome amend(const store::Database &db, qint64 meetingId, qint64 personId, EventKind kind, const QDateTime &at,
                          const QDateTime &now, const QString &reason)
{
    store::Transaction t(db);
    const auto m = meetings::byId(db, meetingId);
    if (!m)
        return attendance::Outcome::NoSuchMeeting;
    if (!roster::byId(db, personId))
        return attendance::Outcome::NoSuchPerson;
    const QList<Link> links = storedLinks(db, meetingId);
    if (m->state != MeetingState::Finalized || links.isEmpty())
        return attendance::Outcome::MeetingClosed; // amendments are for sealed meetings only
    db.prepare("INSERT INTO attendance_event (meeting_id, person_id, kind, at, recorded_at, reason, amendment) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)")
        .bind(1, meetingId)
        .bind(2, personId)
        .bind(3, eventKindKey(kind))
        .bind(4, meetings::timeText(at))
        .bind(5, meetings::timeText(now))
        .bind(6, reason)
        .run();
    AttendanceEvent e;
    e.id = db.lastInsertId();
    e.meetingId = meetingId;
    e.personId = personId;
    e.kind = kind;
    e.at = meetings::timeFromText(meetings::timeText(at));
    e.recordedAt = meetings::timeFromText(meetings::timeText(now));
    e.reason = reason;
    const QString content = eventContent(db, e, true);
    appendLink(db, meetingId, links.last().seq + 1, QStringLiteral("event"), e.id, content, chain::next(links.last().hash, content));
    t.commit();
    return attendance::Outcome::Recorded;
}

} // namespace lectern::seal
