#pragma once

#include "document/Anchor.h"
#include "speech/Typography.h"

#include <QList>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

namespace lectern {

// The logical canvas a page is laid out on; every screen shows it scaled, so
// the operator's preview and each projector show the same pages.
struct PageGeometry
{
    QSizeF canvas{1920, 1080};
    QMarginsF margins{96, 64, 96, 64};
    double headerHeight = 56; // meeting/speech title and section
    double footerHeight = 56; // page n / N, clock

    // Margins, header and footer scale with the canvas height, as on screen.
    static PageGeometry forCanvas(QSizeF canvas)
    {
        const double unit = canvas.height() / 1080.0;
        PageGeometry g;
        g.canvas = canvas;
        g.margins = QMarginsF(96 * unit, 64 * unit, 96 * unit, 64 * unit);
        g.headerHeight = g.footerHeight = 56 * unit;
        return g;
    }

    QSizeF bodySize() const
    {
        return {canvas.width() - margins.left() - margins.right(),
                canvas.height() - margins.top() - margins.bottom() - headerHeight - footerHeight};
    }
};

// Type for the projected pages: one body size for the whole speech.
struct PageStyle
{
    double bodyPx = 48;
    double lineSpacing = 1.35;      // line advance as a multiple of the font's line height
    double paragraphGap = 0.5;      // extra space between blocks, in lines
    TypeFaces faces;                // TypeFaces::installed() for what is drawn

    static PageStyle installed() { return {.faces = TypeFaces::installed()}; }
};

// One line as drawn: [start, start + length) of a block's text, at y in the body box.
struct PageLine
{
    int block = 0;
    int start = 0;
    int length = 0;
    QString text;
    double y = 0;
    double height = 0;
    bool firstOfBlock = false;
    bool lastOfBlock = false;
};

struct Page
{
    QList<PageLine> lines;
    Anchor first;              // first character on the page
    Anchor last;               // last character on the page
    Anchor end;                // just after it, where the next page begins
    bool continued = false;    // begins inside a paragraph that started on the page before
    bool continues = false;    // its last paragraph goes on over the page
};

struct Pagination
{
    double fontPx = 0;
    QList<Page> pages;

    // The page that shows `anchor` (0-based), or -1.
    int pageOf(Anchor anchor) const;
};

} // namespace lectern
