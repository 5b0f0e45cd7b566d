#pragma once

#include "Document.h"

#include <QJsonObject>

namespace lectern {

// The machine-readable form printed by `lectern inspect --json`:
// {"title","byline","date","salutation","closing","blocks":[{"id","kind","level","text"}],
//  "removed":[{"line","text","reason"}],"placeholders":[{"block","offset","text"}],
//  "stats":{"han_chars","est_seconds"}}
QJsonObject documentToJson(const Document &document, int ratePerMinute);

} // namespace lectern
