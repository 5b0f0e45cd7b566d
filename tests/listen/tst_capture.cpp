// A device's bytes as the voice logic takes them (Capture::toMono): one
// channel of floats in [-1, 1], channels averaged, for every sample format a
// device may prefer; a partial frame at the end is left for the next read.
#include "listen/Capture.h"

#include <QAudioFormat>
#include <QTest>
#include <cstring>
#include <limits>

using namespace lectern;

namespace {

template<typename T>
QByteArray bytesOf(std::initializer_list<T> samples)
{
    QByteArray out;
    for (const T s : samples)
        out.append(reinterpret_cast<const char *>(&s), sizeof(T));
    return out;
}

QAudioFormat format(QAudioFormat::SampleFormat sample, int channels)
{
    QAudioFormat f;
    f.setSampleRate(16000);
    f.setChannelCount(channels);
    f.setSampleFormat(sample);
    return f;
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT
private slots:
    void toMono_data()
    {
        QTest::addColumn<QAudioFormat>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<float>>("mono");
        constexpr qint16 max16 = std::numeric_limits<qint16>::max();
        QTest::newRow("16-bit mono") << format(QAudioFormat::Int16, 1) << bytesOf<qint16>({0, max16, qint16(-max16 - 1), 16384})
                                     << QList<float>{0.0f, 1.0f, -1.0f, 0.5f};
        QTest::newRow("16-bit stereo, averaged") << format(QAudioFormat::Int16, 2) << bytesOf<qint16>({max16, 0, 16384, 16384, max16, qint16(-max16)})
                                                 << QList<float>{0.5f, 0.5f, 0.0f};
        QTest::newRow("float stereo") << format(QAudioFormat::Float, 2) << bytesOf<float>({0.25f, 0.75f, -1.0f, 1.0f})
                                      << QList<float>{0.5f, 0.0f};
        QTest::newRow("32-bit six channels") << format(QAudioFormat::Int32, 6)
                                             << bytesOf<qint32>({std::numeric_limits<qint32>::max(), 0, 0, 0, 0, 0})
                                             << QList<float>{1.0f / 6};
        QTest::newRow("unsigned 8-bit (128 is silence)") << format(QAudioFormat::UInt8, 1) << QByteArray("\x80\xff\x00", 3)
                                                          << QList<float>{0.0f, 1.0f, -1.0f};
        // A read that ends inside a frame: the whole frames only.
        QTest::newRow("a partial frame left over") << format(QAudioFormat::Int16, 2) << bytesOf<qint16>({16384, 16384, 100}) << QList<float>{0.5f};
        QTest::newRow("nothing") << format(QAudioFormat::Int16, 1) << QByteArray() << QList<float>{};
        QTest::newRow("no format") << QAudioFormat() << bytesOf<qint16>({1, 2, 3}) << QList<float>{};
    }
    void toMono()
    {
        QFETCH(QAudioFormat, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QList<float>, mono);
        std::vector<float> out{9.0f, 9.0f}; // whatever was there goes
        capture::toMono(format, bytes, &out);
        QCOMPARE(qsizetype(out.size()), mono.size());
        for (qsizetype i = 0; i < mono.size(); ++i)
            QVERIFY2(std::abs(out[size_t(i)] - mono[i]) < 0.01f, qPrintable(QStringLiteral("sample %1: %2, not %3").arg(i).arg(out[size_t(i)]).arg(mono[i])));
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
