#pragma once

#include "AppOptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lectern::configuration {

// The kiosk's settings as JSON, one section per subsystem, keys that say
// their unit: {"prompter": {"countdown_s": 3}, "signin": {"search_first": false}}.
// Layers, later wins: the built-in defaults (config/lectern.json documents
// them), the system's file (systemFile(): /etc/lectern/lectern.json, which
// the Debian package installs), the machine's file (machineFile()), --config
// FILE, then the command line. A value of the wrong type or out of range, an unknown key or a file
// that is not JSON gives one message naming the file, the key and the value;
// that key keeps what it had, and the kiosk still starts.

// Applies one file's JSON over *values; appends a message per problem.
void apply(const QString &file, const QByteArray &json, AppOptions::Values *values, QStringList *messages);

// Reads and applies a file when it exists (a missing machine file is no problem;
// a missing --config file is, when `required`).
void applyFile(const QString &path, bool required, AppOptions::Values *values, QStringList *messages);

// <the user's configuration directory>/lectern/lectern.json (~/.config/lectern/lectern.json)
QString machineFile();

// /etc/lectern/lectern.json: the administrator's, never written by the kiosk
// (a conffile of the package). LECTERN_SYSTEM_CONFIG names another file, or
// none when set empty (the tests: never the machine's real settings).
QString systemFile();

// The system's file, then the machine's: what every screen reads first.
void applyInstalledFiles(AppOptions::Values *values, QStringList *messages);

// Where the data lives when no --data-dir is given: `data.dir` of the system's
// or the machine's file (the package sets /var/lib/lectern, so the kiosk and
// an administrator's commands find the same records), else the user's data folder.
QString defaultDataDir();

// The rules of decisions (quorum per matter, the vote's base) from the
// system's and the machine's files: what the console and the commands apply.
decisions::Rules decisionRules();
// The central store this kiosk sends its records to ("" when none), from the same files.
QString centralConninfo();

// Sets one key of the machine's file (the settings screen: language, theme,
// screen roles), keeping the rest of it; the file is replaced whole (QSaveFile).
// Returns "" or the one-line problem.
QString setMachineValue(const QString &section, const QString &key, const QJsonValue &value);
// Several keys of one section in one write: all of them saved, or none.
QString setMachineValues(const QString &section, const QJsonObject &values);

// The keys, as "section.key", with what they take (for the documentation test).
QStringList keys();

} // namespace lectern::configuration
