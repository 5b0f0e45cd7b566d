#pragma once

#include "LinePaintBudget.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QTextLayout>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <vector>

class QSGNode;

namespace lectern {

// One block of the speech on the prompter, drawn for scrolling: its text is
// laid out once (QTextLayout), and each line near the screen is painted into
// an image of its own from glyph images drawn once (GlyphCache), again only
// when something that line shows changes — text, size, width, colour, the
// sentence highlight. While the speech scrolls, a frame only moves finished
// images, whatever the type size. Lines further than half a screen from the
// viewport (viewportTop/viewportBottom, set by the view) hold no image; a
// line's image is only as wide as its text and as tall as its ink (the
// line's full height only under the sentence highlight) and lives only as
// the texture the scene graph draws, so memory follows the screen, not the
// paragraph. What is painted in one frame is bounded by the window's
// LinePaintBudget: lines not yet on screen, or only stale, wait for later
// frames; a gap on screen never waits.
//
// It answers the questions the prompter view asks of the very layout that is
// drawn (positionToRectangle, positionAt, length), so an anchor maps to the
// pixels on screen exactly, and the sentence highlight is drawn under the
// text (its background) without touching the glyphs' colour.
class BlockTextItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY layoutChanged)
    Q_PROPERTY(int boldLength READ boldLength WRITE setBoldLength NOTIFY layoutChanged)
    Q_PROPERTY(QString family READ family WRITE setFamily NOTIFY layoutChanged)
    Q_PROPERTY(double pixelSize READ pixelSize WRITE setPixelSize NOTIFY layoutChanged)
    Q_PROPERTY(bool bold READ bold WRITE setBold NOTIFY layoutChanged)
    Q_PROPERTY(bool centered READ centered WRITE setCentered NOTIFY layoutChanged)
    Q_PROPERTY(double lineSpacing READ lineSpacing WRITE setLineSpacing NOTIFY layoutChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY colorChanged)
    Q_PROPERTY(int highlightStart READ highlightStart WRITE setHighlightStart NOTIFY highlightChanged)
    Q_PROPERTY(int highlightEnd READ highlightEnd WRITE setHighlightEnd NOTIFY highlightChanged)
    Q_PROPERTY(int length READ length NOTIFY layoutChanged)
    Q_PROPERTY(int lineCount READ lineCount NOTIFY laidOut)
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY highlightChanged)
    // The part of this item on screen, in its own coordinates (the view sets it
    // as it scrolls); lines within a screen of it are drawn. Default: all.
    Q_PROPERTY(double viewportTop READ viewportTop WRITE setViewportTop NOTIFY viewportChanged)
    Q_PROPERTY(double viewportBottom READ viewportBottom WRITE setViewportBottom NOTIFY viewportChanged)

public:
    explicit BlockTextItem(QQuickItem *parent = nullptr);
    ~BlockTextItem() override;

    QString text() const { return m_text; }
    void setText(const QString &text);
    int boldLength() const { return m_boldLength; }
    void setBoldLength(int n);
    QString family() const { return m_family; }
    void setFamily(const QString &family);
    double pixelSize() const { return m_pixelSize; }
    void setPixelSize(double px);
    bool bold() const { return m_bold; }
    void setBold(bool on);
    bool centered() const { return m_centered; }
    void setCentered(bool on);
    double lineSpacing() const { return m_lineSpacing; }
    void setLineSpacing(double spacing);
    QColor color() const { return m_color; }
    void setColor(const QColor &c);
    QColor highlightColor() const { return m_highlightColor; }
    void setHighlightColor(const QColor &c);
    int highlightStart() const { return m_hlStart; }
    void setHighlightStart(int i);
    int highlightEnd() const { return m_hlEnd; }
    void setHighlightEnd(int i);
    double viewportTop() const { return m_viewportTop; }
    void setViewportTop(double y);
    double viewportBottom() const { return m_viewportBottom; }
    void setViewportBottom(double y);
    int length() const { return int(m_text.size()); }
    int lineCount() const;
    QString selectedText() const;

    // Where the character at `position` is drawn (its cursor rectangle: x, line top, line height).
    Q_INVOKABLE QRectF positionToRectangle(int position) const;
    // The character position nearest to (x, y), in item coordinates.
    Q_INVOKABLE int positionAt(double x, double y) const;
    Q_INVOKABLE QString getText(int start, int end) const;
    // Whether the character at `position` is laid out and drawn bold.
    Q_INVOKABLE bool boldAt(int position) const;

    // Lines with an image now (for tests and the benchmark's memory figure).
    Q_INVOKABLE int paintedLines() const;
    // Line images painted since the item was made (for tests: what a change costs).
    Q_INVOKABLE int paintCount() const { return m_paintCount; }

signals:
    void layoutChanged();
    void laidOut();
    void colorChanged();
    void highlightChanged();
    void viewportChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void updatePolish() override;
    void componentComplete() override;
    void itemChange(ItemChange change, const ItemChangeData &data) override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    struct Line
    {
        bool dirty = true;            // what it shows changed since it was drawn
        QSGNode *node = nullptr;      // null: not drawn (far from the screen); a LineNode
    };
    void relayout();
    void ensureLayout();
    void scheduleRelayout();
    void markAllDirty();
    void markDirty(int start, int end); // lines holding characters [start, end)
    std::pair<int, int> linesBetween(double top, double bottom) const; // [first, last] reaching into [top, bottom]
    std::pair<int, int> wantedLines() const;  // within half a screen of the viewport
    std::pair<int, int> visibleLines() const; // in the viewport
    // Where the line's image goes, in item coordinates (the line's box), and
    // the image, with `target` narrowed to the rows it needs.
    QRectF lineTarget(int index) const;
    QImage paintLine(int index, QRectF *target) const;

    QString m_text;
    int m_boldLength = 0;
    QString m_family;
    double m_pixelSize = 48;
    bool m_bold = false;
    bool m_centered = false;
    double m_lineSpacing = 1.4;
    QColor m_color = Qt::white;
    QColor m_highlightColor = Qt::transparent;
    int m_hlStart = 0;
    int m_hlEnd = 0;
    std::unique_ptr<QTextLayout> m_layout;
    double m_layoutWidth = -1;
    bool m_relayoutPending = false;
    double m_viewportTop = -1e9;
    double m_viewportBottom = 1e9;
    std::pair<int, int> m_shown{0, -1};
    double m_lineStep = 0;   // from one line's top to the next's
    double m_lineHeight = 0; // a line's own height
    std::vector<Line> m_lines;
    bool m_rebuildNodes = true; // drop every node (a new layout)
    QPointer<LinePaintBudget> m_budget; // the window's; set on the GUI thread as the item enters one
    int m_paintCount = 0;
};

} // namespace lectern
