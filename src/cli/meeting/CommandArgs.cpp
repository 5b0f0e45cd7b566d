#include "CommandArgs.h"

#include "PeopleLookup.h"
#include "app/Configuration.h"
#include "meeting/MeetingStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStandardPaths>
#include <QTextStream>

namespace lectern::cli {

CommandArgs::CommandArgs(const QString &name, const QStringList &args, const QStringList &options, const QStringList &flags)
    : m_name(name)
{
    const QStringList allOptions = options + QStringList{QStringLiteral("data-dir")};
    const QStringList allFlags = flags + QStringList{QStringLiteral("json")};
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == u"--") {
            m_positionals.append(a);
            continue;
        }
        const QString key = a.mid(2);
        if (allFlags.contains(key)) {
            m_flags.insert(key);
        } else if (allOptions.contains(key)) {
            if (i + 1 >= args.size()) {
                m_error = QCoreApplication::translate("lectern::CommandArgs", "%1: %2 needs a value").arg(name, a);
                return;
            }
            m_options.insert(key, args[++i]);
        } else {
            m_error = QCoreApplication::translate("lectern::CommandArgs", "%1: unknown option %2").arg(name, a);
            return;
        }
    }
}

std::optional<QString> CommandArgs::option(const QString &name) const
{
    const auto it = m_options.constFind(name);
    return it == m_options.cend() ? std::nullopt : std::optional<QString>(*it);
}

QString CommandArgs::dataDir() const
{
    return option(QStringLiteral("data-dir")).value_or(configuration::defaultDataDir());
}

int CommandArgs::usageError(const QString &problem) const
{
    QTextStream(stderr) << m_name << ": " << problem << '\n';
    return 2;
}

std::unique_ptr<MeetingStore> openStore(const CommandArgs &args)
{
    try {
        return std::make_unique<MeetingStore>(args.dataDir()); // a recovery is said by the store
    } catch (const store::StoreError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return nullptr;
    }
}

std::optional<MeetingTarget> openMeetingArg(const CommandArgs &args, int *exitCode, int positionals, const QString &usage)
{
    *exitCode = 1;
    if (args.positionals().size() != positionals) {
        *exitCode = args.usageError(usage.isEmpty() ? QCoreApplication::translate("lectern::CommandArgs", "give the meeting's id") : usage);
        return std::nullopt;
    }
    MeetingTarget t;
    t.store = openStore(args);
    if (!t.store)
        return std::nullopt;
    const auto m = findMeeting(t.store->db(), args.positionals().first(), args.name());
    if (!m)
        return std::nullopt;
    t.meeting = std::make_unique<Meeting>(*m);
    return t;
}

QString timeForPeople(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace lectern::cli
