#include "Cleaner.h"

#include "BoilerplateRules.h"
#include "HardWrapJoiner.h"
#include "Structurer.h"
#include "formats/TextLines.h"

#include <algorithm>

namespace lectern {
namespace {

bool startsIndented(const QString &text)
{
    return text.startsWith(QChar(0x3000)) || text.startsWith(u'\t') || text.startsWith(QLatin1String("  "));
}

bool isAsciiLetter(QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); }

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
    for (const RawParagraph &r : raw) {
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
        if (!options.keepLines.contains(r.sourceLine)) {
            if (auto reason = classifyJunkLine(e.p.text)) {
                result.removals.append({r.sourceLine, e.p.text, *reason});
                if (*reason == RemovalReason::PageArtefact) {
                    while (!entries.isEmpty() && entries.last().blank)
                        entries.removeLast();
                    dropBlanksAfter = true;
                }
                continue;
            }
        }
        entries.append(e);
    }

    // 2. Whatever stands before the title is what the download page left behind.
    QStringList texts;
    QList<bool> titleStyles;
    QList<int> nonBlank;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries[i].blank)
            continue;
        nonBlank.append(i);
        texts.append(entries[i].p.text);
        titleStyles.append(entries[i].p.styleTitle);
    }
    const int title = findTitleIndex(texts, titleStyles);
    if (title > 0) {
        QList<Entry> kept;
        const int titleEntry = nonBlank[title];
        for (int i = 0; i < entries.size(); ++i) {
            const Entry &e = entries[i];
            if (i < titleEntry && !e.blank && !options.keepLines.contains(e.p.sourceLine)) {
                result.removals.append({e.p.sourceLine, e.p.text, RemovalReason::Preamble});
                continue;
            }
            kept.append(e);
        }
        entries = std::move(kept);
    }

    // 3. Paragraphs: other formats have real paragraphs; plain text may be hard-wrapped.
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
