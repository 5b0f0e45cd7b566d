#include "BlockTextItem.h"

#include "GlyphCache.h"
#include "LineNode.h"
#include "speech/Typography.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QQuickWindow>
#include <QTextOption>
#include <cmath>

namespace lectern {

BlockTextItem::BlockTextItem(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    // Made with a parent already in a window: no scene change reaches this class.
    m_budget = LinePaintBudget::forWindow(window());
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
        markAllDirty();
        emit colorChanged();
    }
}

void BlockTextItem::setHighlightColor(const QColor &c)
{
    if (assign(m_highlightColor, c)) {
        markDirty(m_hlStart, m_hlEnd);
        emit colorChanged();
    }
}

// Only the lines the old or the new sentence touch are drawn again.
void BlockTextItem::setHighlightStart(int i)
{
    if (i == m_hlStart)
        return;
    markDirty(std::min(i, m_hlStart), std::max(i, m_hlStart) + 1);
    m_hlStart = i;
    emit highlightChanged();
}

void BlockTextItem::setHighlightEnd(int i)
{
    if (i == m_hlEnd)
        return;
    markDirty(std::min(i, m_hlEnd) - 1, std::max(i, m_hlEnd));
    m_hlEnd = i;
    emit highlightChanged();
}

void BlockTextItem::setViewportTop(double y)
{
    if (!std::isfinite(y) || !assign(m_viewportTop, y))
        return;
    if (m_layout && wantedLines() != m_shown)
        update();
    emit viewportChanged();
}

void BlockTextItem::setViewportBottom(double y)
{
    if (!std::isfinite(y) || !assign(m_viewportBottom, y))
        return;
    if (m_layout && wantedLines() != m_shown)
        update();
    emit viewportChanged();
}

void BlockTextItem::markAllDirty()
{
    for (Line &l : m_lines)
        l.dirty = true;
    update();
}

void BlockTextItem::markDirty(int start, int end)
{
    if (!m_layout || end <= start)
        return;
    for (int i = 0; i < int(m_lines.size()) && i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        const int ls = line.textStart();
        const int le = ls + std::max(1, line.textLength());
        if (start < le && end > ls) {
            m_lines[i].dirty = true;
            update();
        }
    }
}

int BlockTextItem::paintedLines() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return l.node != nullptr; }));
}

QString BlockTextItem::selectedText() const
{
    const int s = std::clamp(m_hlStart, 0, length());
    const int e = std::clamp(m_hlEnd, s, length());
    return m_text.mid(s, e - s);
}

bool BlockTextItem::boldAt(int position) const
{
    const_cast<BlockTextItem *>(this)->ensureLayout();
    if (m_bold)
        return true;
    if (!m_layout || position < 0 || position >= length())
        return false;
    for (const QTextLayout::FormatRange &r : m_layout->formats())
        if (position >= r.start && position < r.start + r.length && r.format.fontWeight() >= QFont::Bold)
            return true;
    return false;
}

QString BlockTextItem::getText(int start, int end) const
{
    start = std::clamp(start, 0, length());
    end = std::clamp(end, start, length());
    return m_text.mid(start, end - start);
}

void BlockTextItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
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
    option.setWrapMode(wrapModeFor(m_text));
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const double step = QFontMetricsF(font).height() * m_lineSpacing;
    m_lineStep = step;
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
    m_lineHeight = n > 0 ? m_layout->lineAt(0).height() : 0;
    const double height = n > 0 ? (n - 1) * step + QFontMetricsF(font).height() : QFontMetricsF(font).height();
    setImplicitHeight(std::ceil(height));
    // Every line image is stale; the nodes are rebuilt on the next frame.
    m_lines.assign(size_t(n), Line{});
    m_rebuildNodes = true;
    m_shown = {0, -1};
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

void BlockTextItem::itemChange(ItemChange change, const ItemChangeData &data)
{
    if (change == ItemSceneChange)
        m_budget = LinePaintBudget::forWindow(data.window);
    QQuickItem::itemChange(change, data);
}

void BlockTextItem::componentComplete()
{
    QQuickItem::componentComplete();
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

std::pair<int, int> BlockTextItem::linesBetween(double top, double bottom) const
{
    const int n = m_layout ? m_layout->lineCount() : 0;
    if (n == 0 || m_lineStep <= 0)
        return {0, -1};
    // Lines stand every m_lineStep pixels, so this is arithmetic, not a walk
    // over the lines: the view sets the viewport on every frame.
    const double last = std::floor(bottom / m_lineStep);
    const double first = std::ceil((top - m_lineHeight) / m_lineStep);
    const int a = int(std::clamp(first, 0.0, double(n)));
    const int b = int(std::clamp(last, -1.0, double(n - 1)));
    return a > b ? std::pair<int, int>{0, -1} : std::pair<int, int>{a, b};
}

std::pair<int, int> BlockTextItem::wantedLines() const
{
    // Half a screen of margin on each side: lines are drawn before they scroll in.
    const double margin = std::max(1.0, std::min(m_viewportBottom - m_viewportTop, 4096.0)) / 2;
    return linesBetween(m_viewportTop - margin, m_viewportBottom + margin);
}

std::pair<int, int> BlockTextItem::visibleLines() const
{
    return linesBetween(m_viewportTop, m_viewportBottom);
}

QRectF BlockTextItem::lineTarget(int index) const
{
    const QTextLine line = m_layout->lineAt(index);
    // As wide as the text (alignment included), with room for glyphs that
    // reach past their advance; never wider than the item.
    const QRectF text = line.naturalTextRect();
    const double slack = std::ceil(m_pixelSize * 0.15);
    const double left = std::max(0.0, std::floor(text.left() - slack));
    const double right = std::min(std::max(1.0, width()), std::ceil(text.right() + slack));
    return QRectF(left, line.y(), std::max(1.0, std::ceil(right - left)), std::max(1.0, std::ceil(line.height())));
}

QImage BlockTextItem::paintLine(int index, QRectF *target) const
{
    const QTextLine line = m_layout->lineAt(index);
    GlyphCache &cache = GlyphCache::shared();
    const QList<QGlyphRun> runs = line.glyphRuns();
    const int s = std::clamp(m_hlStart, 0, length());
    const int e = std::clamp(m_hlEnd, s, length());
    const int ls = line.textStart();
    const int le = ls + line.textLength();
    const bool highlighted = e > s && m_highlightColor.alpha() > 0 && e > ls && s < le;
    // Only the rows with ink, unless the sentence highlight (a band the
    // line's full height) is on this line: a Han character's ink is about
    // one em of a line some 1.45 em high, and every row of the image is
    // blended again on every frame while the text scrolls (by llvmpipe, or
    // by the software renderer): about a third fewer rows to blend.
    // Each glyph's coverage and where it goes, looked up once (QImage is
    // shared, not copied).
    struct Placed
    {
        QPoint at;
        QImage coverage;
    };
    std::vector<Placed> glyphs;
    for (const QGlyphRun &run : runs) {
        const QRawFont font = run.rawFont();
        const QList<quint32> indexes = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            const GlyphCache::Glyph &g = cache.glyph(font, indexes[i]);
            if (!g.coverage.isNull())
                glyphs.push_back({QPoint(int(std::lround(positions[i].x())), int(std::lround(positions[i].y()))) + g.offset, g.coverage});
        }
    }
    if (!highlighted) {
        double top = target->bottom(), bottom = target->top();
        for (const Placed &g : glyphs) {
            top = std::min<double>(top, g.at.y());
            bottom = std::max<double>(bottom, g.at.y() + g.coverage.height());
        }
        top = std::max(top, target->top());
        bottom = std::min(bottom, target->bottom());
        *target = bottom > top ? QRectF(target->left(), std::floor(top), target->width(), std::ceil(bottom) - std::floor(top))
                               : QRectF(target->left(), target->top(), target->width(), 1);
    }
    // ARGB32 premultiplied: what the software renderer draws fastest, and what
    // the RHI uploads as it is (BGRA), which lets llvmpipe copy it row by row
    // (LineNode.h); an RGBA8888 texture takes llvmpipe's slow path.
    QImage image(target->size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.translate(-target->topLeft());
    // 1. The glyphs' coverage, from images drawn once.
    for (const Placed &g : glyphs)
        painter.drawImage(g.at, g.coverage);
    // 2. Coloured where there is coverage: one fill for the whole line.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(*target, m_color);
    // 3. The sentence being read, underneath the text.
    if (highlighted) {
        painter.setCompositionMode(QPainter::CompositionMode_DestinationOver);
        const double x1 = line.cursorToX(std::max(s, ls));
        const double x2 = line.cursorToX(std::min(e, le));
        painter.fillRect(QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height()), m_highlightColor);
    }
    return image;
}

QSGNode *BlockTextItem::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    ensureLayout();
    if (!old) { // a new node tree (first frame, or the scene graph dropped ours): no line has a node
        for (Line &l : m_lines) {
            l.node = nullptr;
            l.dirty = true;
        }
    }
    QSGNode *root = old ? old : new QSGNode;
    if (m_rebuildNodes) { // a new layout: the old lines' nodes (and textures) go
        while (QSGNode *child = root->firstChild()) {
            root->removeChildNode(child);
            delete child;
        }
        m_rebuildNodes = false;
    }
    if (!m_layout)
        return root;
    const auto [first, last] = wantedLines();
    const auto [onFirst, onLast] = visibleLines();
    m_shown = {first, last};
    // Lines far from the screen let go of their image; the others that are
    // missing or stale are painted, those on screen first, then the nearest.
    std::vector<std::pair<double, int>> stale; // (distance from the viewport, line)
    for (int i = 0; i < int(m_lines.size()); ++i) {
        Line &l = m_lines[size_t(i)];
        if (i >= first && i <= last) {
            if (!l.node || l.dirty) {
                const double top = i * m_lineStep;
                const double distance = std::max({0.0, m_viewportTop - (top + m_lineHeight), top - m_viewportBottom});
                stale.emplace_back(distance, i);
            }
        } else {
            if (l.node) { // far from the screen: no node, no texture
                root->removeChildNode(l.node);
                delete l.node;
                l.node = nullptr;
            }
            l.dirty = true;
        }
    }
    std::sort(stale.begin(), stale.end());
    bool deferred = false;
    for (const auto &[distance, i] : stale) {
        Line &l = m_lines[size_t(i)];
        QRectF target = lineTarget(i);
        const qint64 area = qint64(target.width()) * qint64(target.height());
        // A gap on screen is filled now; the rest within this frame's budget.
        const bool gap = !l.node && i >= onFirst && i <= onLast;
        if (m_budget && gap)
            m_budget->charge(area);
        else if (m_budget && !m_budget->take(area)) {
            deferred = true;
            continue;
        }
        const QImage image = paintLine(i, &target);
        ++m_paintCount;
        const bool added = !l.node;
        if (added)
            l.node = createLineNode(window());
        // The texture is the only copy kept (the image goes when this returns).
        setLineImage(l.node, window(), image, target);
        l.dirty = false;
        // Into the tree only once it has a texture: the software renderer reads it at once.
        if (added)
            root->appendChildNode(l.node);
    }
    // Render thread: ask the GUI thread for another frame to paint the rest.
    if (deferred)
        QMetaObject::invokeMethod(this, [this] { update(); }, Qt::QueuedConnection);
    return root;
}

} // namespace lectern
