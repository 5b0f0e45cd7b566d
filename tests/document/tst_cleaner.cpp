#include "document/BoilerplateRules.h"
#include "document/Cleaner.h"
#include "document/HardWrapJoiner.h"
#include "document/TxtReader.h"

#include <QTest>

using namespace lectern;

namespace {

CleanResult cleanText(const QString &text, const CleanOptions &options = {})
{
    return clean(readTxt(text), SourceFormat::Text, options);
}

QStringList texts(const RawParagraphs &ps)
{
    QStringList out;
    for (const RawParagraph &p : ps)
        out.append(p.text);
    return out;
}

// 60 CJK columns per line, as a PDF copy wraps: 30 characters each.
const QString kWrapped = QStringLiteral(
    "在全市工作会议上的讲话\n"
    "同志们：\n"
    "今天我们召开全市工作会议，主要任务是总结过去一年的工作，部署\n"
    "今年的重点任务，动员全市上下进一步统一思想、坚定信心、真抓实\n"
    "干，奋力完成全年目标任务。刚才几位同志作了很好的发言，我都同\n"
    "意。\n"
    "一、关于过去一年的工作\n"
    "过去一年，面对复杂严峻的形势，全市上下团结一心、攻坚克难，经\n"
    "济社会发展取得了新的成绩，这些成绩来之不易，值得我们倍加珍惜\n"
    "。我们也要清醒看到存在的困难和问题。\n"
    "谢谢大家！\n");

} // namespace

class TestCleaner : public QObject
{
    Q_OBJECT
private slots:
    void junkLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("reason"); // -1 = speech, kept

        const int keep = -1, ad = int(RemovalReason::Boilerplate), page = int(RemovalReason::PageArtefact);
        QTest::newRow("仅供学习") << "仅供学习 禁止外传" << ad;
        QTest::newRow("会员群") << "会员群：                      免费QQ群：" << ad;
        QTest::newRow("订阅 weak x3") << "现在订阅立享前3年的所有权益和资料" << ad;
        QTest::newRow("举报倒卖") << "举报倒卖会员资料的人，举报成功免费赠送一年会员材料！" << ad;
        QTest::newRow("公众号") << "关注公众号获取更多资料" << ad;
        QTest::newRow("文库") << "本文档来自某某文库" << ad;
        QTest::newRow("下载后可编辑") << "（下载后可编辑）" << ad;
        QTest::newRow("更多范文") << "更多范文请访问本站" << ad;
        QTest::newRow("url") << "www.example.com 更新" << ad;
        QTest::newRow("banner") << "【打击倒卖活动】" << ad;
        QTest::newRow("第1页 共3页") << "第1页 共3页" << page;
        QTest::newRow("第 2 页") << "第 2 页" << page;
        QTest::newRow("共3页第2页") << "共3页 第2页" << page;
        QTest::newRow("- 2 -") << "- 2 -" << page;
        QTest::newRow("— 12 —") << "— 12 —" << page;
        QTest::newRow("bare number") << "3" << page;
        QTest::newRow("2/10") << "2/10" << page;
        QTest::newRow("Page 4 of 9") << "Page 4 of 9" << page;
        // The furniture of web pages around a speech (issue 9).
        QTest::newRow("来源") << "来源：湖北日报" << ad;
        QTest::newRow("(来源） mixed brackets") << "(来源：中国政府网）" << ad;
        QTest::newRow("根据直播整理") << "（根据直播整理）" << ad;
        QTest::newRow("作者 发布时间") << "作者：张三 发布时间：2025-01-16 10:00" << ad;
        QTest::newRow("浏览次数") << "浏览次数：1234" << ad;
        QTest::newRow("责任编辑") << "责任编辑：李四" << ad;
        QTest::newRow("扫一扫") << "扫一扫在手机打开当前页" << ad;
        QTest::newRow("page buttons") << "【打印本页】【关闭窗口】【我要纠错】" << ad;
        QTest::newRow("返回首页") << "返回首页" << ad;
        QTest::newRow("首发地址") << "转入文章首发地址" << ad;
        QTest::newRow("slide start") << "Page1 开始" << ad;
        QTest::newRow("slide end") << "PAGE3 结束" << ad;
        QTest::newRow("photo credit") << "摄影 王五" << ad;
        QTest::newRow("note 有删节") << "（有删节）" << ad;
        QTest::newRow("note 此件公开发布") << "（此件公开发布）" << ad;
        QTest::newRow("speech 全文") << "全文共分三个部分。" << keep;
        QTest::newRow("WeChat header") << "原创 某某 某某发布 2026-04-18 08:30 发表于某省" << ad;
        QTest::newRow("WeChat 阅读原文") << "阅读原文" << ad;
        QTest::newRow("WeChat 在看") << "在看" << ad;
        QTest::newRow("WeChat 阅读 10万+") << "阅读 10万+" << ad;
        QTest::newRow("WeChat follow") << "微信扫一扫关注该公众号" << ad;
        QTest::newRow("speech 原创") << "原创性成果要及时转化。" << keep;
        QTest::newRow("speech 在看") << "在看到成绩的同时，我们也清醒地认识到不足。" << keep;
        // Speech that merely mentions such words stays.
        QTest::newRow("speech 举报") << "要畅通信访举报渠道，认真受理群众反映的问题线索，做到件件有着落、事事有回音。" << keep;
        QTest::newRow("speech 订阅") << "各支部要做好党报党刊订阅工作。" << keep;
        QTest::newRow("speech 来源") << "要拓宽群众收入来源：发展特色产业，稳定就业岗位。" << keep;
        QTest::newRow("speech 作者") << "作者要深入生活，扎根人民。" << keep;
        QTest::newRow("speech 编辑") << "编辑记者要增强脚力、眼力、脑力、笔力。" << keep;
        QTest::newRow("speech 摄影") << "摄影、书法、美术爱好者踊跃参加。" << keep;
        QTest::newRow("speech page") << "第一页的内容大家都看过了。" << keep;
        QTest::newRow("heading") << "一、提高政治站位，时刻保持清醒" << keep;
        QTest::newRow("numbered heading") << "1.打通数据壁垒" << keep;
        QTest::newRow("salutation") << "同志们：" << keep;
        QTest::newRow("year") << "2024年工作要点" << keep;
    }
    void junkLines()
    {
        QFETCH(QString, line);
        QFETCH(int, reason);
        const auto got = classifyJunkLine(line);
        if (reason < 0)
            QVERIFY2(!got.has_value(), qPrintable(line));
        else
            QCOMPARE(int(got.value_or(RemovalReason::HardWrap)), reason);
    }

    // Only junk goes: a line above the title that is no junk stays (the
    // structurer marks it as preamble), and the line after a junk line knows it.
    void keepsWhatIsNotJunkAboveTheTitle()
    {
        const CleanResult r = cleanText(QStringLiteral(
            "酷乐文行\n自建平台、实时分享\n\n在全区工作会议上的讲话\n同志们：\n今天开会。\n谢谢大家！\n"));
        QCOMPARE(texts(r.paragraphs), QStringList({"酷乐文行", "在全区工作会议上的讲话", "同志们：", "今天开会。", "谢谢大家！"}));
        QCOMPARE(r.removals.size(), 1);
        QCOMPARE(r.removals[0].line, 2);
        QCOMPARE(r.removals[0].reason, RemovalReason::Boilerplate);
        QVERIFY(!r.paragraphs[0].afterJunk);
        QVERIFY(r.paragraphs[1].afterJunk);
        QVERIFY(!r.paragraphs[2].afterJunk);
    }

    // A shop's name between two advertising lines at the top is advertising;
    // a sentence there, or a line between junk further down, is text.
    void advertisingBlockAtTheTop()
    {
        const CleanResult r = cleanText(QStringLiteral(
            "仅供学习 禁止外传\n酷乐文行\n自建平台、实时分享\n在全区工作会议上的讲话\n同志们：\n今天开会。\n"));
        QCOMPARE(texts(r.paragraphs), QStringList({"在全区工作会议上的讲话", "同志们：", "今天开会。"}));
        QCOMPARE(r.removals.size(), 3);
        QCOMPARE(r.removals[1].text, QStringLiteral("酷乐文行"));
        QCOMPARE(r.removals[1].reason, RemovalReason::Boilerplate);

        const CleanResult sentence = cleanText(QStringLiteral(
            "仅供学习 禁止外传\n会议要求准时到场。\n自建平台、实时分享\n在全区工作会议上的讲话\n"));
        QVERIFY(texts(sentence.paragraphs).contains(QStringLiteral("会议要求准时到场。")));

        QString late;
        for (int i = 0; i < 14; ++i)
            late += QStringLiteral("第%1段话。\n").arg(i);
        late += QStringLiteral("仅供学习 禁止外传\n小结\n自建平台、实时分享\n");
        QVERIFY(texts(cleanText(late).paragraphs).contains(QStringLiteral("小结")));
    }

    void keepsEverythingWithoutTitleEvidence()
    {
        const CleanResult r = cleanText(QStringLiteral("第一段话。\n第二段话。\n"));
        QCOMPARE(texts(r.paragraphs), QStringList({"第一段话。", "第二段话。"}));
        QVERIFY(r.removals.isEmpty());
    }

    void restoresKeptLines()
    {
        const QString text = QStringLiteral("仅供学习\n在全区工作会议上的讲话\n同志们：\n要畅通信访渠道。\n");
        QCOMPARE(cleanText(text).removals.size(), 1);
        CleanOptions keep;
        keep.keepLines = {1};
        const CleanResult r = cleanText(text, keep);
        QVERIFY(r.removals.isEmpty());
        QCOMPARE(r.paragraphs.first().text, QStringLiteral("仅供学习"));
    }

    void joinsHardWrappedLines()
    {
        const CleanResult r = cleanText(kWrapped);
        const QStringList ps = texts(r.paragraphs);
        QCOMPARE(ps.size(), 6);
        QCOMPARE(ps[0], QStringLiteral("在全市工作会议上的讲话"));
        QCOMPARE(ps[1], QStringLiteral("同志们："));
        QVERIFY(ps[2].startsWith(QStringLiteral("今天我们召开")));
        QVERIFY(ps[2].contains(QStringLiteral("部署今年的重点任务")));
        QVERIFY(ps[2].endsWith(QStringLiteral("我都同意。")));
        QCOMPARE(ps[3], QStringLiteral("一、关于过去一年的工作"));
        QVERIFY(ps[4].contains(QStringLiteral("倍加珍惜。我们也要")));
        QCOMPARE(ps[5], QStringLiteral("谢谢大家！"));
        int joins = 0;
        for (const Removal &rm : r.removals)
            joins += rm.reason == RemovalReason::HardWrap;
        QCOMPARE(joins, 5);
    }

    void joinsAcrossPageBreak()
    {
        QString text = kWrapped;
        text.replace(QStringLiteral("今年的重点任务"), QStringLiteral("\n- 2 -\n\n今年的重点任务"));
        const CleanResult r = cleanText(text);
        QVERIFY(texts(r.paragraphs).join(u'|').contains(QStringLiteral("部署今年的重点任务")));
        QCOMPARE(r.removals.first().reason, RemovalReason::PageArtefact);
        QCOMPARE(r.removals.first().text, QStringLiteral("- 2 -"));
    }

    void keepBreakUndoesAJoin()
    {
        CleanOptions keep;
        keep.keepLines = {4}; // the line "今年的重点任务…" begins a paragraph after all
        const CleanResult r = cleanText(kWrapped, keep);
        QVERIFY(texts(r.paragraphs).contains(QStringLiteral("今天我们召开全市工作会议，主要任务是总结过去一年的工作，部署")));
    }

    void doesNotJoinUnwrappedText()
    {
        // One paragraph per line, as in most downloaded drafts: nothing to join.
        const CleanResult r = cleanText(QStringLiteral(
            "在全区会议上的讲话\n同志们：\n一、提高政治站位，时刻保持清醒\n二、增强政治定力，扛好主体责任\n"
            "三、带头廉洁自律，树立良好形象\n四、坚守政治担当，做到守土尽责\n谢谢大家！\n"));
        QCOMPARE(r.paragraphs.size(), 7);
        QVERIFY(r.removals.isEmpty());
    }

    // Lines cut inside a sentence at no fixed width (issue 9, item 5): the
    // paragraphs expected, separated by |.
    void joinsSentencesCutAtAnyWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("paragraphs");
        const QString head = QStringLiteral("在全区工作会议上的讲话\n同志们：\n");
        QTest::newRow("prose cut mid-sentence")
            << head + "今天召开会议，主要任务是要全面开展城乡结合部\n环境卫生专项整治，确保取得实效。\n"
            << "在全区工作会议上的讲话|同志们：|今天召开会议，主要任务是要全面开展城乡结合部环境卫生专项整治，确保取得实效。";
        QTest::newRow("cut after a comma, across blank lines")
            << head + "今年以来，\n\n\n各部门认真履职。\n"
            << "在全区工作会议上的讲话|同志们：|今年以来，各部门认真履职。";
        QTest::newRow("heading cut off where headings run in")
            << head + "（一）构建体制。坚持改革。\n\n（二）坚持不懈用\n\n\n新时代思想凝心铸魂。用理论武装。\n\n（三）推进振兴。全面建设。\n"
            << "在全区工作会议上的讲话|同志们：|（一）构建体制。坚持改革。|（二）坚持不懈用新时代思想凝心铸魂。用理论武装。|（三）推进振兴。全面建设。";
        QTest::newRow("a heading of its own stays")
            << head + "一、认清形势\n今年以来，各部门认真履职。\n二、明确任务\n要抓好落实。\n"
            << "在全区工作会议上的讲话|同志们：|一、认清形势|今年以来，各部门认真履职。|二、明确任务|要抓好落实。";
        QTest::newRow("a short subheading stays")
            << head + "加强组织领导\n各单位要成立领导小组。\n"
            << "在全区工作会议上的讲话|同志们：|加强组织领导|各单位要成立领导小组。";
        QTest::newRow("title lines above the salutation stay")
            << QStringLiteral("高举伟大旗帜，\n为建设现代化国家而奋斗\n同志们：\n今天开会。\n")
            << "高举伟大旗帜，|为建设现代化国家而奋斗|同志们：|今天开会。";
        QTest::newRow("a new point is no continuation")
            << head + "今年以来，各部门认真履职，取得了\n一是渠道便捷。\n"
            << "在全区工作会议上的讲话|同志们：|今年以来，各部门认真履职，取得了|一是渠道便捷。";
    }
    void joinsSentencesCutAtAnyWidth()
    {
        QFETCH(QString, text);
        QFETCH(QString, paragraphs);
        const CleanResult r = cleanText(text);
        QCOMPARE(texts(r.paragraphs).join(u'|'), paragraphs);
        // Each join is listed (the line joined), so that review can undo it.
        int lines = 0;
        for (const QString &l : text.split(u'\n'))
            lines += l.isEmpty() ? 0 : 1;
        int listed = 0;
        for (const Removal &m : r.removals)
            listed += m.reason == RemovalReason::HardWrap ? 1 : 0;
        QCOMPARE(listed, lines - int(r.paragraphs.size()));
    }

    void keepBreakUndoesAFragmentJoin()
    {
        const QString text = QStringLiteral("在全区工作会议上的讲话\n同志们：\n今天召开会议，主要任务是要全面开展城乡结合部\n环境卫生专项整治。\n");
        CleanOptions keep;
        keep.keepLines.insert(4);
        QCOMPARE(cleanText(text, keep).paragraphs.size(), 4);
        QCOMPARE(cleanText(text).paragraphs.size(), 3);
    }

    void detectsWrapWidth_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("width");
        QTest::newRow("none") << QStringList({"短句。", "短句。", "短句。", "短句。"}) << 0;
        const QString full = QString(30, QChar(0x4E2D));
        QTest::newRow("60 columns") << QStringList({full, full, full.left(29), full.left(10) + "。"}) << 60;
    }
    void detectsWrapWidth()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, width);
        QList<WrapLine> wl;
        int n = 0;
        for (const QString &l : lines)
            wl.append({l, ++n, false, false});
        QCOMPARE(detectWrapWidth(wl), width);
    }
};

QTEST_GUILESS_MAIN(TestCleaner)
#include "tst_cleaner.moc"
