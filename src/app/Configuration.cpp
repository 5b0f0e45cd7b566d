#include "Configuration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <cmath>
#include <functional>

namespace lectern::configuration {
namespace {

// One key: where it lives, and how a JSON value becomes an option (or why not).
struct Key
{
    const char *section;
    const char *name;
    std::function<QString(const QJsonValue &, AppOptions::Values &)> apply; // "" when taken
};


QString expected(const char *what)
{
    return QCoreApplication::translate("lectern::Configuration", "expected %1").arg(QCoreApplication::translate("lectern::Configuration", what));
}

std::function<QString(const QJsonValue &, AppOptions::Values &)> integer(int lo, int hi, int AppOptions::Values::*field)
{
    return [lo, hi, field](const QJsonValue &v, AppOptions::Values &out) -> QString {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
            return QCoreApplication::translate("lectern::Configuration", "expected a whole number from %1 to %2").arg(lo).arg(hi);
        out.*field = int(d);
        return {};
    };
}

std::function<QString(const QJsonValue &, AppOptions::Values &)> flag(bool AppOptions::Values::*field)
{
    return [field](const QJsonValue &v, AppOptions::Values &out) -> QString {
        if (!v.isBool())
            return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "true or false"));
        out.*field = v.toBool();
        return {};
    };
}

std::function<QString(const QJsonValue &, AppOptions::Values &)> text(QString AppOptions::Values::*field)
{
    return [field](const QJsonValue &v, AppOptions::Values &out) -> QString {
        if (!v.isString())
            return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "a string"));
        out.*field = v.toString();
        return {};
    };
}

// A quorum rule of the decisions table: "half" (more than half) or "two_thirds".
std::function<QString(const QJsonValue &, AppOptions::Values &)> threshold(decisions::Threshold decisions::Rules::*field)
{
    return [field](const QJsonValue &v, AppOptions::Values &out) -> QString {
        const auto t = decisions::thresholdFromKey(v.toString());
        if (!v.isString() || !t)
            return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "\"half\" or \"two_thirds\""));
        out.decisionRules.*field = *t;
        return {};
    };
}

const QList<Key> &table()
{
    static const QList<Key> keys = {
        {"ui", "language", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             if (v.toString() != u"zh_CN" && v.toString() != u"en")
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "\"zh_CN\" or \"en\""));
             out.language = v.toString();
             return {};
         }},
        {"ui", "mode", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             AppOptions::Mode mode;
             if (!v.isString() || !AppOptions::parseMode(v.toString(), &mode))
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "\"home\", \"reader\", \"prompter\", \"paged\", \"signin\" or \"console\""));
             out.mode = mode;
             return {};
         }},
        {"ui", "windowed", flag(&AppOptions::Values::windowed)},
        {"ui", "theme", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             if (!AppOptions::isTheme(v.toString()))
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "\"standard\", \"official\" or \"high_contrast\""));
             out.theme = v.toString();
             return {};
         }},
        {"screens", "main", integer(1, 16, &AppOptions::Values::screen)},
        {"screens", "roles", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             const QJsonObject roles = v.toObject();
             bool fine = v.isObject();
             for (auto it = roles.begin(); fine && it != roles.end(); ++it)
                 fine = it.value().isString() && AppOptions::isScreenRole(it.value().toString());
             if (!fine)
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration",
                                                   "an object of screen → \"console\", \"prompter\", \"projection\" or \"signin\""));
             out.screenRoles = roles.toVariantMap();
             return {};
         }},
        {"prompter", "countdown_s", integer(0, 10, &AppOptions::Values::countdownSeconds)},
        {"prompter", "mirror", flag(&AppOptions::Values::mirror)},
        {"prompter", "voice_paced", flag(&AppOptions::Values::voicePaced)},
        {"prompter", "follow_rate", flag(&AppOptions::Values::followRate)},
        {"audio", "input", text(&AppOptions::Values::audioInput)},
        {"audio", "output", text(&AppOptions::Values::audioOutput)},
        {"audio", "record", flag(&AppOptions::Values::record)},
        {"pages", "min_body_px", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             const double d = v.toDouble(std::nan(""));
             if (!v.isDouble() || d != std::floor(d) || !(d == 0 || (d >= 8 && d <= 400)))
                 return QCoreApplication::translate("lectern::Configuration", "expected 0 (automatic) or a whole number from 8 to 400");
             out.pageMinPx = int(d);
             return {};
         }},
        {"signin", "search_first", flag(&AppOptions::Values::searchFirst)},
        {"lan", "enabled", flag(&AppOptions::Values::lanEnabled)},
        {"lan", "port", integer(1, 65535, &AppOptions::Values::lanPort)},
        {"lan", "listen", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             QStringList addresses;
             bool fine = v.isArray();
             for (const QJsonValue &a : v.toArray()) {
                 fine = fine && a.isString() && !QHostAddress(a.toString()).isNull();
                 addresses.append(a.toString());
             }
             if (!fine)
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "a list of IP addresses (empty: all)"));
             out.lanListen = addresses;
             return {};
         }},
        {"lan", "rate_per_address", integer(1, 1000, &AppOptions::Values::lanRatePerAddress)},
        {"lan", "host", text(&AppOptions::Values::lanHost)},
        {"lan", "wifi_ssid", text(&AppOptions::Values::wifiSsid)},
        {"lan", "wifi_password", text(&AppOptions::Values::wifiPassword)},
        {"lan", "wifi_security", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             if (v.toString() != u"WPA" && v.toString() != u"WEP" && v.toString() != u"nopass")
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "\"WPA\", \"WEP\" or \"nopass\""));
             out.wifiSecurity = v.toString();
             return {};
         }},
        {"decisions", "quorum_general", threshold(&decisions::Rules::general)},
        {"decisions", "quorum_appointment", threshold(&decisions::Rules::appointment)},
        {"decisions", "quorum_major", threshold(&decisions::Rules::major)},
        {"decisions", "pass_base", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             const auto base = decisions::passBaseFromKey(v.toString());
             if (!v.isString() || !base)
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "\"members\" or \"present\""));
             out.decisionRules.passBase = *base;
             return {};
         }},
        {"central", "conninfo", text(&AppOptions::Values::centralConninfo)},
        {"central", "room", text(&AppOptions::Values::centralRoom)},
        {"data", "dir", [](const QJsonValue &v, AppOptions::Values &out) -> QString {
             if (!v.isString() || v.toString().trimmed().isEmpty())
                 return expected(QT_TRANSLATE_NOOP("lectern::Configuration", "a folder path"));
             out.dataDir = v.toString();
             return {};
         }},
    };
    return keys;
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

void apply(const QString &file, const QByteArray &json, AppOptions::Values *values, QStringList *messages)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        messages->append(QCoreApplication::translate("lectern::Configuration", "%1: not a JSON object (%2); its settings are not used")
                             .arg(file, error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("top level")));
        return;
    }
    const QJsonObject root = doc.object();
    for (auto section = root.begin(); section != root.end(); ++section) {
        const bool known = std::any_of(table().cbegin(), table().cend(), [&](const Key &k) { return section.key() == QLatin1String(k.section); });
        if (!known || !section.value().isObject()) {
            messages->append(QCoreApplication::translate("lectern::Configuration", "%1: unknown section %2 (ignored)").arg(file, section.key()));
            continue;
        }
        const QJsonObject keys = section.value().toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it) {
            const auto k = std::find_if(table().cbegin(), table().cend(), [&](const Key &k) {
                return section.key() == QLatin1String(k.section) && it.key() == QLatin1String(k.name);
            });
            const QString name = section.key() + u'.' + it.key();
            if (k == table().cend()) {
                messages->append(QCoreApplication::translate("lectern::Configuration", "%1: unknown key %2 (ignored)").arg(file, name));
                continue;
            }
            AppOptions::Values candidate = *values;
            const QString problem = k->apply(it.value(), candidate);
            if (!problem.isEmpty()) {
                messages->append(QCoreApplication::translate("lectern::Configuration", "%1: %2 = %3: %4; the previous value is kept")
                                     .arg(file, name, shown(it.value()), problem));
                continue;
            }
            *values = candidate;
        }
    }
}

void applyFile(const QString &path, bool required, AppOptions::Values *values, QStringList *messages)
{
    QFile f(path);
    if (!f.exists()) {
        if (required)
            messages->append(QCoreApplication::translate("lectern::Configuration", "%1: no such file; its settings are not used").arg(path));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        messages->append(QStringLiteral("%1: %2").arg(path, f.errorString()));
        return;
    }
    apply(path, f.read(1024 * 1024), values, messages);
}

QString machineFile()
{
    // Not AppConfigLocation: it is read before the application object exists.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/lectern/lectern.json");
}

QString systemFile()
{
    if (qEnvironmentVariableIsSet("LECTERN_SYSTEM_CONFIG"))
        return qEnvironmentVariable("LECTERN_SYSTEM_CONFIG");
    return QStringLiteral("/etc/lectern/lectern.json");
}

void applyInstalledFiles(AppOptions::Values *values, QStringList *messages)
{
    if (const QString system = systemFile(); !system.isEmpty())
        applyFile(system, false, values, messages);
    applyFile(machineFile(), false, values, messages);
}

QString defaultDataDir()
{
    AppOptions::Values values;
    QStringList quiet; // the kiosk says the files' problems once, when it reads them for its options
    applyInstalledFiles(&values, &quiet);
    if (!values.dataDir.isEmpty())
        return QDir(values.dataDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString centralConninfo()
{
    AppOptions::Values values;
    QStringList quiet;
    applyInstalledFiles(&values, &quiet);
    return values.centralConninfo;
}

decisions::Rules decisionRules()
{
    AppOptions::Values values;
    QStringList quiet;
    applyInstalledFiles(&values, &quiet);
    return values.decisionRules;
}

QString setMachineValue(const QString &section, const QString &key, const QJsonValue &value)
{
    return setMachineValues(section, QJsonObject{{key, value}});
}

QString setMachineValues(const QString &section, const QJsonObject &values)
{
    const QString path = machineFile();
    QJsonObject root;
    QFile in(path);
    if (in.open(QIODevice::ReadOnly)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(in.read(1024 * 1024), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) // never overwrite a file someone can still mend
            return QCoreApplication::translate("lectern::Configuration", "%1: not JSON (%2); the setting is not saved")
                .arg(path, error.errorString());
        root = doc.object();
    }
    QJsonObject part = root.value(section).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        part.insert(it.key(), it.value());
    root.insert(section, part);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, out.errorString());
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return QStringLiteral("%1: %2").arg(path, out.errorString());
    return {};
}

QStringList keys()
{
    QStringList out;
    for (const Key &k : table())
        out.append(QLatin1String(k.section) + u'.' + QLatin1String(k.name));
    return out;
}

} // namespace lectern::configuration
