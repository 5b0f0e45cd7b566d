#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lectern {

// Writes a zip archive (an .docx is one) with libzip: the entries in the
// order added, deflated. Written beside the target and renamed on success,
// so a failure never leaves a half-written file under the target's name.
class ZipWriter
{
public:
    void add(const QString &name, const QByteArray &bytes) { m_entries.append({name, bytes}); }
    // Returns "" or the one-line problem.
    QString write(const QString &path) const;

private:
    struct Entry
    {
        QString name;
        QByteArray bytes;
    };
    QList<Entry> m_entries;
};

} // namespace lectern
