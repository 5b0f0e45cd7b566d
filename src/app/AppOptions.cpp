#include "AppOptions.h"

#include "speech/SampleSpeech.h"

namespace lectern {

AppOptions::AppOptions(const Values &values, QObject *parent) : QObject(parent), m_v(values) {}

QString AppOptions::speechPath() const
{
    return m_v.speechPath.isEmpty() ? sampleSpeechPath() : m_v.speechPath;
}

namespace {
const std::pair<const char16_t *, AppOptions::Mode> kModeNames[] = {
    {u"home", AppOptions::Home},     {u"reader", AppOptions::Reader}, {u"prompter", AppOptions::Prompter},
    {u"paged", AppOptions::Paged},   {u"signin", AppOptions::Signin}, {u"console", AppOptions::Console}};
}

QString AppOptions::modeKey(Mode mode)
{
    for (const auto &[n, m] : kModeNames)
        if (m == mode)
            return QString::fromUtf16(n);
    return {};
}

bool AppOptions::isTheme(const QString &name)
{
    return name == u"standard" || name == u"official" || name == u"high_contrast";
}

bool AppOptions::isScreenRole(const QString &name)
{
    return name == u"console" || name == u"prompter" || name == u"projection" || name == u"signin";
}

bool AppOptions::parseMode(const QString &name, Mode *mode)
{
    for (const auto &[n, m] : kModeNames)
        if (name == QStringView(n)) {
            *mode = m;
            return true;
        }
    return false;
}

} // namespace lectern
