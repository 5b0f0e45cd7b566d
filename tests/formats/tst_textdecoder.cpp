#include "formats/TextDecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace lectern;

namespace {

const QString kSimplified = QStringLiteral(
    "在全市安全生产工作会议上的讲话\n同志们：\n今天召开这次会议，主要任务是总结去年的安全生产工作，"
    "分析当前形势，部署今年的重点任务。我们要始终坚持人民至上、生命至上，把安全发展理念贯穿到各项工作之中。\n"
    "一、提高认识，切实增强责任感和紧迫感\n谢谢大家！\n");
const QString kTraditional = QStringLiteral(
    "在全市安全生產工作會議上的講話\n同志們：\n今天召開這次會議，主要任務是總結去年的安全生產工作，"
    "分析當前形勢，部署今年的重點任務。我們要始終堅持人民至上、生命至上，把安全發展理念貫穿到各項工作之中。\n"
    "一、提高認識，切實增強責任感和緊迫感\n謝謝大家！\n");

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder enc(encoding);
    const QByteArray out = enc.encode(text);
    Q_ASSERT(!enc.hasError());
    return out;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");

        QTest::newRow("utf8") << kSimplified.toUtf8() << kSimplified << "UTF-8";
        QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBF") + kSimplified.toUtf8() << kSimplified << "UTF-8";
        QTest::newRow("utf16le-bom") << QByteArray("\xFF\xFE") + encode(kSimplified, "UTF-16LE") << kSimplified << "UTF-16LE";
        QTest::newRow("utf16be-bom") << QByteArray("\xFE\xFF") + encode(kSimplified, "UTF-16BE") << kSimplified << "UTF-16BE";
        QTest::newRow("gb18030") << encode(kSimplified, "GB18030") << kSimplified << "GB18030";
        QTest::newRow("gbk") << encode(kSimplified, "GBK") << kSimplified << "GB18030";
        QTest::newRow("big5") << encode(kTraditional, "Big5") << kTraditional << "Big5";
        QTest::newRow("ascii") << QByteArray("Speech\r\nline two\r\n") << QStringLiteral("Speech\r\nline two\r\n") << "UTF-8";
        QString crlf = kSimplified;
        crlf.replace(u'\n', QLatin1String("\r\n"));
        QTest::newRow("gbk-crlf") << encode(crlf, "GBK") << crlf << "GB18030";
    }
    void decodesEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        const DecodedText d = decodeText(bytes);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.encoding, encoding);
        QCOMPARE(d.text, expected);
        QVERIFY(!d.text.contains(QChar::ReplacementCharacter));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");

        QTest::newRow("empty") << QByteArray() << "empty";
        QByteArray binary;
        for (int i = 0; i < 512; ++i)
            binary.append(char((i * 37) & 0xFF));
        QTest::newRow("binary") << binary << "binary";
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        QTest::newRow("png") << png << "binary";
        // Mostly good UTF-8 with one broken sequence in the middle: never guess GBK.
        QByteArray broken = kSimplified.toUtf8();
        broken.insert(30, "\xE5\xBC");
        QTest::newRow("invalid-utf8") << broken << "UTF-8";
        // The file ends inside a character (a copy cut short).
        const QByteArray truncated = kSimplified.toUtf8() + QStringLiteral("在").toUtf8().left(2);
        QTest::newRow("truncated-utf8") << truncated << "UTF-8";
        QByteArray utf16 = QByteArray("\xFF\xFE") + encode(kSimplified, "UTF-16LE");
        utf16.append("\x3D\xD8"); // a lone high surrogate at the end
        QTest::newRow("truncated-utf16") << utf16 << "UTF-16LE";
        // A byte over: half a UTF-16 code unit is damage, not a U+FFFD.
        QTest::newRow("utf16le-odd-byte") << QByteArray("\xFF\xFE") + encode(kSimplified, "UTF-16LE") + QByteArray("\x41") << "UTF-16LE";
        QTest::newRow("utf16be-odd-byte") << QByteArray("\xFE\xFF") + encode(kSimplified, "UTF-16BE") + QByteArray("\x41") << "UTF-16BE";
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const DecodedText d = decodeText(bytes);
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(problem, Qt::CaseInsensitive), qPrintable(d.error));
        QVERIFY(!d.error.contains(u'\n'));
        QVERIFY(d.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
