#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace lectern {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language.isEmpty() ? qEnvironmentVariable("LECTERN_LANG") : language;
    lang = lang.startsWith(u"en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    // One translator of ours at a time: an earlier one is taken out first.
    static constexpr auto kName = "lectern-translator";
    if (auto *old = app.findChild<QTranslator *>(QString::fromLatin1(kName), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(&app);
    translator->setObjectName(QString::fromLatin1(kName));
    if (translator->load(QStringLiteral(":/i18n/lectern_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(translator);
    return lang;
}

} // namespace lectern
