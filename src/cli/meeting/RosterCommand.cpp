#include "RosterCommand.h"

#include "CommandArgs.h"
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

} // namespace

int run(const QStringList &all)
{
    const QString sub = all.value(0);
    const CommandArgs args(QStringLiteral("lectern roster ") + sub, all.mid(1), {});
    if (!args.ok()) {
        QTextStream(stderr) << args.error() << '\n';
        return 2;
    }
    if (sub == u"import")
        return import(args);
    if (sub == u"search")
        return search(args);
    QTextStream(stderr) << QCoreApplication::translate("lectern::RosterCommand", "lectern roster: say import FILE or search QUERY") << '\n';
    return 2;
}

} // namespace lectern::cli::RosterCommand
