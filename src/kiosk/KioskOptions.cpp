#include "KioskOptions.h"

#include "app/Configuration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <functional>

namespace lectern {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("lectern::KioskOptions", text); }

// A whole number from lo to hi, or an error naming the option.
std::function<QString(const QString &, int *)> number(const char *option, int lo, int hi)
{
    return [=](const QString &value, int *out) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < lo || n > hi)
            return QCoreApplication::translate("lectern::KioskOptions", "lectern: --%1 must be a number from %2 to %3, not \"%4\"").arg(QLatin1String(option)).arg(lo).arg(hi).arg(value);
        *out = n;
        return QString();
    };
}

struct Option
{
    const char *name;
    const char *valueName; // nullptr: a flag
    const char *help;
    // Applies the value (or the flag) to the options; returns an error, or "" when fine.
    std::function<QString(const QString &value, AppOptions::Values &v)> apply;
};

const QList<Option> &options()
{
    static const QList<Option> table = {
        {"speech", "FILE", QT_TRANSLATE_NOOP("lectern::KioskOptions", "Speech file (.txt, .docx, .md); default: the sample speech."),
         [](const QString &s, AppOptions::Values &v) { v.speechPath = s; return QString(); }},
        {"mode", "MODE", QT_TRANSLATE_NOOP("lectern::KioskOptions", "home (default), reader, prompter, paged, signin or console."),
         [](const QString &s, AppOptions::Values &v) {
             return AppOptions::parseMode(s, &v.mode) ? QString()
                                                      : QCoreApplication::translate("lectern::KioskOptions", "lectern: --mode must be home, reader, prompter, paged, signin or console, not \"%1\"").arg(s);
         }},
        {"voice-paced", nullptr, QT_TRANSLATE_NOOP("lectern::KioskOptions", "The prompter follows the speaker's voice (needs a microphone)."),
         [](const QString &, AppOptions::Values &v) { v.voicePaced = true; return QString(); }},
        {"record", nullptr, QT_TRANSLATE_NOOP("lectern::KioskOptions", "Record the meeting's audio from the start (the console's meeting, else today's open one)."),
         [](const QString &, AppOptions::Values &v) { v.record = true; return QString(); }},
        {"mirror", nullptr, QT_TRANSLATE_NOOP("lectern::KioskOptions", "Start the prompter mirrored (beam-splitter glass)."),
         [](const QString &, AppOptions::Values &v) { v.mirror = true; return QString(); }},
        {"windowed", nullptr, QT_TRANSLATE_NOOP("lectern::KioskOptions", "Run in a window instead of full screen."),
         [](const QString &, AppOptions::Values &v) { v.windowed = true; return QString(); }},
        {"lang", "LANG", QT_TRANSLATE_NOOP("lectern::KioskOptions", "Interface language: zh_CN (default) or en."),
         [](const QString &s, AppOptions::Values &v) { v.language = s; return QString(); }},
        {"data-dir", "DIR", QT_TRANSLATE_NOOP("lectern::KioskOptions", "Where Lectern keeps its data (default: the user's data directory)."),
         [](const QString &s, AppOptions::Values &v) { v.dataDir = s; return QString(); }},
        {"page-min-px", "PX",
         QT_TRANSLATE_NOOP("lectern::KioskOptions", "Smallest body size on projected pages, in pixels of a 1080-high page (default 60)."),
         [](const QString &s, AppOptions::Values &v) { return number("page-min-px", 8, 400)(s, &v.pageMinPx); }},
        {"screen", "N",
         QT_TRANSLATE_NOOP("lectern::KioskOptions", "Screen for the main window: 1 = primary, then left to right (e.g. the projector for --mode paged)."),
         [](const QString &s, AppOptions::Values &v) { return number("screen", 1, 16)(s, &v.screen); }},
        {"countdown", "S", QT_TRANSLATE_NOOP("lectern::KioskOptions", "Seconds of 3-2-1 before the prompter moves (0 to 10, default 3)."),
         [](const QString &s, AppOptions::Values &v) { return number("countdown", 0, 10)(s, &v.countdownSeconds); }},
        {"search-first", nullptr,
         QT_TRANSLATE_NOOP("lectern::KioskOptions", "Sign-in screen: show no names until something is typed (for sensitive meetings)."),
         [](const QString &, AppOptions::Values &v) { v.searchFirst = true; return QString(); }},
        {"config", "FILE",
         QT_TRANSLATE_NOOP("lectern::KioskOptions", "A configuration file (JSON; config/README.md) over the machine's own; the command line wins over both."),
         [](const QString &, AppOptions::Values &) { return QString(); }}, // read first, by configured()
        {"self-test", nullptr, QT_TRANSLATE_NOOP("lectern::KioskOptions", "Load the interface and the speech, check them, and quit."),
         [](const QString &, AppOptions::Values &v) { v.selfTest = v.windowed = true; return QString(); }},
    };
    return table;
}

} // namespace

QString KioskOptions::configFile(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--config" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--config=")))
            return arguments[i].mid(9);
    }
    return {};
}

AppOptions::Values KioskOptions::configured(const QStringList &arguments, QStringList *messages)
{
    AppOptions::Values values;
    configuration::applyInstalledFiles(&values, messages);
    if (const QString file = configFile(arguments); !file.isEmpty())
        configuration::applyFile(file, true, &values, messages);
    return values;
}

KioskOptions::Parsed KioskOptions::parse(const QStringList &arguments, const AppOptions::Values &base)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> declared;
    for (const Option &o : options()) {
        QCommandLineOption option(QString::fromLatin1(o.name), tr(o.help));
        if (o.valueName)
            option.setValueName(QString::fromLatin1(o.valueName));
        declared.append(option);
        parser.addOption(option);
    }
    const QCommandLineOption help = parser.addHelpOption();
    Parsed result;
    result.values = base;
    if (!parser.parse(arguments)) { // unknown option, missing value
        result.outcome = Outcome::UsageError;
        const QStringList unknown = parser.unknownOptionNames();
        result.message = unknown.isEmpty()
            ? QStringLiteral("lectern: ") + parser.errorText() // a missing value: Qt names the option
            : QCoreApplication::translate("lectern::KioskOptions", "lectern: unknown option --%1 (lectern --help lists them)").arg(unknown.constFirst());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = Outcome::UsageError;
        result.message = QCoreApplication::translate("lectern::KioskOptions", "lectern: unexpected argument \"%1\" (use --speech FILE)").arg(parser.positionalArguments().constFirst());
        return result;
    }
    // The language first: help and errors are then given in it.
    for (int i = 0; i < options().size(); ++i)
        if (qstrcmp(options()[i].name, "lang") == 0 && parser.isSet(declared[i]))
            result.values.language = parser.value(declared[i]);
    if (parser.isSet(help)) {
        result.outcome = Outcome::Help;
        result.message = parser.helpText();
        return result;
    }
    for (int i = 0; i < options().size(); ++i) {
        if (!parser.isSet(declared[i]))
            continue;
        const QString error = options()[i].apply(options()[i].valueName ? parser.value(declared[i]) : QString(), result.values);
        if (!error.isEmpty()) {
            result.outcome = Outcome::UsageError;
            result.message = error;
            return result;
        }
    }
    return result;
}

} // namespace lectern
