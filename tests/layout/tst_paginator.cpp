#include "document/SpeechImporter.h"
#include "layout/Paginator.h"

#include <QFile>
#include <QTest>

using namespace lectern;

namespace {

Document load(const QString &path)
{
    const ImportResult r = importSpeech(path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error));
    return *r.document;
}

Document sample() { return load(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt")); }

Document docOf(const QList<QPair<BlockKind, QString>> &blocks)
{
    Document d;
    for (const auto &[kind, text] : blocks) {
        Block b;
        b.id = int(d.blocks.size()) + 1;
        b.kind = kind;
        b.level = kind == BlockKind::Heading ? 1 : 0;
        b.text = text;
        d.blocks.append(b);
    }
    return d;
}

PageStyle style(double px)
{
    PageStyle s = PageStyle::installed();
    s.bodyPx = px;
    return s;
}

// Every rule that must hold for any pagination of any speech.
void verifyInvariants(const Document &d, const Pagination &p, const PageGeometry &g)
{
    QVERIFY(!p.pages.isEmpty());
    QHash<int, QString> rebuilt;
    Anchor previous{0, -1};
    for (int i = 0; i < p.pages.size(); ++i) {
        const Page &page = p.pages[i];
        QVERIFY2(!page.lines.isEmpty(), qPrintable(QStringLiteral("page %1 is empty").arg(i + 1)));
        QVERIFY(previous < page.first);
        previous = page.first;
        const PageLine &last = page.lines.last();
        QVERIFY2(last.y + last.height <= g.bodySize().height() + 0.5 || page.lines.size() == 1,
                 qPrintable(QStringLiteral("page %1 overflows").arg(i + 1)));
        for (const PageLine &l : page.lines) {
            QVERIFY2(!breaksPunctuationRules(l.text), qPrintable(l.text));
            rebuilt[l.block] += l.text;
        }
        // A heading never ends a page that has room for more after it.
        if (i + 1 < p.pages.size()) {
            const Block *b = d.block(last.block);
            QVERIFY2(b->kind != BlockKind::Heading || page.lines.size() == 1,
                     qPrintable(QStringLiteral("page %1 ends with a heading").arg(i + 1)));
        }
        QCOMPARE(page.continued, !page.lines.first().firstOfBlock);
        QCOMPARE(page.continues, !page.lines.last().lastOfBlock);
        if (i > 0)
            QCOMPARE(page.continued, p.pages[i - 1].continues);
    }
    // Nothing lost, nothing doubled.
    for (const Block &b : d.blocks)
        QCOMPARE(rebuilt.value(b.id), b.text);
}

} // namespace

class TestPaginator : public QObject
{
    Q_OBJECT
private slots:
    void sampleSpeech_data()
    {
        QTest::addColumn<double>("px");
        QTest::newRow("40") << 40.0;
        QTest::newRow("48") << 48.0;
        QTest::newRow("60") << 60.0;
        QTest::newRow("90") << 90.0;
    }
    void sampleSpeech()
    {
        QFETCH(double, px);
        const Document d = sample();
        const PageGeometry g;
        const Pagination p = Paginator().paginate(d, g, style(px));
        verifyInvariants(d, p, g);
        QCOMPARE(p.fontPx, px);
    }

    void realFixture()
    {
        const QString path = qEnvironmentVariable("LECTERN_FIXTURES") + QStringLiteral("/speech-lianzheng-yuetan.txt");
        if (!QFile::exists(path))
            QSKIP("../shared/fixtures is not here");
        const Document d = load(path);
        const PageGeometry g;
        const Pagination p = Paginator().paginate(d, g, style(60));
        verifyInvariants(d, p, g);
        QVERIFY(p.pages.size() > 20);
    }

    void biggerTypeMorePages()
    {
        const Document d = sample();
        const Paginator paginator;
        QVERIFY(paginator.paginate(d, {}, style(40)).pages.size() < paginator.paginate(d, {}, style(60)).pages.size());
    }

    void paragraphLongerThanAPage()
    {
        const Document d = docOf({{BlockKind::Paragraph, QStringLiteral("这是一段很长的讲话正文，要把工作抓紧抓实抓好。").repeated(40)}});
        const PageGeometry g;
        const Pagination p = Paginator().paginate(d, g, style(60));
        QVERIFY(p.pages.size() >= 3);
        verifyInvariants(d, p, g);
        QVERIFY(!p.pages.first().continued);
        QVERIFY(p.pages[1].continued);
        QVERIFY(p.pages.first().continues);
    }

    void headingAtTheFootMovesOn()
    {
        // Fill a page nearly to the bottom, then a heading, then its text.
        const QString line = QStringLiteral("各部门要按照统一标准落实工作。");
        QList<QPair<BlockKind, QString>> blocks;
        for (int i = 0; i < 5; ++i)
            blocks.append({BlockKind::Paragraph, line});
        blocks.append({BlockKind::Heading, QStringLiteral("二、突出重点")});
        blocks.append({BlockKind::Paragraph, line.repeated(6)});
        const Document d = docOf(blocks);
        const PageGeometry g;
        // Find a size at which the heading alone would still fit on page 1.
        for (double px = 50; px <= 90; px += 2) {
            const Pagination p = Paginator().paginate(d, g, style(px));
            verifyInvariants(d, p, g);
            for (const Page &page : p.pages)
                if (&page != &p.pages.last())
                    QVERIFY(d.block(page.lines.last().block)->kind != BlockKind::Heading);
        }
    }

    void noOrphansOrWidows()
    {
        const Document d = sample();
        const PageGeometry g;
        for (double px : {44.0, 52.0, 60.0, 72.0}) {
            const Pagination p = Paginator().paginate(d, g, style(px));
            for (int i = 0; i + 1 < p.pages.size(); ++i) {
                const Page &page = p.pages[i];
                const PageLine &last = page.lines.last();
                // Orphan: one first line of a longer paragraph alone at the foot.
                QVERIFY2(!(last.firstOfBlock && !last.lastOfBlock) || page.lines.size() == 1,
                         qPrintable(QStringLiteral("orphan at the foot of page %1 at %2 px").arg(i + 1).arg(px)));
                const PageLine &next = p.pages[i + 1].lines.first();
                // Widow: one last line of a paragraph alone at the head of the next page.
                QVERIFY2(!(next.lastOfBlock && !next.firstOfBlock),
                         qPrintable(QStringLiteral("widow at the head of page %1 at %2 px").arg(i + 2).arg(px)));
            }
        }
    }

    void punctuationNeverStartsALine()
    {
        // Sentences whose full stops fall exactly where a naive break would be.
        QString text;
        for (int n = 20; n < 40; ++n)
            text += QString(n, QChar(0x4E2D)) + QStringLiteral("。「") + QString(3, QChar(0x6587)) + QStringLiteral("」，");
        const Document d = docOf({{BlockKind::Paragraph, text}});
        const PageGeometry g;
        for (double px = 40; px <= 80; px += 1)
            verifyInvariants(d, Paginator().paginate(d, g, style(px)), g);
    }

    void autoFit()
    {
        const PageGeometry g;
        const Paginator paginator;
        const Document shortSpeech = docOf({{BlockKind::Title, QStringLiteral("讲话")}, {BlockKind::Paragraph, QStringLiteral("同志们，今天开会。")}});
        const double px = paginator.autoFitPx(shortSpeech, g, style(48), 60, 135);
        QVERIFY(px > 60);
        QCOMPARE(paginator.paginate(shortSpeech, g, style(px)).pages.size(), 1);
        if (px < 135)
            QVERIFY(paginator.paginate(shortSpeech, g, style(px + 1)).pages.size() > 1);
        // A whole speech never fits: the minimum legible size, split into pages.
        QCOMPARE(paginator.autoFitPx(sample(), g, style(48), 60, 135), 60.0);
    }

    void anchorsKeepTheirPageAcrossSizes()
    {
        const Document d = sample();
        const Paginator paginator;
        const Anchor a{17, 20}; // inside 2.优化办事流程's paragraph
        for (double px : {40.0, 48.0, 60.0, 80.0}) {
            const Pagination p = paginator.paginate(d, {}, style(px));
            const int i = p.pageOf(a);
            QVERIFY(i >= 0);
            QVERIFY(!(a < p.pages[i].first));
            QVERIFY(a < p.pages[i].end);
        }
        const Pagination p = paginator.paginate(d, {}, style(48));
        QCOMPARE(p.pageOf(d.start()), 0);
        QCOMPARE(p.pageOf(d.end()), int(p.pages.size()) - 1);
    }

    void logicalCanvasScales()
    {
        // The same speech on a 4K canvas with twice the type gives the same pages.
        const Document d = sample();
        PageGeometry hd;
        const PageGeometry uhd = PageGeometry::forCanvas({3840, 2160});
        const Pagination a = Paginator().paginate(d, hd, style(48));
        const Pagination b = Paginator().paginate(d, uhd, style(96));
        QCOMPARE(a.pages.size(), b.pages.size());
        for (int i = 0; i < a.pages.size(); ++i)
            QCOMPARE(a.pages[i].first, b.pages[i].first);
    }
};

QTEST_MAIN(TestPaginator)
#include "tst_paginator.moc"
