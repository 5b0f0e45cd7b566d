#include "DocumentJson.h"

#include "Placeholders.h"
#include "Timing.h"

#include <QJsonArray>

namespace lectern {

QJsonObject documentToJson(const Document &document, int ratePerMinute)
{
    const DocumentTiming timing = timeDocument(document, ratePerMinute);

    QJsonArray blocks;
    for (int i = 0; i < document.blocks.size(); ++i) {
        const Block &b = document.blocks[i];
        QJsonObject o{{"id", b.id}, {"kind", blockKindName(b.kind)}, {"level", b.level}, {"text", b.text},
                      {"line", b.sourceLine}, {"han_chars", timing.blockHan[i]},
                      {"est_seconds", timing.blockSeconds[i]}};
        if (b.kind == BlockKind::Point)
            o.insert("lead", b.text.left(b.leadLength));
        blocks.append(o);
    }
    QJsonArray removed;
    for (const Removal &r : document.removals)
        removed.append(QJsonObject{{"line", r.line}, {"text", r.text}, {"reason", removalReasonKey(r.reason)},
                                   {"description", removalReasonDescription(r.reason)}});
    QJsonArray placeholders;
    for (const Placeholder &p : findPlaceholders(document))
        placeholders.append(QJsonObject{{"block", p.block}, {"offset", p.offset}, {"text", p.text}});

    return QJsonObject{
        {"file", document.sourcePath},
        {"encoding", document.encoding},
        {"title", document.textOf(BlockKind::Title)},
        {"byline", document.textOf(BlockKind::Byline)},
        {"date", document.textOf(BlockKind::Date)},
        {"occasion", document.textOf(BlockKind::Occasion)},
        {"salutation", document.textOf(BlockKind::Salutation)},
        {"closing", document.textOf(BlockKind::Closing)},
        {"blocks", blocks},
        {"removed", removed},
        {"placeholders", placeholders},
        {"stats", QJsonObject{{"han_chars", timing.hanChars}, {"est_seconds", timing.seconds},
                              {"rate", SpeakingRate::clamp(ratePerMinute)}, {"blocks", int(document.blocks.size())}}},
    };
}

} // namespace lectern
