// The glyph cache: each glyph drawn once, any size, memory within its budget.
#include "render/GlyphCache.h"

#include <QFont>
#include <QGuiApplication>
#include <QRawFont>
#include <QTest>

using namespace lectern;

namespace {

QRawFont rawFont(int px)
{
    QFont f(QStringLiteral("Noto Serif CJK SC"));
    f.setPixelSize(px);
    return QRawFont::fromFont(f);
}

quint32 glyphOf(const QRawFont &font, QChar c)
{
    const QList<quint32> g = font.glyphIndexesForString(QString(c));
    return g.isEmpty() ? 0 : g.first();
}

} // namespace

class TestGlyphCache : public QObject
{
    Q_OBJECT
private slots:
    void drawnOnceAtAnySize_data()
    {
        QTest::addColumn<int>("px");
        QTest::newRow("48") << 48;
        QTest::newRow("77 (over Qt's 64)") << 77;
        QTest::newRow("270 (the largest)") << 270;
    }
    void drawnOnceAtAnySize()
    {
        QFETCH(int, px);
        GlyphCache cache;
        const QRawFont font = rawFont(px);
        QVERIFY(font.isValid());
        const quint32 zi = glyphOf(font, u'字');
        const GlyphCache::Glyph &g = cache.glyph(font, zi);
        QCOMPARE(g.coverage.format(), QImage::Format_Alpha8);
        // About the size of the type: a Han character fills most of its em square.
        QVERIFY2(g.coverage.width() > px * 0.7 && g.coverage.width() < px * 1.3, qPrintable(QString::number(g.coverage.width())));
        QVERIFY(g.offset.y() < 0); // drawn above the baseline
        int ink = 0;
        for (int y = 0; y < g.coverage.height(); ++y)
            for (int x = 0; x < g.coverage.width(); ++x)
                ink += g.coverage.pixelColor(x, y).alpha() > 128;
        QVERIFY(ink > px * px / 10);
        QCOMPARE(cache.drawn(), 1);
        cache.glyph(font, zi);
        QCOMPARE(cache.drawn(), 1); // from the cache
        QCOMPARE(cache.count(), 1);
    }

    void sizesAndFacesAreDistinct()
    {
        GlyphCache cache;
        cache.glyph(rawFont(48), glyphOf(rawFont(48), u'字'));
        cache.glyph(rawFont(96), glyphOf(rawFont(96), u'字'));
        QFont bold(QStringLiteral("Noto Serif CJK SC"));
        bold.setPixelSize(48);
        bold.setBold(true);
        const QRawFont b = QRawFont::fromFont(bold);
        cache.glyph(b, glyphOf(b, u'字'));
        QCOMPARE(cache.count(), 3);
    }

    void aSpaceHasNoImage()
    {
        GlyphCache cache;
        const QRawFont font = rawFont(64);
        QVERIFY(cache.glyph(font, glyphOf(font, u' ')).coverage.isNull());
    }

    void staysWithinItsBudgetLeastRecentlyUsedFirst()
    {
        const QRawFont font = rawFont(200);
        const qsizetype one = GlyphCache().glyph(font, glyphOf(font, u'字')).coverage.sizeInBytes();
        GlyphCache cache(one * 5); // room for about five glyphs of this size
        const QString text = QStringLiteral("一二三四五六七八九十百千万亿");
        for (QChar c : text)
            cache.glyph(font, glyphOf(font, c));
        QVERIFY2(cache.bytes() <= cache.budget(), qPrintable(QStringLiteral("%1 > %2").arg(cache.bytes()).arg(cache.budget())));
        QVERIFY(cache.count() < text.size());
        // The most recent are kept: drawing the last one again costs nothing…
        const qint64 drawn = cache.drawn();
        cache.glyph(font, glyphOf(font, text.back()));
        QCOMPARE(cache.drawn(), drawn);
        // …the first ones went first.
        cache.glyph(font, glyphOf(font, text.front()));
        QCOMPARE(cache.drawn(), drawn + 1);
    }
};

QTEST_MAIN(TestGlyphCache)
#include "tst_glyphcache.moc"
