#include "CentralCommand.h"

#include "CentralReportCommand.h"

#include "central/CentralRooms.h"
#include "central/CentralSchema.h"
#include "central/PgConnection.h"
#include "meeting/CommandArgs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::CentralCommand {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::cli::CentralCommand", text);
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

} // namespace

int run(const QStringList &all)
{
    const QString verb = all.value(0) == u"room" ? QStringLiteral("room ") + all.value(1) : all.value(0);
    const CommandArgs args(QStringLiteral("lectern central ") + verb, all,
                           {QStringLiteral("conninfo"), QStringLiteral("room"), QStringLiteral("meeting"), QStringLiteral("person"), QStringLiteral("unit"),
                            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("xlsx")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    const QString conninfo = args.option(QStringLiteral("conninfo")).value_or(QString());
    const bool known = (verb == u"init" && args.positionals().size() == 1) || (verb == u"room add" && args.positionals().size() == 3)
        || (verb == u"room list" && args.positionals().size() == 2) || (verb == u"verify" && args.positionals().size() == 1)
        || (verb == u"report" && args.positionals().size() == 1);
    if (!known)
        return args.usageError(tr("say init, room add NAME, room list, verify or report, each with --conninfo URI"));
    if (conninfo.isEmpty())
        return args.usageError(tr("--conninfo is required: the central server, as libpq takes it (postgresql://user@host/db?sslmode=require)"));
    try {
        const central::PgConnection connection(conninfo);
        if (verb == u"init")
            return init(args, connection);
        if (verb == u"room add")
            return roomAdd(args, connection, conninfo);
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
