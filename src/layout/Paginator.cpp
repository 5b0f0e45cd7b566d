#include "Paginator.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

#include <cmath>

namespace lectern {
namespace {

// A laid-out line of the whole speech, before it is given a page.
struct FlowLine
{
    int blockIndex = 0;
    int start = 0;
    int length = 0;
    double height = 0;   // advance
    double gapBefore = 0; // space before the block's first line (dropped at a page top)
    bool heading = false;
    bool first = false;
    bool last = false;
};

QList<FlowLine> layoutLines(const Document &doc, double width, const PageStyle &style)
{
    QList<FlowLine> flow;
    for (int bi = 0; bi < doc.blocks.size(); ++bi) {
        const Block &b = doc.blocks[bi];
        const QFont font = Paginator::fontFor(b, style);
        const double advance = QFontMetricsF(font).height() * style.lineSpacing;
        QTextLayout layout(b.text, font);
        // A point's lead sentence is drawn bold: measure it bold too.
        if (const int bold = boldLeadLength(b); bold > 0) {
            QTextLayout::FormatRange lead;
            lead.start = 0;
            lead.length = bold;
            lead.format.setFontWeight(QFont::Bold);
            layout.setFormats({lead});
        }
        QTextOption option;
        option.setWrapMode(wrapModeFor(b.text));
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        layout.beginLayout();
        QList<FlowLine> lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            FlowLine f;
            f.blockIndex = bi;
            f.start = line.textStart();
            f.length = line.textLength();
            f.height = advance;
            f.heading = b.kind == BlockKind::Heading || b.kind == BlockKind::Title;
            lines.append(f);
        }
        layout.endLayout();
        if (lines.isEmpty())
            continue;
        lines.first().first = true;
        lines.last().last = true;
        lines.first().gapBefore = bi == 0 ? 0 : style.paragraphGap * advance;
        flow += lines;
    }
    return flow;
}

// Adjusts a greedy break (the index of the first line that did not fit) so
// that headings stay with their text and no paragraph leaves one line alone.
int adjustBreak(const QList<FlowLine> &flow, int pageStart, int brk)
{
    auto blockLines = [&](int i) {
        int a = i, z = i;
        while (a > 0 && flow[a - 1].blockIndex == flow[i].blockIndex)
            --a;
        while (z + 1 < flow.size() && flow[z + 1].blockIndex == flow[i].blockIndex)
            ++z;
        return std::pair{a, z};
    };
    int b = brk;
    // Widow: only the last line of a paragraph would go over: take one more with it.
    if (b < flow.size() && flow[b].last && !flow[b].first) {
        const auto [a, z] = blockLines(b);
        b = (z - a + 1 >= 3) ? b - 1 : a;
    }
    // Orphan: the page would end with just the first line of a longer paragraph.
    if (b - 1 >= pageStart && flow[b - 1].first && !flow[b - 1].last)
        b = b - 1;
    // A heading at the foot of a page goes over with its text.
    while (b - 1 >= pageStart && flow[b - 1].heading)
        b = blockLines(b - 1).first;
    // Never an empty page: if the rules leave nothing, the greedy break stands.
    return b > pageStart ? b : brk;
}

} // namespace

QFont Paginator::fontFor(const Block &block, const PageStyle &style)
{
    return blockFont(style.faces, block.kind, block.level, style.bodyPx, TypeMedium::Page);
}

Pagination Paginator::paginate(const Document &doc, const PageGeometry &geometry, const PageStyle &style) const
{
    Pagination result;
    result.fontPx = style.bodyPx;
    const QSizeF body = geometry.bodySize();
    const QList<FlowLine> flow = layoutLines(doc, body.width(), style);

    int start = 0;
    while (start < flow.size()) {
        // Greedy: as many whole lines as fit.
        double y = 0;
        int end = start;
        while (end < flow.size()) {
            const double gap = end == start ? 0 : flow[end].gapBefore;
            if (end > start && y + gap + flow[end].height > body.height())
                break;
            y += gap + flow[end].height;
            ++end;
        }
        if (end < flow.size())
            end = adjustBreak(flow, start, end);

        Page page;
        y = 0;
        for (int i = start; i < end; ++i) {
            const FlowLine &f = flow[i];
            const Block &b = doc.blocks[f.blockIndex];
            y += i == start ? 0 : f.gapBefore;
            page.lines.append({b.id, f.start, f.length, b.text.mid(f.start, f.length), y, f.height, f.first, f.last});
            y += f.height;
        }
        const FlowLine &firstLine = flow[start];
        const FlowLine &lastLine = flow[end - 1];
        page.first = {doc.blocks[firstLine.blockIndex].id, firstLine.start};
        page.last = {doc.blocks[lastLine.blockIndex].id, lastLine.start + std::max(0, lastLine.length - 1)};
        page.end = {doc.blocks[lastLine.blockIndex].id, lastLine.start + lastLine.length};
        if (lastLine.last && end < flow.size()) // the next block starts the next page
            page.end = {doc.blocks[flow[end].blockIndex].id, 0};
        page.continued = !firstLine.first;
        page.continues = !lastLine.last;
        result.pages.append(std::move(page));
        start = end;
    }
    return result;
}

double Paginator::autoFitPx(const Document &doc, const PageGeometry &geometry, PageStyle style, double minPx,
                            double maxPx) const
{
    auto fits = [&](double px) {
        style.bodyPx = px;
        return paginate(doc, geometry, style).pages.size() <= 1;
    };
    if (!fits(minPx))
        return minPx;
    double lo = minPx, hi = maxPx;
    if (fits(hi))
        return hi;
    while (hi - lo > 1) { // whole pixels
        const double mid = std::floor((lo + hi) / 2);
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

bool breaksPunctuationRules(const QString &lineText)
{
    static const QString closing = QStringLiteral("。，、；：？！）」』》〉】〕”’．,.;:?!)]}");
    static const QString opening = QStringLiteral("（「『《〈【〔“‘([{");
    const QString t = lineText.trimmed();
    if (t.isEmpty())
        return false;
    return closing.contains(t.front()) || opening.contains(t.back());
}

} // namespace lectern
