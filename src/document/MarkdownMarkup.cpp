#include "MarkdownMarkup.h"

#include "Timing.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace lectern {
namespace {

QRegularExpression make(const char *pattern, QRegularExpression::PatternOptions options = {})
{
    return QRegularExpression(QString::fromUtf8(pattern), options);
}

// One line on its way to the parser, with its number for what gets listed.
struct Line
{
    QString text;
    int number = 0;
    QList<Removal> *removals = nullptr;

    void list(const QString &what, RemovalReason reason) const { removals->append({number, what, reason}); }
    bool blank() const { return text.trimmed().isEmpty(); }
};

bool isComment(const Line &l)
{
    static const QRegularExpression comment = make(R"(^\s*<!--.*-->\s*$)");
    return l.text.contains(QLatin1String("<!--")) && comment.match(l.text).hasMatch();
}

// ```讲稿: a speech has no code, and the parser would hide the info string.
// The fence goes; what stood between two fences is read as text.
bool takeFence(Line &l)
{
    static const QRegularExpression fence = make(R"(^ {0,3}(`{3,}|~{3,}))");
    if (!(l.text.contains(QLatin1String("```")) || l.text.contains(QLatin1String("~~~"))) || !fence.match(l.text).hasMatch())
        return false;
    l.list(l.text.trimmed(), RemovalReason::Markup);
    l.text.clear();
    return true;
}

// ![caption](address "title"), also inside a link: [![caption](img)](page), and <img …>.
void takePictures(Line &l)
{
    static const QRegularExpression image = make(R"(\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?|<img\b[^>]*>)",
                                                 QRegularExpression::CaseInsensitiveOption);
    if (!l.text.contains(u'!') && !l.text.contains(u'<'))
        return;
    bool pictures = false;
    for (auto it = image.globalMatch(l.text); it.hasNext();) {
        l.list(it.next().captured(0), RemovalReason::Image);
        pictures = true;
    }
    if (pictures)
        l.text.remove(image);
}

// [1]: http://… "说明" shows nothing.
bool takeLinkDefinition(Line &l)
{
    static const QRegularExpression definition = make(R"(^ {0,3}\[[^\]]+\]:\s*\S)");
    if (!l.text.contains(QLatin1String("]:")) || !definition.match(l.text).hasMatch())
        return false;
    l.list(l.text.trimmed(), RemovalReason::Markup);
    l.text.clear();
    return true;
}

// A link becomes its text: the address is no speech (listed when it holds
// Chinese), and the parser reads an address that runs on over the line by
// taking the lines after it.
void unlink(Line &l)
{
    static const QRegularExpression link = make(R"(\[([^\]]*)\]\(([^)]*)\))");
    if (!l.text.contains(QLatin1String("](")))
        return;
    QString held, plain;
    qsizetype from = 0;
    for (auto it = link.globalMatch(l.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        plain += QStringView(l.text).mid(from, m.capturedStart() - from);
        plain += m.capturedView(1);
        if (hanCount(m.capturedView(2)) > 0)
            held += m.captured(2);
        from = m.capturedEnd();
    }
    plain += QStringView(l.text).mid(from);
    l.text = plain;
    if (!held.isEmpty())
        l.list(held, RemovalReason::Markup);
}

// Raw HTML: the parser drops or misreads it (an unknown inline tag took the
// rest of its paragraph; a line that is a tag opens a block that swallows
// what follows). Tags go — a tag that held Chinese (title="说明") is listed —
// and what is left of HTML (<img without its end, a comment never closed) is
// escaped into text.
void untag(Line &l)
{
    if (!l.text.contains(u'<'))
        return;
    static const QRegularExpression htmlLine = make(R"(^\s*<(!--|/?[A-Za-z][A-Za-z0-9-]*)[^>]*>.*$)");
    // tags (names may hold '-'), comments, <?…?>, <!…> declarations, CDATA
    static const QRegularExpression tag = make(
        R"(<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<![A-Za-z][^>]*>|</?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?/?>)");
    const bool wholeLine = htmlLine.match(l.text).hasMatch();
    QString held;
    for (auto it = tag.globalMatch(l.text); it.hasNext();) {
        const QString t = it.next().captured(0);
        if (hanCount(t) > 0)
            held += t;
    }
    if (!held.isEmpty())
        l.list(held, RemovalReason::Markup);
    l.text.remove(tag);
    if (wholeLine)
        l.text = l.text.trimmed();
    l.text.replace(u'<', QLatin1String("\\<"));
}

// The line stops where no sentence can (a Han character, a letter, a comma):
// markup standing after it was inserted into the sentence, not between two.
bool endsOpen(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.startsWith(u'#'))
        return false;
    static const QString openers = QStringLiteral("，,、“‘「『《（(—");
    return t.back().isLetterOrNumber() || openers.contains(t.back());
}

bool startsBlock(const QString &line)
{
    static const QRegularExpression block = make(R"(^\s*(#|[-*+]\s|\d+[.)]\s|>|```|~~~|\||---|\*\*\*|___))");
    return block.match(line).hasMatch();
}

// Markup lines stood inside a sentence, with blank lines around them
// (组 ⏎⏎ <!--more--> ⏎⏎ 织): the blank lines were the markup's, not a
// paragraph break. The halves are put next to each other, where the reader
// joins them as it joins a line wrapped without blank lines.
// A comment that is not inside a sentence leaves no line at all (the lines
// around it meet, as they always did); a picture leaves a paragraph break.
enum class Gone { No, Picture, Comment };

void closeMarkupGaps(QStringList &lines, const std::vector<Gone> &markup)
{
    // One pass over runs of markup and blank lines (a file of nothing but
    // comments must not cost a pass per line), then one copy.
    const qsizetype n = lines.size();
    auto inRun = [&](qsizetype k) { return markup[size_t(k)] != Gone::No || lines[k].trimmed().isEmpty(); };
    std::vector<bool> drop(size_t(n), false);
    for (qsizetype k = 0; k < n; ++k)
        drop[size_t(k)] = markup[size_t(k)] == Gone::Comment;
    for (qsizetype i = 0; i < n;) {
        if (!inRun(i)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool hasMarkup = false;
        for (; j < n && inRun(j); ++j)
            hasMarkup = hasMarkup || markup[size_t(j)] != Gone::No;
        // i - 1 and j are the lines of text around the run.
        if (hasMarkup && i > 0 && j < n && endsOpen(lines[i - 1]) && !startsBlock(lines[j]))
            std::fill(drop.begin() + i, drop.begin() + j, true);
        i = j;
    }
    QStringList kept;
    kept.reserve(n);
    for (qsizetype k = 0; k < n; ++k)
        if (!drop[size_t(k)])
            kept.append(lines[k]);
    lines = std::move(kept);
}

} // namespace

QString withoutPageMarkup(const QStringList &lines, QList<Removal> *removals)
{
    QStringList out;
    out.reserve(lines.size());
    std::vector<Gone> markup; // the line was markup only, now gone
    markup.reserve(size_t(lines.size()));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line l{lines[i], int(i + 1), removals};
        if (isComment(l)) {
            // A comment shows nothing; one that held Chinese is listed (found by fuzz_md).
            if (hanCount(l.text) > 0)
                l.list(l.text.trimmed(), RemovalReason::Markup);
            out.append(QString());
            markup.push_back(Gone::Comment);
            continue;
        }
        bool gone = false;
        if (!takeFence(l) && !takeLinkDefinition(l)) {
            const bool hadText = !l.blank();
            takePictures(l);
            unlink(l);
            untag(l);
            gone = hadText && l.blank();
            if (gone)
                l.text.clear(); // only pictures or markup: a paragraph break, unless inside a sentence
        }
        out.append(l.text);
        markup.push_back(gone ? Gone::Picture : Gone::No);
    }
    closeMarkupGaps(out, markup);
    return out.join(u'\n');
}

} // namespace lectern
