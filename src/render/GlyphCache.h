#pragma once

#include <QHash>
#include <QImage>
#include <QPoint>
#include <QRawFont>
#include <list>

namespace lectern {

// Glyph images for text of any size, each drawn from its outline once.
//
// Why our own: Qt 6.4's FreeType engine draws every glyph over 64 pixels from
// its outline, on every frame (the limit is compiled in; raising the raster
// engine's QT_MAX_CACHED_GLYPH_SIZE makes such glyphs vanish instead). The
// prompter's default type is 77 px on a 1080-high screen, so a frame cost five
// times a 48 px one and the scroll fell to 45 frames a second.
//
// Images are 8-bit coverage (Format_Alpha8), least recently used first out
// once the cache holds more than its budget, so memory stays bounded however
// many distinct characters a speech has and whatever the size.
class GlyphCache
{
public:
    struct Glyph
    {
        QImage coverage;  // Format_Alpha8; null for a glyph with no ink (a space)
        QPoint offset;    // from the pen position (baseline origin) to the image's top left
    };

    explicit GlyphCache(qsizetype budgetBytes = 32LL * 1024 * 1024);

    // The glyph `index` of `font`, drawn now if it is not cached.
    const Glyph &glyph(const QRawFont &font, quint32 index);

    qsizetype bytes() const { return m_bytes; }
    qsizetype count() const { return m_entries.size(); }
    qsizetype budget() const { return m_budget; }
    qint64 drawn() const { return m_drawn; } // glyphs drawn from outlines so far

    // The one cache every text item of the process shares (GUI thread only).
    static GlyphCache &shared();

private:
    struct Key
    {
        QString font;   // family, style, weight and size: what shapes the outline
        quint32 index;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.font, k.index); }
    };
    struct Entry
    {
        Glyph glyph;
        std::list<Key>::iterator lru;
    };
    static QString fontKey(const QRawFont &font);
    static Glyph draw(const QRawFont &font, quint32 index);
    void evict();

    qsizetype m_budget;
    qsizetype m_bytes = 0;
    qint64 m_drawn = 0;
    QHash<Key, Entry> m_entries;
    std::list<Key> m_lru; // most recently used first
};

} // namespace lectern
