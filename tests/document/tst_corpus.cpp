// The real drafts in ../shared/fixtures (skipped when absent): each imports
// whole, and nothing vanishes — every Han character of the file is in the
// speech or in the list of removed lines with a reason.
#include "document/HanAccounting.h"
#include "document/Placeholders.h"
#include "document/SpeechImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace lectern;

class TestCorpus : public QObject
{
    Q_OBJECT
private slots:
    // The account itself: what is in neither the speech nor the removed lines.
    void accountsForEveryCharacter()
    {
        Document d;
        d.blocks = {Block{1, BlockKind::Title, 0, 0, QStringLiteral("在会上的讲话"), 1},
                    Block{2, BlockKind::Paragraph, 0, 0, QStringLiteral("今天开会。"), 3}};
        d.removals = {Removal{2, QStringLiteral("仅供学习"), RemovalReason::Boilerplate},
                      Removal{3, QStringLiteral("今天开会"), RemovalReason::HardWrap}};
        QCOMPARE(vanishedHan(QStringLiteral("在会上的讲话\n仅供学习\n今天开会。"), d), QString());
        QCOMPARE(vanishedHan(QStringLiteral("在会上的讲话\n仅供学习\n今天开会。明天闭会。"), d).size(), 4);
        // A joined line's text is in the speech: it does not count twice, so a
        // second 今天 in the file is missing, not covered by the join.
        QCOMPARE(vanishedHan(QStringLiteral("在会上的讲话\n仅供学习\n今天开会。今天"), d).size(), 2);
        QCOMPARE(hanCount(QStringLiteral("a在b讲话。𠀀")), 4);
    }

    // Chinese bold that CommonMark leaves literal becomes a point's bold lead.
    void markdownCjkBoldLeadIsALead()
    {
        const QString md = QStringLiteral("# 在会议上的讲话\n\n同志们：\n\n**第一，要强化责任落实。**各级党组织要扛起主体责任。\n\n谢谢大家！\n");
        const ImportResult r = importSpeechData(md.toUtf8(), QStringLiteral("lead.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto point = std::find_if(r.document->blocks.cbegin(), r.document->blocks.cend(),
                                        [](const Block &b) { return b.kind == BlockKind::Point; });
        QVERIFY(point != r.document->blocks.cend());
        QVERIFY2(!point->text.contains(u'*'), qPrintable(point->text));
        QVERIFY2(point->text.startsWith(QStringLiteral("第一，要强化责任落实。各级")), qPrintable(point->text));
        QVERIFY(point->leadLength >= 3);
    }

    // <!--more--> inserted inside a word by a blog: the word is whole again.
    void markdownMoreCommentJoinsTheWord()
    {
        const QString md = QStringLiteral("# 在大会上的讲话\n\n同志们：\n\n首先，我代表党中央，向全体共青团组\n<!--more-->\n织、团干部，致以热烈的祝贺！\n\n谢谢大家！\n");
        const ImportResult r = importSpeechData(md.toUtf8(), QStringLiteral("blog.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(std::any_of(r.document->blocks.cbegin(), r.document->blocks.cend(),
                            [](const Block &b) { return b.text.contains(QStringLiteral("共青团组织、团干部")); }));
        QCOMPARE(vanishedHan(md, *r.document), QString());
    }

    // A raw HTML line in Markdown (an image under the title) once dropped the
    // whole body, unlisted: the body is read, and nothing vanishes.
    void markdownHtmlLinesKeepTheBody()
    {
        const QString md = QStringLiteral("# 在青年座谈会上的讲话\n<img src=\"a.png\">\n\n同志们：\n\n<h3>一、提高认识</h3>\n\n今天我们在这里召开座谈会。\n\n谢谢大家！\n");
        const ImportResult r = importSpeechData(md.toUtf8(), QStringLiteral("web.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.document->blocks.size() >= 4);
        QCOMPARE(vanishedHan(md, *r.document), QString());
        QVERIFY(std::any_of(r.document->blocks.cbegin(), r.document->blocks.cend(),
                            [](const Block &b) { return b.text.contains(QStringLiteral("召开座谈会")); }));
    }

    // Markdown that Qt's parser hides or misreads (found by fuzz_md): every
    // Han character stays in the speech or is listed, and the text after the
    // trouble is still read.
    void markdownTroubleKeepsEveryCharacter_data()
    {
        QTest::addColumn<QString>("md");
        QTest::addColumn<QString>("after");
        const QString head = QStringLiteral("# 在座谈会上的讲话\n\n同志们：\n\n");
        QTest::newRow("unknown inline tag") << head + "今天开会<o-re-->，要抓好\n落实。\n\n谢谢大家！\n" << "落实";
        QTest::newRow("comment never closed") << head + "<img src=\"a.png\" alt=\"会场\"\n<!--说明\n\n要抓好落实。\n\n谢谢大家！\n" << "要抓好落实";
        QTest::newRow("a comment line holding Chinese") << head + "今天开会。\n<!--mo落实。**各re-->\n要抓好落实。\n\n谢谢大家！\n" << "要抓好落实";
        QTest::newRow("tag holding Chinese") << head + "今天<span title=\"重要说明\">开会</span>。\n\n谢谢大家！\n" << "今天开会";
        QTest::newRow("code fence with an info string") << head + "```讲稿\n要抓好落实。\n```\n\n谢谢大家！\n" << "要抓好落实";
        QTest::newRow("link address in Chinese") << head + "请看[通知](http://x.cn/通知.html)。\n\n谢谢大家！\n" << "请看通知";
        QTest::newRow("link definition") << head + "要抓好落实[1]。\n\n[1]: http://x.cn/说明 \"说明\"\n\n谢谢大家！\n" << "要抓好落实";
        QTest::newRow("link address running over the line")
            << head + "[会议](http://x.cn/b.p[](d.png)落实。[返回首页](http:1/x.cn)\n)谢谢大家！\n" << "谢谢大家";
    }
    void markdownTroubleKeepsEveryCharacter()
    {
        QFETCH(QString, md);
        QFETCH(QString, after);
        const ImportResult r = importSpeechData(md.toUtf8(), QStringLiteral("trouble.md"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(vanishedHan(md, *r.document), QString());
        QVERIFY(std::any_of(r.document->blocks.cbegin(), r.document->blocks.cend(),
                            [&after](const Block &b) { return b.text.contains(after); }));
        QCOMPARE(r.document->textOf(BlockKind::Title), QStringLiteral("在座谈会上的讲话"));
    }

    void nothingVanishes_data()
    {
        QTest::addColumn<QString>("path");
        const QString root = qEnvironmentVariable("LECTERN_FIXTURES");
        const QStringList dirs = {root, root + QStringLiteral("/real")};
        int files = 0;
        for (const QString &d : dirs) {
            const QDir dir(d);
            for (const QString &f : dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.docx")}, QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(f)) << dir.filePath(f);
                ++files;
            }
        }
        if (files == 0)
            QSKIP("no fixtures (../shared/fixtures is absent)");
    }
    void nothingVanishes()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const ImportResult r = importSpeechData(bytes, path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QString source = sourceText(bytes, path);
        QVERIFY(!source.isEmpty());
        const QString missing = vanishedHan(source, *r.document);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 Han characters vanished: %2").arg(missing.size()).arg(missing.left(60))));
    }

    // What a careful reader takes from each draft, written down by reading it
    // (tests/corpus/expectations/*.json): the real drafts of ../shared (skipped
    // when absent) and our own drafts in tests/corpus/drafts.
    void expectations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("expect");
        const QDir dir(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/tests/corpus/expectations"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 11, qPrintable(dir.path()));
        for (const QString &f : files) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonObject e = QJsonDocument::fromJson(file.readAll(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(f + error.errorString()));
            const QString source = e[QStringLiteral("source")].toString();
            QString path;
            if (source.startsWith(QStringLiteral("fixture:")))
                path = qEnvironmentVariable("LECTERN_FIXTURES") + u'/' + source.mid(8);
            else if (source.startsWith(QStringLiteral("draft:")))
                path = qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/tests/corpus/drafts/") + source.mid(6);
            QVERIFY2(!path.isEmpty(), qPrintable(f));
            if (!QFile::exists(path) && source.startsWith(QStringLiteral("fixture:")))
                continue; // ../shared is not on this machine
            QTest::newRow(qPrintable(f)) << path << e;
        }
    }
    void expectations()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, expect);
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        const ImportResult r = importSpeechData(bytes, path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Document &d = *r.document;
        auto strings = [&expect](const char *key) {
            QStringList out;
            for (const QJsonValue &v : expect[QLatin1String(key)].toArray())
                out.append(v.toString());
            return out;
        };
        const struct { const char *key; BlockKind kind; } front[] = {{"title", BlockKind::Title}, {"byline", BlockKind::Byline},
            {"date", BlockKind::Date}, {"occasion", BlockKind::Occasion}, {"salutation", BlockKind::Salutation},
            {"closing", BlockKind::Closing}};
        for (const auto &k : front)
            QCOMPARE(d.textOf(k.kind), expect[QLatin1String(k.key)].toString());
        int level1 = 0;
        QStringList preamble;
        for (const Block &b : d.blocks) {
            level1 += b.kind == BlockKind::Heading && b.level == 1 ? 1 : 0;
            if (b.kind == BlockKind::Preamble)
                preamble.append(b.text);
        }
        QCOMPARE(level1, expect[QStringLiteral("level1_headings")].toInt());
        QCOMPARE(preamble, strings("preamble"));
        for (const QString &lead : strings("points")) {
            const bool found = std::any_of(d.blocks.cbegin(), d.blocks.cend(), [&lead](const Block &b) {
                return b.kind == BlockKind::Point && b.text.startsWith(lead);
            });
            QVERIFY2(found, qPrintable(QStringLiteral("no point starts ") + lead));
        }
        // Junk goes, listed; real sentences and joined lines stay, whole.
        for (const QString &junk : strings("junk")) {
            QVERIFY2(std::any_of(d.removals.cbegin(), d.removals.cend(), [&junk](const Removal &m) {
                         return m.reason != RemovalReason::HardWrap && m.text.contains(junk); }),
                     qPrintable(QStringLiteral("not listed as removed: ") + junk));
            for (const Block &b : d.blocks)
                QVERIFY2(!b.text.contains(junk), qPrintable(QStringLiteral("junk read aloud: ") + b.text.left(60)));
        }
        for (const QString &text : strings("keep") + strings("joins")) {
            QVERIFY2(std::any_of(d.blocks.cbegin(), d.blocks.cend(), [&text](const Block &b) { return b.text.contains(text); }),
                     qPrintable(QStringLiteral("missing: ") + text));
        }
        // Paragraphs that must stay apart (a comment between two sentences is no join).
        QSet<int> apart;
        for (const QString &text : strings("separate")) {
            const auto b = std::find_if(d.blocks.cbegin(), d.blocks.cend(), [&text](const Block &b) { return b.text.contains(text); });
            QVERIFY2(b != d.blocks.cend(), qPrintable(QStringLiteral("missing: ") + text));
            QVERIFY2(!apart.contains(b->id), qPrintable(QStringLiteral("run together: ") + b->text.left(60)));
            apart.insert(b->id);
        }
        for (const QString &text : strings("no_placeholder_in")) {
            for (const Block &b : d.blocks) {
                const qsizetype at = b.text.indexOf(text);
                if (at < 0)
                    continue;
                for (const Placeholder &p : findPlaceholders(b.text, b.id))
                    QVERIFY2(p.offset < at || p.offset >= at + text.size(), qPrintable(QStringLiteral("false placeholder in ") + text));
            }
        }
        QCOMPARE(vanishedHan(sourceText(bytes, path), d), QString());
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
