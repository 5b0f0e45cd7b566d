#include "StructurePatterns.h"

#include <QRegularExpression>

namespace lectern {
namespace {

QRegularExpression make(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

bool isChineseNumeral(QChar c)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    return numerals.contains(c);
}

} // namespace

namespace {

// A cursor over a line, for the heading markers: 一、 （一） 1. （1）. A
// scanner rather than expressions because every line of a file is asked.
struct Scan
{
    QStringView t;
    qsizetype i = 0;
    bool at(QChar a, QChar b = QChar()) const { return i < t.size() && (t[i] == a || (!b.isNull() && t[i] == b)); }
    void spaces() { while (i < t.size() && t[i].isSpace()) ++i; }
    int run(bool (*is)(QChar), int max) // how many of a kind follow (up to max + 1)
    {
        int n = 0;
        while (i < t.size() && n <= max && is(t[i])) { ++i; ++n; }
        return n;
    }
    bool visibleFollows() { spaces(); return i < t.size(); }
};

bool isDigit(QChar c) { return c.isDigit(); } // ASCII and full-width (１．)
bool isNumeral(QChar c) { return isChineseNumeral(c); }

} // namespace

int headingLevelOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    Scan s{text};
    const QChar first = text.front();
    if (isChineseNumeral(first)) { // 一、  二．  十一.
        const int n = s.run(isNumeral, 3);
        s.spaces();
        if (n <= 3 && (s.at(u'、', u'．') || s.at(u'.'))) {
            ++s.i;
            return s.visibleFollows() ? 1 : 0;
        }
        return 0;
    }
    if (first == u'（' || first == u'(') { // （一）  （1）
        ++s.i;
        const qsizetype open = s.i;
        s.spaces();
        const int han = s.run(isNumeral, 3);
        if (han >= 1 && han <= 3) {
            s.spaces();
            if (!s.at(u'）', u')'))
                return 0;
            ++s.i;
            return s.visibleFollows() ? 2 : 0;
        }
        s.i = open; // no space allowed around the digits of （1）
        const int digits = s.run(isDigit, 2);
        if (digits < 1 || digits > 2 || !s.at(u'）', u')'))
            return 0;
        ++s.i;
        return s.visibleFollows() ? 3 : 0;
    }
    if (isDigit(first)) { // 1.  1、  1．  but not 1.5亿, 2024年 or 3月
        const int digits = s.run(isDigit, 2);
        s.spaces();
        if (digits > 2 || !(s.at(u'、', u'．') || s.at(u'.')))
            return 0;
        ++s.i;
        if (s.i < text.size() && isDigit(text[s.i]))
            return 0;
        return s.visibleFollows() ? 3 : 0;
    }
    return 0;
}

int firstSentenceLength(const QString &text)
{
    static const QRegularExpression stop = make(R"([。！？!?；;：:](?:[”’」』）)])?)");
    const auto m = stop.match(text);
    return m.hasMatch() ? int(m.capturedEnd()) : int(text.size());
}

int leadSentenceLength(const QString &text)
{
    static const QString leadStarts = QStringLiteral("第一二三四五六七八九十首其再最");
    if (text.isEmpty() || !leadStarts.contains(text.front()))
        return 0;
    static const QRegularExpression lead = make(
        R"(^(第[一二三四五六七八九十]{1,3}[，,、：:]|[一二三四五六七八九十]{1,2}(是|要|抓|看)|首先[，,]|其次[，,]|再次[，,]|最后[，,]))");
    if (!lead.match(text).hasMatch())
        return 0;
    static const QRegularExpression stop = make(R"([。！？!?；;](?:[”’」』）)])?)");
    const auto m = stop.match(text);
    // A point whose first sentence runs on for ever has no usable lead.
    if (!m.hasMatch() || m.capturedEnd() > 80)
        return m.hasMatch() ? 0 : (text.size() <= 80 ? int(text.size()) : 0);
    return int(m.capturedEnd());
}

bool isSalutation(const QString &text)
{
    static const QRegularExpression re = make(
        R"(^[^。！？]{0,40}(同志们|同事们|朋友们|女士们|先生们|代表们|委员们|同学们|老师们|各位)[^。！？]{0,20}[：:]$)");
    return text.size() <= 60 && re.match(text).hasMatch();
}

bool isSalutationHead(const QString &text)
{
    static const QRegularExpression re = make(
        R"(^[^。！？：:]{0,30}(尊敬的|同志们|同事们|朋友们|女士们|先生们|代表们|委员们|同学们|老师们|各位)[^。！？：:]{0,20}[，,、]$)");
    return text.size() <= 40 && re.match(text).hasMatch();
}

bool isClosing(const QString &text)
{
    static const QRegularExpression re = make(
        R"(^(我的讲话完了|我就讲这些|我就讲这么多|就讲到这里|我就讲到这里|讲话完毕|以上讲话)?[，,。！!\s]*(谢谢大家|谢谢各位|谢谢)[！!。.]?$)");
    return text.size() <= 40 && re.match(text).hasMatch();
}

bool isDateLine(const QString &text)
{
    if (text.size() > 24) // （二〇二四年十二月三十一日） is the longest
        return false;
    static const QRegularExpression re = make(
        R"(^[（(]?\s*([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*[）)]?$)");
    return re.match(text).hasMatch();
}

bool looksLikeTitle(const QString &text)
{
    static const QRegularExpression re = make(
        R"((讲话|发言|致辞|讲稿|报告|动员|总结|部署|主持词|汇报|党课|讲评|会议上|大会上|座谈会|约谈|开幕|闭幕|——))");
    return text.size() <= 80 && !endsSentence(text) && !text.endsWith(u'，') && re.match(text).hasMatch();
}

bool looksLikeByline(const QString &text)
{
    // Short, no sentence punctuation: 区长 ×××, 张三, ×××同志, 市委书记 李四
    static const QRegularExpression re = make(R"(^[^，。！？；：,.!?;:]{2,20}$)");
    return re.match(text).hasMatch() && !looksLikeTitle(text) && headingLevelOf(text) == 0;
}

int proseBylineDateLength(const QString &text)
{
    if (text.size() > 160 || text.isEmpty() || !(text.front().isDigit() || text.front() == u'二'))
        return 0;
    static const QRegularExpression re = make(
        R"(^(([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)\s*在[^。！？]{2,100}?(上|会)[^。！？]{0,60}[。]?$)");
    const auto m = re.match(text);
    return m.hasMatch() ? int(m.capturedEnd(1)) : 0;
}

SubtitleParts splitSubtitle(const QString &text)
{
    SubtitleParts parts;
    qsizetype from = 0;
    while (from < text.size() && (text[from] == u'—' || text[from] == u'-' || text[from] == u'－' || text[from].isSpace()))
        ++from;
    if (from == 0 || text.size() > 160)
        return parts;
    QString rest = text.mid(from);
    static const QRegularExpression date = make(
        R"(^[（(]?\s*(([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?)\s*[）)]?\s*)");
    if (const auto m = date.match(rest); m.hasMatch()) {
        parts.date = m.captured(1);
        rest = rest.mid(m.capturedEnd()).trimmed();
    }
    // The occasion runs from 在 to the last 上 after which only a name (or
    // nothing) stands: 在……会议上国务院总理 李强. After 上的讲话 it is the
    // subtitle's own wording, not an occasion.
    static const QRegularExpression stop = make(R"([。！？；!?;])");
    if (rest.startsWith(u'在') && !stop.match(rest).hasMatch()) {
        for (qsizetype on = rest.lastIndexOf(u'上'); on >= 3; on = rest.lastIndexOf(u'上', on - 1)) {
            const QString after = rest.mid(on + 1).trimmed();
            if (after.isEmpty() || (!after.startsWith(u'的') && looksLikeByline(after))) {
                parts.occasion = rest.left(on + 1);
                parts.byline = after;
                rest.clear();
                break;
            }
        }
    }
    parts.split = !parts.date.isEmpty() || !parts.occasion.isEmpty();
    if (parts.split && !rest.isEmpty())
        parts.kept = QStringLiteral("——") + rest;
    return parts;
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression re = make(R"([。！？!?…](?:[”’」』）)])?$)");
    return re.match(text).hasMatch();
}

} // namespace lectern
