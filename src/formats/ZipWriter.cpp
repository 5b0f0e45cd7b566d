#include "ZipWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace lectern {

QString ZipWriter::write(const QString &path) const
{
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(part).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
        return why;
    }
    auto fail = [&](const QString &why) {
        zip_discard(z);
        QFile::remove(part);
        return why;
    };
    // The buffers stay alive (in m_entries) until zip_close reads them.
    for (const Entry &entry : m_entries) {
        zip_source_t *src = zip_source_buffer(z, entry.bytes.constData(), zip_uint64_t(entry.bytes.size()), 0);
        if (!src)
            return fail(QString::fromLocal8Bit(zip_strerror(z)));
        const zip_int64_t index = zip_file_add(z, entry.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(src);
            return fail(QString::fromLocal8Bit(zip_strerror(z)));
        }
        zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(z) != 0) {
        const QString why = QString::fromLocal8Bit(zip_strerror(z));
        zip_discard(z);
        QFile::remove(part);
        return why;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return QCoreApplication::translate("lectern::ZipWriter", "cannot be written there");
    }
    return {};
}

} // namespace lectern
