#include "CentralCommand.h"

#include "CentralReportCommand.h"

#include "central/CentralDirectory.h"
#include "central/CentralRooms.h"
#include "central/CentralSchema.h"
#include "central/PgConnection.h"
#include "meeting/CommandArgs.h"
#include "meeting/RosterImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::CentralCommand {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lectern::cli::CentralCommand", text, disambiguation, n);
}

void print(const CommandArgs &args, const QJsonValue &json, const QString &text)
{
    QTextStream out(stdout);
    if (args.json())
        out << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject())).toJson(QJsonDocument::Compact) << '\n';
    else
        out << text << '\n';
}

int init(const CommandArgs &args, const central::PgConnection &admin)
{
    const int before = central::currentVersion(admin);
    const int version = central::migrate(admin);
    print(args, QJsonObject{{"version", version}, {"was", before}},
          before == version ? tr("the central store is at version %1 already").arg(version)
                            : tr("the central store is at version %1 (was %2)").arg(version).arg(before));
    return 0;
}

int roomAdd(const CommandArgs &args, const central::PgConnection &admin, const QString &conninfo)
{
    const central::NewRoom r = central::addRoom(admin, conninfo, args.positionals().value(2));
    print(args, QJsonObject{{"room", r.room.name}, {"role", r.room.role}, {"conninfo", r.conninfo}},
          tr("room %1 added (role %2). Put this in that kiosk's configuration as central.conninfo; the password is not shown again:\n%3")
              .arg(r.room.name, r.room.role, r.conninfo));
    return 0;
}

int roomList(const CommandArgs &args, const central::PgConnection &c)
{
    QJsonArray list;
    QStringList lines;
    for (const central::Room &r : central::rooms(c)) {
        list.append(QJsonObject{{"room", r.name}, {"role", r.role}});
        lines.append(QStringLiteral("%1\t%2").arg(r.name, r.role));
    }
    print(args, list, lines.isEmpty() ? tr("no rooms yet (lectern central room add NAME)") : lines.join(u'\n'));
    return 0;
}

// The organisation's directory from a roster file (as `lectern roster import` reads it), whole or not at all.
int directoryImport(const CommandArgs &args, const central::PgConnection &admin)
{
    const QString path = args.positionals().value(2);
    const RosterFile file = readRosterFile(path);
    QTextStream err(stderr);
    if (!file.error.isEmpty()) {
        err << args.name() << ": " << path << ": " << file.error << '\n';
        return 1;
    }
    if (!file.rejected.isEmpty()) { // never a partial directory passed off as whole
        for (const RosterFile::Rejected &r : file.rejected)
            err << args.name() << ": " << path << ": " << tr("row %1: %2").arg(r.row).arg(r.reason) << '\n';
        err << args.name() << ": " << path << ": " << tr("%n row(s) rejected; the directory is unchanged", nullptr, int(file.rejected.size())) << '\n';
        return 1;
    }
    const central::Published p = central::publishDirectory(admin, file.rows);
    print(args, QJsonObject{{"version", p.version}, {"people", p.people}, {"added", p.added}, {"removed", p.removed}},
          tr("the directory is at version %1: %2 people (%3 new, %4 gone); each kiosk takes it at its next sync")
              .arg(p.version).arg(p.people).arg(p.added).arg(p.removed));
    return 0;
}

// A meeting booked for a room from a JSON file (CentralDirectory.h gives its fields).
int book(const CommandArgs &args, const central::PgConnection &admin)
{
    const auto room = args.option(QStringLiteral("room"));
    const auto path = args.option(QStringLiteral("file"));
    if (!room || !path)
        return args.usageError(tr("say --room ROOM and --file BOOKING.json"));
    QFile f(*path);
    QTextStream err(stderr);
    if (!f.open(QIODevice::ReadOnly)) {
        err << args.name() << ": " << *path << ": " << f.errorString() << '\n';
        return 1;
    }
    if (f.size() > 1024 * 1024) {
        err << args.name() << ": " << *path << ": " << tr("over 1 MB: not a booking") << '\n';
        return 1;
    }
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject()) {
        err << args.name() << ": " << *path << ": "
            << (parsed.error != QJsonParseError::NoError ? tr("not JSON (%1 at byte %2)").arg(parsed.errorString()).arg(parsed.offset)
                                                         : tr("not a JSON object"))
            << '\n';
        return 1;
    }
    try {
        const central::Booked b = central::book(admin, *room, doc.object());
        print(args, QJsonObject{{"id", b.id}, {"version", b.version}},
              tr("booking %1 (version %2) for %3; its kiosk takes it at its next sync").arg(b.id).arg(b.version).arg(room->trimmed()));
    } catch (const central::CentralError &e) {
        err << args.name() << ": " << *path << ": " << e.message() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int run(const QStringList &all)
{
    const QString verb = all.value(0) == u"room" || all.value(0) == u"directory" ? all.value(0) + u' ' + all.value(1) : all.value(0);
    const CommandArgs args(QStringLiteral("lectern central ") + verb, all,
                           {QStringLiteral("conninfo"), QStringLiteral("room"), QStringLiteral("meeting"), QStringLiteral("person"), QStringLiteral("unit"),
                            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("xlsx"), QStringLiteral("file")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    const QString conninfo = args.option(QStringLiteral("conninfo")).value_or(QString());
    const bool known = (verb == u"init" && args.positionals().size() == 1) || (verb == u"room add" && args.positionals().size() == 3)
        || (verb == u"room list" && args.positionals().size() == 2) || (verb == u"verify" && args.positionals().size() == 1)
        || (verb == u"report" && args.positionals().size() == 1) || (verb == u"directory import" && args.positionals().size() == 3)
        || (verb == u"book" && args.positionals().size() == 1);
    if (!known)
        return args.usageError(tr("say init, room add NAME, room list, directory import FILE, book, verify or report, each with --conninfo URI"));
    if (conninfo.isEmpty())
        return args.usageError(tr("--conninfo is required: the central server, as libpq takes it (postgresql://user@host/db?sslmode=require)"));
    try {
        const central::PgConnection connection(conninfo);
        if (verb == u"init")
            return init(args, connection);
        if (verb == u"room add")
            return roomAdd(args, connection, conninfo);
        if (verb == u"directory import")
            return directoryImport(args, connection);
        if (verb == u"book")
            return book(args, connection);
        if (verb == u"verify")
            return CentralReportCommand::verify(args, connection);
        if (verb == u"report")
            return CentralReportCommand::report(args, connection);
        return roomList(args, connection);
    } catch (const central::CentralError &e) {
        QTextStream(stderr) << args.name() << ": " << e.message() << '\n';
        return 1;
    }
}

} // namespace lectern::cli::CentralCommand
