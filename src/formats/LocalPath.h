#pragma once

#include <QString>
#include <QUrl>

namespace lectern {

// QML hands over file: URLs; readers want paths (":/…" for resources, which
// are no URL and stay as they are).
inline QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace lectern
