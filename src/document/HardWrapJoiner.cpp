#include "HardWrapJoiner.h"

#include "StructurePatterns.h"

#include <QMap>
#include <algorithm>
#include <array>
#include <vector>

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

namespace {

// The line stops where no sentence can: on a Han character, a letter or digit,
// a comma or 顿号, an opening quote or bracket.
bool endsOpen(const QString &text)
{
    if (text.isEmpty())
        return false;
    static const QString openers = QStringLiteral("，,、“‘「『《（(—");
    const QChar c = text.back();
    return c.isLetterOrNumber() || openers.contains(c);
}

bool endsWithComma(const QString &text)
{
    static const QString commas = QStringLiteral("，,、“‘「『《（(");
    return !text.isEmpty() && commas.contains(text.back());
}

// Running prose, not a heading or a name: it has punctuation inside.
bool hasInnerStop(const QString &text)
{
    static const QString stops = QStringLiteral("，。；、：！？");
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return stops.contains(c); });
}

// Headings of a level "run in" when the heading sentence and its paragraph
// share a line (（一）构建高水平市场经济体制。坚持…). Where a level does, a
// bare heading line of that level with no stop at all is a fragment cut off
// by a line break (（二）坚持不懈用 ⏎⏎ 新时代…), not a heading of its own.
std::array<bool, 4> runInLevels(const QList<WrapLine> &lines, const std::vector<int> &levels)
{
    std::array<int, 4> runIn{}, bare{};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const WrapLine &l = lines[i];
        const int level = levels[size_t(i)];
        if (level == 0)
            continue;
        const int first = firstSentenceLength(l.text);
        if (first < l.text.size() - 1)
            ++runIn[size_t(level)];
        else if (first >= l.text.size() && endsOpen(l.text))
            ++bare[size_t(level)];
    }
    std::array<bool, 4> out{};
    for (size_t k = 1; k < 4; ++k)
        out[k] = runIn[k] >= 2 && runIn[k] >= 2 * bare[k];
    return out;
}

// Where the body starts: after the salutation, or else at the first line of
// prose. Above it stand title lines, bylines and dates, which end open too.
int bodyStart(const QList<WrapLine> &lines)
{
    for (int i = 0; i < std::min<int>(int(lines.size()), 40); ++i)
        if (!lines[i].blank && isSalutation(lines[i].text))
            return i + 1;
    for (int i = 0; i < lines.size(); ++i)
        if (!lines[i].blank && (endsSentence(lines[i].text) || hasInnerStop(lines[i].text)))
            return i;
    return int(lines.size());
}

} // namespace

QList<QList<int>> groupWrappedLines(const QList<WrapLine> &lines, const QSet<int> &keepBreaks, QList<Removal> *joins)
{
    const int wrap = detectWrapWidth(lines);
    const int indentedCount = int(std::count_if(lines.cbegin(), lines.cend(), [](const WrapLine &l) { return !l.blank && l.indented; }));
    const bool usesIndent = indentedCount >= 3;
    // Each line's heading level, once: the rules below ask for it up to three times.
    std::vector<int> levels(size_t(lines.size()), 0);
    for (qsizetype i = 0; i < lines.size(); ++i)
        levels[size_t(i)] = lines[i].blank ? 0 : headingLevelOf(lines[i].text);
    const std::array<bool, 4> runIn = runInLevels(lines, levels);
    const int body = bodyStart(lines);

    // A line cut inside a sentence, at whatever width (a web page, a PDF
    // copied by hand), even across blank lines: it ends open and is prose, or
    // is a heading of a level whose headings run into their paragraph.
    // (Cheapest tests first: this runs on every line of a 1 MB file.)
    auto isFragment = [&](const WrapLine &prev, int index) {
        if (index < body || !endsOpen(prev.text))
            return false;
        const bool prose = endsWithComma(prev.text) || (displayWidth(prev.text) >= 30 && hasInnerStop(prev.text));
        if (const int level = levels[size_t(index)]; level > 0) {
            const int first = firstSentenceLength(prev.text);
            if (first >= prev.text.size()) // a bare heading: cut off only where its level runs in
                return runIn[size_t(level)];
            // （一）稳定粮食播种面积。各乡镇要把…分解落实到村 ⏎ 到户到田块: the
            // heading ran into its paragraph, and the paragraph was cut.
            return prose;
        }
        return prose && !isClosing(prev.text) && !isDateLine(prev.text) && !isSalutation(prev.text) && !isSalutationHead(prev.text);
    };

    QList<QList<int>> groups;
    bool open = false;      // the last group may still take the next line
    bool fragment = false;  // the last group ends inside a sentence: it takes the next line, blank lines or not
    for (int i = 0; i < lines.size(); ++i) {
        const WrapLine &line = lines[i];
        if (line.blank) {
            open = false;
            continue;
        }
        bool join = false;
        if ((open || fragment) && !keepBreaks.contains(line.sourceLine)) {
            const WrapLine &prev = lines[groups.last().last()];
            // A full line that ends a sentence is ambiguous; with indents marking
            // paragraphs, an unindented next line settles it as a continuation.
            const bool wrapped = open && wrap > 0 && displayWidth(prev.text) >= wrap - 6
                && (!endsSentence(prev.text) || usesIndent);
            if (wrapped || fragment) {
                const bool startsBlock = (usesIndent && line.indented) || levels[size_t(i)] > 0
                    || leadSentenceLength(line.text) > 0 || isSalutation(line.text) || isClosing(line.text);
                join = !startsBlock;
            }
        }
        if (join) {
            groups.last().append(i);
            if (joins)
                joins->append({line.sourceLine, line.text, RemovalReason::HardWrap});
        } else {
            groups.append(QList<int>{i});
        }
        open = true;
        fragment = isFragment(line, i);
    }
    return groups;
}

} // namespace lectern
