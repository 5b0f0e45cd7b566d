#pragma once

#include "document/HanAccounting.h"
#include "document/SpeechImporter.h"

#include <cstdlib>

// What must hold for any input: a whole, consistent document or one error line.
inline void checkImport(const uint8_t *data, size_t size, const char *name)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const lectern::ImportResult r = lectern::importSpeechData(bytes, QString::fromLatin1(name));
    if (!r.ok()) {
        if (r.error.isEmpty() || r.error.contains(u'\n') || !r.error.startsWith(QLatin1String(name)))
            std::abort();
        return;
    }
    const lectern::Document &d = *r.document;
    if (d.blocks.isEmpty())
        std::abort();
    for (int i = 0; i < d.blocks.size(); ++i) {
        const lectern::Block &b = d.blocks[i];
        if (b.id != i + 1 || b.text.isEmpty() || b.leadLength < 0 || b.leadLength > b.text.size())
            std::abort();
    }
    // Nothing vanishes: every Han character read is in the speech or listed as removed.
    if (!lectern::vanishedHan(lectern::sourceText(bytes, QString::fromLatin1(name)), d).isEmpty())
        std::abort();
}
