#include "Cleaner.h"

#include "BoilerplateRules.h"
#include "HardWrapJoiner.h"
#include "StructurePatterns.h"
#include "formats/TextLines.h"

#include <algorithm>

namespace lectern {
namespace {

bool startsIndented(const QString &text)
{
    return text.startsWith(QChar(0x3000)) || text.startsWith(u'\t') || text.startsWith(QLatin1String("  "));
}

bool isAsciiLetter(QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); }

constexpr int kAdvertHeadLines = 12; // the top of a download, where advertising blocks stand

// Each line's junk reason, if it is junk. At the top of a file a short line
// standing between two advertising lines belongs to the advertisement (a
// shop's name, its slogan: 仅供学习 / 酷乐文行 / 自建平台、实时分享), though
// alone it would pass for text.
QList<std::optional<RemovalReason>> junkLines(const RawParagraphs &raw, const QSet<int> &keepLines)
{
    QList<std::optional<RemovalReason>> junk(raw.size());
    QList<qsizetype> head; // the first non-blank lines
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const QString text = trimmedLine(raw[k].text);
        if (text.isEmpty())
            continue;
        if (head.size() < kAdvertHeadLines)
            head.append(k);
        if (!keepLines.contains(raw[k].sourceLine))
            junk[k] = classifyJunkLine(text);
    }
    auto isAdvert = [&junk](qsizetype k) { return junk[k] == RemovalReason::Boilerplate; };
    for (qsizetype h = 1; h + 1 < head.size(); ++h) {
        const qsizetype k = head[h];
        const QString text = trimmedLine(raw[k].text);
        if (!junk[k] && !keepLines.contains(raw[k].sourceLine) && text.size() <= 30 && !endsSentence(text)
            && isAdvert(head[h - 1]) && isAdvert(head[h + 1]))
            junk[k] = RemovalReason::Boilerplate;
    }
    return junk;
}

} // namespace

CleanResult clean(const RawParagraphs &raw, SourceFormat format, const CleanOptions &options)
{
    CleanResult result;

    // 1. Trim, and drop junk lines. Blank lines around a page artefact go with
    //    it, so a paragraph broken across a page can still be re-joined.
    struct Entry { RawParagraph p; bool indented = false; bool blank = false; };
    QList<Entry> entries;
    entries.reserve(raw.size());
    bool dropBlanksAfter = false;
    bool junkAbove = false; // a junk line went since the last kept line
    const QList<std::optional<RemovalReason>> junk = junkLines(raw, options.keepLines);
    // A line put back is the secretary's, but it is still what it was: a kept
    // watermark above the title stays apart from the title (a preamble), as
    // it would have if it had gone.
    const QList<std::optional<RemovalReason>> wouldBeJunk = options.keepLines.isEmpty() ? junk : junkLines(raw, {});
    for (qsizetype k = 0; k < raw.size(); ++k) {
        const RawParagraph &r = raw[k];
        Entry e;
        e.p = r;
        e.p.text = trimmedLine(r.text);
        const qsizetype lead = e.p.text.isEmpty() ? 0 : leadingSpaces(r.text); // indent trimmed off
        e.p.boldPrefix = std::max(0, r.boldPrefix - int(lead));
        e.p.boldPrefix = std::min(e.p.boldPrefix, int(e.p.text.size()));
        e.indented = startsIndented(r.text);
        e.blank = e.p.text.isEmpty();
        if (e.blank) {
            if (!dropBlanksAfter)
                entries.append(e);
            continue;
        }
        dropBlanksAfter = false;
        if (const auto &reason = junk[k]) {
            result.removals.append({r.sourceLine, e.p.text, *reason});
            junkAbove = true;
            // Like a page break, markup may stand inside a sentence (组 ⏎⏎ <!--more--> ⏎⏎ 织).
            if (*reason == RemovalReason::PageArtefact || *reason == RemovalReason::Image || *reason == RemovalReason::Markup) {
                while (!entries.isEmpty() && entries.last().blank)
                    entries.removeLast();
                dropBlanksAfter = true;
            }
            continue;
        }
        e.p.afterJunk = junkAbove;
        junkAbove = wouldBeJunk[k].has_value();
        entries.append(e);
    }

    // 2. Paragraphs: other formats have real paragraphs; plain text may be hard-wrapped.
    result.paragraphs.reserve(entries.size());
    if (format != SourceFormat::Text) {
        for (Entry &e : entries)
            if (!e.blank)
                result.paragraphs.append(std::move(e.p));
    } else {
        QList<WrapLine> lines;
        lines.reserve(entries.size());
        for (const Entry &e : std::as_const(entries))
            lines.append({e.p.text, e.p.sourceLine, e.indented, e.blank});
        const QList<QList<int>> groups = groupWrappedLines(lines, options.keepLines, &result.removals);
        for (const QList<int> &group : groups) {
            RawParagraph p = entries[group.first()].p;
            for (int k = 1; k < group.size(); ++k) {
                const QString &next = entries[group[k]].p.text;
                if (!p.text.isEmpty() && !next.isEmpty() && isAsciiLetter(p.text.back()) && isAsciiLetter(next.front()))
                    p.text += u' ';
                p.text += next;
            }
            result.paragraphs.append(std::move(p));
        }
    }

    std::stable_sort(result.removals.begin(), result.removals.end(),
                     [](const Removal &a, const Removal &b) { return a.line < b.line; });
    return result;
}

} // namespace lectern
