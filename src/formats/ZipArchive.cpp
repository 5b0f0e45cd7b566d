#include "ZipArchive.h"

#include <QCoreApplication>
#include <zip.h>

namespace lectern {
namespace {
}

ZipArchive::ZipArchive(zip *archive, const ImportLimits &limits) : m_zip(archive), m_limits(limits) {}

ZipArchive::~ZipArchive()
{
    zip_discard(m_zip);
}

std::unique_ptr<ZipArchive> ZipArchive::open(const QByteArray &data, const ImportLimits &limits, QString *error)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *src = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &zerr);
    if (!src) {
        *error = QCoreApplication::translate("lectern::ZipArchive", "cannot read the archive");
        zip_error_fini(&zerr);
        return nullptr;
    }
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
    if (!z) {
        zip_source_free(src);
        const int code = zip_error_code_zip(&zerr);
        *error = (code == ZIP_ER_NOZIP) ? QCoreApplication::translate("lectern::ZipArchive", "not a zip archive (damaged or not a .docx)")
                                        : QCoreApplication::translate("lectern::ZipArchive", "damaged or truncated archive (%1)").arg(QString::fromUtf8(zip_error_strerror(&zerr)));
        zip_error_fini(&zerr);
        return nullptr;
    }
    zip_error_fini(&zerr);
    std::unique_ptr<ZipArchive> archive(new ZipArchive(z, limits));

    const zip_int64_t count = zip_get_num_entries(z, 0);
    if (count > limits.maxEntries) {
        *error = QCoreApplication::translate("lectern::ZipArchive", "archive has %1 entries, more than the limit of %2").arg(count).arg(limits.maxEntries);
        return nullptr;
    }
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0)
            continue;
        if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
            continue;
        const auto size = qint64(st.size);
        const auto comp = qint64(st.comp_size);
        const QString name = QString::fromUtf8(st.name ? st.name : "?");
        if (size > limits.maxEntryBytes) {
            *error = QCoreApplication::translate("lectern::ZipArchive", "archive entry %1 expands to %2 MB, more than the limit of %3 MB (zip bomb?)")
                         .arg(name).arg(size / (1024 * 1024)).arg(limits.maxEntryBytes / (1024 * 1024));
            return nullptr;
        }
        if (size >= limits.ratioCheckFloor && double(size) > limits.maxEntryRatio * double(std::max<qint64>(comp, 1))) {
            *error = QCoreApplication::translate("lectern::ZipArchive", "archive entry %1 expands %2 times, more than the limit of %3:1 (zip bomb?)")
                         .arg(name).arg(size / std::max<qint64>(comp, 1)).arg(limits.maxEntryRatio);
            return nullptr;
        }
    }
    return archive;
}

bool ZipArchive::contains(const char *name) const
{
    return zip_name_locate(m_zip, name, 0) >= 0;
}

std::optional<QByteArray> ZipArchive::read(const char *name, QString *error) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name, 0, &st) != 0) {
        *error = QCoreApplication::translate("lectern::ZipArchive", "archive has no %1").arg(QLatin1String(name));
        return std::nullopt;
    }
    zip_file_t *f = zip_fopen(m_zip, name, 0);
    if (!f) {
        *error = QCoreApplication::translate("lectern::ZipArchive", "cannot open %1 in the archive (%2)").arg(QLatin1String(name), QString::fromUtf8(zip_strerror(m_zip)));
        return std::nullopt;
    }
    // Never trust the declared size: read in chunks and stop at the limit.
    const qint64 declared = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : m_limits.maxEntryBytes;
    const qint64 cap = std::min<qint64>(declared, m_limits.maxEntryBytes);
    QByteArray out;
    out.reserve(qsizetype(cap)); // checked against the limits when the archive opened
    char buf[64 * 1024];
    bool failed = false, tooBig = false;
    for (;;) {
        const zip_int64_t n = zip_fread(f, buf, sizeof buf);
        if (n < 0) { failed = true; break; }
        if (n == 0) break;
        if (out.size() + n > cap) { tooBig = true; break; }
        out.append(buf, qsizetype(n));
    }
    zip_fclose(f);
    if (tooBig) {
        *error = QCoreApplication::translate("lectern::ZipArchive", "archive entry %1 expands past its declared size or the limit (zip bomb?)").arg(QLatin1String(name));
        return std::nullopt;
    }
    if (failed) {
        *error = QCoreApplication::translate("lectern::ZipArchive", "archive entry %1 is damaged or truncated").arg(QLatin1String(name));
        return std::nullopt;
    }
    return out;
}

} // namespace lectern
