#include "DocxBuilder.h"
#include "document/DocxReader.h"
#include "document/SpeechImporter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace lectern;
using namespace DocxBuilder;

namespace {

QStringList texts(const RawParagraphs &ps)
{
    QStringList out;
    for (const RawParagraph &r : ps)
        out.append(r.text);
    return out;
}

QByteArray incompressible(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    return b;
}

} // namespace

class TestDocx : public QObject
{
    Q_OBJECT
private slots:
    void readsParagraphsAndStyles()
    {
        const QByteArray file = docx(p(QStringLiteral("在全区会议上的讲话"), QStringLiteral("a3"))
                                     + p(QStringLiteral("同志们："))
                                     + p(QStringLiteral("认清形势"), QStringLiteral("1"))
                                     + p(QStringLiteral("成绩"), QStringLiteral("2"))
                                     + QStringLiteral("<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>%1</w:p>").arg(run(QStringLiteral("直接大纲级别"))));
        const DocxContent c = readDocx(file, {});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(texts(c.paragraphs), QStringList({"在全区会议上的讲话", "同志们：", "认清形势", "成绩", "直接大纲级别"}));
        QVERIFY(c.paragraphs[0].styleTitle);
        QCOMPARE(c.paragraphs[1].styleLevel, 0);
        QCOMPARE(c.paragraphs[2].styleLevel, 1);
        QCOMPARE(c.paragraphs[3].styleLevel, 2);
        QCOMPARE(c.paragraphs[4].styleLevel, 3);
    }

    void boldRunsBreaksAndTabs()
    {
        const QString para = QStringLiteral("<w:p>%1%2</w:p>").arg(run(QStringLiteral("抓好学习。"), true), run(QStringLiteral("要原原本本学。")));
        const QString breaks = QStringLiteral("<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>末</w:t></w:r></w:p>");
        const QString styleBold = p(QStringLiteral("样式加粗的段落"), QStringLiteral("Strong"));
        const QString boldOff = QStringLiteral("<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>不加粗</w:t></w:r></w:p>");
        const DocxContent c = readDocx(docx(para + breaks + styleBold + boldOff), {});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.paragraphs[0].text, QStringLiteral("抓好学习。要原原本本学。"));
        QCOMPARE(c.paragraphs[0].boldPrefix, 5);
        QCOMPARE(c.paragraphs[1].text, QStringLiteral("第一行\n第二行\t末"));
        QCOMPARE(c.paragraphs[2].boldPrefix, c.paragraphs[2].text.size());
        QCOMPARE(c.paragraphs[3].boldPrefix, 0);
    }

    // A bold run-in lead after a full-width indent keeps every character: the
    // prefix counts from the start of the text, as the cleaner trims it
    // (壮大经营主 for 壮大经营主体 in a real report).
    void boldLeadAfterAnIndentIsWhole()
    {
        const QString para = QStringLiteral("<w:p>%1%2%3</w:p>")
                                 .arg(run(QStringLiteral("　　")), run(QStringLiteral("壮大经营主体。"), true),
                                      run(QStringLiteral("持续实施新增规模以上工业企业行动。")));
        const QString title = p(QStringLiteral("2025年某省政府工作报告"), QStringLiteral("a3"));
        const DocxContent c = readDocx(docx(title + para), {});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.paragraphs[1].boldPrefix, 2 + 7);
        const ImportResult r = importSpeechData(docx(title + p(QStringLiteral("各位代表：")) + para), QStringLiteral("report.docx"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Block &point = r.document->blocks.last();
        QCOMPARE(point.kind, BlockKind::Point);
        QCOMPARE(point.text.left(point.leadLength), QStringLiteral("壮大经营主体。").left(point.leadLength));
        QVERIFY2(point.leadLength >= 6, qPrintable(point.text.left(point.leadLength)));
    }

    void tablesInReadingOrder()
    {
        const QString table = QStringLiteral("<w:tbl><w:tr><w:tc>%1</w:tc><w:tc>%2</w:tc></w:tr><w:tr><w:tc>%3%4</w:tc><w:tc>%5</w:tc></w:tr></w:tbl>")
                                  .arg(p(QStringLiteral("甲")), p(QStringLiteral("乙")), p(QStringLiteral("丙")), p(QStringLiteral("丙二")), p(QStringLiteral("丁")));
        const DocxContent c = readDocx(docx(p(QStringLiteral("前")) + table + p(QStringLiteral("后"))), {});
        QCOMPARE(texts(c.paragraphs), QStringList({"前", "甲", "乙", "丙", "丙二", "丁", "后"}));
    }

    void leavesOutNonBodyText()
    {
        const QString body = QStringLiteral(
            "<w:p><w:r><w:t>正文</w:t></w:r>"
            "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
            "<w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
            "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>"
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>结果</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
            "</w:p>");
        const Entries extra = {{QStringLiteral("word/header1.xml"), QByteArray("<w:hdr><w:p><w:r><w:t>页眉</w:t></w:r></w:p></w:hdr>")},
                               {QStringLiteral("word/footnotes.xml"), QByteArray("<w:footnotes><w:footnote><w:p><w:r><w:t>脚注</w:t></w:r></w:p></w:footnote></w:footnotes>")},
                               {QStringLiteral("word/comments.xml"), QByteArray("<w:comments><w:comment><w:p><w:r><w:t>批注</w:t></w:r></w:p></w:comment></w:comments>")}};
        const DocxContent c = readDocx(docx(body, extra), {});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(texts(c.paragraphs), QStringList({"正文插入的结果链接"}));
    }

    void textBoxReadOnce()
    {
        const QString box = QStringLiteral(
            "<w:p><w:r><w:t>锚点段落</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
            "<w:txbxContent>%1</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
            "<mc:Fallback><w:pict><w:txbxContent>%1</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
                                .arg(p(QStringLiteral("文本框里的话")));
        const DocxContent c = readDocx(docx(box + p(QStringLiteral("下一段"))), {});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(texts(c.paragraphs), QStringList({"锚点段落", "文本框里的话", "下一段"}));
    }

    void refusesBadArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");

        const QByteArray good = docx(p(QStringLiteral("内容")));
        QTest::newRow("truncated") << good.left(good.size() / 2) << "archive";
        QTest::newRow("not a zip") << QByteArray("PK\x03\x04 but nothing else of a zip") << "archive";
        QTest::newRow("no document.xml") << zip({{QStringLiteral("hello.txt"), QByteArray("hi")}}) << "document.xml";
        QTest::newRow("zip bomb ratio") << docx(p(QStringLiteral("内容")), {{QStringLiteral("word/media/bomb.bin"), QByteArray(8 * 1024 * 1024, '\0')}}) << "zip bomb";
        Entries many;
        for (int i = 0; i < 1001; ++i)
            many.append({QStringLiteral("f%1.txt").arg(i), QByteArray("x")});
        QTest::newRow("too many entries") << zip(many) << "1001 entries";
        QTest::newRow("malformed xml") << zip({{QStringLiteral("word/document.xml"), QByteArray("<w:document xmlns:w=\"urn:w\"><w:body><w:p><w:r><w:t>半截")}}) << "XML";
        QString deep;
        for (int i = 0; i < 2000; ++i) deep += QStringLiteral("<w:tbl>");
        QTest::newRow("deep nesting") << zip({{QStringLiteral("word/document.xml"), QStringLiteral("<w:document xmlns:w=\"urn:w\"><w:body>%1</w:body></w:document>").arg(deep).toUtf8()}}) << "nested";
    }
    void refusesBadArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const DocxContent c = readDocx(bytes, {});
        QVERIFY2(c.error.contains(problem, Qt::CaseInsensitive), qPrintable(c.error));
        QVERIFY(c.paragraphs.isEmpty());
    }

    void refusesEntryPastSizeLimit()
    {
        ImportLimits limits;
        limits.maxEntryBytes = 1024 * 1024;
        const QByteArray file = docx(p(QStringLiteral("内容")), {{QStringLiteral("word/media/big.bin"), incompressible(2 * 1024 * 1024)}});
        const DocxContent c = readDocx(file, limits);
        QVERIFY2(c.error.contains(QStringLiteral("big.bin")) && c.error.contains(QStringLiteral("limit")), qPrintable(c.error));
    }

    // A DTD entity referenced thousands of times (a "billion laughs" in
    // miniature): refused before any reference is expanded.
    void dtdEntitiesAreRefused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("document") << "word/document.xml";
        QTest::newRow("styles") << "word/styles.xml";
    }
    void dtdEntitiesAreRefused()
    {
        QFETCH(QString, part);
        // Random letters, so that the zip's ratio limit does not refuse it first:
        // 50,000 characters referenced 5,000 times would be 250 million.
        QString big;
        quint32 seed = 12345;
        for (int i = 0; i < 50000; ++i) {
            seed = seed * 1103515245u + 12345u;
            big += QChar(u'a' + (seed >> 16) % 26);
        }
        QString refs;
        for (int i = 0; i < 5000; ++i)
            refs += QStringLiteral("&e;");
        const QByteArray hostile = QStringLiteral("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"%1\">]>"
                                                  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                                  "<w:body><w:p><w:r><w:t>%2</w:t></w:r></w:p></w:body></w:document>").arg(big, refs).toUtf8();
        QByteArray file;
        if (part == u"word/document.xml") {
            file = zip({{QStringLiteral("word/document.xml"), hostile}});
        } else {
            file = zip({{QStringLiteral("word/document.xml"),
                         QByteArray("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                                    "<w:p><w:r><w:t>内容</w:t></w:r></w:p></w:body></w:document>")},
                        {QStringLiteral("word/styles.xml"), hostile}});
        }
        QElapsedTimer t;
        t.start();
        const ImportResult r = importSpeechData(file, QStringLiteral("entities.docx"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("entities.docx: ")) && r.error.contains(QStringLiteral("DTD")) && r.error.contains(part),
                 qPrintable(r.error));
        QVERIFY2(t.elapsed() < 5000, "refused before expanding anything");
    }

    void realBombIsRefusedQuickly()
    {
        // 200 MB of zeros compress to about 200 KB: refused from the central directory alone.
        const QByteArray file = docx(p(QStringLiteral("内容")), {{QStringLiteral("word/document2.xml"), QByteArray(200 * 1024 * 1024, '\0')}});
        QElapsedTimer t;
        t.start();
        const ImportResult r = importSpeechData(file, QStringLiteral("bomb.docx"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("bomb.docx: ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("zip bomb")), qPrintable(r.error));
        qInfo() << "refused in" << t.elapsed() << "ms";
    }
};

QTEST_GUILESS_MAIN(TestDocx)
#include "tst_docx.moc"
