#include "AgendaCommand.h"

#include "CommandArgs.h"
#include "DecisionCommand.h"
#include "PeopleLookup.h"
#include "app/Configuration.h"
#include "meeting/Decisions.h"
#include "meeting/Quorum.h"
#include "document/SpeechImporter.h"
#include "meeting/AgendaAttendance.h"
#include "meeting/AgendaDraft.h"
#include "meeting/AgendaLog.h"
#include "meeting/AgendaRun.h"
#include "meeting/AgendaTiming.h"
#include "meeting/Labels.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "meeting/SpeakerPace.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace lectern::cli::AgendaCommand {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::cli::AgendaCommand", text);
}

// Why an agenda change was refused, for people.
QString refusalText(agenda::Refusal r, qint64 meetingId)
{
    switch (r) {
    case agenda::Refusal::None: return {};
    case agenda::Refusal::NoSuchMeeting: return tr("no meeting %1").arg(meetingId);
    case agenda::Refusal::NoSuchItem: return tr("meeting %1 has no such item (lectern agenda list %1 shows them)").arg(meetingId);
    case agenda::Refusal::Finalized: return tr("meeting %1 is finalized: its agenda is sealed").arg(meetingId);
    case agenda::Refusal::Closed: return tr("meeting %1 is closed").arg(meetingId);
    case agenda::Refusal::AlreadyStarted: return tr("the item has started and is part of the record; skip it instead");
    case agenda::Refusal::BadPosition: return tr("no such position in the agenda");
    case agenda::Refusal::BadDraft: return tr("the draft could not be read");
    case agenda::Refusal::NoSuchBlock: return tr("no such paragraph in the draft");
    case agenda::Refusal::Decided: return tr("the item has recusals, votes, opinions or a decision on the record; skip it instead");
    case agenda::Refusal::NoSuchPerson: return tr("no such person on the roster");
    }
    return {};
}

int refused(const CommandArgs &args, agenda::Refusal r, qint64 meetingId)
{
    QTextStream(stderr) << args.name() << ": " << refusalText(r, meetingId) << '\n';
    return 1;
}

void printDone(const CommandArgs &args, const QJsonObject &json, const QString &text)
{
    QTextStream out(stdout);
    if (args.json())
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    else
        out << text << '\n';
}

// --minutes N: whole minutes, 0 to a day.
std::optional<std::optional<int>> minutesOption(const CommandArgs &args)
{
    const auto text = args.option(QStringLiteral("minutes"));
    if (!text)
        return std::optional<int>();
    bool ok = false;
    const double minutes = text->toDouble(&ok);
    if (!ok || minutes < 0 || minutes > 24 * 60)
        return std::nullopt;
    return std::optional<int>(int(minutes * 60 + 0.5));
}

int add(const CommandArgs &args, const MeetingTarget &t)
{
    agenda::NewItem n;
    n.title = args.option(QStringLiteral("title")).value_or(QString()).trimmed();
    const QString kindText = args.option(QStringLiteral("kind")).value_or(QString());
    const auto kind = itemKindFromText(kindText);
    if (!kind) {
        QStringList kinds;
        for (ItemKind k : allItemKinds())
            kinds.append(itemKindKey(k));
        return args.usageError(tr("--kind takes one of %1 (or 主持, 讲话, 汇报, 发言, 审议, 表决, 休息)").arg(kinds.join(QStringLiteral(", "))));
    }
    n.kind = *kind;
    const auto matter = matterFromText(args.option(QStringLiteral("matter")).value_or(QString()));
    if (!matter)
        return args.usageError(tr("--matter takes 干部任免 or 重大事项 (appointment, major); none: a general matter"));
    n.matter = *matter;
    if (n.title.isEmpty() && n.kind != ItemKind::Break)
        return args.usageError(tr("--title is required"));
    const auto minutes = minutesOption(args);
    if (!minutes)
        return args.usageError(tr("--minutes takes a number of minutes from 0 to 1440"));
    n.plannedSeconds = *minutes;
    n.notes = args.option(QStringLiteral("notes")).value_or(QString());
    n.speakerRole = args.option(QStringLiteral("role")).value_or(QString());
    if (const auto speaker = args.option(QStringLiteral("speaker"))) {
        // A roster person by id or by a name that names one; any other name is a guest's.
        bool isId = false;
        speaker->toLongLong(&isId);
        int named = 0;
        for (const Person &p : roster::all(t.store->db()))
            named += p.name == speaker->trimmed();
        if (isId || named > 0) {
            const auto p = findPerson(t.store->db(), *speaker, args.name());
            if (!p)
                return 1;
            n.speakerId = p->id;
        } else {
            n.speakerName = speaker->trimmed();
        }
    }
    // Who sits in on this item only (列席): roster people, by id or name, comma-separated.
    QList<qint64> observers;
    if (const auto list = args.option(QStringLiteral("observers"))) {
        for (const QString &spec : list->split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
            const auto p = findPerson(t.store->db(), spec.trimmed(), args.name());
            if (!p)
                return 1;
            observers.append(p->id);
        }
    }
    // The draft is read before anything is kept: a bad file adds no item.
    const auto draftPath = args.option(QStringLiteral("draft"));
    std::optional<QByteArray> bytes;
    if (draftPath) {
        auto read = readSpeechFile(*draftPath);
        if (const QString *problem = std::get_if<QString>(&read)) {
            QTextStream(stderr) << *problem << '\n';
            return 1;
        }
        bytes = std::get<QByteArray>(read);
        const ImportResult check = importSpeechData(*bytes, *draftPath);
        if (!check.ok()) {
            QTextStream(stderr) << check.error << '\n';
            return 1;
        }
    }
    const QDateTime now = QDateTime::currentDateTime();
    agenda::Refusal why = agenda::Refusal::None;
    const qint64 id = agenda::add(t.store->db(), t.meeting->id, n, now, &why);
    if (!id)
        return refused(args, why, t.meeting->id);
    if (bytes) {
        QString problem;
        SpeechChoice choice;
        choice.path = *draftPath;
        why = agenda::setDraft(t.store->db(), id, *draftPath, *bytes, choice, now, &problem);
        if (why != agenda::Refusal::None) { // checked above: only a store problem gets here
            agenda::remove(t.store->db(), t.meeting->id, id, now);
            QTextStream(stderr) << (problem.isEmpty() ? refusalText(why, t.meeting->id) : problem) << '\n';
            return 1;
        }
    }
    if (!observers.isEmpty())
        agenda::setObservers(t.store->db(), id, observers);
    const AgendaItem it = *agenda::item(t.store->db(), id);
    printDone(args, QJsonObject{{"id", id}, {"position", it.position}},
              tr("item %1 added to meeting %2 at position %3").arg(id).arg(t.meeting->id).arg(it.position));
    return 0;
}

int list(const CommandArgs &args, const MeetingTarget &t)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QJsonObject json = agendaJson(t.store->db(), *t.meeting, now);
    QTextStream out(stdout);
    if (args.json()) {
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    const QList<AgendaItem> items = agenda::items(t.store->db(), t.meeting->id);
    const agenda::AgendaTiming timing = agenda::timing(*t.meeting, items, now, agenda::learnedPaces(t.store->db(), items));
    const QHash<qint64, decisions::ItemQuorum> quorum = decisions::quorum(t.store->db(), t.meeting->id, configuration::decisionRules(), now);
    const QHash<qint64, decisions::ItemDecisions> decided = decisions::forMeeting(t.store->db(), t.meeting->id);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AgendaItem &it = items[i];
        const agenda::ItemTiming &row = timing.items[i];
        out << QStringLiteral("%1. [%2] %3  %4  %5  %6 %7").arg(it.position).arg(it.id).arg(itemKindLabel(it.kind), itemName(it), it.speakerName)
                   .arg(tr("%1 min").arg(qRound(row.plannedS / 6.0) / 10.0))
                   .arg(itemStateLabel(it.state))
                   .simplified()
            << '\n';
        // A vote's quorum and, once voted, the result that stands.
        if (it.kind == ItemKind::Vote) {
            const QList<decisions::DecisionEvent> votes = decided.value(it.id).votes;
            out << QStringLiteral("   ") << decisions::quorumLine(quorum.value(it.id))
                << (votes.isEmpty() ? QString() : QStringLiteral("  ·  ") + decisions::resultLabel(votes.last().result)) << '\n';
        }
    }
    out << tr("planned %1 min; projected end %2").arg(timing.plannedTotalS / 60).arg(timeForPeople(timing.projectedEnd));
    if (t.meeting->plannedEnd.isValid())
        out << (timing.overrun ? tr(" — %1 min past the planned end %2").arg((-timing.endMarginMs + 59'999) / 60'000)
                                 : tr(" — within the planned end %1"))
                   .arg(timeForPeople(t.meeting->plannedEnd));
    out << '\n';
    if (timing.longerThanMeeting)
        out << tr("the agenda is longer than the meeting") << '\n';
    return 0;
}

int move(const CommandArgs &args, const MeetingTarget &t)
{
    const auto it = findItem(args, t, args.positionals()[1]);
    if (!it)
        return 1;
    bool ok = false;
    const int to = args.option(QStringLiteral("to")).value_or(QString()).toInt(&ok);
    if (!ok)
        return args.usageError(tr("--to takes the new position (1 is the first)"));
    const agenda::Refusal r = agenda::move(t.store->db(), t.meeting->id, it->id, to, QDateTime::currentDateTime());
    if (r != agenda::Refusal::None)
        return refused(args, r, t.meeting->id);
    printDone(args, QJsonObject{{"id", it->id}, {"position", to}}, tr("item %1 moved to position %2").arg(it->id).arg(to));
    return 0;
}

int remove(const CommandArgs &args, const MeetingTarget &t)
{
    const auto it = findItem(args, t, args.positionals()[1]);
    if (!it)
        return 1;
    const agenda::Refusal r = agenda::remove(t.store->db(), t.meeting->id, it->id, QDateTime::currentDateTime());
    if (r != agenda::Refusal::None)
        return refused(args, r, t.meeting->id);
    printDone(args, QJsonObject{{"id", it->id}, {"removed", true}}, tr("item %1 removed").arg(it->id));
    return 0;
}

int draft(const CommandArgs &args, const MeetingTarget &t)
{
    const auto it = findItem(args, t, args.positionals()[1]);
    if (!it)
        return 1;
    QString problem;
    const agenda::Refusal r = agenda::setDraftFromFile(t.store->db(), it->id, args.positionals()[2], QDateTime::currentDateTime(), &problem);
    if (r == agenda::Refusal::BadDraft) {
        QTextStream(stderr) << problem << '\n';
        return 1;
    }
    if (r != agenda::Refusal::None)
        return refused(args, r, t.meeting->id);
    const auto d = agenda::draft(t.store->db(), it->id);
    printDone(args, QJsonObject{{"id", it->id}, {"sha256", d->sha256}, {"han_chars", d->hanChars}},
              tr("draft of item %1 kept: %2 Han characters (SHA-256 %3)").arg(it->id).arg(d->hanChars).arg(d->sha256));
    return 0;
}

// lectern agenda text MEETING ITEM: the item's text as the room sees it,
// block by block with the ids `agenda edit` takes.
int text(const CommandArgs &args, const MeetingTarget &t)
{
    const auto it = findItem(args, t, args.positionals()[1]);
    if (!it)
        return 1;
    QString problem;
    const auto doc = agenda::document(t.store->db(), it->id, &problem);
    if (!doc) {
        QTextStream(stderr) << args.name() << ": " << problem << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (args.json()) {
        QJsonArray blocks;
        for (const Block &b : doc->blocks)
            blocks.append(QJsonObject{{"id", b.id}, {"kind", blockKindName(b.kind)}, {"text", b.text}});
        out << QJsonDocument(QJsonObject{{"id", it->id}, {"blocks", blocks}}).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const Block &b : doc->blocks)
            out << b.id << "  " << b.text << '\n';
    }
    return 0;
}

// lectern agenda edit MEETING ITEM --block N --text T | --after N --text T |
// --block N --delete: a live edit, as the console makes it; a kiosk showing
// the item applies it at once, keeping the speaker's place.
int edit(const CommandArgs &args, const MeetingTarget &t)
{
    const auto it = findItem(args, t, args.positionals()[1]);
    if (!it)
        return 1;
    bool blockOk = false;
    bool afterOk = false;
    const int block = args.option(QStringLiteral("block")).value_or(QString()).toInt(&blockOk);
    const int after = args.option(QStringLiteral("after")).value_or(QString()).toInt(&afterOk);
    const auto newText = args.option(QStringLiteral("text"));
    LiveEdit change;
    if (args.flag(QStringLiteral("delete")) && blockOk && !afterOk && !newText)
        change = {LiveEdit::Delete, block, {}, {}};
    else if (blockOk && !afterOk && newText && !newText->isEmpty())
        change = {LiveEdit::Replace, block, *newText, {}};
    else if (afterOk && after >= 0 && !blockOk && newText && !newText->isEmpty())
        change = {LiveEdit::Insert, after + 1, *newText, {}};
    else
        return args.usageError(tr("say --block N --text T, --after N --text T, or --block N --delete"));
    const agenda::Refusal r = agenda::applyEdit(t.store->db(), it->id, change, QDateTime::currentDateTime());
    if (r != agenda::Refusal::None)
        return refused(args, r, t.meeting->id);
    printDone(args, QJsonObject{{"id", it->id}, {"edited", true}}, tr("item %1 edited").arg(it->id));
    return 0;
}

// lectern agenda start MEETING ITEM | agenda next MEETING: the run order
// from a script, as the console runs it (a kiosk showing the meeting follows).
int start(const CommandArgs &args, const MeetingTarget &t)
{
    const auto it = findItem(args, t, args.positionals()[1]);
    if (!it)
        return 1;
    const QDateTime now = QDateTime::currentDateTime();
    const decisions::Rules rules = configuration::decisionRules();
    // A vote without a quorum may start (the chair decides); it is said here and recorded with the start.
    if (it->kind == ItemKind::Vote && it->state != ItemState::Running) {
        const decisions::ItemQuorum q = decisions::quorumOf(t.store->db(), *it, rules, now);
        if (!q.met)
            QTextStream(stderr) << args.name() << ": " << tr("warning: item %1 is a vote without a quorum (%2); started anyway, and recorded so")
                                                             .arg(it->id).arg(decisions::quorumLine(q)) << '\n';
    }
    const agenda::Refusal r = agenda::start(t.store->db(), it->id, now, rules);
    if (r != agenda::Refusal::None)
        return refused(args, r, t.meeting->id);
    printDone(args, QJsonObject{{"id", it->id}, {"state", QStringLiteral("running")}}, tr("item %1 started").arg(it->id));
    return 0;
}

// lectern agenda matter MEETING ITEM M: what the item decides on, for its quorum.
int matter(const CommandArgs &args, const MeetingTarget &t)
{
    const auto it = findItem(args, t, args.positionals()[1]);
    if (!it)
        return 1;
    const auto m = matterFromText(args.positionals()[2]);
    if (!m)
        return args.usageError(tr("the matter is 干部任免, 重大事项 or 一般 (appointment, major, general)"));
    const agenda::Refusal r = agenda::setMatter(t.store->db(), it->id, *m);
    if (r != agenda::Refusal::None)
        return refused(args, r, t.meeting->id);
    printDone(args, QJsonObject{{"id", it->id}, {"matter", matterKey(*m)}}, tr("item %1: %2").arg(it->id).arg(matterLabel(*m)));
    return 0;
}

int next(const CommandArgs &args, const MeetingTarget &t)
{
    const agenda::Refusal r = agenda::next(t.store->db(), t.meeting->id, QDateTime::currentDateTime(), configuration::decisionRules());
    if (r != agenda::Refusal::None)
        return refused(args, r, t.meeting->id);
    const auto now = agenda::current(t.store->db(), t.meeting->id);
    printDone(args, QJsonObject{{"current", now ? QJsonValue(now->id) : QJsonValue()}},
              now ? tr("item %1 started").arg(now->id) : tr("the last item ended"));
    return 0;
}

} // namespace

// ITEM: an item id of this meeting.
std::optional<AgendaItem> findItem(const CommandArgs &args, const MeetingTarget &t, const QString &spec)
{
    bool ok = false;
    const qint64 id = spec.toLongLong(&ok);
    const auto it = ok ? agenda::item(t.store->db(), id) : std::nullopt;
    if (!it || it->meetingId != t.meeting->id) {
        QTextStream(stderr) << args.name() << ": " << refusalText(agenda::Refusal::NoSuchItem, t.meeting->id) << '\n';
        return std::nullopt;
    }
    return it;
}

QJsonObject agendaJson(const store::Database &db, const Meeting &meeting, const QDateTime &now)
{
    const QList<AgendaItem> items = agenda::items(db, meeting.id);
    const agenda::AgendaTiming timing = agenda::timing(meeting, items, now, agenda::learnedPaces(db, items));
    const QHash<qint64, agenda::ItemAttendance> attended = agenda::attendance(db, items, now);
    const QHash<qint64, decisions::ItemQuorum> quorum = decisions::quorum(db, meeting.id, configuration::decisionRules(), now);
    const QHash<qint64, decisions::ItemDecisions> decided = decisions::forMeeting(db, meeting.id);
    // 表决 items started without a quorum (the start's event says so: AgendaRun).
    QSet<qint64> withoutQuorum;
    for (const agenda::AgendaEvent &e : agenda::events(db, meeting.id))
        if (e.kind == agenda::EventKind::Started && e.detail.startsWith(u"quorum not_met"))
            withoutQuorum.insert(e.itemId);
    QJsonArray list;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const AgendaItem &it = items[i];
        const agenda::ItemTiming &row = timing.items[i];
        QJsonObject o{{"id", it.id}, {"position", it.position}, {"title", it.title}, {"kind", itemKindKey(it.kind)},
                      {"speaker", it.speakerName}, {"speaker_role", it.speakerRole},
                      {"planned_s", row.plannedS}, {"planned_by_hand", bool(it.plannedByHand)},
                      {"state", itemStateKey(it.state)}, {"actual_start", timeForPeople(it.actualStart)},
                      {"actual_end", timeForPeople(it.actualEnd)}, {"elapsed_s", qRound64(row.elapsedMs / 1000.0)},
                      {"over_under_s", qRound64(row.overUnderMs / 1000.0)}, {"han_chars", it.hanChars},
                      {"draft_sha256", it.draftSha256}};
        if (it.speakerId > 0)
            o.insert("speaker_id", it.speakerId);
        // Who attended it (signed in by its end), and who sat in on it only.
        const agenda::ItemAttendance who = attended.value(it.id);
        QJsonArray present, sittingIn, observing;
        for (const Person &p : who.present)
            present.append(p.name);
        for (const Person &p : who.observers)
            sittingIn.append(p.name);
        for (qint64 id : agenda::observers(db, it.id))
            if (const auto p = roster::byId(db, id))
                observing.append(p->name);
        o.insert("attended", present);
        o.insert("observers", observing);
        o.insert("observers_present", sittingIn);
        if (row.projectedStart.isValid())
            o.insert("projected_start", timeForPeople(row.projectedStart));
        o.insert("matter", matterKey(it.matter));
        if (it.kind == ItemKind::Vote)
            o.insert("started_without_quorum", withoutQuorum.contains(it.id));
        o.insert("quorum", DecisionCommand::quorumJson(quorum.value(it.id)));
        DecisionCommand::addDecisionsJson(db, decided.value(it.id), &o);
        list.append(o);
    }
    return QJsonObject{{"items", list}, {"planned_total_s", timing.plannedTotalS}, {"over_under_s", qRound64(timing.overUnderMs / 1000.0)},
                       {"projected_end", timeForPeople(timing.projectedEnd)}, {"overrun", timing.overrun},
                       {"longer_than_meeting", timing.longerThanMeeting}};
}

int run(const QStringList &all)
{
    const QString sub = all.value(0);
    const CommandArgs args(QStringLiteral("lectern agenda ") + sub, all.mid(1),
                           sub == u"add"    ? QStringList{"title", "kind", "matter", "speaker", "role", "minutes", "draft", "notes", "observers"}
                           : sub == u"move" ? QStringList{"to"}
                           : sub == u"edit" ? QStringList{"block", "after", "text"}
                                            : QStringList(),
                           sub == u"edit" ? QStringList{"delete"} : QStringList());
    if (!args.ok()) {
        QTextStream(stderr) << args.error() << '\n';
        return 2;
    }
    struct Verb
    {
        const char16_t *name;
        int positionals;
        const char *usage;
        int (*fn)(const CommandArgs &, const MeetingTarget &);
    };
    static const Verb verbs[] = {
        {u"add", 1, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id"), add},
        {u"list", 1, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id"), list},
        {u"move", 2, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id and the item's"), move},
        {u"remove", 2, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id and the item's"), remove},
        {u"draft", 3, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id, the item's and the draft file"), draft},
        {u"start", 2, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id and the item's"), start},
        {u"next", 1, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id"), next},
        {u"text", 2, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id and the item's"), text},
        {u"edit", 2, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id and the item's"), edit},
        {u"matter", 3, QT_TRANSLATE_NOOP("lectern::cli::AgendaCommand", "give the meeting's id, the item's and its matter (干部任免, 重大事项 or 一般)"), matter},
    };
    for (const Verb &v : verbs) {
        if (sub != QStringView(v.name))
            continue;
        int exitCode = 1;
        try {
            const auto target = openMeetingArg(args, &exitCode, v.positionals, tr(v.usage));
            return target ? v.fn(args, *target) : exitCode;
        } catch (const store::StoreError &e) {
            QTextStream(stderr) << e.message() << '\n';
            return 1;
        }
    }
    QTextStream(stderr) << tr("lectern agenda: say add, list, move, remove, draft, matter, start, next, text or edit") << '\n';
    return 2;
}

} // namespace lectern::cli::AgendaCommand
