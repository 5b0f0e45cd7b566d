#pragma once

#include "Document.h"

#include <QString>
#include <optional>

namespace lectern {

// Either a whole document or one line saying which file failed and why.
// There is no partial result: an importer that cannot read everything fails.
struct ImportResult
{
    std::optional<Document> document;
    QString error; // "FILE: problem", one line, translated

    bool ok() const { return document.has_value(); }
};

} // namespace lectern
