#include "MeetingCommand.h"

#include "AgendaCommand.h"
#include "CommandArgs.h"
#include "PeopleLookup.h"
#include "meeting/ExpectedPeople.h"
#include "meeting/AttendanceLog.h"
#include "meeting/Labels.h"
#include "meeting/MeetingRules.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"
#include "meeting/Roster.h"
#include "meeting/AgendaDraft.h"
#include "meeting/RosterImport.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace lectern::cli::MeetingCommand {
namespace {


int create(const CommandArgs &args)
{
    const meetingRules::Details details = meetingRules::readDetails(
        {args.option(QStringLiteral("title")).value_or(QString()), args.option(QStringLiteral("start")).value_or(QString()),
         args.option(QStringLiteral("end")).value_or(QString()), args.option(QStringLiteral("grace-min")).value_or(QString())});
    switch (details.problem) {
    case meetingRules::Problem::None: break;
    case meetingRules::Problem::NoTitle:
        return args.usageError(QCoreApplication::translate("lectern::MeetingCommand", "--title is required"));
    case meetingRules::Problem::BadStart:
        return args.usageError(QCoreApplication::translate("lectern::MeetingCommand", "--start takes \"YYYY-MM-DD HH:MM\""));
    case meetingRules::Problem::BadEnd:
        return args.usageError(QCoreApplication::translate("lectern::MeetingCommand", "--end takes \"YYYY-MM-DD HH:MM\", after the start"));
    case meetingRules::Problem::BadGrace:
        return args.usageError(QCoreApplication::translate("lectern::MeetingCommand", "--grace-min takes minutes from 0 to %1")
                                   .arg(meetingRules::kMaxGraceMinutes));
    }
    const QString expect = args.option(QStringLiteral("expect")).value_or(QStringLiteral("all"));

    QList<RosterRow> listed;
    if (expect != u"all") {
        const RosterFile file = readRosterFile(expect);
        if (!file.error.isEmpty()) {
            QTextStream(stderr) << expect << ": " << file.error << '\n';
            return 1;
        }
        listed = file.rows;
    }
    auto store = openStore(args);
    if (!store)
        return 1;
    try {
        // The people a file names join the roster first, so that both lists agree.
        if (!listed.isEmpty())
            roster::upsert(store->db(), listed);
        Meeting m;
        m.title = details.title;
        m.plannedStart = details.start;
        m.place = args.option(QStringLiteral("place")).value_or(QString());
        m.session = args.option(QStringLiteral("session")).value_or(QString());
        m.plannedEnd = details.end;
        m.kind = args.option(QStringLiteral("kind")).value_or(QString());
        m.chair = args.option(QStringLiteral("chair")).value_or(QString());
        m.recorder = args.option(QStringLiteral("recorder")).value_or(QString());
        m.graceMinutes = details.graceMinutes;
        QList<Expected> expected = expectedFromRoster(store->db(), listed, m.chair, m.recorder);
        // Who sits in (列席): expected, never counted as members for a quorum or a vote.
        if (const auto sitIn = args.option(QStringLiteral("observers"))) {
            for (const QString &name : sitIn->split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
                const auto p = findPerson(store->db(), name.trimmed(), args.name());
                if (!p)
                    return 1;
                bool found = false;
                for (Expected &e : expected)
                    if (e.personId == p->id) {
                        e.role = Role::Observe;
                        found = true;
                    }
                if (!found)
                    expected.append({p->id, Role::Observe});
            }
        }
        const qint64 id = meetings::create(store->db(), m, expected, QDateTime::currentDateTime());
        QTextStream out(stdout);
        if (args.json())
            out << QJsonDocument(QJsonObject{{"id", id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            out << QCoreApplication::translate("lectern::MeetingCommand", "meeting %1 created, %2 people expected").arg(id).arg(expected.size()) << '\n';
        return 0;
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

int list(const CommandArgs &args)
{
    auto store = openStore(args);
    if (!store)
        return 1;
    QTextStream out(stdout);
    QJsonArray json;
    for (const Meeting &m : meetings::all(store->db())) {
        if (args.json())
            json.append(QJsonObject{{"id", m.id}, {"title", m.title}, {"start", timeForPeople(m.plannedStart)},
                                    {"place", m.place}, {"state", meetingStateKey(m.state)}});
        else
            out << QStringLiteral("%1  %2  %3  %4  %5").arg(m.id, 4).arg(timeForPeople(m.plannedStart), meetingStateLabel(m.state), m.title, m.place).trimmed() << '\n';
    }
    if (args.json())
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

int show(const CommandArgs &args, const MeetingTarget &target)
{
    const auto &store = target.store;
    const auto &m = target.meeting;
    const AttendanceState state = attendance::current(store->db(), *m);
    const AttendanceCounts &c = state.counts;
    QHash<qint64, Role> roles;
    for (const Expected &e : meetings::expected(store->db(), m->id))
        roles.insert(e.personId, e.role);
    QList<Person> people;
    for (const Person &p : roster::all(store->db()))
        if (state.people.contains(p.id))
            people.append(p);

    const QList<recordings::Recording> takes = recordings::forMeeting(store->db(), m->id);
    QTextStream out(stdout);
    if (args.json()) {
        QJsonArray audio;
        for (const recordings::Recording &r : takes)
            audio.append(QJsonObject{{"id", r.id}, {"file", QDir(args.dataDir()).filePath(r.file)}, {"started", meetings::timeText(r.startedAt)},
                                     {"duration_ms", r.durationMs}, {"sample_rate", r.sampleRate}, {"state", recordings::stateKey(r.state)},
                                     {"sha256", r.sha256}, {"note", r.note}});
        QJsonArray list;
        for (const Person &p : people) {
            const PersonAttendance &a = state.people[p.id];
            QJsonObject o{{"id", p.id}, {"name", p.name}, {"unit", p.unit}, {"status", statusKey(a)},
                          {"role", roles.contains(p.id) ? roleKey(roles[p.id]) : QStringLiteral("walk_in")}};
            if (a.presence == Presence::Present)
                o.insert("time", timeForPeople(a.signedInAt));
            if (a.retroactive)
                o.insert("retroactive", true);
            if (!a.reason.isEmpty())
                o.insert("reason", a.reason);
            list.append(o);
        }
        const QJsonObject counts{{"expected", c.expected}, {"present", c.present}, {"leave", c.onLeave}, {"absent", c.absent},
                                 {"not_yet", c.notYet},
                                 {"late", c.late}, {"walk_ins", c.walkIns}, {"observers_present", c.observersPresent},
                                 {"rate", c.rate()}};
        out << QJsonDocument(QJsonObject{{"id", m->id}, {"title", m->title}, {"start", timeForPeople(m->plannedStart)},
                                         {"place", m->place}, {"state", meetingStateKey(m->state)}, {"grace_min", m->graceMinutes},
                                         {"session", m->session}, {"end", timeForPeople(m->plannedEnd)},
                                         {"counts", counts}, {"people", list}, {"recordings", audio},
                                         {"agenda", AgendaCommand::agendaJson(store->db(), *m, QDateTime::currentDateTime())}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    out << m->title << '\n'
        << QCoreApplication::translate("lectern::MeetingCommand", "%1  %2  %3").arg(timeForPeople(m->plannedStart), m->place, meetingStateLabel(*m, QDateTime::currentDateTime())).trimmed() << '\n'
        << QCoreApplication::translate("lectern::MeetingCommand", "expected %1, present %2, on leave %3, absent %4, late %5, attendance %6%")
               .arg(c.expected).arg(c.present).arg(c.onLeave).arg(c.absent).arg(c.late).arg(qRound(c.rate() * 1000) / 10.0)
        << (c.notYet > 0 ? QCoreApplication::translate("lectern::MeetingCommand", "; not started: %1 not yet arrived").arg(c.notYet) : QString())
        << '\n';
    for (const Person &p : people) {
        const PersonAttendance &a = state.people[p.id];
        out << QStringLiteral("  %1  %2  %3  %4  %5").arg(p.name, p.unit,
                                                          roles.contains(p.id) ? roleLabel(roles[p.id]) : QCoreApplication::translate("lectern::MeetingCommand", "walk-in"),
                                                          statusLabel(a), timeForPeople(a.signedInAt))
                   .trimmed()
            << '\n';
    }
    for (const AgendaItem &it : agenda::items(store->db(), m->id))
        out << QCoreApplication::translate("lectern::MeetingCommand", "  item %1  %2  %3  %4  %5")
                   .arg(it.position).arg(itemKindLabel(it.kind), itemName(it), it.speakerName, itemStateLabel(it.state))
                   .simplified()
            << '\n';
    for (const recordings::Recording &r : takes)
        out << QCoreApplication::translate("lectern::MeetingCommand", "  recording %1  %2  %3  %4  %5")
                   .arg(timeForPeople(r.startedAt), recordings::durationText(r.durationMs), recordings::stateLabel(r.state), r.file, r.sha256)
                   .trimmed()
            << '\n';
    return 0;
}

int close(const CommandArgs &args, const MeetingTarget &target)
{
    const auto &store = target.store;
    const auto &m = target.meeting;
    if (!meetings::close(store->db(), m->id, QDateTime::currentDateTime())) {
        QTextStream(stderr) << QCoreApplication::translate("lectern::MeetingCommand", "lectern meeting close: meeting %1 is already %2").arg(m->id).arg(meetingStateLabel(m->state)) << '\n';
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("lectern::MeetingCommand", "meeting %1 closed").arg(m->id) << '\n';
    return 0;
}

int finalize(const CommandArgs &args, const MeetingTarget &target)
{
    const auto &store = target.store;
    const auto &m = target.meeting;
    try {
        const auto result = store->finalize(m->id);
        if (const auto *refusal = std::get_if<seal::Refusal>(&result)) {
            QTextStream(stderr) << (*refusal == seal::Refusal::NotClosed
                                        ? QCoreApplication::translate("lectern::MeetingCommand", "lectern meeting finalize: close meeting %1 first").arg(m->id)
                                    : *refusal == seal::Refusal::StillRecording
                                        ? QCoreApplication::translate("lectern::MeetingCommand", "lectern meeting finalize: meeting %1 is still being recorded; stop the recording first").arg(m->id)
                                        : QCoreApplication::translate("lectern::MeetingCommand", "lectern meeting finalize: meeting %1 is already finalized").arg(m->id))
                                << '\n';
            return 1;
        }
        const seal::Sealed &sealed = std::get<seal::Sealed>(result);
        QTextStream out(stdout);
        if (args.json())
            out << QJsonDocument(QJsonObject{{"id", m->id}, {"links", sealed.links}, {"hash", sealed.finalHash}}).toJson(QJsonDocument::Compact) << '\n';
        else
            out << QCoreApplication::translate("lectern::MeetingCommand", "meeting %1 finalized: %2 records sealed; fingerprint %3")
                       .arg(m->id).arg(sealed.links).arg(sealed.finalHash)
                << '\n';
        return 0;
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

int record(const CommandArgs &args, const MeetingTarget &target)
{
    const auto &store = target.store;
    const auto &m = target.meeting;
    meetings::RecordText text = meetings::recordText(store->db(), m->id);
    if (const auto notes = args.option(QStringLiteral("notes")))
        text.notes = *notes;
    if (const auto decisions = args.option(QStringLiteral("decisions")))
        text.decisions = *decisions;
    if (!meetings::setRecordText(store->db(), m->id, text)) {
        QTextStream(stderr) << QCoreApplication::translate("lectern::MeetingCommand", "lectern meeting record: meeting %1 is finalized").arg(m->id) << '\n';
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("lectern::MeetingCommand", "record of meeting %1 saved").arg(m->id) << '\n';
    return 0;
}

// lectern meeting speech MEETING FILE: the draft of the meeting's first 讲话
// item (added when there is none), kept with the meeting: the file, the text
// the engine took from it (the blocks, one per line) and its SHA-256.
int speech(const CommandArgs &args)
{
    if (args.positionals().size() != 2)
        return args.usageError(QCoreApplication::translate("lectern::MeetingCommand", "give the meeting's id and the speech file"));
    auto store = openStore(args);
    if (!store)
        return 1;
    const auto m = findMeeting(store->db(), args.positionals()[0], args.name());
    if (!m)
        return 1;
    try {
        const QDateTime now = QDateTime::currentDateTime();
        agenda::Refusal refusal = agenda::Refusal::None;
        const qint64 itemId = agenda::ensureSpeechItem(store->db(), m->id, m->title, now, &refusal);
        QString problem;
        if (itemId > 0)
            refusal = agenda::setDraftFromFile(store->db(), itemId, args.positionals()[1], now, &problem);
        if (refusal == agenda::Refusal::BadDraft) {
            QTextStream(stderr) << problem << '\n';
            return 1;
        }
        if (refusal != agenda::Refusal::None) {
            QTextStream(stderr) << QCoreApplication::translate("lectern::MeetingCommand", "lectern meeting speech: meeting %1 is finalized").arg(m->id) << '\n';
            return 1;
        }
        const auto draft = agenda::draft(store->db(), itemId);
        QTextStream out(stdout);
        if (args.json())
            out << QJsonDocument(QJsonObject{{"id", m->id}, {"item", itemId}, {"sha256", draft->sha256}, {"characters", int(draft->text.size())}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << QCoreApplication::translate("lectern::MeetingCommand", "speech of meeting %1 kept (SHA-256 %2)").arg(m->id).arg(draft->sha256) << '\n';
        return 0;
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

} // namespace

int verify(const QStringList &all)
{
    const CommandArgs args(QStringLiteral("lectern verify"), all, {});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    int exitCode = 1;
    auto target = openMeetingArg(args, &exitCode);
    if (!target)
        return exitCode;
    const auto &store = target->store;
    const auto &m = target->meeting;
    seal::Verification v = seal::verify(store->db(), m->id);
    // The chain holds each recording's SHA-256; the files must still have it.
    if (v.ok) {
        const QStringList files = recordings::checkFiles(store->db(), args.dataDir(), m->id);
        if (!files.isEmpty()) {
            v.ok = false;
            v.problem = files.join(QStringLiteral("; "));
        }
    }
    QTextStream out(stdout);
    if (args.json()) {
        QJsonObject o{{"id", m->id}, {"ok", v.ok}, {"links", v.links}, {"hash", v.finalHash}};
        if (!v.ok) {
            o.insert("problem", v.problem);
            o.insert("first_bad_link", v.firstBadLink);
        }
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else if (v.ok) {
        out << QCoreApplication::translate("lectern::MeetingCommand", "meeting %1: the record is intact (%2 records; fingerprint %3)")
                   .arg(m->id).arg(v.links).arg(v.finalHash)
            << '\n';
    }
    if (!v.ok)
        QTextStream(stderr) << QCoreApplication::translate("lectern::MeetingCommand", "lectern verify: meeting %1 was altered: %2").arg(m->id).arg(v.problem) << '\n';
    return v.ok ? 0 : 1;
}

int run(const QStringList &all)
{
    const QString sub = all.value(0);
    const QStringList createOptions = {QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("place"), QStringLiteral("grace-min"),
                                       QStringLiteral("expect"), QStringLiteral("kind"), QStringLiteral("chair"), QStringLiteral("recorder"), QStringLiteral("observers"),
                                       QStringLiteral("session"), QStringLiteral("end")};
    const QStringList recordOptions = {QStringLiteral("notes"), QStringLiteral("decisions")};
    const CommandArgs args(QStringLiteral("lectern meeting ") + sub, all.mid(1),
                           sub == u"create" ? createOptions : sub == u"record" ? recordOptions : QStringList());
    if (!args.ok()) {
        QTextStream(stderr) << args.error() << '\n';
        return 2;
    }
    if (sub == u"create")
        return create(args);
    if (sub == u"speech")
        return speech(args);
    if (sub == u"list")
        return list(args);
    // The verbs on one meeting: its id, opened once here.
    using OnMeeting = int (*)(const CommandArgs &, const MeetingTarget &);
    const std::pair<const char16_t *, OnMeeting> onMeeting[] = {{u"show", show}, {u"close", close}, {u"finalize", finalize}, {u"record", record}};
    for (const auto &[verb, fn] : onMeeting) {
        if (sub != QStringView(verb))
            continue;
        int exitCode = 1;
        const auto target = openMeetingArg(args, &exitCode);
        return target ? fn(args, *target) : exitCode;
    }
    QTextStream(stderr) << QCoreApplication::translate("lectern::MeetingCommand", "lectern meeting: say create, list, show, speech, record, close or finalize") << '\n';
    return 2;
}

} // namespace lectern::cli::MeetingCommand
