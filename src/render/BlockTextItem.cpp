#include "BlockTextItem.h"

#include "GlyphCache.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QTextOption>
#include <cmath>

namespace lectern {

BlockTextItem::BlockTextItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setOpaquePainting(false);
    setAntialiasing(false); // glyph images carry their own antialiasing
}

BlockTextItem::~BlockTextItem() = default;

namespace {
template<typename T> bool assign(T &field, const T &value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}
} // namespace

// Any change of what is laid out: lay out again once, before the next frame
// (QML sets properties one by one while an item is created).
void BlockTextItem::scheduleRelayout()
{
    m_layoutWidth = -1;
    m_relayoutPending = true;
    polish();
    emit layoutChanged();
}

void BlockTextItem::setText(const QString &text) { if (assign(m_text, text)) scheduleRelayout(); }
void BlockTextItem::setBoldLength(int n) { if (assign(m_boldLength, std::max(0, n))) scheduleRelayout(); }
void BlockTextItem::setFamily(const QString &family) { if (assign(m_family, family)) scheduleRelayout(); }
void BlockTextItem::setPixelSize(double px) { if (std::isfinite(px) && px > 0 && assign(m_pixelSize, px)) scheduleRelayout(); }
void BlockTextItem::setBold(bool on) { if (assign(m_bold, on)) scheduleRelayout(); }
void BlockTextItem::setCentered(bool on) { if (assign(m_centered, on)) scheduleRelayout(); }
void BlockTextItem::setLineSpacing(double s) { if (std::isfinite(s) && s > 0 && assign(m_lineSpacing, s)) scheduleRelayout(); }

void BlockTextItem::setColor(const QColor &c)
{
    if (assign(m_color, c)) {
        update();
        emit colorChanged();
    }
}

void BlockTextItem::setHighlightColor(const QColor &c)
{
    if (assign(m_highlightColor, c)) {
        update();
        emit colorChanged();
    }
}

void BlockTextItem::setHighlightStart(int i)
{
    if (assign(m_hlStart, i)) {
        update();
        emit highlightChanged();
    }
}

void BlockTextItem::setHighlightEnd(int i)
{
    if (assign(m_hlEnd, i)) {
        update();
        emit highlightChanged();
    }
}

QString BlockTextItem::selectedText() const
{
    const int s = std::clamp(m_hlStart, 0, length());
    const int e = std::clamp(m_hlEnd, s, length());
    return m_text.mid(s, e - s);
}

QString BlockTextItem::getText(int start, int end) const
{
    start = std::clamp(start, 0, length());
    end = std::clamp(end, start, length());
    return m_text.mid(start, end - start);
}

void BlockTextItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.width() != oldGeometry.width()) {
        m_relayoutPending = true;
        polish();
    }
}

void BlockTextItem::relayout()
{
    m_relayoutPending = false;
    const double width = std::max(1.0, this->width());
    QFont font(m_family);
    font.setPixelSize(std::max(1, int(std::lround(m_pixelSize))));
    font.setBold(m_bold);
    // A soft break (\n from a .docx) is a line separator for the layout; one
    // character for one, so offsets stay the model's.
    QString text = m_text;
    text.replace(u'\n', QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(text, font);
    if (m_boldLength > 0) {
        QTextLayout::FormatRange lead;
        lead.start = 0;
        lead.length = std::min(m_boldLength, int(text.size()));
        lead.format.setFontWeight(QFont::Bold);
        m_layout->setFormats({lead});
    }
    QTextOption option(m_centered ? Qt::AlignHCenter : Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const double step = QFontMetricsF(font).height() * m_lineSpacing;
    m_layout->beginLayout();
    int n = 0;
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, n * step));
        ++n;
    }
    m_layout->endLayout();
    m_layoutWidth = width;
    // The last line needs no room below it: the view spaces blocks itself.
    const double height = n > 0 ? (n - 1) * step + QFontMetricsF(font).height() : QFontMetricsF(font).height();
    setImplicitHeight(std::ceil(height));
    update();
    emit laidOut();
}

int BlockTextItem::lineCount() const
{
    const_cast<BlockTextItem *>(this)->ensureLayout();
    return m_layout ? m_layout->lineCount() : 0;
}

void BlockTextItem::ensureLayout()
{
    if (!m_layout || m_relayoutPending || m_layoutWidth != std::max(1.0, width()))
        relayout();
}

void BlockTextItem::updatePolish()
{
    ensureLayout();
}

void BlockTextItem::componentComplete()
{
    QQuickPaintedItem::componentComplete();
    ensureLayout(); // the list view needs the height now, not after a frame
}

QRectF BlockTextItem::positionToRectangle(int position) const
{
    const_cast<BlockTextItem *>(this)->ensureLayout();
    if (!m_layout || m_layout->lineCount() == 0)
        return {};
    position = std::clamp(position, 0, length());
    QTextLine line = m_layout->lineForTextPosition(position);
    if (!line.isValid())
        line = m_layout->lineAt(m_layout->lineCount() - 1);
    const double x = line.cursorToX(position);
    return QRectF(x, line.y(), 1, line.height());
}

int BlockTextItem::positionAt(double x, double y) const
{
    const_cast<BlockTextItem *>(this)->ensureLayout();
    if (!m_layout || m_layout->lineCount() == 0)
        return 0;
    int index = 0;
    for (int i = 0; i < m_layout->lineCount(); ++i)
        if (m_layout->lineAt(i).y() <= y)
            index = i;
    const QTextLine line = m_layout->lineAt(index);
    int position = line.xToCursor(x);
    // At the right end of a wrapped line the cursor is also the next line's
    // start; the view wants this line's last position there.
    const int end = line.textStart() + line.textLength();
    if (position >= end && index + 1 < m_layout->lineCount())
        position = end - 1;
    return std::clamp(position, 0, length());
}

void BlockTextItem::paint(QPainter *painter)
{
    ensureLayout();
    if (!m_layout)
        return;
    GlyphCache &cache = GlyphCache::shared();
    // 1. The glyphs' coverage, from images drawn once.
    const QList<QGlyphRun> runs = m_layout->glyphRuns();
    for (const QGlyphRun &run : runs) {
        const QRawFont font = run.rawFont();
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            const GlyphCache::Glyph &g = cache.glyph(font, indexes[i]);
            if (g.coverage.isNull())
                continue;
            const QPointF &p = positions[i];
            painter->drawImage(QPoint(int(std::lround(p.x())) + g.offset.x(), int(std::lround(p.y())) + g.offset.y()), g.coverage);
        }
    }
    // 2. Coloured where there is coverage: one fill for the whole block.
    const QRectF all(0, 0, width(), height());
    painter->setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter->fillRect(all, m_color);
    // 3. The sentence being read, underneath the text.
    if (m_hlEnd > m_hlStart && m_highlightColor.alpha() > 0) {
        painter->setCompositionMode(QPainter::CompositionMode_DestinationOver);
        const int s = std::clamp(m_hlStart, 0, length());
        const int e = std::clamp(m_hlEnd, s, length());
        for (int i = 0; i < m_layout->lineCount(); ++i) {
            const QTextLine line = m_layout->lineAt(i);
            const int ls = line.textStart();
            const int le = ls + line.textLength();
            if (e <= ls || s >= le)
                continue;
            const double x1 = line.cursorToX(std::max(s, ls));
            const double x2 = line.cursorToX(std::min(e, le));
            painter->fillRect(QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height()), m_highlightColor);
        }
    }
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
}

} // namespace lectern
