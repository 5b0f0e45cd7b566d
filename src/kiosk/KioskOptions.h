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
    static Parsed parse(const QStringList &arguments);
};

} // namespace lectern
