#include "BoilerplateRules.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace lectern {
namespace {

QRegularExpression compile(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption
                                                              | QRegularExpression::CaseInsensitiveOption);
}

// Phrases that only distribution sites print. One is enough on a short line.
const QRegularExpression &strongPhrases()
{
    static const QRegularExpression re = compile(
        "仅供学习|仅供参考|仅供个人|禁止外传|请勿外传|严禁外传|禁止转载|请勿转载|转载请|会员群|会员专享|会员资料|"
        "QQ群|Q群|微信群|加群|进群|倒卖|公众号|文库|下载后可编辑|可编辑版|可编辑修改|更多范文|范文网|范文大全|"
        "精品文档|免费下载|下载地址|资料下载|欢迎下载|扫码|二维码|微信号|版权所有|侵权必究|本文来源|来源于网络|"
        "原创文章|打击倒卖|word版|可复制粘贴|可直接打印|VIP|关注我们|点击关注");
    return re;
}

// Whole lines a web page puts around an article, each with why it is junk.
// Short lines only (a speech sentence may well mention 来源 or 作者).
struct WebLine
{
    const char *pattern;
    const char *why;
};
const WebLine kWebLines[] = {
    {R"(^[（(【\[]?\s*(?:文章|信息|稿件|图片)?来源\s*[:：].{0,40}?[）)】\]]?$)", "the source credit of a web copy: 来源：湖北日报, (来源：中国政府网）"},
    {R"(^[（(]\s*根据.{0,8}整理\s*[）)]$)", "an editor's note on how the text was taken down: （根据直播整理）"},
    {R"(^[（(]\s*(?:略有删节|有删节|有删减|节选|摘要|摘编|此件公开发布|全文)\s*[）)]$)", "an editor's note on the copy: （有删节）, （节选）, （此件公开发布）"},
    {R"(^(?:作者|文章作者|发布者|发布时间|发布日期|更新时间|责任编辑|编辑|审核|审校|校对|摄影|图片|字号|浏览次数|阅读次数|点击数|访问量)\s*[:：].{0,60}$)",
     "a byline or counter of the web page: 作者：… 发布时间：…, 浏览次数：…, 责任编辑：…"},
    {R"(^(?:【[^】]{1,8}】\s*){2,}$)", "a row of page buttons: 【打印本页】【关闭窗口】"},
    {R"(^page\s*\d{1,3}\s*(?:开始|结束|start|end)$)", "a slide marker in a presenter's script: Page1 开始, PAGE3 结束"},
    {R"(^摄影\s*\S{1,10}$|^\S{1,10}\s*摄$)", "a photo credit under an image: 摄影 某某, 某某 摄"},
    {R"(^(?:扫一扫在手机|在手机打开当前页|打印本页|关闭窗口|我要纠错|返回首页|返回顶部|转入文章首发地址|分享到[：:]).{0,30}$)",
     "the furniture of a government or news page: 扫一扫在手机打开当前页, 返回首页, 转入文章首发地址"},
    {R"(^原创\s+\S.{0,50}(?:\d{1,2}:\d{2}|发表于.{0,12})$)", "a WeChat article's header: 原创 作者 公众号 2026-04-18 08:30 发表于某省"},
    {R"(^(?:阅读原文|阅读\s*\d+(?:万)?\+?|在看|点赞|写留言|留言|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|喜欢此内容的人还喜欢|微信扫一扫.{0,20}|收录于(?:合集|话题).{0,30})$)",
     "the furniture of a WeChat page: 阅读原文, 在看, 写留言, 微信扫一扫关注该公众号"},
};

bool isWebPageLine(const QString &line, int visible)
{
    if (visible > 80)
        return false;
    const QString t = line.trimmed();
    if (t.isEmpty())
        return false;
    // Every rule's line starts (after an opening bracket) with one of these
    // words, or ends with 摄: most lines are turned away here without any
    // expression. Two characters, not one: speech lines often start with 在,
    // 我 or 关, and none of those should pay for the rules.
    static const QSet<quint32> starts = [] {
        const char16_t *words[] = {
            u"来源", u"文章", u"信息", u"稿件", u"图片", u"根据", u"作者", u"发布", u"更新", u"责任", u"编辑", u"审核",
            u"审校", u"校对", u"摄影", u"字号", u"浏览", u"阅读", u"点击", u"点赞", u"访问", u"扫一", u"在手", u"在看",
            u"打印", u"关闭", u"我要", u"返回", u"转入", u"分享", u"原创", u"写留", u"留言", u"预览", u"继续", u"向上",
            u"轻触", u"喜欢", u"微信", u"收录", u"略有", u"有删", u"节选", u"摘要", u"摘编", u"此件", u"全文", u"pa"};
        QSet<quint32> keys;
        for (const char16_t *w : words)
            keys.insert(quint32(w[0]) << 16 | w[1]);
        return keys;
    }();
    const bool bracket = t.front() == u'（' || t.front() == u'(' || t.front() == u'【' || t.front() == u'[';
    const QStringView head = bracket ? QStringView(t).mid(1).trimmed() : QStringView(t);
    auto lower = [](QChar c) { return c.unicode() < 0x80 ? c.toLower().unicode() : c.unicode(); };
    const bool gated = head.size() >= 2 && starts.contains(quint32(lower(head[0])) << 16 | lower(head[1]));
    if (!gated && !t.endsWith(u'摄') && t.front() != u'【') // 【打印本页】【关闭窗口】: a row of buttons
        return false;
    static const QRegularExpression rules = [] {
        QStringList alternatives;
        for (const WebLine &w : kWebLines)
            alternatives.append(QStringLiteral("(?:%1)").arg(QString::fromUtf8(w.pattern)));
        QRegularExpression re = compile(alternatives.join(u'|').toUtf8().constData());
        re.optimize();
        return re;
    }();
    return rules.match(t).hasMatch();
}

// 第1页 共3页 / 共3页 第1页 / - 2 - / 2 / 2/10 / Page 2 of 10, in one expression
// (one match per line: the matching itself is cheap, each call is not).
const QRegularExpression &pageArtefact()
{
    static const QRegularExpression re = compile(
        R"(^(?:第\s*[0-9一二三四五六七八九十百]+\s*页\s*[,，/、]?\s*(?:共\s*[0-9一二三四五六七八九十百]+\s*页)?)"
        R"(|共\s*[0-9一二三四五六七八九十百]+\s*页\s*[,，/、]?\s*第\s*[0-9一二三四五六七八九十百]+\s*页)"
        R"(|[-—–－_·•\s]*\d{1,4}[-—–－_·•\s]*)"
        R"(|\d{1,4}\s*/\s*\d{1,4})"
        R"(|page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$)");
    return re;
}

// Words that are innocent alone but give a line away when several meet.
const QStringList &weakWords()
{
    static const QStringList words = {u"订阅"_qs, u"会员"_qs, u"举报"_qs, u"免费"_qs, u"分享"_qs, u"平台"_qs,
                                      u"资料"_qs, u"下载"_qs, u"关注"_qs, u"赠送"_qs, u"权益"_qs, u"领取"_qs,
                                      u"获取"_qs, u"购买"_qs, u"实时"_qs, u"更新"_qs, u"迭代"_qs};
    return words;
}

int visibleLength(const QString &line)
{
    int n = 0;
    for (QChar c : line) {
        const char16_t u = c.unicode();
        // ASCII and ideographic spaces are all a junk line ever pads with.
        if (u != ' ' && u != '\t' && u != 0x3000 && u != 0xA0)
            ++n;
    }
    return n;
}

} // namespace

bool isPageArtefact(const QString &line)
{
    if (line.isEmpty() || line.size() > 24) // every page artefact is short; most lines are not
        return false;
    return pageArtefact().match(line).hasMatch();
}

bool isBoilerplate(const QString &line)
{
    if (line.size() > 200) // paragraphs of speech are long; every rule below is for short lines
        return false;
    const int len = visibleLength(line);
    if (len == 0)
        return false;
    if (len <= 60 && strongPhrases().match(line).hasMatch())
        return true;
    if (isWebPageLine(line, len))
        return true;
    if (len <= 80 && (line.contains(u'.') || line.contains(u'/'))) {
        static const QRegularExpression url = compile(R"(https?://|www\.|\.(com|cn|net)\b)");
        if (url.match(line).hasMatch())
            return true;
    }
    if (len <= 40 && !line.endsWith(u'。')) {
        int hits = 0;
        for (const QString &w : weakWords())
            if (line.contains(w))
                ++hits;
        if (hits >= 2)
            return true;
    }
    // Bracketed banners such as 【打击倒卖活动】 or 【更多资料】.
    if (len > 20 || !line.startsWith(u'【'))
        return false;
    static const QRegularExpression banner = compile(R"(^【[^】]*(活动|资料|会员|下载|福利|推荐|声明)[^】]*】$)");
    return banner.match(line).hasMatch();
}

// A web page's markup copied into plain text as a line of its own: an HTML
// comment (<!--more-->), a picture (<img …>, ![说明](a.png)), a bare tag.
std::optional<RemovalReason> markupLine(const QString &line)
{
    if (line.size() > 300 || !(line.startsWith(u'<') || line.startsWith(QLatin1String("!["))))
        return std::nullopt;
    static const QRegularExpression picture = compile(R"(^(<img\b[^>]*>|!\[[^\]]*\]\([^)]*\))$)");
    static const QRegularExpression markup = compile(R"(^(<!--.*-->|</?[A-Za-z][A-Za-z0-9]*\s*/?>)$)");
    if (picture.match(line).hasMatch())
        return RemovalReason::Image;
    if (markup.match(line).hasMatch())
        return RemovalReason::Markup;
    return std::nullopt;
}

std::optional<RemovalReason> classifyJunkLine(const QString &line)
{
    if (isPageArtefact(line))
        return RemovalReason::PageArtefact;
    if (const auto m = markupLine(line))
        return m;
    if (isBoilerplate(line))
        return RemovalReason::Boilerplate;
    return std::nullopt;
}

} // namespace lectern
