#pragma once

#include "ImportLimits.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

struct zip;

namespace lectern {

// A read-only view of a zip archive in memory (libzip), guarded against zip
// bombs: the entry count and every entry's declared size and ratio are checked
// when it opens, and reads stop at the limit whatever the headers claim.
class ZipArchive
{
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // `data` must outlive the archive. On failure returns null and sets *error.
    static std::unique_ptr<ZipArchive> open(const QByteArray &data, const ImportLimits &limits, QString *error);

    bool contains(const char *name) const;
    // nullopt with *error set when the entry is missing, damaged or too large.
    std::optional<QByteArray> read(const char *name, QString *error) const;

private:
    ZipArchive(zip *archive, const ImportLimits &limits);
    zip *m_zip;
    ImportLimits m_limits;
};

} // namespace lectern
