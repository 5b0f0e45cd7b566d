#include "ExportFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QStorageInfo>
#include <QVariantMap>

namespace lectern {

namespace {

bool isRemovable(const QStorageInfo &volume)
{
    const QString root = volume.rootPath();
    return (root.startsWith(u"/media/") || root.startsWith(u"/run/media/") || root.startsWith(u"/mnt/")) && volume.isValid()
        && volume.isReady();
}

} // namespace

QVariantList importableFiles(const QString &dataDir, const QStringList &suffixes)
{
    QStringList roots;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes())
        if (isRemovable(volume))
            roots.append(volume.rootPath());
    const QString own = QDir(dataDir).filePath(QStringLiteral("imports"));
    QDir().mkpath(own);
    roots.append(own);
    QStringList patterns;
    for (const QString &suffix : suffixes)
        patterns.append(QStringLiteral("*.") + suffix);
    QVariantList out;
    constexpr int kMaxFiles = 500; // a drive full of files is no list to tap through
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, patterns, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext() && out.size() < kMaxFiles) {
            const QString path = it.next();
            if (QDir(root).relativeFilePath(path).count(u'/') > 2 || it.fileName().startsWith(u'.'))
                continue;
            out.append(QVariantMap{{QStringLiteral("name"), QDir(root).relativeFilePath(path)}, {QStringLiteral("path"), path}});
        }
    }
    return out;
}

QVariantList exportFolders(const QString &dataDir)
{
    QVariantList out;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        if (!isRemovable(volume) || volume.isReadOnly())
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
