#include "DoctorCommand.h"

#include "RoomChecks.h"
#include "kiosk/KioskOptions.h"
#include "meeting/CommandArgs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace lectern::cli::DoctorCommand {

int run(const QStringList &all)
{
    const CommandArgs args(QStringLiteral("lectern doctor"), all, {});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    if (!args.positionals().isEmpty())
        return args.usageError(QCoreApplication::translate("lectern::DoctorCommand", "takes no arguments"));
    QStringList configMessages; // the configuration's own problems are the kiosk's to say; here its values are what counts
    const AppOptions::Values configured = KioskOptions::configured({QStringLiteral("lectern")}, &configMessages);
    const QList<RoomCheck> checks = checkRoom(configured, args.dataDir());

    QStringList problems;
    for (const RoomCheck &c : checks)
        if (c.verdict == RoomCheck::Verdict::Problem)
            problems.append(c.name + QStringLiteral(": ") + c.text);
    QTextStream out(stdout);
    if (args.json()) {
        QJsonArray list;
        for (const RoomCheck &c : checks) {
            QJsonObject o = c.details;
            o.insert("name", c.name);
            o.insert("verdict", verdictKey(c.verdict));
            o.insert("text", c.text);
            list.append(o);
        }
        out << QJsonDocument(QJsonObject{{"ready", problems.isEmpty()}, {"checks", list}, {"problems", QJsonArray::fromStringList(problems)}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        for (const RoomCheck &c : checks) {
            const char *mark = c.verdict == RoomCheck::Verdict::Ok ? "✓" : c.verdict == RoomCheck::Verdict::Warning ? "!" : "✗";
            out << mark << ' ' << checkLabel(c.name) << QCoreApplication::translate("lectern::DoctorCommand", ": ") << c.text << '\n';
        }
        out << (problems.isEmpty() ? QCoreApplication::translate("lectern::DoctorCommand", "The room is ready.")
                                   : QCoreApplication::translate("lectern::DoctorCommand", "The room is not ready: %n problem(s).", nullptr, int(problems.size())))
            << '\n';
    }
    return problems.isEmpty() ? 0 : 1;
}

} // namespace lectern::cli::DoctorCommand
