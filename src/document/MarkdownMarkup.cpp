#include "MarkdownMarkup.h"

#include "Timing.h"

#include <QRegularExpression>

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

} // namespace

QString withoutPageMarkup(const QStringList &lines, QList<Removal> *removals)
{
    QStringList out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line l{lines[i], int(i + 1), removals};
        if (isComment(l)) {
            // A comment shows nothing; one that held Chinese is listed (found by fuzz_md).
            if (hanCount(l.text) > 0)
                l.list(l.text.trimmed(), RemovalReason::Markup);
            continue;
        }
        if (!takeFence(l) && !takeLinkDefinition(l)) {
            const bool hadText = !l.blank();
            takePictures(l);
            unlink(l);
            untag(l);
            if (hadText && l.blank())
                l.text.clear(); // only pictures or markup: a paragraph break
        }
        out.append(l.text);
    }
    return out.join(u'\n');
}

} // namespace lectern
