#include "FrontMatter.h"

#include "StructurePatterns.h"

#include <QRegularExpression>

namespace lectern {
namespace {

constexpr int kMaxFrontMatterLines = 200; // a longer "header" is no header

bool isKeyLine(const QString &line)
{
    static const QRegularExpression key(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_-]*\s*[:=])"));
    return key.match(line).hasMatch();
}

// A line inside a YAML/TOML header: a key, a list item, an indented
// continuation, a table header ([params]), a comment, or blank.
bool isHeaderLine(const QString &line)
{
    if (line.trimmed().isEmpty() || isKeyLine(line))
        return true;
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("- ")) || t == u"-" || line.startsWith(u' ') || line.startsWith(u'\t')
        || t.startsWith(u'#') || (t.startsWith(u'[') && t.endsWith(u']'));
}

} // namespace

int frontMatterLineCount(const QStringList &lines)
{
    if (lines.isEmpty())
        return 0;
    const QString first = lines.first().trimmed();
    const int limit = std::min<int>(int(lines.size()), kMaxFrontMatterLines);
    if (first == u"---" || first == u"+++") {
        for (int i = 1; i < limit; ++i) {
            const QString t = lines[i].trimmed();
            if (t == first || (first == u"---" && t == u"..."))
                return i + 1;
            if (!isHeaderLine(lines[i]))
                return 0; // a rule followed by prose: no header
        }
        return 0;
    }
    // The opening --- lost: key lines from the very top, closed by ---.
    int keys = 0;
    for (int i = 0; i < limit; ++i) {
        const QString t = lines[i].trimmed();
        if (t == u"---")
            return keys >= 2 ? i + 1 : 0;
        if (!isHeaderLine(lines[i]))
            return 0;
        keys += isKeyLine(lines[i]) ? 1 : 0;
    }
    return 0;
}

QString frontMatterTitle(const QStringList &lines, int headerLines)
{
    static const QRegularExpression key(QStringLiteral(R"(^\s*title\s*[:=]\s*(.*)$)"), QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < std::min<int>(headerLines, int(lines.size())); ++i) {
        const auto m = key.match(lines[i]);
        if (!m.hasMatch())
            continue;
        QString title = m.captured(1).trimmed();
        if (title.size() >= 2 && (title.front() == u'"' || title.front() == u'\'') && title.back() == title.front())
            title = title.mid(1, title.size() - 2).trimmed();
        // The breadcrumb: whatever stands before the last arrow.
        static const QRegularExpression crumb(QStringLiteral(R"(^.*(->|→|»|›|\s>\s))"));
        title.remove(crumb);
        // The site's name: after the first bar, or after the last _ or " - ".
        static const QRegularExpression bar(QStringLiteral(R"(\s*[|｜].*$)"));
        title.remove(bar);
        static const QRegularExpression site(QStringLiteral(R"((_|\s-\s)[^_]*$)"));
        title.remove(site);
        title = title.trimmed();
        // 习近平：在……上的讲话: the name is the speaker, the rest the title.
        static const QRegularExpression speaker(QStringLiteral(R"(^[^：:，。\s]{2,8}[：:]\s*)"));
        if (const auto s = speaker.match(title); s.hasMatch() && looksLikeTitle(title.mid(s.capturedEnd())))
            title = title.mid(s.capturedEnd());
        return looksLikeTitle(title) ? title : QString();
    }
    return {};
}

} // namespace lectern
