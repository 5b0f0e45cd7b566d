#include "Placeholders.h"

#include <QRegularExpression>

#include <algorithm>

namespace lectern {
namespace {

bool isLatinOrDigit(QChar c)
{
    return (c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_'))
        || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A && c.isLetterOrNumber()); // full-width
}

bool isChineseNumeral(QChar c)
{
    static const QString numerals = QStringLiteral("〇○◯零一二三四五六七八九十百千万年");
    return numerals.contains(c) || c.isDigit();
}

QChar at(const QString &s, qsizetype i) { return (i >= 0 && i < s.size()) ? s[i] : QChar(); }

// The nearest character that is not a space, looking from i in direction step.
QChar nearestNonSpace(const QString &s, qsizetype i, int step)
{
    while (i >= 0 && i < s.size() && s[i] == u' ')
        i += step;
    return at(s, i);
}

} // namespace

QList<Placeholder> findPlaceholders(const QString &text, int block)
{
    static const QRegularExpression pattern(QStringLiteral(
        "(\\d{2}[XxＸｘ]{2}(?=年))"   // 20XX年
        "|([XＸxｘ]{1,4})"
        "|(×{1,4})"
        "|([〇○◯]{1,4})"
        "|(□{1,6})"
        "|(某{2,4})"));
    // Words in which X is part of the word, not a blank.
    static const QStringList xWords = {QStringLiteral("光"), QStringLiteral("射线"), QStringLiteral("线"),
                                       QStringLiteral("型"), QStringLiteral("轴"), QStringLiteral("染色体")};

    QList<Placeholder> out;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype s = m.capturedStart(), e = m.capturedEnd();
        const QChar before = at(text, s - 1), after = at(text, e);
        if (m.capturedLength(2) > 0) {
            // Inside or beside a Latin word or number (XXL, 0x1F, "Windows X"): not a blank.
            if (isLatinOrDigit(nearestNonSpace(text, s - 1, -1)) || isLatinOrDigit(nearestNonSpace(text, e, 1)))
                continue;
            const QString rest = text.mid(e, 3);
            if (std::any_of(xWords.cbegin(), xWords.cend(), [&](const QString &w) { return rest.startsWith(w); }))
                continue;
            // A lone lower-case x between spaces is more often a variable than a blank.
            if (m.captured(2).front().isLower() && (before.isSpace() || after.isSpace()))
                continue;
        } else if (m.capturedLength(3) > 0) {
            if (before.isDigit() || after.isDigit()) // 3×4
                continue;
            // One × after a word and closing a quoted name is a times sign in a
            // policy's name (“数据要素×”行动), not a blank.
            static const QString closers = QStringLiteral("”’」』》〉）)\"'");
            if (m.capturedLength(3) == 1 && before.script() == QChar::Script_Han && closers.contains(after))
                continue;
        } else if (m.capturedLength(4) > 0) {
            if (isChineseNumeral(before) || isChineseNumeral(after)) // 二〇二四年, 二○○八
                continue;
        }
        out.append({block, int(s), m.captured(0)});
    }
    return out;
}

QList<Placeholder> findPlaceholders(const Document &document)
{
    QList<Placeholder> out;
    for (const Block &b : document.blocks)
        out += findPlaceholders(b.text, b.id);
    return out;
}

} // namespace lectern
