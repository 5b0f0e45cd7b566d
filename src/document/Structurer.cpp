#include "Structurer.h"

#include "StructurePatterns.h"

namespace lectern {
namespace {

constexpr int kFrontMatterWindow = 12; // lines from the top in which a salutation is looked for
constexpr int kHeadingMaxLength = 50;  // longer "一、…" lines are run-in headings (points)

bool isSubtitle(const QString &text)
{
    return text.startsWith(u'—') || text.startsWith(QLatin1String("--"));
}

// A last paragraph that ends "……。我的讲话完了，谢谢大家！" carries the closing in it.
int closingTailStart(const QString &text)
{
    for (qsizetype i = text.size() - 2; i > 0; --i) {
        const QChar c = text[i];
        if (c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?') {
            const QString tail = text.mid(i + 1);
            return isClosing(tail) ? int(i + 1) : -1;
        }
    }
    return -1;
}

// The title's lines and its ——subtitle taken apart (StructurePatterns'
// splitSubtitle): 政府工作报告——2024年3月5日在……会议上国务院总理 李强 on one
// line, or a subtitle on a line of its own under a title of one or two lines.
struct TitleParts { QString title; SubtitleParts subtitle; };

TitleParts splitTitle(QStringList lines, const QString &subtitleLine)
{
    QString subtitle = subtitleLine;
    QString &last = lines.last();
    if (const qsizetype dash = last.indexOf(QStringLiteral("——")); subtitle.isEmpty() && dash > 0) {
        subtitle = last.mid(dash);
        last = last.left(dash).trimmed();
        if (!splitSubtitle(subtitle).split) { // a dash inside the title: put it back
            last += subtitle;
            subtitle.clear();
        }
    }
    TitleParts parts{lines.join(u'\n'), splitSubtitle(subtitle)};
    if (!parts.subtitle.split && !subtitle.isEmpty())
        parts.title += u'\n' + subtitle;
    else if (!parts.subtitle.kept.isEmpty())
        parts.title += u'\n' + parts.subtitle.kept;
    return parts;
}

} // namespace

namespace {

// A title over two lines: the line right above the one found is its first
// line when it is short, ends no sentence and is nothing else of the front
// matter. A junk line between them (来源：…) or a line that repeats the other
// (2025年某省政府工作报告 over 政府工作报告) marks a page headline over the
// document's own title instead.
bool isTitleFirstLine(const QString &above, const QString &title, bool junkBetween)
{
    return !junkBetween && above.size() <= 40 && !endsSentence(above) && !above.endsWith(u'，')
        && !above.endsWith(u',') && !isDateLine(above) && !isSalutation(above) && !isSalutationHead(above)
        && !isSubtitle(above) && headingLevelOf(above) == 0 && !above.contains(title) && !title.contains(above)
        && !(looksLikeTitle(above) && !looksLikeTitle(title)); // a whole title over a line that is something else
}

bool isBylineOrDate(const QString &text)
{
    return isDateLine(text) || looksLikeByline(text) || proseBylineDateLength(text) > 0;
}

} // namespace

TitlePlace findTitle(const QStringList &texts, const QList<bool> &titleStyles, const QList<bool> &afterJunk)
{
    const int window = std::min<int>(int(texts.size()), kFrontMatterWindow);
    for (int i = 0; i < std::min<int>(int(titleStyles.size()), window); ++i)
        if (titleStyles[i])
            return {i, 1};

    auto place = [&](int t) -> TitlePlace {
        if (t > 0 && isTitleFirstLine(texts[t - 1], texts[t], afterJunk.value(t)))
            return {t - 1, 2};
        return {t, 1};
    };
    for (int s = 0; s < window; ++s) {
        if (!isSalutation(texts[s]) && !(isSalutationHead(texts[s]) && s + 1 < texts.size() && isSalutation(texts[s + 1])))
            continue;
        int j = s - 1;
        while (j >= 0 && isBylineOrDate(texts[j]))
            --j;
        if (j < 0)
            return s > 0 ? TitlePlace{0, 1} : TitlePlace{}; // everything above was short: the first line is the title
        if (texts[j].size() > 80 || endsSentence(texts[j]))
            return {};
        if (isSubtitle(texts[j]) && j > 0 && !endsSentence(texts[j - 1]))
            return place(j - 1);
        return place(j);
    }
    for (int i = 0; i < window; ++i)
        if (looksLikeTitle(texts[i]))
            return (isSubtitle(texts[i]) && i > 0) ? place(i - 1) : place(i);
    return {};
}

int findTitleIndex(const QStringList &texts, const QList<bool> &titleStyles)
{
    return findTitle(texts, titleStyles).first;
}

Document structure(const RawParagraphs &paragraphs)
{
    Document doc;
    QStringList texts;
    QList<bool> titleStyles;
    QList<bool> afterJunk;
    for (const RawParagraph &p : paragraphs) {
        texts.append(p.text);
        titleStyles.append(p.styleTitle);
        afterJunk.append(p.afterJunk);
    }
    const int n = int(paragraphs.size());
    const TitlePlace title = findTitle(texts, titleStyles, afterJunk);

    auto add = [&doc](BlockKind kind, const QString &text, int sourceLine, int level = 0, int lead = 0) {
        Block b;
        b.id = int(doc.blocks.size()) + 1;
        b.kind = kind;
        b.text = text;
        b.sourceLine = sourceLine;
        b.level = level;
        b.leadLength = lead;
        doc.blocks.append(std::move(b));
    };

    int i = 0;
    // Whatever stands above the title and is no junk is kept, marked, for the
    // operator to drop in review: a page headline, a note, a misjudged title.
    for (; i < title.first; ++i)
        add(BlockKind::Preamble, texts[i], paragraphs[i].sourceLine);

    bool byline = false, date = false, dateLine = false;
    if (title.first >= 0) {
        QStringList titleLines;
        for (int k = 0; k < title.lines; ++k)
            titleLines.append(texts[title.first + k]);
        i = title.first + title.lines;
        const int titleLine = paragraphs[title.first].sourceLine;
        int subtitleLine = titleLine;
        QString subtitle;
        if (i < n && isSubtitle(texts[i])) {
            subtitleLine = paragraphs[i].sourceLine;
            subtitle = texts[i++];
        }
        const TitleParts parts = splitTitle(titleLines, subtitle);
        add(BlockKind::Title, parts.title, titleLine);
        // In the order the subtitle gives them: date, occasion, speaker.
        if (!parts.subtitle.date.isEmpty()) {
            add(BlockKind::Date, parts.subtitle.date, subtitleLine);
            date = true;
        }
        if (!parts.subtitle.occasion.isEmpty())
            add(BlockKind::Occasion, parts.subtitle.occasion, subtitleLine);
        if (!parts.subtitle.byline.isEmpty()) {
            add(BlockKind::Byline, parts.subtitle.byline, subtitleLine);
            byline = true;
        }
        // Front matter: byline and date lines in either order, then the salutation.
        for (int k = 0; k < 4 && i < n; ++k) {
            const QString &t = texts[i];
            // A date line of its own is taken even when the subtitle held one (both are kept).
            if (!dateLine && isDateLine(t)) { add(BlockKind::Date, t, paragraphs[i].sourceLine); date = dateLine = true; ++i; continue; }
            if (!date && !byline) {
                if (const int d = proseBylineDateLength(t); d > 0) { // one sentence: date, then occasion and speaker
                    add(BlockKind::Date, t.left(d), paragraphs[i].sourceLine);
                    add(BlockKind::Byline, t.mid(d), paragraphs[i].sourceLine);
                    date = byline = true;
                    ++i;
                    continue;
                }
            }
            if (isSalutation(t) || isSalutationHead(t)) break;
            if (!byline && looksLikeByline(t) && i + 1 < n
                && (isSalutation(texts[i + 1]) || isSalutationHead(texts[i + 1]) || isDateLine(texts[i + 1]) || looksLikeByline(texts[i + 1]))) {
                add(BlockKind::Byline, t, paragraphs[i].sourceLine);
                byline = true;
                ++i;
                continue;
            }
            break;
        }
    }
    if (i < n && i < kFrontMatterWindow) {
        if (isSalutation(texts[i])) {
            add(BlockKind::Salutation, texts[i], paragraphs[i].sourceLine);
            ++i;
        } else if (isSalutationHead(texts[i]) && i + 1 < n && isSalutation(texts[i + 1])) {
            // 尊敬的各位领导， / 同志们： is one salutation over two lines.
            add(BlockKind::Salutation, texts[i] + texts[i + 1], paragraphs[i].sourceLine);
            i += 2;
        }
    }

    for (; i < n; ++i) {
        const RawParagraph &p = paragraphs[i];
        const QString &t = p.text;
        const bool nearEnd = i >= n - 3;

        if (nearEnd && isClosing(t)) {
            add(BlockKind::Closing, t, p.sourceLine);
            continue;
        }
        if (i == n - 1) {
            const int tail = closingTailStart(t);
            if (tail > 0) {
                add(BlockKind::Paragraph, t.left(tail), p.sourceLine);
                add(BlockKind::Closing, t.mid(tail), p.sourceLine);
                continue;
            }
        }

        int level = headingLevelOf(t);
        if (level == 0 && (p.styleLevel > 0 || p.styleTitle))
            level = std::clamp(p.styleLevel, 1, 3);
        if (level > 0) {
            if (t.size() <= kHeadingMaxLength && firstSentenceLength(t) >= t.size() - 1)
                add(BlockKind::Heading, t, p.sourceLine, level);
            else
                add(BlockKind::Point, t, p.sourceLine, level, firstSentenceLength(t));
            continue;
        }
        if (const int lead = leadSentenceLength(t); lead > 0) {
            add(BlockKind::Point, t, p.sourceLine, 0, lead);
            continue;
        }
        if (p.boldPrefix >= 2 && p.boldPrefix < t.size()) {
            add(BlockKind::Point, t, p.sourceLine, 0, p.boldPrefix);
            continue;
        }
        if (p.boldPrefix >= t.size() && t.size() <= kHeadingMaxLength && !endsSentence(t)) {
            add(BlockKind::Heading, t, p.sourceLine, 1); // a bold line of its own heads a section
            continue;
        }
        add(BlockKind::Paragraph, t, p.sourceLine);
    }
    return doc;
}

} // namespace lectern
