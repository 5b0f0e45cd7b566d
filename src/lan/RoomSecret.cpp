#include "RoomSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace lectern::lan {

QByteArray roomSecret(const QString &dataDir, QString *error)
{
    constexpr int kBytes = 32;
    const QString path = QDir(dataDir).filePath(QStringLiteral("lan-secret"));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray secret = file.read(kBytes + 1);
        if (secret.size() == kBytes)
            return secret;
        // A damaged secret is replaced: the codes on the screen change, nothing recorded does.
    }
    quint32 words[kBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray secret(reinterpret_cast<const char *>(words), kBytes);
    QDir().mkpath(dataDir);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(secret) != kBytes
        || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("lectern::lan", "%1: cannot write the room's secret (%2)").arg(path, out.errorString());
        return {};
    }
    return secret;
}

} // namespace lectern::lan
