#include "RosterCommand.h"

#include "CommandArgs.h"
#include "PeopleLookup.h"
#include "meeting/MeetingStore.h"
#include "meeting/PersonSearch.h"
#include "meeting/RosterImport.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::RosterCommand {
namespace {


int import(const CommandArgs &args)
{
    if (args.positionals().size() != 1)
        return args.usageError(QCoreApplication::translate("lectern::RosterCommand", "give one roster file (.xlsx or CSV)"));
    const QString path = args.positionals().first();
    QTextStream err(stderr);
    const RosterFile roster = readRosterFile(path);
    if (!roster.error.isEmpty()) {
        err << path << ": " << roster.error << '\n';
        return 1;
    }
    auto store = openStore(args);
    if (!store)
        return 1;
    roster::Upserted done;
    try {
        done = roster::upsert(store->db(), roster.rows);
    } catch (const store::StoreError &e) {
        err << path << ": " << e.message() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (args.json()) {
        QJsonArray rejected;
        for (const RosterFile::Rejected &r : roster.rejected)
            rejected.append(QJsonObject{{"row", r.row}, {"reason", r.reason}});
        out << QJsonDocument(QJsonObject{{"imported", done.imported}, {"updated", done.updated}, {"rejected", rejected}}).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QCoreApplication::translate("lectern::RosterCommand", "%1 new, %2 updated, %3 rejected").arg(done.imported).arg(done.updated).arg(roster.rejected.size()) << '\n';
        for (const RosterFile::Rejected &r : roster.rejected)
            out << "  " << QCoreApplication::translate("lectern::RosterCommand", "row %1: %2").arg(r.row).arg(r.reason) << '\n';
    }
    return 0;
}

int search(const CommandArgs &args)
{
    if (args.positionals().size() != 1)
        return args.usageError(QCoreApplication::translate("lectern::RosterCommand", "give one search, such as zs or 张"));
    auto store = openStore(args);
    if (!store)
        return 1;
    PersonSearch index;
    index.setPeople(roster::all(store->db()));
    const QList<PersonSearch::Hit> hits = index.search(args.positionals().first());
    QTextStream out(stdout);
    if (args.json()) {
        QJsonArray list;
        for (const PersonSearch::Hit &h : hits) {
            const Person &p = index.people()[h.index];
            list.append(QJsonObject{{"id", p.id}, {"name", p.name}, {"unit", p.unit}, {"title", p.title}});
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const PersonSearch::Hit &h : hits) {
            const Person &p = index.people()[h.index];
            out << QStringLiteral("%1  %2  %3  %4").arg(p.id, 5).arg(p.name, p.unit, p.title).trimmed() << '\n';
        }
    }
    return 0;
}

// lectern roster rename PERSON --name N [--unit U]: names a walk-in written by hand at the door.
int rename(const CommandArgs &args)
{
    const QString name = args.option(QStringLiteral("name")).value_or(QString()).trimmed();
    if (args.positionals().size() != 1 || name.isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::RosterCommand", "give PERSON and --name NAME [--unit UNIT]"));
    auto store = openStore(args);
    if (!store)
        return 1;
    const auto person = findPerson(store->db(), args.positionals().first(), args.name());
    if (!person)
        return 1;
    const QString unit = args.option(QStringLiteral("unit")).value_or(person->unit).trimmed();
    QTextStream err(stderr);
    switch (roster::rename(store->db(), person->id, name, unit)) {
    case roster::Renamed::Done:
        QTextStream(stdout) << QCoreApplication::translate("lectern::RosterCommand", "person %1 is now %2 (%3)").arg(person->id).arg(name, unit) << '\n';
        return 0;
    case roster::Renamed::Taken:
        err << args.name() << ": " << QCoreApplication::translate("lectern::RosterCommand", "%1 (%2) is already on the roster").arg(name, unit) << '\n';
        return 1;
    case roster::Renamed::Sealed:
        err << args.name() << ": " << QCoreApplication::translate("lectern::RosterCommand", "person %1 is on the sealed record of a finalized meeting").arg(person->id) << '\n';
        return 1;
    case roster::Renamed::NoSuchPerson:
        break;
    }
    return 1;
}

} // namespace

int run(const QStringList &all)
{
    const QString sub = all.value(0);
    const CommandArgs args(QStringLiteral("lectern roster ") + sub, all.mid(1),
                           sub == u"rename" ? QStringList{QStringLiteral("name"), QStringLiteral("unit")} : QStringList());
    if (!args.ok()) {
        QTextStream(stderr) << args.error() << '\n';
        return 2;
    }
    if (sub == u"import")
        return import(args);
    if (sub == u"search")
        return search(args);
    if (sub == u"rename")
        return rename(args);
    QTextStream(stderr) << QCoreApplication::translate("lectern::RosterCommand", "lectern roster: say import FILE, search QUERY or rename PERSON --name NAME") << '\n';
    return 2;
}

} // namespace lectern::cli::RosterCommand
