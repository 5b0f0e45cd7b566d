#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace lectern {
class MeetingStore;
struct Meeting;
}

namespace lectern::cli {

// The arguments of one meetings command: positionals, --flags and --options
// with a value, checked against what the command takes. Every command also
// takes --data-dir DIR (where the database is) and --json.
class CommandArgs
{
public:
    // name: "lectern roster import", for messages; options take a value, flags do not.
    CommandArgs(const QString &name, const QStringList &args, const QStringList &options, const QStringList &flags = {});

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; } // one line, for stderr (exit 2)
    const QStringList &positionals() const { return m_positionals; }
    std::optional<QString> option(const QString &name) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }
    bool json() const { return flag(QStringLiteral("json")); }
    const QString &name() const { return m_name; }
    QString dataDir() const;

    // Prints a usage problem and returns 2.
    int usageError(const QString &problem) const;

private:
    QString m_name;
    QStringList m_positionals;
    QHash<QString, QString> m_options;
    QSet<QString> m_flags;
    QString m_error;
};

// Opens the data directory's meetings database, saying loudly on stderr when
// it had to be recovered. On failure prints the one-line reason and returns
// nullptr (the command exits 1).
std::unique_ptr<MeetingStore> openStore(const CommandArgs &args);

QString timeForPeople(const QDateTime &t); // "2026-11-30 09:00", local time

// The one MEETING argument of a command, opened: the store and the meeting.
// On a problem prints it and sets *exitCode (2 for usage, 1 otherwise).
struct MeetingTarget
{
    std::unique_ptr<MeetingStore> store;
    std::unique_ptr<Meeting> meeting;
};
// `positionals`: how many the command takes, MEETING first; `usage` says what when the count is wrong.
std::optional<MeetingTarget> openMeetingArg(const CommandArgs &args, int *exitCode, int positionals = 1, const QString &usage = {});

} // namespace lectern::cli
