#include "ReadingPlan.h"

#include <algorithm>
#include <cmath>

namespace lectern {

ReadingPlan::ReadingPlan(const Document &document)
{
    m_blocks.reserve(document.blocks.size());
    for (const Block &b : document.blocks) {
        BlockInfo info;
        info.id = b.id;
        info.start = m_total;
        info.textLength = int(b.text.size());
        const QString &t = b.text;
        for (qsizetype i = 0; i < t.size(); ++i) {
            char32_t cp = t[i].unicode();
            const qsizetype at = i;
            if (t[i].isHighSurrogate() && i + 1 < t.size() && t[i + 1].isLowSurrogate()) {
                cp = QChar::surrogateToUcs4(t[i], t[i + 1]);
                ++i;
            }
            if (QChar::script(cp) == QChar::Script_Han)
                info.hanOffsets.append(int(at));
        }
        m_total += int(info.hanOffsets.size());
        if (!m_indexOf.contains(info.id)) // (ids are unique; were one repeated, the first would answer, as before)
            m_indexOf.insert(info.id, int(m_blocks.size()));
        m_blocks.append(std::move(info));
    }
}

const ReadingPlan::BlockInfo *ReadingPlan::byId(int id) const
{
    const auto it = m_indexOf.constFind(id);
    return it == m_indexOf.cend() ? nullptr : &m_blocks[*it];
}

int ReadingPlan::blockIndexOf(double position) const
{
    if (m_blocks.isEmpty())
        return -1;
    // The last block whose start is at or before the position, skipping empty
    // blocks at that same start only when a later block holds the character.
    auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), position,
                               [](double p, const BlockInfo &b) { return p < b.start; });
    int index = int(std::distance(m_blocks.cbegin(), it)) - 1;
    index = std::max(index, 0);
    // A position at a block boundary belongs to the block that holds the next character.
    while (index + 1 < m_blocks.size() && position >= m_blocks[index].start + m_blocks[index].hanOffsets.size()
           && m_blocks[index + 1].start <= position && position < m_total)
        ++index;
    return index;
}

ReadingPlan::Point ReadingPlan::pointAt(double position) const
{
    Point p;
    if (m_blocks.isEmpty())
        return p;
    position = std::clamp(position, 0.0, double(m_total));
    const int index = blockIndexOf(position);
    const BlockInfo &b = m_blocks[index];
    const double local = position - b.start;
    const int k = int(std::floor(local));
    p.anchor.block = b.id;
    if (b.hanOffsets.isEmpty() || k >= b.hanOffsets.size()) {
        p.anchor.offset = b.textLength; // the end of the block
        return p;
    }
    p.anchor.offset = b.hanOffsets[k];
    p.fraction = local - k;
    return p;
}

double ReadingPlan::positionOf(Anchor anchor) const
{
    const BlockInfo *b = byId(anchor.block);
    if (!b)
        return 0;
    // Characters of the block that come before the offset.
    const auto it = std::lower_bound(b->hanOffsets.cbegin(), b->hanOffsets.cend(), anchor.offset);
    return b->start + double(std::distance(b->hanOffsets.cbegin(), it));
}

double ReadingPlan::blockStart(int id) const
{
    const BlockInfo *b = byId(id);
    return b ? b->start : 0;
}

} // namespace lectern

namespace lectern {

std::pair<int, int> ReadingPlan::sentenceAt(const QString &text, int offset)
{
    auto isStop = [](QChar c) {
        return c == u'。' || c == u'！' || c == u'？' || c == u'；' || c == u'!' || c == u'?' || c == u';';
    };
    auto isCloser = [](QChar c) { return c == u'”' || c == u'’' || c == u'」' || c == u'』' || c == u'）'; };
    const int n = int(text.size());
    offset = std::clamp(offset, 0, n);
    int start = offset;
    while (start > 0 && !isStop(text[start - 1]) && !(start >= 2 && isCloser(text[start - 1]) && isStop(text[start - 2])))
        --start;
    int end = offset;
    while (end < n && !isStop(text[end]))
        ++end;
    if (end < n)
        ++end; // the full stop belongs to its sentence
    while (end < n && isCloser(text[end]))
        ++end;
    return {start, end};
}

} // namespace lectern
