#include "AppOptions.h"

#include "speech/SampleSpeech.h"

namespace lectern {

AppOptions::AppOptions(const Values &values, QObject *parent) : QObject(parent), m_v(values) {}

QString AppOptions::speechPath() const
{
    return m_v.speechPath.isEmpty() ? sampleSpeechPath() : m_v.speechPath;
}

bool AppOptions::parseMode(const QString &name, Mode *mode)
{
    static const std::pair<const char16_t *, Mode> names[] = {{u"reader", Reader}, {u"prompter", Prompter}, {u"paged", Paged}, {u"signin", Signin}};
    for (const auto &[n, m] : names)
        if (name == QStringView(n)) {
            *mode = m;
            return true;
        }
    return false;
}

} // namespace lectern
