#pragma once

#include "app/AppOptions.h"

#include <QStringList>

namespace lectern {

// The kiosk's command-line options, declared once (KioskOptions.cpp) and
// parsed into AppOptions::Values.
struct KioskOptions
{
    enum class Outcome { Run, Help, UsageError };
    struct Parsed
    {
        Outcome outcome = Outcome::Run;
        AppOptions::Values values;
        QString message; // the help text, or the one-line error
    };
    // Over `base` (the built-in defaults, then the configuration files): the
    // command line wins.
    static Parsed parse(const QStringList &arguments, const AppOptions::Values &base = {});
    // --config FILE, if given (read before the rest, to build `base`).
    static QString configFile(const QStringList &arguments);
    // The settings of the configuration files over the defaults: the machine's
    // file, then --config FILE. *messages gets one line per problem.
    static AppOptions::Values configured(const QStringList &arguments, QStringList *messages);
};

} // namespace lectern
