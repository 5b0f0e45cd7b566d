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

} // namespace

int findTitleIndex(const QStringList &texts, const QList<bool> &titleStyles)
{
    const int window = std::min<int>(int(texts.size()), kFrontMatterWindow);
    for (int i = 0; i < std::min<int>(int(titleStyles.size()), window); ++i)
        if (titleStyles[i])
            return i;

    for (int s = 0; s < window; ++s) {
        if (!isSalutation(texts[s]))
            continue;
        int j = s - 1;
        while (j >= 0 && (isDateLine(texts[j]) || looksLikeByline(texts[j])))
            --j;
        if (j < 0)
            return s > 0 ? 0 : -1; // everything above was short: the first line is the title
        if (texts[j].size() > 80 || endsSentence(texts[j]))
            return -1;
        if (isSubtitle(texts[j]) && j > 0 && !endsSentence(texts[j - 1]))
            return j - 1;
        return j;
    }
    for (int i = 0; i < window; ++i)
        if (looksLikeTitle(texts[i]))
            return (isSubtitle(texts[i]) && i > 0) ? i - 1 : i;
    return -1;
}

Document structure(const RawParagraphs &paragraphs)
{
    Document doc;
    QStringList texts;
    QList<bool> titleStyles;
    for (const RawParagraph &p : paragraphs) {
        texts.append(p.text);
        titleStyles.append(p.styleTitle);
    }
    const int n = int(paragraphs.size());
    const int title = findTitleIndex(texts, titleStyles);

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
    // Lines the secretary restored above the title stay as plain paragraphs.
    for (; i < title; ++i)
        add(BlockKind::Paragraph, texts[i], paragraphs[i].sourceLine);

    if (title >= 0) {
        QString titleText = texts[title];
        i = title + 1;
        if (i < n && isSubtitle(texts[i]))
            titleText += u'\n' + texts[i++];
        add(BlockKind::Title, titleText, paragraphs[title].sourceLine);
        // Front matter: byline and date lines in either order, then the salutation.
        bool byline = false, date = false;
        for (int k = 0; k < 4 && i < n; ++k) {
            const QString &t = texts[i];
            if (!date && isDateLine(t)) { add(BlockKind::Date, t, paragraphs[i].sourceLine); date = true; ++i; continue; }
            if (isSalutation(t)) break;
            if (!byline && looksLikeByline(t) && i + 1 < n
                && (isSalutation(texts[i + 1]) || isDateLine(texts[i + 1]) || looksLikeByline(texts[i + 1]))) {
                add(BlockKind::Byline, t, paragraphs[i].sourceLine);
                byline = true;
                ++i;
                continue;
            }
            break;
        }
    }
    if (i < n && i < kFrontMatterWindow && isSalutation(texts[i])) {
        add(BlockKind::Salutation, texts[i], paragraphs[i].sourceLine);
        ++i;
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
