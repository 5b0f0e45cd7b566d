#include "DocxBuilder.h"
#include "document/Placeholders.h"
#include "document/InvisibleText.h"
#include "document/HanAccounting.h"
#include "document/SpeechImporter.h"
#include "document/Timing.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

QString fixturePath()
{
    return qEnvironmentVariable("LECTERN_FIXTURES") + QStringLiteral("/speech-lianzheng-yuetan.txt");
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<const Block *> blocksOf(const Document &d, BlockKind kind, int level = -1)
{
    QList<const Block *> out;
    for (const Block &b : d.blocks)
        if (b.kind == kind && (level < 0 || b.level == level))
            out.append(&b);
    return out;
}

void verifyFixture(const Document &d)
{
    QCOMPARE(d.textOf(BlockKind::Title), QStringLiteral("在上半年党风廉政建设集体约谈时的讲话"));
    QCOMPARE(d.textOf(BlockKind::Salutation), QStringLiteral("同志们："));
    QCOMPARE(d.textOf(BlockKind::Closing), QStringLiteral("我的讲话完了，谢谢大家！"));
    const auto sections = blocksOf(d, BlockKind::Heading, 1);
    QCOMPARE(sections.size(), 4);
    QVERIFY(sections[0]->text.startsWith(QStringLiteral("一、提高政治站位")));
    QVERIFY(sections[3]->text.startsWith(QStringLiteral("四、坚守政治担当")));
    // The points of each section: 一要/二要/三要, 一要…四要, 一是…四是, 一要…三要.
    QStringList leads;
    for (const Block *b : blocksOf(d, BlockKind::Point))
        leads.append(b->text.left(2));
    QCOMPARE(leads, QStringList({"一要", "二要", "三要", "一要", "二要", "三要", "四要",
                                 "一是", "二是", "三是", "四是", "一要", "二要", "三要"}));
    const Block *first = blocksOf(d, BlockKind::Point).first();
    QCOMPARE(first->text.left(first->leadLength), QStringLiteral("一要始终坚守政治方向。"));

    // Every advertising line is gone from the text and listed with a reason.
    const QStringList ads = {"仅供学习", "酷乐文行", "自建平台", "根据实际需求", "订阅", "打击倒卖", "举报倒卖", "会员群"};
    for (const QString &ad : ads) {
        bool listed = false;
        for (const Removal &r : d.removals)
            listed = listed || r.text.contains(ad);
        QVERIFY2(listed, qPrintable(ad));
        for (const Block &b : d.blocks)
            QVERIFY2(!b.text.contains(ad), qPrintable(b.text));
    }
    QCOMPARE(d.removals.size(), 8);
    for (const Removal &r : d.removals)
        QVERIFY(r.line >= 1 && r.line <= 9);

    const QList<Placeholder> ps = findPlaceholders(d);
    QCOMPARE(ps.size(), 7);
    for (const Placeholder &p : ps)
        QCOMPARE(p.text, QStringLiteral("X"));
    const int han = timeDocument(d).hanChars;
    QVERIFY2(han > 4500 && han < 5100, qPrintable(QString::number(han)));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void realFixture()
    {
        if (!QFile::exists(fixturePath()))
            QSKIP("../shared/fixtures is not here");
        const ImportResult r = importSpeech(fixturePath());
        QVERIFY2(r.ok(), qPrintable(r.error));
        verifyFixture(*r.document);
    }

    void realFixtureInOtherEncodings_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<bool>("crlf");
        QTest::newRow("GBK") << QByteArray("GBK") << QByteArray() << false;
        QTest::newRow("GB18030 CRLF") << QByteArray("GB18030") << QByteArray() << true;
        QTest::newRow("UTF-16LE") << QByteArray("UTF-16LE") << QByteArray("\xFF\xFE") << true;
        QTest::newRow("UTF-8 BOM") << QByteArray("UTF-8") << QByteArray("\xEF\xBB\xBF") << false;
    }
    void realFixtureInOtherEncodings()
    {
        if (!QFile::exists(fixturePath()))
            QSKIP("../shared/fixtures is not here");
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, prefix);
        QFETCH(bool, crlf);
        QFile f(fixturePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        if (crlf)
            text.replace(u'\n', QLatin1String("\r\n"));
        QStringEncoder enc(encoding.constData());
        const QByteArray bytes = prefix + enc.encode(text);
        QVERIFY(!enc.hasError());
        QTemporaryDir dir;
        const ImportResult r = importSpeech(write(dir, QStringLiteral("speech.txt"), bytes));
        QVERIFY2(r.ok(), qPrintable(r.error));
        verifyFixture(*r.document);
    }

    void sampleSpeech()
    {
        const ImportResult r = importSpeech(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = *r.document;
        QVERIFY(d.first(BlockKind::Title));
        QVERIFY(d.first(BlockKind::Byline));
        QVERIFY(d.first(BlockKind::Date));
        QVERIFY(d.first(BlockKind::Salutation));
        QVERIFY(d.first(BlockKind::Closing));
        QCOMPARE(blocksOf(d, BlockKind::Heading, 1).size(), 3);
        QVERIFY(blocksOf(d, BlockKind::Heading, 2).size() >= 2);
        QVERIFY(blocksOf(d, BlockKind::Heading, 3).size() >= 3);
        QVERIFY(blocksOf(d, BlockKind::Point).size() >= 4);
        QStringList kinds;
        for (const Placeholder &p : findPlaceholders(d))
            kinds.append(p.text);
        QCOMPARE(kinds, QStringList({"×××", "○○", "X", "XX", "某某"}));
    }

    void markdown()
    {
        QTemporaryDir dir;
        const QByteArray md = "# 在全区会议上的讲话\n\n同志们：\n\n## 一、认清形势\n\n今天我们召开会议，主要任务是\n总结工作。\n\n"
                              "**一要加强领导。** 各单位要*高度*重视。\n\n谢谢大家！\n";
        const ImportResult r = importSpeech(write(dir, QStringLiteral("speech.md"), md));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = *r.document;
        QCOMPARE(d.textOf(BlockKind::Title), QStringLiteral("在全区会议上的讲话"));
        QCOMPARE(d.textOf(BlockKind::Salutation), QStringLiteral("同志们："));
        QCOMPARE(blocksOf(d, BlockKind::Heading, 1).size(), 1);
        QVERIFY(d.blocks.size() >= 5);
        QCOMPARE(d.blocks[3].text, QStringLiteral("今天我们召开会议，主要任务是总结工作。"));
        QCOMPARE(d.blocks[4].kind, BlockKind::Point);
        QCOMPARE(d.blocks[4].text, QStringLiteral("一要加强领导。 各单位要高度重视。"));
        QCOMPARE(d.textOf(BlockKind::Closing), QStringLiteral("谢谢大家！"));
    }

    // A site generator's header goes, listed line by line with its file line;
    // the speech's lines keep the file's own numbers, so --keep N restores line N.
    void markdownFrontMatter_data()
    {
        QTest::addColumn<QByteArray>("md");
        QTest::addColumn<int>("headerLines");
        const QByteArray body = "在全区会议上的讲话\n\n同志们：\n\n今天开会。\n\n仅供学习 禁止外传\n\n谢谢大家！\n";
        QTest::newRow("YAML") << QByteArray("---\ntitle: 某网站->在全区会议上的讲话 | site.cn\ntags:\n- 某大学\n---\n") + body << 5;
        QTest::newRow("TOML") << QByteArray("+++\ntitle = \"某网站\"\n[params]\nauthor = \"某某\"\n+++\n") + body << 5;
        QTest::newRow("YAML without its opening line") << QByteArray("title: 某网站\ndate: 2022-05-11\nslug: abc\n---\n") + body << 4;
        QTest::newRow("none") << body << 0;
    }
    void markdownFrontMatter()
    {
        QFETCH(QByteArray, md);
        QFETCH(int, headerLines);
        const ImportResult r = importSpeechData(md, QStringLiteral("page.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = *r.document;
        QCOMPARE(d.textOf(BlockKind::Title), QStringLiteral("在全区会议上的讲话"));
        QCOMPARE(d.blocks.first().kind, BlockKind::Title);
        QCOMPARE(d.blocks.first().sourceLine, headerLines + 1);
        int header = 0;
        for (const Removal &m : d.removals) {
            if (m.reason == RemovalReason::FrontMatter) {
                ++header;
                QVERIFY(m.line >= 1 && m.line <= headerLines);
            }
        }
        QCOMPARE(header, headerLines);
        QCOMPARE(removalReasonKey(RemovalReason::FrontMatter), QStringLiteral("front-matter"));
        // The watermark is listed at its own line of the file, and comes back by it.
        const auto ad = std::find_if(d.removals.cbegin(), d.removals.cend(), [](const Removal &m) { return m.reason == RemovalReason::Boilerplate; });
        QVERIFY(ad != d.removals.cend());
        QCOMPARE(ad->line, headerLines + 7);
        ImportOptions keep;
        keep.clean.keepLines.insert(ad->line);
        const ImportResult kept = importSpeechData(md, QStringLiteral("page.md"), keep);
        bool back = false;
        for (const Block &b : kept.document->blocks)
            back = back || b.text == QStringLiteral("仅供学习 禁止外传");
        QVERIFY(back);
    }

    // Pictures are no speech: taken out, listed at their line, and the text
    // around them stays whole (an <img> under the title once took the body).
    void markdownPictures()
    {
        const QByteArray md = "# 在全区会议上的讲话\n<img src=\"a.jpg\" alt=\"会场\">\n\n同志们：\n\n今天开会。\n\n"
                              "![会议现场](http://x.cn/b.png)\n\n[![](c.png)](http://x.cn)\n\n要抓好![](d.png)落实。\n\n谢谢大家！\n";
        const ImportResult r = importSpeechData(md, QStringLiteral("page.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = *r.document;
        QStringList blocks;
        for (const Block &b : d.blocks) {
            QVERIFY2(!b.text.contains(QChar::ObjectReplacementCharacter), qPrintable(b.text));
            blocks.append(b.text);
        }
        QCOMPARE(blocks, QStringList({"在全区会议上的讲话", "同志们：", "今天开会。", "要抓好落实。", "谢谢大家！"}));
        QList<int> lines;
        for (const Removal &m : d.removals)
            if (m.reason == RemovalReason::Image)
                lines.append(m.line);
        QCOMPARE(lines, QList<int>({2, 8, 10, 12}));
        QVERIFY(std::any_of(d.removals.cbegin(), d.removals.cend(), [](const Removal &m) { return m.text.contains(QStringLiteral("会议现场")); }));
        QCOMPARE(vanishedHan(QString::fromUtf8(md), d), QString());
    }

    // An editor's note between the title and the salutation is the copy's,
    // not the speech's: it goes, listed, and the salutation is still found.
    void editorsNoteBetweenTitleAndSalutation_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("根据直播整理") << QStringLiteral("（根据直播整理）");
        QTest::newRow("有删节") << QStringLiteral("（有删节）");
        QTest::newRow("ASCII brackets, source") << QStringLiteral("(来源：某市政府网）");
    }
    void editorsNoteBetweenTitleAndSalutation()
    {
        QFETCH(QString, note);
        const QString text = QStringLiteral("在全市工作会议上的讲话\n") + note + QStringLiteral("\n各位代表:\n现在开会。\n");
        const ImportResult r = importSpeechData(text.toUtf8(), QStringLiteral("note.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document->textOf(BlockKind::Title), QStringLiteral("在全市工作会议上的讲话"));
        QCOMPARE(r.document->textOf(BlockKind::Salutation), QStringLiteral("各位代表:"));
        QCOMPARE(r.document->removals.size(), 1);
        QCOMPARE(r.document->removals[0].line, 2);
    }

    void docxPipeline()
    {
        using namespace DocxBuilder;
        const QString body = p(QStringLiteral("仅供学习 禁止外传")) + p(QStringLiteral("在全区会议上的讲话"), QStringLiteral("a3"))
            + p(QStringLiteral("同志们：")) + p(QStringLiteral("认清形势"), QStringLiteral("1"))
            + QStringLiteral("<w:p>%1%2</w:p>").arg(run(QStringLiteral("抓好学习。"), true), run(QStringLiteral("要原原本本学。")))
            + p(QStringLiteral("谢谢大家！"));
        QTemporaryDir dir;
        const ImportResult r = importSpeech(write(dir, QStringLiteral("speech.docx"), docx(body)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = *r.document;
        QCOMPARE(d.textOf(BlockKind::Title), QStringLiteral("在全区会议上的讲话"));
        QCOMPARE(d.blocks[2].kind, BlockKind::Heading);
        QCOMPARE(d.blocks[3].kind, BlockKind::Point);
        QCOMPARE(d.blocks[3].leadLength, 5);
        QCOMPARE(d.removals.size(), 1);
        QCOMPARE(d.removals[0].line, 1);
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << "empty.txt" << QByteArray() << "empty";
        QTest::newRow("whitespace") << "blank.txt" << QByteArray("\n\n  \r\n") << "no speech text";
        QTest::newRow("ads only") << "ads.txt" << QByteArray("仅供学习 禁止外传\n会员群：\n") << "no speech text";
        QTest::newRow("binary") << "tool.txt" << QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) << "binary";
        QTest::newRow("old doc") << "speech.doc" << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << ".doc";
        QTest::newRow("docx not zip") << "speech.docx" << QByteArray("hello, I am text") << "zip";
        const QByteArray good = DocxBuilder::docx(DocxBuilder::p(QStringLiteral("内容")));
        QTest::newRow("truncated docx") << "cut.docx" << good.left(good.size() - 40) << "archive";
        QByteArray utf8 = QStringLiteral("在会上的讲话\n同志们：\n今天开会。").toUtf8();
        utf8.insert(12, "\xFF");
        QTest::newRow("invalid utf-8") << "bad.txt" << utf8 << "UTF-8";
        QString invisible;
        for (int i = 0; i < 1000; ++i)
            invisible += QStringLiteral("\u200B\u202E\n");
        QTest::newRow("only invisible characters") << "ghost.txt" << invisible.toUtf8() << "no visible text";
    }
    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = write(dir, name, bytes);
        const ImportResult r = importSpeech(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(problem, Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
    }

    // Zero-width and text-direction characters are taken out, and listed; no
    // Han character is touched.
    void invisibleCharactersAreStrippedAndListed()
    {
        const QString text = QStringLiteral("在座谈会上的讲话\n同志们：\n今天\u200B召开\u202E这次会议\u202C。\n谢谢大家！\n");
        const ImportResult r = importSpeechData(text.toUtf8(), QStringLiteral("web.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        bool found = false;
        for (const Block &b : r.document->blocks) {
            for (QChar c : b.text)
                QVERIFY2(!isInvisible(c), qPrintable(b.text));
            found = found || b.text.contains(QStringLiteral("今天召开这次会议。"));
        }
        QVERIFY(found);
        const auto listed = std::find_if(r.document->removals.cbegin(), r.document->removals.cend(),
                                         [](const Removal &m) { return m.reason == RemovalReason::Invisible; });
        QVERIFY(listed != r.document->removals.cend());
        QCOMPARE(listed->line, 3);
        QVERIFY2(listed->text.contains(QStringLiteral("U+200B ×1")) && listed->text.contains(QStringLiteral("U+202E ×1")),
                 qPrintable(listed->text));
        QCOMPARE(removalReasonKey(listed->reason), QStringLiteral("invisible"));
    }

    void missingDirectoryAndHuge()
    {
        QTemporaryDir dir;
        ImportResult r = importSpeech(dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(r.error.contains(QStringLiteral("no such file")));
        r = importSpeech(dir.path());
        QVERIFY(r.error.contains(QStringLiteral("directory")));

        QFile huge(dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(21LL * 1024 * 1024)); // sparse: costs no disk
        huge.close();
        r = importSpeech(huge.fileName());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("limit of 20 MB")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
