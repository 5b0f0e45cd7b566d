#include "HardWrapJoiner.h"

#include "StructurePatterns.h"

#include <QMap>
#include <algorithm>

namespace lectern {

int displayWidth(const QString &text)
{
    int w = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue; // counted with its high half
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        w += wide ? 2 : 1;
    }
    return w;
}

int detectWrapWidth(const QList<WrapLine> &lines)
{
    QList<int> widths;
    for (const WrapLine &l : lines)
        if (!l.blank)
            widths.append(displayWidth(l.text));
    if (widths.size() < 4)
        return 0;
    // The wrap width is the one that many lines reach but none exceed by much:
    // find the 5-column window holding the most lines.
    QMap<int, int> histogram;
    for (int w : widths)
        ++histogram[w];
    int best = 0, bestCount = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        const int w = it.key();
        int count = 0;
        for (auto jt = histogram.lowerBound(w - 4); jt != histogram.cend() && jt.key() <= w; ++jt)
            count += jt.value();
        if (count >= bestCount) { // ties go to the wider window
            bestCount = count;
            best = w;
        }
    }
    // Fewer than 20 CJK columns is a list of headings, not wrapped prose.
    if (best < 40 || bestCount < 3 || bestCount * 4 < widths.size())
        return 0;
    return best;
}

QList<QList<int>> groupWrappedLines(const QList<WrapLine> &lines, const QSet<int> &keepBreaks, QList<Removal> *joins)
{
    const int wrap = detectWrapWidth(lines);
    const int indentedCount = int(std::count_if(lines.cbegin(), lines.cend(), [](const WrapLine &l) { return !l.blank && l.indented; }));
    const bool usesIndent = indentedCount >= 3;

    QList<QList<int>> groups;
    bool open = false; // the last group may still take the next line
    for (int i = 0; i < lines.size(); ++i) {
        const WrapLine &line = lines[i];
        if (line.blank) {
            open = false;
            continue;
        }
        bool join = false;
        if (open && wrap > 0 && !keepBreaks.contains(line.sourceLine)) {
            const WrapLine &prev = lines[groups.last().last()];
            const bool full = displayWidth(prev.text) >= wrap - 6;
            const bool startsBlock = headingLevelOf(line.text) > 0 || leadSentenceLength(line.text) > 0
                || isSalutation(line.text) || isClosing(line.text) || (usesIndent && line.indented);
            // A full line that ends a sentence is ambiguous; with indents marking
            // paragraphs, an unindented next line settles it as a continuation.
            join = full && !startsBlock && (!endsSentence(prev.text) || usesIndent);
        }
        if (join) {
            groups.last().append(i);
            if (joins)
                joins->append({line.sourceLine, line.text, RemovalReason::HardWrap});
        } else {
            groups.append(QList<int>{i});
        }
        open = true;
    }
    return groups;
}

} // namespace lectern
