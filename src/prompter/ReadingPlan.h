#pragma once

#include "document/Document.h"

#include <QHash>
#include <QList>
#include <utility>

namespace lectern {

// The speech measured in what the speaker reads: Han characters. A reading
// position is a real number p in [0, total()]: p = 12.5 means half-way through
// the 13th character. It converts to and from anchors (block, offset), so the
// position never depends on pixels, fonts or window sizes.
class ReadingPlan
{
public:
    ReadingPlan() = default;
    explicit ReadingPlan(const Document &document);

    int total() const { return m_total; }
    bool isEmpty() const { return m_blocks.isEmpty(); }

    // Block-level anchors with the fraction of the character being read.
    struct Point { Anchor anchor; double fraction = 0; };
    Point pointAt(double position) const;
    double positionOf(Anchor anchor) const;

    // Reading position where block `id` starts, and the ids of its neighbours.
    double blockStart(int id) const;
    int blockIndexOf(double position) const; // index into the document's blocks

    struct BlockInfo
    {
        int id = 0;
        int start = 0;           // Han characters before this block
        QList<int> hanOffsets;   // offset in the block text of each Han character
        int textLength = 0;
    };
    const QList<BlockInfo> &blocks() const { return m_blocks; }

    // The sentence of `text` that holds `offset`: [start, end), the end after
    // its full stop (。！？；) and any closing quote.
    static std::pair<int, int> sentenceAt(const QString &text, int offset);

private:
    const BlockInfo *byId(int id) const;

    QList<BlockInfo> m_blocks;
    // Block id → index: the HUD asks where each section starts on every frame,
    // and a scan of every block per question grew with the speech (seen in perf).
    QHash<int, int> m_indexOf;
    int m_total = 0;
};

} // namespace lectern
