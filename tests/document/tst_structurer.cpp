#include "document/StructurePatterns.h"
#include "document/Structurer.h"

#include <QTest>

using namespace lectern;

namespace {

RawParagraphs paragraphs(const QStringList &lines)
{
    RawParagraphs out;
    int n = 0;
    for (const QString &l : lines) {
        RawParagraph p;
        p.text = l;
        p.sourceLine = ++n;
        out.append(p);
    }
    return out;
}

} // namespace

class TestStructurer : public QObject
{
    Q_OBJECT
private slots:
    void headingLevels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("一、") << "一、提高政治站位" << 1;
        QTest::newRow("十二、") << "十二、其他事项" << 1;
        QTest::newRow("一．") << "一．总体要求" << 1;
        QTest::newRow("（一）") << "（一）取得的成绩值得肯定" << 2;
        QTest::newRow("(二) ascii") << "(二)存在的不足" << 2;
        QTest::newRow("1.") << "1.打通数据壁垒" << 3;
        QTest::newRow("2、") << "2、优化办事流程" << 3;
        QTest::newRow("3．") << "3．提升窗口服务" << 3;
        QTest::newRow("（1）") << "（1）加强培训" << 3;
        QTest::newRow("decimal") << "1.5亿元资金已经到位" << 0;
        QTest::newRow("year") << "2024年是关键一年" << 0;
        QTest::newRow("一是") << "一是服务渠道更加便捷。" << 0;
        QTest::newRow("一些") << "一些同志认识不到位。" << 0;
        QTest::newRow("full-width 1．") << "１．加强培训" << 3;
        QTest::newRow("full-width （1）") << "（１）加强培训" << 3;
        QTest::newRow("（ 二 ） spaced") << "（ 二 ）加强培训" << 2;
        QTest::newRow("four numerals") << "一二三四、不是标题" << 0;
        QTest::newRow("marker alone") << "（一）" << 0;
        QTest::newRow("1. and nothing") << "1. " << 0;
        QTest::newRow("three digits") << "100.加强" << 0;
        QTest::newRow("（一 no close") << "（一加强培训" << 0;
    }
    void headingLevels()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        QCOMPARE(headingLevelOf(text), level);
    }

    void leadSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lead");
        QTest::newRow("一要") << "一要始终坚守政治方向。习近平总书记多次讲述。" << "一要始终坚守政治方向。";
        QTest::newRow("二是") << "二是以淡泊之心对待“名利”。古人云。" << "二是以淡泊之心对待“名利”。";
        QTest::newRow("第一，") << "第一，加强业务培训。每个窗口都要熟练。" << "第一，加强业务培训。";
        QTest::newRow("首先，") << "首先，要统一思想。思想是行动的先导。" << "首先，要统一思想。";
        QTest::newRow("plain") << "一言以蔽之，我们要两手抓。" << "";
        QTest::newRow("一些") << "一些单位工作不实。" << "";
    }
    void leadSentences()
    {
        QFETCH(QString, text);
        QFETCH(QString, lead);
        QCOMPARE(text.left(leadSentenceLength(text)), lead);
    }

    void frontMatterPatterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("同志们") << "同志们：" << "salutation";
        QTest::newRow("各位领导") << "各位领导、同志们：" << "salutation";
        QTest::newRow("long sentence with colon") << "主要表现在几个方面：" << "";
        QTest::newRow("closing long") << "我的讲话完了，谢谢大家！" << "closing";
        QTest::newRow("closing short") << "谢谢大家！" << "closing";
        QTest::newRow("closing 就讲到这里") << "我就讲到这里，谢谢大家。" << "closing";
        QTest::newRow("date paren") << "（2024年3月15日）" << "date";
        QTest::newRow("date hanzi") << "二〇二四年三月十五日" << "date";
        QTest::newRow("date month") << "2024年3月" << "date";
    }
    void frontMatterPatterns()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QCOMPARE(isSalutation(text), kind == u"salutation");
        QCOMPARE(isClosing(text), kind == u"closing");
        QCOMPARE(isDateLine(text), kind == u"date");
    }

    void fullFrontMatter()
    {
        const Document d = structure(paragraphs({"在全区工作会议上的讲话", "区长 ×××", "（2024年3月15日）", "各位领导、同志们：",
                                                 "今天召开会议。", "一、认清形势", "（一）成绩", "一是渠道便捷。二是流程简化。",
                                                 "1.打通数据壁垒", "要接入平台。", "我的讲话完了，谢谢大家！"}));
        QCOMPARE(d.blocks.size(), 11);
        QCOMPARE(d.textOf(BlockKind::Title), QStringLiteral("在全区工作会议上的讲话"));
        QCOMPARE(d.textOf(BlockKind::Byline), QStringLiteral("区长 ×××"));
        QCOMPARE(d.textOf(BlockKind::Date), QStringLiteral("（2024年3月15日）"));
        QCOMPARE(d.textOf(BlockKind::Salutation), QStringLiteral("各位领导、同志们："));
        QCOMPARE(d.textOf(BlockKind::Closing), QStringLiteral("我的讲话完了，谢谢大家！"));
        QCOMPARE(d.blocks[5].kind, BlockKind::Heading);
        QCOMPARE(d.blocks[5].level, 1);
        QCOMPARE(d.blocks[6].level, 2);
        QCOMPARE(d.blocks[7].kind, BlockKind::Point);
        QCOMPARE(d.blocks[7].text.left(d.blocks[7].leadLength), QStringLiteral("一是渠道便捷。"));
        QCOMPARE(d.blocks[8].kind, BlockKind::Heading);
        QCOMPARE(d.blocks[8].level, 3);
        for (int i = 0; i < d.blocks.size(); ++i)
            QCOMPARE(d.blocks[i].id, i + 1);
    }

    // The layouts official documents put title, byline and date in (issue 9,
    // items 1 and 4). Lines are separated by |; a line starting with ! had a
    // junk line taken out right above it. Every line must end up in a block.
    void frontMatterLayouts_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("salutation");
        QTest::newRow("title over two lines, subtitle, date, byline")
            << "高举伟大旗帜|为建设现代化国家而奋斗|——在全市代表大会上的报告|（2022年10月16日）|某某某|同志们：|今天开会。"
            << "title,date,byline,salutation,paragraph"
            << "高举伟大旗帜\n为建设现代化国家而奋斗\n——在全市代表大会上的报告" << "某某某" << "（2022年10月16日）" << "同志们：";
        QTest::newRow("prose byline sentence under the title")
            << "2025年某省政府工作报告|2025年1月16日在某省第十四届人民代表大会第三次会议上某省人民政府省长某某作政府工作报告。|各位代表：|现在，我代表省人民政府向大会报告工作。"
            << "title,date,byline,salutation,paragraph"
            << "2025年某省政府工作报告" << "在某省第十四届人民代表大会第三次会议上某省人民政府省长某某作政府工作报告。"
            << "2025年1月16日" << "各位代表：";
        QTest::newRow("page headline, a source line, the document's own title")
            << "2025年某省政府工作报告|!政府工作报告|2025年1月14日在某省人民代表大会上省长某某作政府工作报告。|各位代表：|现在开会。"
            << "preamble,title,date,byline,salutation,paragraph"
            << "政府工作报告" << "在某省人民代表大会上省长某某作政府工作报告。" << "2025年1月14日" << "各位代表：";
        QTest::newRow("one-line title, date, occasion and speaker")
            << "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 某某|各位代表：|现在开会。"
            << "title,date,occasion,byline,salutation,paragraph"
            << "政府工作报告" << "国务院总理 某某" << "2024年3月5日" << "各位代表：";
        QTest::newRow("two-line title, subtitle with date, occasion, post and name")
            << "坚定信心　真抓实干|奋力开创乡村振兴新局面|——2025年3月8日在全县农村工作会议上　县长　刘建华|同志们：|今天开会。"
            << "title,date,occasion,byline,salutation,paragraph"
            << "坚定信心　真抓实干\n奋力开创乡村振兴新局面" << "县长　刘建华" << "2025年3月8日" << "同志们：";
        QTest::newRow("subtitle with date and occasion, byline below")
            << "政府工作报告（文字实录）|——2020年5月22日在第十三届全国人民代表大会第三次会议上|国务院总理 某某|各位代表：|现在开会。"
            << "title,date,occasion,byline,salutation,paragraph"
            << "政府工作报告（文字实录）" << "国务院总理 某某" << "2020年5月22日" << "各位代表：";
        QTest::newRow("subtitle's date and a date line of its own: both kept")
            << "在全市大会上的讲话|——2024年1月8日在全市大会上|（2024年1月8日）|同志们：|今天开会。"
            << "title,date,occasion,date,salutation,paragraph"
            << "在全市大会上的讲话" << "" << "2024年1月8日" << "同志们：";
        QTest::newRow("byline alone, date in brackets")
            << "在全县经济工作会议上的讲话|县委书记　某某某|（2024年1月8日）|同志们：|今天开会。"
            << "title,byline,date,salutation,paragraph"
            << "在全县经济工作会议上的讲话" << "县委书记　某某某" << "（2024年1月8日）" << "同志们：";
        QTest::newRow("salutation over two lines, speaker and date above it")
            << "在表彰大会上的讲话|某某某|（2024年5月4日）|尊敬的各位领导，|同志们：|今天开会。"
            << "title,byline,date,salutation,paragraph"
            << "在表彰大会上的讲话" << "某某某" << "（2024年5月4日）" << "尊敬的各位领导，同志们：";
        QTest::newRow("salutation with an ASCII colon")
            << "在全市工作会议上的讲话|各位代表:|现在开会。"
            << "title,salutation,paragraph" << "在全市工作会议上的讲话" << "" << "" << "各位代表:";
        QTest::newRow("no title: starts at the salutation")
            << "同志们：|现在，我代表委员会向大会作报告。"
            << "salutation,paragraph" << "" << "" << "" << "同志们：";
        QTest::newRow("a note above the title is kept, not deleted")
            << "内部资料 注意保存|!在上半年集体约谈时的讲话|同志们：|今天开会。"
            << "preamble,title,salutation,paragraph" << "在上半年集体约谈时的讲话" << "" << "" << "同志们：";
    }
    // A ——subtitle taken apart: date, occasion and speaker into their own
    // fields; a subtitle proper (……上的报告) stays with the title.
    void subtitles_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("split");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("occasion");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("kept");
        QTest::newRow("all four") << "——2025年3月8日在全县农村工作会议上　县长　刘建华" << true << "2025年3月8日"
                                  << "在全县农村工作会议上" << "县长　刘建华" << "";
        QTest::newRow("date and occasion") << "——2020年5月22日在第十三届全国人民代表大会第三次会议上" << true << "2020年5月22日"
                                           << "在第十三届全国人民代表大会第三次会议上" << "" << "";
        QTest::newRow("date in brackets, Chinese numerals") << "——（二〇二四年三月五日）在市委全会上" << true << "二〇二四年三月五日"
                                                            << "在市委全会上" << "" << "";
        QTest::newRow("occasion and speaker, no date") << "——在全市安全生产会议上 副市长 王某" << true << ""
                                                       << "在全市安全生产会议上" << "副市长 王某" << "";
        QTest::newRow("a subtitle proper") << "——在中国共产党第二十次全国代表大会上的报告" << false << "" << "" << "" << "";
        QTest::newRow("a date, then a subtitle proper") << "——2022年10月16日在全市代表大会上的报告" << true << "2022年10月16日"
                                                        << "" << "" << "——在全市代表大会上的报告";
        QTest::newRow("上 early in the place name") << "——2024年5月4日在上海市青年大会上" << true << "2024年5月4日"
                                                   << "在上海市青年大会上" << "" << "";
        QTest::newRow("a sentence is no subtitle") << "——在会上，大家要发言。" << false << "" << "" << "" << "";
        QTest::newRow("no dash") << "2024年5月4日在大会上" << false << "" << "" << "" << "";
    }
    void subtitles()
    {
        QFETCH(QString, line);
        QFETCH(bool, split);
        const SubtitleParts parts = splitSubtitle(line);
        QCOMPARE(parts.split, split);
        QTEST(parts.date, "date");
        QTEST(parts.occasion, "occasion");
        QTEST(parts.byline, "byline");
        QTEST(parts.kept, "kept");
    }

    void frontMatterLayouts()
    {
        QFETCH(QString, lines);
        QFETCH(QString, kinds);
        QFETCH(QString, title);
        QFETCH(QString, byline);
        QFETCH(QString, date);
        QFETCH(QString, salutation);
        RawParagraphs ps;
        for (QString line : lines.split(u'|')) {
            RawParagraph p;
            p.afterJunk = line.startsWith(u'!');
            p.text = p.afterJunk ? line.mid(1) : line;
            p.sourceLine = int(ps.size()) + 1;
            ps.append(p);
        }
        const Document d = structure(ps);
        QStringList got;
        for (const Block &b : d.blocks)
            got.append(blockKindName(b.kind));
        QCOMPARE(got.join(u','), kinds);
        QCOMPARE(d.textOf(BlockKind::Title), title);
        QCOMPARE(d.textOf(BlockKind::Byline), byline);
        QCOMPARE(d.textOf(BlockKind::Date), date);
        QCOMPARE(d.textOf(BlockKind::Salutation), salutation);
        // Nothing vanishes: every letter and digit of the input is in some
        // block, in order (a subtitle's dash and the spaces between its parts go).
        auto letters = [](const QString &text) {
            QString kept;
            for (const QChar c : text)
                if (c.isLetterOrNumber())
                    kept += c;
            return kept;
        };
        QString in, out;
        for (const RawParagraph &p : ps)
            in += letters(p.text);
        for (const Block &b : d.blocks)
            out += letters(b.text);
        QCOMPARE(out, in);
    }

    void subtitleJoinsTitle()
    {
        const Document d = structure(paragraphs({"坚定信心 真抓实干", "——在全市工作会议上的讲话", "同志们：", "今天开会。"}));
        QCOMPARE(d.textOf(BlockKind::Title), QStringLiteral("坚定信心 真抓实干\n——在全市工作会议上的讲话"));
        QCOMPARE(d.blocks[1].kind, BlockKind::Salutation);
    }

    void closingInsideLastParagraph()
    {
        const Document d = structure(paragraphs({"在会上的讲话", "同志们：", "希望大家抓好落实。我的讲话完了，谢谢大家！"}));
        QCOMPARE(d.blocks.size(), 4);
        QCOMPARE(d.blocks[2].text, QStringLiteral("希望大家抓好落实。"));
        QCOMPARE(d.blocks[3].kind, BlockKind::Closing);
    }

    void runInHeadingBecomesPoint()
    {
        const QString text = QStringLiteral("1.加强组织领导。各单位要成立领导小组，主要负责同志亲自抓，分管负责同志具体抓，形成一级抓一级、层层抓落实的工作格局。");
        const Document d = structure(paragraphs({text}));
        QCOMPARE(d.blocks.first().kind, BlockKind::Point);
        QCOMPARE(d.blocks.first().level, 3);
        QCOMPARE(d.blocks.first().text.left(d.blocks.first().leadLength), QStringLiteral("1.加强组织领导。"));
    }

    void boldLeadFromDocx()
    {
        RawParagraphs ps = paragraphs({"在会上的讲话", "同志们：", "抓好学习。要原原本本学。", "全篇加粗的小标题"});
        ps[2].boldPrefix = 5;
        ps[3].boldPrefix = int(ps[3].text.size());
        const Document d = structure(ps);
        QCOMPARE(d.blocks[2].kind, BlockKind::Point);
        QCOMPARE(d.blocks[2].leadLength, 5);
        QCOMPARE(d.blocks[3].kind, BlockKind::Heading);
    }

    void anchors()
    {
        const Document d = structure(paragraphs({"在会上的讲话", "同志们：", "今天开会。"}));
        QCOMPARE(d.start(), (Anchor{1, 0}));
        QCOMPARE(d.end(), (Anchor{3, 5}));
        QVERIFY(d.isValid({2, 4}));
        QVERIFY(!d.isValid({2, 5}));
        QVERIFY(!d.isValid({9, 0}));
        QCOMPARE(d.clamp({2, 99}), (Anchor{2, 4}));
        QCOMPARE(d.clamp({99, 0}), d.end());
        QVERIFY((Anchor{1, 5}) < (Anchor{2, 0}));
    }
};

QTEST_GUILESS_MAIN(TestStructurer)
#include "tst_structurer.moc"
