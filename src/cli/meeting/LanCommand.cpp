#include "LanCommand.h"

#include "CommandArgs.h"
#include "kiosk/KioskOptions.h"
#include "lan/RoomSecret.h"
#include "lan/RoomToken.h"
#include "lan/SignInAddress.h"
#include "meeting/Meetings.h"
#include "meeting/MeetingStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lectern::cli::LanCommand {

int run(const QStringList &all)
{
    const QString name = QStringLiteral("lectern lan url");
    const QString usage = QCoreApplication::translate("lectern::LanCommand", "usage: lectern lan url MEETING [--config FILE] [--data-dir DIR] [--json]");
    if (all.isEmpty() || all.first() != u"url") {
        QTextStream(stderr) << QStringLiteral("lectern lan: ") << usage << '\n';
        return 2;
    }
    const CommandArgs args(name, all.mid(1), {QStringLiteral("config"), QStringLiteral("data-dir")}, {QStringLiteral("json")});
    if (!args.ok())
        return args.usageError(args.error().section(QStringLiteral(": "), 1));
    if (args.positionals().size() != 1)
        return args.usageError(usage);
    // The kiosk's own settings (the machine's file, then --config): the same port and host as its screen.
    QStringList configArgs{QStringLiteral("lectern")};
    if (const auto file = args.option(QStringLiteral("config")))
        configArgs << QStringLiteral("--config") << *file;
    QStringList messages;
    const AppOptions::Values values = KioskOptions::configured(configArgs, &messages);
    for (const QString &m : messages)
        QTextStream(stderr) << m << '\n';
    const QString dataDir = args.option(QStringLiteral("data-dir")).value_or(values.dataDir.isEmpty() ? args.dataDir() : values.dataDir);

    bool ok = false;
    const qint64 meetingId = args.positionals().first().toLongLong(&ok);
    if (!ok || meetingId <= 0)
        return args.usageError(QCoreApplication::translate("lectern::LanCommand", "MEETING is a meeting's number (lectern meeting list)"));
    std::optional<Meeting> meeting;
    try {
        MeetingStore store(dataDir);
        meeting = meetings::byId(store.db(), meetingId);
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << name << ": " << e.message() << '\n';
        return 1;
    }
    if (!meeting) {
        QTextStream(stderr) << name << ": " << QCoreApplication::translate("lectern::LanCommand", "no meeting %1").arg(meetingId) << '\n';
        return 1;
    }
    if (!meeting->takesSignIns()) {
        QTextStream(stderr) << name << ": "
                            << QCoreApplication::translate("lectern::LanCommand", "meeting %1 is closed: it takes no sign-ins").arg(meetingId) << '\n';
        return 1;
    }
    QString error;
    const QByteArray secret = lan::roomSecret(dataDir, &error);
    if (secret.isEmpty()) {
        QTextStream(stderr) << name << ": " << error << '\n';
        return 1;
    }
    QList<QHostAddress> listen;
    for (const QString &a : values.lanListen)
        listen.append(QHostAddress(a));
    const QString base = lan::baseUrl(lan::hostForPhones(values.lanHost, listen), quint16(values.lanPort));
    const QDateTime now = QDateTime::currentDateTime();
    const QString url = lan::signInUrl(base, secret, meetingId, now);
    QTextStream out(stdout);
    if (args.json())
        out << QJsonDocument(QJsonObject{{QStringLiteral("url"), url},
                                         {QStringLiteral("address"), base},
                                         {QStringLiteral("meeting"), meetingId},
                                         {QStringLiteral("enabled"), values.lanEnabled},
                                         // Taken until the end of the next window.
                                         {QStringLiteral("valid_until"), meetings::timeText(lan::windowEnd(now).addSecs(lan::kWindowSeconds))}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    else
        out << url << '\n';
    if (!values.lanEnabled)
        QTextStream(stderr) << QCoreApplication::translate("lectern::LanCommand", "note: the room's server is off (lan.enabled is false)") << '\n';
    return 0;
}

} // namespace lectern::cli::LanCommand
