#include "GlyphCache.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace lectern {

GlyphCache::GlyphCache(qsizetype budgetBytes) : m_budget(budgetBytes) {}

GlyphCache &GlyphCache::shared()
{
    static GlyphCache cache;
    return cache;
}

QString GlyphCache::fontKey(const QRawFont &font)
{
    return QStringLiteral("%1|%2|%3|%4").arg(font.familyName(), font.styleName()).arg(font.weight()).arg(font.pixelSize(), 0, 'f', 2);
}

GlyphCache::Glyph GlyphCache::draw(const QRawFont &font, quint32 index)
{
    const QPainterPath path = font.pathForGlyph(index);
    const QRectF bounds = path.boundingRect();
    if (path.isEmpty() || bounds.isEmpty())
        return {};
    // One pixel of room for antialiasing on every side.
    const QPoint topLeft(int(std::floor(bounds.left())) - 1, int(std::floor(bounds.top())) - 1);
    const QSize size(int(std::ceil(bounds.right())) + 1 - topLeft.x(), int(std::ceil(bounds.bottom())) + 1 - topLeft.y());
    QImage argb(size, QImage::Format_ARGB32_Premultiplied);
    argb.fill(Qt::transparent);
    {
        QPainter p(&argb);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(-topLeft);
        p.fillPath(path, Qt::black);
    }
    return {argb.convertToFormat(QImage::Format_Alpha8), topLeft};
}

const GlyphCache::Glyph &GlyphCache::glyph(const QRawFont &font, quint32 index)
{
    Key key{fontKey(font), index};
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it->lru); // most recently used
        return it->glyph;
    }
    Glyph g = draw(font, index);
    ++m_drawn;
    m_bytes += g.coverage.sizeInBytes();
    m_lru.push_front(key);
    it = m_entries.insert(key, Entry{std::move(g), m_lru.begin()});
    evict();
    // evict() never removes the entry just added (it is the most recent).
    return m_entries.find(key)->glyph;
}

void GlyphCache::evict()
{
    while (m_bytes > m_budget && m_lru.size() > 1) {
        const Key &oldest = m_lru.back();
        auto it = m_entries.find(oldest);
        m_bytes -= it->glyph.coverage.sizeInBytes();
        m_entries.erase(it);
        m_lru.pop_back();
    }
}

} // namespace lectern
