#pragma once

#include <QString>
#include <QVariantList>

namespace lectern {

// Where the console offers to write a meeting's files: removable drives
// mounted under /media, /run/media or /mnt (a USB stick), then the data
// folder's own exports/ folder, which always exists. No browsing of the whole
// file system from a kiosk. Each entry: {"name", "path"}.
QVariantList exportFolders(const QString &dataDir);

} // namespace lectern
