#include "ExportFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QStorageInfo>
#include <QVariantMap>

namespace lectern {

QVariantList exportFolders(const QString &dataDir)
{
    QVariantList out;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        const bool removable = root.startsWith(u"/media/") || root.startsWith(u"/run/media/") || root.startsWith(u"/mnt/");
        if (!removable || !volume.isValid() || !volume.isReady() || volume.isReadOnly())
            continue;
        const QString name = volume.displayName().isEmpty() ? root : volume.displayName();
        out.append(QVariantMap{{QStringLiteral("name"), QCoreApplication::translate("lectern::ExportFolders", "Drive %1").arg(name)},
                               {QStringLiteral("path"), root}});
    }
    const QString own = QDir(dataDir).filePath(QStringLiteral("exports"));
    if (QDir().mkpath(own))
        out.append(QVariantMap{{QStringLiteral("name"), QCoreApplication::translate("lectern::ExportFolders", "This computer (%1)").arg(own)},
                               {QStringLiteral("path"), own}});
    return out;
}

} // namespace lectern
