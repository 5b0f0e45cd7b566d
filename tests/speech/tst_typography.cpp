// Typography and sections: each rule defined once, for every view.
#include "speech/Sections.h"
#include "speech/Typography.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace lectern;

namespace {

Block block(int id, BlockKind kind, int level, const QString &text)
{
    Block b;
    b.id = id;
    b.kind = kind;
    b.level = level;
    b.text = text;
    return b;
}

} // namespace

class TestTypography : public QObject
{
    Q_OBJECT
private slots:
    void clamp_data()
    {
        QTest::addColumn<double>("in");
        QTest::addColumn<double>("out");
        QTest::newRow("ordinary") << 48.0 << 48.0;
        QTest::newRow("17,000 px (a window without width)") << 17000.0 << TypeSize::kMaxPx;
        QTest::newRow("zero") << 0.0 << TypeSize::kMinPx;
        QTest::newRow("negative") << -3.0 << TypeSize::kMinPx;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << TypeSize::kMinPx;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << TypeSize::kMinPx;
    }
    void clamp()
    {
        QFETCH(double, in);
        QFETCH(double, out);
        QCOMPARE(TypeSize::clamp(in), out);
    }

    void blockFontsAreClampedAndRanked()
    {
        const TypeFaces faces;
        const QFont huge = blockFont(faces, BlockKind::Title, 0, 1e6, TypeMedium::Prompter);
        QCOMPARE(huge.pixelSize(), int(TypeSize::kMaxPx));
        for (TypeMedium m : {TypeMedium::Prompter, TypeMedium::Page}) {
            const int title = blockFont(faces, BlockKind::Title, 0, 60, m).pixelSize();
            const int h1 = blockFont(faces, BlockKind::Heading, 1, 60, m).pixelSize();
            const int h2 = blockFont(faces, BlockKind::Heading, 2, 60, m).pixelSize();
            const int body = blockFont(faces, BlockKind::Paragraph, 0, 60, m).pixelSize();
            const int preamble = blockFont(faces, BlockKind::Preamble, 0, 60, m).pixelSize();
            QVERIFY(title > h1 && h1 > h2 && h2 > body && body > preamble);
            QCOMPARE(body, 60);
        }
        // The prompter's steps are stronger than the pages' (see TypeMedium).
        QVERIFY(typeScale(BlockKind::Title, 0, TypeMedium::Prompter) > typeScale(BlockKind::Title, 0, TypeMedium::Page));
        QCOMPARE(blockFont(faces, BlockKind::Heading, 1, 60, TypeMedium::Page).family(), faces.sans);
        QCOMPARE(blockFont(faces, BlockKind::Heading, 2, 60, TypeMedium::Page).family(), faces.kai);
        QVERIFY(blockFont(faces, BlockKind::Heading, 3, 60, TypeMedium::Page).bold());
        QVERIFY(!blockFont(faces, BlockKind::Point, 0, 60, TypeMedium::Page).bold());
        QVERIFY(isCentered(BlockKind::Title) && isCentered(BlockKind::Byline) && isCentered(BlockKind::Date));
        QVERIFY(!isCentered(BlockKind::Salutation) && !isCentered(BlockKind::Paragraph) && !isCentered(BlockKind::Heading));
    }

    void styledText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bold");
        QTest::addColumn<QString>("html");
        QTest::newRow("plain") << "同志们" << 0 << "同志们";
        QTest::newRow("lead") << "一要加强。其次" << 5 << "<b>一要加强。</b>其次";
        QTest::newRow("escaped") << "a<b>&c\nd" << 0 << "a&lt;b&gt;&amp;c<br>d";
        QTest::newRow("lead longer than text") << "短" << 9 << "<b>短</b>";
        QTest::newRow("spaces kept") << "甲  \t乙" << 0 << "甲  \t乙";
    }
    void styledText()
    {
        QFETCH(QString, text);
        QFETCH(int, bold);
        QFETCH(QString, html);
        QCOMPARE(lectern::styledText(text, bold), html);
    }

    void wrapMode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::newRow("Chinese") << QString(QStringLiteral("同志们，今天开会。").repeated(200)) << int(QTextOption::WrapAtWordBoundaryOrAnywhere);
        QTest::newRow("Latin words") << QString(QStringLiteral("the quick brown fox ").repeated(200)) << int(QTextOption::WrapAtWordBoundaryOrAnywhere);
        QTest::newRow("a URL") << QStringLiteral("见 https://www.example.gov.cn/some/long/path?x=1") << int(QTextOption::WrapAtWordBoundaryOrAnywhere);
        QTest::newRow("a run of 2,000 letters") << QString(2000, u'a') << int(QTextOption::WrapAnywhere);
    }
    void wrapMode()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QCOMPARE(int(wrapModeFor(text)), mode);
    }

    void sectionsAreLevelOneHeadings()
    {
        Document d;
        d.blocks = {block(1, BlockKind::Title, 0, QStringLiteral("标题")), block(2, BlockKind::Heading, 1, QStringLiteral("一、甲")),
                    block(3, BlockKind::Heading, 2, QStringLiteral("（一）乙")), block(4, BlockKind::Paragraph, 0, QStringLiteral("正文")),
                    block(5, BlockKind::Heading, 1, QStringLiteral("二、丙"))};
        QCOMPARE(sectionHeadings(d), QList<int>({2, 5}));
    }

    void withoutLevelOneAnyHeadingIsASection()
    {
        Document d;
        d.blocks = {block(1, BlockKind::Title, 0, QStringLiteral("标题")), block(2, BlockKind::Heading, 2, QStringLiteral("（一）乙")),
                    block(3, BlockKind::Paragraph, 0, QStringLiteral("正文")), block(4, BlockKind::Heading, 3, QStringLiteral("1.丁"))};
        QCOMPARE(sectionHeadings(d), QList<int>({2, 4}));
        QCOMPARE(sectionHeadings(Document{}), QList<int>());
    }
};

QTEST_MAIN(TestTypography)
#include "tst_typography.moc"
