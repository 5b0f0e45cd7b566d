#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lectern {

// Where the console offers to write a meeting's files: removable drives
// mounted under /media, /run/media or /mnt (a USB stick), then the data
// folder's own exports/ folder, which always exists. No browsing of the whole
// file system from a kiosk. Each entry: {"name", "path"}.
QVariantList exportFolders(const QString &dataDir);

// Files a secretary may import (a roster, a speech) with one of `suffixes`
// ("csv", "xlsx" …): on the same removable drives (two folders deep) and in
// the data folder's imports/ folder. Each entry: {"name", "path"}, by name.
QVariantList importableFiles(const QString &dataDir, const QStringList &suffixes);

} // namespace lectern
