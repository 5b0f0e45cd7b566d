#include "DecisionCommand.h"

#include "AgendaCommand.h"
#include "CommandArgs.h"
#include "PeopleLookup.h"
#include "app/Configuration.h"
#include "formats/LocalPath.h"
#include "meeting/Decisions.h"
#include "meeting/MeetingStore.h"
#include "meeting/Quorum.h"
#include "meeting/Roster.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

namespace lectern::cli::DecisionCommand {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::cli::DecisionCommand", text);
}

QString personName(const store::Database &db, qint64 id)
{
    const auto p = roster::byId(db, id);
    return p ? p->name : QString();
}

QJsonObject eventJson(const store::Database &db, const decisions::DecisionEvent &e)
{
    QJsonObject o{{"id", e.id}, {"at", timeForPeople(e.at)}};
    if (e.personId) {
        o.insert("person_id", e.personId);
        o.insert("person", personName(db, e.personId));
    }
    switch (e.kind) {
    case decisions::Kind::Recusal: o.insert("reason", e.text); break;
    case decisions::Kind::Opinion:
        o.insert("text", e.text);
        if (!e.fileName.isEmpty()) {
            o.insert("file", e.fileName);
            o.insert("file_sha256", e.fileSha256);
        }
        break;
    case decisions::Kind::Decision: o.insert("text", e.text); break;
    case decisions::Kind::Vote: {
        o.insert("method", decisions::methodTerm(e.method));
        o.insert("method_key", decisions::methodKey(e.method));
        o.insert("for", e.votesFor);
        o.insert("against", e.votesAgainst);
        o.insert("abstain", e.votesAbstain);
        o.insert("result", decisions::resultTerm(e.result));
        o.insert("result_key", decisions::resultKey(e.result));
        o.insert("reason", e.text);
        o.insert("basis", QJsonDocument::fromJson(e.basis.toUtf8()).object());
        QJsonArray ballots;
        for (const decisions::Ballot &b : e.ballots)
            ballots.append(QJsonObject{{"person_id", b.personId}, {"person", personName(db, b.personId)}, {"choice", decisions::choiceKey(b.choice)}});
        if (!ballots.isEmpty())
            o.insert("ballots", ballots);
        break;
    }
    }
    return o;
}

// Prints a refusal: one line on stderr, exit 1.
int refused(const CommandArgs &args, const decisions::Outcome &o)
{
    QTextStream(stderr) << args.name() << ": " << o.problem << '\n';
    return 1;
}

// MEETING ITEM [PERSON]: opened, or the exit code.
struct Target
{
    MeetingTarget meeting;
    AgendaItem item;
    std::optional<Person> person;
};

std::optional<Target> open(const CommandArgs &args, int positionals, const QString &usage, int *exitCode)
{
    auto m = openMeetingArg(args, exitCode, positionals, usage);
    if (!m)
        return std::nullopt;
    const auto it = AgendaCommand::findItem(args, *m, args.positionals()[1]);
    if (!it)
        return std::nullopt;
    Target t{std::move(*m), *it, std::nullopt};
    if (positionals > 2) {
        t.person = findPerson(t.meeting.store->db(), args.positionals()[2], args.name());
        if (!t.person)
            return std::nullopt;
    }
    return t;
}

void printRecorded(const CommandArgs &args, const store::Database &db, const decisions::DecisionEvent &e, const QString &text)
{
    QTextStream out(stdout);
    if (args.json())
        out << QJsonDocument(eventJson(db, e)).toJson(QJsonDocument::Compact) << '\n';
    else
        out << text << '\n';
}

// Runs one decision command: its arguments parsed, the target opened, store errors said in one line.
template<typename F>
int runCommand(const QString &name, const QStringList &all, const QStringList &options, const QStringList &flags, F &&body)
{
    const CommandArgs args(name, all, options, flags);
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    try {
        return body(args);
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

// A count option: a whole number from 0, or nullopt (a usage error).
std::optional<int> count(const CommandArgs &args, const QString &name)
{
    const QString text = args.option(name).value_or(QStringLiteral("0"));
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0 || n > 100000)
        return std::nullopt;
    return n;
}

} // namespace

int recuse(const QStringList &all)
{
    return runCommand(QStringLiteral("lectern recuse"), all, {QStringLiteral("reason")}, {}, [](const CommandArgs &args) {
        const QString reason = args.option(QStringLiteral("reason")).value_or(QString()).trimmed();
        if (reason.isEmpty())
            return args.usageError(tr("--reason is required: a withdrawal (回避) is recorded with why"));
        int exitCode = 1;
        const auto t = open(args, 3, tr("give MEETING, ITEM and PERSON"), &exitCode);
        if (!t)
            return exitCode;
        const auto &db = t->meeting.store->db();
        const auto o = decisions::recuse(db, t->item.id, t->person->id, reason, QDateTime::currentDateTime());
        if (!o.ok())
            return refused(args, o);
        printRecorded(args, db, o.recorded, tr("%1 withdraws from item %2 (%3)").arg(t->person->name).arg(t->item.id).arg(reason));
        return 0;
    });
}

int vote(const QStringList &all)
{
    return runCommand(QStringLiteral("lectern vote"), all,
                      {QStringLiteral("method"), QStringLiteral("for"), QStringLiteral("against"), QStringLiteral("abstain"),
                       QStringLiteral("ballots"), QStringLiteral("reason")},
                      {QStringLiteral("deferred")}, [](const CommandArgs &args) {
        decisions::VoteInput in;
        const auto method = decisions::methodFromText(args.option(QStringLiteral("method")).value_or(QString()));
        if (!method)
            return args.usageError(tr("--method takes 举手, 无记名 or 记名 (hands, secret, named)"));
        in.method = *method;
        const auto f = count(args, QStringLiteral("for")), a = count(args, QStringLiteral("against")), b = count(args, QStringLiteral("abstain"));
        if (!f || !a || !b)
            return args.usageError(tr("--for, --against and --abstain take a whole number from 0"));
        in.votesFor = *f;
        in.votesAgainst = *a;
        in.votesAbstain = *b;
        in.deferred = args.flag(QStringLiteral("deferred"));
        in.reason = args.option(QStringLiteral("reason")).value_or(QString());
        const auto ballots = args.option(QStringLiteral("ballots"));
        if (ballots && in.method != decisions::Method::Named)
            return args.usageError(tr("--ballots is for a named vote (--method 记名)"));
        int exitCode = 1;
        const auto t = open(args, 2, tr("give MEETING and ITEM"), &exitCode);
        if (!t)
            return exitCode;
        const auto &db = t->meeting.store->db();
        if (ballots) {
            // "张三=同意,李四=不同意": each member and their choice.
            for (const QString &pair : ballots->split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts)) {
                const QString who = pair.section(u'=', 0, 0).trimmed();
                const auto choice = decisions::choiceFromText(pair.section(u'=', 1));
                if (who.isEmpty() || !choice)
                    return args.usageError(tr("--ballots takes NAME=同意|不同意|弃权, separated by commas: \"%1\" is not one").arg(pair.trimmed()));
                const auto p = findPerson(db, who, args.name());
                if (!p)
                    return 1;
                in.ballots.append({p->id, *choice});
            }
        }
        const auto o = decisions::vote(db, t->item.id, in, configuration::decisionRules(), QDateTime::currentDateTime());
        if (!o.ok())
            return refused(args, o);
        const decisions::DecisionEvent &e = o.recorded;
        printRecorded(args, db, e,
                      tr("item %1: %2, %3 for, %4 against, %5 abstaining — %6")
                          .arg(t->item.id).arg(decisions::methodLabel(e.method)).arg(e.votesFor).arg(e.votesAgainst).arg(e.votesAbstain)
                          .arg(decisions::resultLabel(e.result)));
        return 0;
    });
}

int opinion(const QStringList &all)
{
    return runCommand(QStringLiteral("lectern opinion"), all, {QStringLiteral("text"), QStringLiteral("file")}, {}, [](const CommandArgs &args) {
        const QString text = args.option(QStringLiteral("text")).value_or(QString());
        const QString path = args.option(QStringLiteral("file")).value_or(QString());
        if (text.trimmed().isEmpty() && path.isEmpty())
            return args.usageError(tr("give the opinion's --text or its scanned --file"));
        QByteArray bytes;
        if (!path.isEmpty()) {
            // Read whole before anything is kept: a bad file records nothing.
            QFile f(path);
            if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly)) {
                QTextStream(stderr) << path << ": " << tr("cannot be read") << '\n';
                return 1;
            }
            if (f.size() > decisions::kMaxOpinionFileBytes) {
                QTextStream(stderr) << path << ": " << tr("larger than %1 MB").arg(decisions::kMaxOpinionFileBytes / (1024 * 1024)) << '\n';
                return 1;
            }
            bytes = f.readAll();
            if (bytes.isEmpty()) {
                QTextStream(stderr) << path << ": " << tr("the file is empty") << '\n';
                return 1;
            }
        }
        int exitCode = 1;
        const auto t = open(args, 3, tr("give MEETING, ITEM and PERSON"), &exitCode);
        if (!t)
            return exitCode;
        const auto &db = t->meeting.store->db();
        const auto o = decisions::opinion(db, t->item.id, t->person->id, text, path.isEmpty() ? QString() : QFileInfo(path).fileName(), bytes,
                                          QDateTime::currentDateTime());
        if (!o.ok())
            return refused(args, o);
        printRecorded(args, db, o.recorded, tr("written opinion of %1 kept with item %2").arg(t->person->name).arg(t->item.id));
        return 0;
    });
}

int decision(const QStringList &all)
{
    return runCommand(QStringLiteral("lectern decision"), all, {QStringLiteral("text")}, {}, [](const CommandArgs &args) {
        const QString text = args.option(QStringLiteral("text")).value_or(QString());
        if (text.trimmed().isEmpty())
            return args.usageError(tr("--text is required: what the meeting decided on the item (议定事项)"));
        int exitCode = 1;
        const auto t = open(args, 2, tr("give MEETING and ITEM"), &exitCode);
        if (!t)
            return exitCode;
        const auto &db = t->meeting.store->db();
        const auto o = decisions::setDecision(db, t->item.id, text, QDateTime::currentDateTime());
        if (!o.ok())
            return refused(args, o);
        printRecorded(args, db, o.recorded, tr("decision of item %1 recorded").arg(t->item.id));
        return 0;
    });
}

QJsonObject quorumJson(const decisions::ItemQuorum &q)
{
    return {{"members", q.members}, {"recused", q.recused}, {"present", q.present}, {"on_leave", q.onLeave},
            {"required", q.required}, {"met", q.met}, {"rule", decisions::thresholdKey(q.rule)}};
}

void addDecisionsJson(const store::Database &db, const decisions::ItemDecisions &d, QJsonObject *item)
{
    QJsonArray recusals, votes, opinions;
    for (const auto &e : d.recusals)
        recusals.append(eventJson(db, e));
    for (const auto &e : d.votes)
        votes.append(eventJson(db, e));
    for (const auto &e : d.opinions)
        opinions.append(eventJson(db, e));
    item->insert("recusals", recusals);
    item->insert("votes", votes);
    item->insert("opinions", opinions);
    item->insert("decision", d.decision);
}

} // namespace lectern::cli::DecisionCommand
