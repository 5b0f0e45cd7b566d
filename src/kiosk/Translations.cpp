#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace lectern {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language.isEmpty() ? qEnvironmentVariable("LECTERN_LANG") : language;
    lang = lang.startsWith(u"en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/lectern_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(translator);
    return lang;
}

} // namespace lectern
