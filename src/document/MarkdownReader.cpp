#include "MarkdownReader.h"

#include "FrontMatter.h"
#include "MarkdownMarkup.h"
#include "HanAccounting.h"
#include "formats/TextLines.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

namespace lectern {
namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF)
        || c.isSurrogate();
}

// A Markdown soft break becomes a space, which is wrong between two Chinese
// characters. Join such lines before parsing unless the next line starts a
// block of its own (heading, list, quote, fence, table, rule).
QString joinCjkSoftBreaks(const QString &text)
{
    static const QRegularExpression blockStart(QStringLiteral(R"(^\s*(#|[-*+]\s|\d+[.)]\s|>|```|~~~|\||---|\*\*\*|___))"));
    const QStringList lines = splitLines(text);
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        out += line;
        if (i + 1 >= lines.size())
            break;
        const QString &next = lines[i + 1];
        const QString a = line.trimmed(), b = next.trimmed();
        const bool join = !a.isEmpty() && !b.isEmpty() && isCjk(a.back()) && isCjk(b.front())
            && !a.startsWith(u'#') && !blockStart.match(next).hasMatch() && !line.endsWith(QLatin1String("  "));
        if (join)
            continue; // the next line's leading indentation is trimmed by the parser
        out += u'\n';
    }
    return out;
}

// What is left of a line once markup is gone: letters and digits only, so a
// parsed paragraph can be found again among the file's lines.
QString letters(const QString &text, qsizetype max)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c;
        if (out.size() >= max)
            break;
    }
    return out;
}

// The parser keeps no line numbers: find each paragraph's first letters in
// the file, moving forward only, from the line after the last one found.
class LineFinder
{
public:
    explicit LineFinder(const QStringList &lines) : m_lines(lines) {}
    int lineOf(const QString &paragraph)
    {
        const QString key = letters(paragraph, 4);
        if (!key.isEmpty()) {
            const int limit = std::min<int>(int(m_lines.size()), m_next + 500);
            for (int i = m_next; i < limit; ++i) {
                if (letters(m_lines[i], 1 << 20).contains(key)) {
                    m_next = i + 1;
                    return i + 1;
                }
            }
        }
        return std::min<int>(m_next + 1, int(m_lines.size())); // not found: where the last one ended
    }

private:
    const QStringList &m_lines;
    int m_next = 0;
};

// When Qt's parser lost Chinese text (a link address that ran on over the
// line, a construct it hides), the file is read line by line instead, with
// only the plainest Markdown taken off: a line's #, > and list marks, **.
RawParagraphs plainLines(const QString &text, const QStringList &fileLines)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}(#{1,6})\s+)"));
    static const QRegularExpression marks(QStringLiteral(R"(^\s{0,3}(>\s?|[-*+]\s+)+)"));
    RawParagraphs out;
    LineFinder finder(fileLines);
    for (QString line : splitLines(text)) {
        RawParagraph p;
        if (const auto m = heading.match(line); m.hasMatch()) {
            p.styleLevel = int(m.capturedLength(1));
            line.remove(0, m.capturedEnd());
        }
        line.remove(marks);
        line.replace(QLatin1String("\\<"), QLatin1String("<"));
        line.remove(QLatin1String("**"));
        p.text = line;
        if (!line.trimmed().isEmpty())
            p.sourceLine = finder.lineOf(line);
        out.append(std::move(p));
    }
    return out;
}

bool losesHan(const QString &text, const RawParagraphs &paragraphs)
{
    Document read;
    for (const RawParagraph &p : paragraphs)
        read.blocks.append(Block{0, BlockKind::Paragraph, 0, 0, p.text, 0});
    return !vanishedHan(text, read).isEmpty();
}

// A page whose body starts with the speaker's name, the date and the
// salutation keeps the speech's title only in its front matter: the title
// is read from there (and the header line stays listed as removed), unless
// the body has a title of its own near its top.
void addFrontMatterTitle(const QStringList &fileLines, int header, RawParagraphs &out)
{
    const QString title = frontMatterTitle(fileLines, header);
    if (title.isEmpty())
        return;
    constexpr int kTop = 12; // paragraphs, as the structurer looks for a title
    int seen = 0;
    for (const RawParagraph &p : std::as_const(out)) {
        const QString t = p.text.trimmed();
        if (t.isEmpty())
            continue;
        if (p.styleTitle || t.contains(title) || (t.size() >= 4 && title.contains(t)))
            return;
        if (++seen >= kTop)
            break;
    }
    RawParagraph p;
    p.text = title;
    p.styleTitle = true;
    for (int i = 0; i < header; ++i)
        if (fileLines[i].contains(title))
            p.sourceLine = i + 1;
    out.prepend(std::move(p));
}

} // namespace

MarkdownContent readMarkdown(const QString &source)
{
    MarkdownContent content;
    QStringList fileLines = splitLines(source);
    const int header = frontMatterLineCount(fileLines);
    for (int i = 0; i < header; ++i) {
        if (!fileLines[i].trimmed().isEmpty())
            content.removals.append({i + 1, fileLines[i].trimmed(), RemovalReason::FrontMatter});
        fileLines[i].clear(); // the line stays, empty, so that line numbers hold
    }
    const QString text = withoutPageMarkup(fileLines, &content.removals);

    QTextDocument doc;
    // Qt sizes Markdown headings from the default font's pixel size; without
    // one (a headless command has only point sizes) it warns "Pixel size <= 0"
    // on stderr for every heading. Sizes play no part in what we read.
    QFont font = doc.defaultFont();
    font.setPixelSize(16);
    doc.setDefaultFont(font);
    doc.setMarkdown(joinCjkSoftBreaks(text), QTextDocument::MarkdownDialectGitHub);

    RawParagraphs &out = content.paragraphs;
    LineFinder finder(fileLines);
    int h1Count = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 1)
            ++h1Count;

    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        RawParagraph p;
        p.text = b.text().replace(QChar::LineSeparator, u'\n');
        p.text.remove(QChar::ObjectReplacementCharacter); // a picture the filter above did not see
        p.sourceLine = finder.lineOf(p.text);
        const int h = b.blockFormat().headingLevel();
        // A single leading # is the speech's title; ## and below are its sections.
        if (h == 1 && h1Count == 1 && out.isEmpty()) {
            p.styleTitle = true;
        } else if (h > 0) {
            p.styleLevel = h1Count == 1 ? std::max(1, h - 1) : h;
        }
        int prefix = 0;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid())
                continue;
            if (f.charFormat().fontWeight() >= QFont::Bold)
                prefix += f.length();
            else
                break;
        }
        p.boldPrefix = prefix;
        // **第一，要强化责任落实。**各级…: CommonMark closes ** only before a
        // space or punctuation, so Chinese bold after 。 stays literal. A
        // paragraph that starts with such a run has a bold lead, as in a .docx.
        if (prefix == 0 && p.text.startsWith(QLatin1String("**"))) {
            const qsizetype close = p.text.indexOf(QLatin1String("**"), 2);
            if (close > 2 && !p.text.mid(2, close - 2).contains(u'*')) {
                p.text.remove(close, 2);
                p.text.remove(0, 2);
                p.boldPrefix = int(close - 2);
            }
        }
        out.append(std::move(p));
    }
    if (losesHan(text, out))
        out = plainLines(joinCjkSoftBreaks(text), fileLines);
    addFrontMatterTitle(splitLines(source), header, out);
    return content;
}

} // namespace lectern
