#include "AttendanceCommand.h"

#include "meeting/ClockCheck.h"

#include "CommandArgs.h"
#include "PeopleLookup.h"
#include "meeting/AttendanceLog.h"
#include "meeting/MeetingStore.h"
#include "meeting/Seal.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::AttendanceCommand {
namespace {


// What every attendance command shares: MEETING PERSON, the store, the outcome.
struct Target
{
    std::unique_ptr<MeetingStore> store;
    Meeting meeting;
    Person person;
};

std::optional<Target> target(const CommandArgs &args, const QString &command)
{
    if (args.positionals().size() != 2) {
        args.usageError(QCoreApplication::translate("lectern::AttendanceCommand", "give MEETING and PERSON (an id or a name)"));
        return std::nullopt;
    }
    Target t;
    t.store = openStore(args);
    if (!t.store)
        return std::nullopt;
    const auto m = findMeeting(t.store->db(), args.positionals()[0], command);
    if (!m)
        return std::nullopt;
    const auto p = findPerson(t.store->db(), args.positionals()[1], command);
    if (!p)
        return std::nullopt;
    t.meeting = *m;
    t.person = *p;
    return t;
}

// Prints the outcome; 0 when it was recorded or changed nothing by design (already signed in).
int report(const CommandArgs &args, const Target &t, attendance::Outcome outcome, const QString &done)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString who = QStringLiteral("%1（%2）").arg(t.person.name, t.person.unit);
    switch (outcome) {
    case attendance::Outcome::Recorded:
        if (args.json())
            out << QJsonDocument(QJsonObject{{"recorded", true}, {"person", t.person.id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            out << done.arg(who) << '\n';
        return 0;
    case attendance::Outcome::AlreadySignedIn:
        if (args.json())
            out << QJsonDocument(QJsonObject{{"recorded", false}, {"already_signed_in", true}, {"person", t.person.id}}).toJson(QJsonDocument::Compact) << '\n';
        else
            out << QCoreApplication::translate("lectern::AttendanceCommand", "%1 already signed in; nothing new recorded").arg(who) << '\n';
        return 0;
    case attendance::Outcome::NotSignedIn:
        err << QCoreApplication::translate("lectern::AttendanceCommand", "%1 has no sign-in or leave to undo at meeting %2").arg(who).arg(t.meeting.id) << '\n';
        return 1;
    case attendance::Outcome::MeetingClosed:
        err << (t.meeting.state == MeetingState::Finalized
                    ? QCoreApplication::translate("lectern::AttendanceCommand", "meeting %1 is finalized: only an amendment changes it (--amend REASON)").arg(t.meeting.id)
                    : QCoreApplication::translate("lectern::AttendanceCommand", "meeting %1 is closed: sign-ins are not taken (an administrator can enter one afterwards with --retro)").arg(t.meeting.id))
            << '\n';
        return 1;
    case attendance::Outcome::NoSuchMeeting:
    case attendance::Outcome::NoSuchPerson:
        err << QCoreApplication::translate("lectern::AttendanceCommand", "the meeting or the person is gone") << '\n';
        return 1;
    case attendance::Outcome::ClockBehind:
        err << QCoreApplication::translate("lectern::AttendanceCommand", "nothing recorded: %1; set the clock (lectern doctor checks it)")
                   .arg(meetings::clockProblem(QDateTime::currentDateTime(), meetings::latestRecordedAt(t.store->db())))
            << '\n';
        return 1;
    }
    return 1;
}

CommandArgs parse(const QString &name, const QStringList &args, const QStringList &options, const QStringList &flags = {})
{
    return CommandArgs(name, args, options, flags);
}

} // namespace

int signIn(const QStringList &all)
{
    const CommandArgs args = parse(QStringLiteral("lectern signin"), all, {QStringLiteral("at"), QStringLiteral("amend")}, {QStringLiteral("retro")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime at = now;
    if (const auto given = args.option(QStringLiteral("at"))) {
        at = parseTime(*given);
        if (!at.isValid())
            return args.usageError(QCoreApplication::translate("lectern::AttendanceCommand", "--at takes \"YYYY-MM-DD HH:MM\""));
    }
    auto t = target(args, QStringLiteral("lectern signin"));
    if (!t)
        return args.positionals().size() != 2 ? 2 : 1;
    try {
        const EventKind kind = args.flag(QStringLiteral("retro")) || args.option(QStringLiteral("amend")) ? EventKind::RetroSignIn : EventKind::SignIn;
        if (const auto why = args.option(QStringLiteral("amend")))
            return report(args, *t, seal::amend(t->store->db(), t->meeting.id, t->person.id, kind, at, now, *why),
                          QCoreApplication::translate("lectern::AttendanceCommand", "%1 signed in by amendment (chained to the sealed record)"));
        return report(args, *t, attendance::signIn(t->store->db(), t->meeting.id, t->person.id, at, now, kind),
                      kind == EventKind::RetroSignIn ? QCoreApplication::translate("lectern::AttendanceCommand", "%1 signed in afterwards (补签)") : QCoreApplication::translate("lectern::AttendanceCommand", "%1 signed in"));
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

int undo(const QStringList &all)
{
    const CommandArgs args = parse(QStringLiteral("lectern undo"), all, {QStringLiteral("reason")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString()).trimmed();
    if (reason.isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::AttendanceCommand", "--reason is required: an undo is kept in the record with why"));
    auto t = target(args, QStringLiteral("lectern undo"));
    if (!t)
        return args.positionals().size() != 2 ? 2 : 1;
    try {
        return report(args, *t, attendance::undo(t->store->db(), t->meeting.id, t->person.id, reason, QDateTime::currentDateTime()),
                      QCoreApplication::translate("lectern::AttendanceCommand", "%1: sign-in undone"));
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

int leave(const QStringList &all)
{
    const CommandArgs args = parse(QStringLiteral("lectern leave"), all, {QStringLiteral("reason"), QStringLiteral("approver")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString()).trimmed();
    if (reason.isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::AttendanceCommand", "--reason is required"));
    auto t = target(args, QStringLiteral("lectern leave"));
    if (!t)
        return args.positionals().size() != 2 ? 2 : 1;
    try {
        return report(args, *t, attendance::leave(t->store->db(), t->meeting.id, t->person.id, reason,
                                                  args.option(QStringLiteral("approver")).value_or(QString()), QDateTime::currentDateTime()),
                      QCoreApplication::translate("lectern::AttendanceCommand", "%1: on leave"));
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

int absent(const QStringList &all)
{
    const CommandArgs args = parse(QStringLiteral("lectern absent"), all, {QStringLiteral("reason")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString()).trimmed();
    if (reason.isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::AttendanceCommand", "--reason is required"));
    auto t = target(args, QStringLiteral("lectern absent"));
    if (!t)
        return args.positionals().size() != 2 ? 2 : 1;
    try {
        return report(args, *t, attendance::markAbsent(t->store->db(), t->meeting.id, t->person.id, reason, QDateTime::currentDateTime()),
                      QCoreApplication::translate("lectern::AttendanceCommand", "%1: marked absent"));
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

} // namespace lectern::cli::AttendanceCommand
