#include "SyncCommand.h"

#include "app/Configuration.h"
#include "central/PgConnection.h"
#include "central/Sync.h"
#include "meeting/CommandArgs.h"
#include "meeting/MeetingStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::SyncCommand {

int run(const QStringList &all)
{
    const CommandArgs args(QStringLiteral("lectern sync"), all, {QStringLiteral("conninfo")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    if (!args.positionals().isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::cli::SyncCommand", "takes no arguments, only --conninfo URI"));
    const QString conninfo = args.option(QStringLiteral("conninfo")).value_or(configuration::centralConninfo());
    if (conninfo.isEmpty()) {
        QTextStream(stderr) << args.name() << ": "
                            << QCoreApplication::translate("lectern::cli::SyncCommand", "no central store is configured (central.conninfo, or --conninfo URI)") << '\n';
        return 1;
    }
    auto store = openStore(args);
    if (!store)
        return 1;
    central::SyncRound round;
    try {
        const central::PgConnection server(conninfo);
        round = central::exchange(store->db(), server);
    } catch (const central::CentralError &e) {
        round.error = e.message();
        round.pending = central::pendingCount(store->db());
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (args.json())
        out << QJsonDocument(QJsonObject{{"sent", round.sent}, {"received", round.received}, {"kept", round.kept}, {"pending", round.pending}, {"error", round.error},
                                         {"not_applied", round.notApplied}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    else
        out << QCoreApplication::translate("lectern::cli::SyncCommand", "sent %1, received %2, still to send %3")
                   .arg(round.sent).arg(round.received).arg(round.pending)
            << (round.kept > 0 ? QCoreApplication::translate("lectern::cli::SyncCommand", "; %n changed booking(s) not applied: the meeting has begun here", nullptr, round.kept)
                               : QString())
            << '\n';
    if (!round.error.isEmpty() || !round.notApplied.isEmpty()) {
        QTextStream(stderr) << args.name() << ": " << (round.error.isEmpty() ? round.notApplied : round.error) << '\n';
        return 1;
    }
    return 0;
}

} // namespace lectern::cli::SyncCommand
