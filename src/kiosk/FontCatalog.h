#pragma once

#include "layout/Pagination.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The typefaces officials expect, named explicitly as the Simplified-Chinese
// faces (otherwise fontconfig may pick Japanese glyph variants): Song/serif for
// the title and body, Hei/sans for level-1 headings, Kai for level-2 headings
// when a Kai face is installed.
class FontCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serif READ serif CONSTANT)
    Q_PROPERTY(QString sans READ sans CONSTANT)
    Q_PROPERTY(QString kai READ kai CONSTANT)

public:
    explicit FontCatalog(QObject *parent = nullptr);

    QString serif() const { return m_serif; }
    QString sans() const { return m_sans; }
    QString kai() const { return m_kai; }

    // The face for a block: Hei for level-1 headings, Kai for level-2, Song otherwise.
    Q_INVOKABLE QString familyFor(const QString &kind, int level) const;

    // The projected pages' faces, the installed SC ones.
    static PageStyle pageStyle();

    // The first of `preferred` that is installed, else `fallback`.
    static QString firstInstalled(const QStringList &preferred, const QString &fallback);

private:
    QString m_serif;
    QString m_sans;
    QString m_kai;
};

} // namespace lectern
