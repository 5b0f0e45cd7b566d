#include "FontCatalog.h"

#include <QFontDatabase>

namespace lectern {

QString FontCatalog::firstInstalled(const QStringList &preferred, const QString &fallback)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : preferred)
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    return fallback;
}

PageStyle FontCatalog::pageStyle()
{
    const FontCatalog fonts;
    PageStyle style;
    style.serif = fonts.serif();
    style.sans = fonts.sans();
    style.kai = fonts.kai();
    return style;
}

QString FontCatalog::familyFor(const QString &kind, int level) const
{
    if (kind == u"heading" && level == 1)
        return m_sans;
    if (kind == u"heading" && level == 2)
        return m_kai;
    return m_serif;
}

FontCatalog::FontCatalog(QObject *parent)
    : QObject(parent)
    , m_serif(firstInstalled({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC")},
                             QStringLiteral("Noto Serif CJK SC")))
    , m_sans(firstInstalled({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC")},
                            QStringLiteral("Noto Sans CJK SC")))
    , m_kai(firstInstalled({QStringLiteral("LXGW WenKai"), QStringLiteral("AR PL UKai CN"), QStringLiteral("KaiTi")},
                           m_serif))
{
}

} // namespace lectern
