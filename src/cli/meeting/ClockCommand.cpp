#include "ClockCommand.h"

#include "CommandArgs.h"
#include "meeting/ClockCheck.h"
#include "meeting/MeetingStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::ClockCommand {

int run(const QStringList &all)
{
    const CommandArgs args(QStringLiteral("lectern clock"), all, {QStringLiteral("reason")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    const bool accept = args.positionals() == QStringList{QStringLiteral("accept")};
    if (!accept && !args.positionals().isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::ClockCommand", "say nothing, or accept --reason R"));
    const QString reason = args.option(QStringLiteral("reason")).value_or(QString()).trimmed();
    if (accept && reason.isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::ClockCommand", "--reason is required"));
    const auto store = openStore(args);
    if (!store)
        return 1;
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime latest = meetings::latestRecordedAt(store->db());
        const QString problem = meetings::clockProblem(now, latest);
        if (!accept) {
            if (args.json())
                out << QJsonDocument(QJsonObject{{"now", meetings::timeText(now)}, {"latest_record", meetings::timeText(latest)}, {"ok", problem.isEmpty()},
                                                 {"problem", problem}})
                           .toJson(QJsonDocument::Compact)
                    << '\n';
            else
                out << (problem.isEmpty() ? QCoreApplication::translate("lectern::ClockCommand", "the clock is right: %1").arg(timeForPeople(now)) : problem) << '\n';
            return problem.isEmpty() ? 0 : 1;
        }
        if (problem.isEmpty()) {
            err << QCoreApplication::translate("lectern::ClockCommand", "lectern clock accept: the clock is right; nothing to accept") << '\n';
            return 1;
        }
        const QDateTime setAside = meetings::acceptClock(store->db(), now, reason);
        if (!setAside.isValid()) {
            err << QCoreApplication::translate("lectern::ClockCommand", "lectern clock accept: %1; set the clock instead").arg(problem) << '\n';
            return 1;
        }
        if (args.json())
            out << QJsonDocument(QJsonObject{{"accepted", meetings::timeText(now)}, {"set_aside", meetings::timeText(setAside)}, {"reason", reason}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        else
            out << QCoreApplication::translate("lectern::ClockCommand",
                                               "the clock is accepted as %1 (records up to %2 were written by a clock ahead of it; kept, with the reason)")
                       .arg(timeForPeople(now), timeForPeople(setAside))
                << '\n';
        return 0;
    } catch (const store::StoreError &e) {
        err << e.message() << '\n';
        return 1;
    }
}

} // namespace lectern::cli::ClockCommand
