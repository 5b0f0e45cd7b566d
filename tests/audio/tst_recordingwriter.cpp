// The meeting's recording as written: FLAC that reads back as written, and a
// file cut off anywhere that repair turns into a whole one with what was there.
#include "audio/AudioFile.h"
#include "audio/RecordingWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lectern::audio;

namespace {

constexpr int kRate = 16000;

std::vector<float> tone(double seconds, double hz = 440, float amplitude = 0.3f)
{
    std::vector<float> out(size_t(seconds * kRate));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = amplitude * float(std::sin(2 * M_PI * hz * double(i) / kRate));
    return out;
}

void writeFile(const QString &path, const std::vector<float> &samples)
{
    RecordingWriter w;
    QVERIFY2(w.open(path, kRate), qPrintable(w.error()));
    // In blocks as a device delivers them (100 ms).
    for (size_t at = 0; at < samples.size(); at += kRate / 10)
        QVERIFY(w.write(samples.data() + at, std::min(size_t(kRate / 10), samples.size() - at)));
    QCOMPARE(w.frames(), qint64(samples.size()));
    QVERIFY(w.close());
}

// What a crash leaves of `whole` in `cut`: no length in the header
// (STREAMINFO's total samples and MD5 zeroed, as libFLAC writes them before
// the end) and the tail cut off after `fraction` of the bytes.
bool writeUnfinished(const QString &whole, const QString &cut, double fraction)
{
    QFile f(whole);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = f.readAll();
    const int streamInfo = 8; // "fLaC" + the block header
    bytes[streamInfo + 13] = char(bytes[streamInfo + 13] & 0xF0);
    for (int i = 14; i < 34; ++i) // the length's low 32 bits and the MD5 of the sound
        bytes[streamInfo + i] = 0;
    bytes.truncate(qsizetype(double(bytes.size()) * fraction));
    QFile out(cut);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

// An 8 s take (whole.flac in `dir`) and what a crash leaves of it (cut.flac); "" when it could not be made.
QString cutOffTake(const QTemporaryDir &dir, double fraction)
{
    const QString whole = dir.filePath(QStringLiteral("whole.flac"));
    writeFile(whole, tone(8.0));
    const QString cut = dir.filePath(QStringLiteral("cut.flac"));
    return writeUnfinished(whole, cut, fraction) ? cut : QString();
}

} // namespace

class TestRecordingWriter : public QObject
{
    Q_OBJECT
private slots:
    void readsBackAsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("take.flac"));
        const std::vector<float> written = tone(2.0);
        writeFile(path, written);
        const ReadSound back = readSoundFile(path);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.sound.sampleRate, kRate);
        QCOMPARE(back.sound.samples.size(), written.size());
        float worst = 0;
        for (size_t i = 0; i < written.size(); ++i)
            worst = std::max(worst, std::abs(back.sound.samples[i] - written[i]));
        QVERIFY2(worst < 1.0f / 16000, qPrintable(QString::number(worst))); // 16-bit: one step is 1/32768
        // Lossless and smaller than the 16-bit samples themselves (a WAV would be 64,044 bytes).
        QVERIFY(QFileInfo(path).size() < qint64(written.size() * 2));
    }

    void loudSamplesAreClippedNotWrapped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loud.flac"));
        writeFile(path, std::vector<float>(1600, 1.7f));
        const ReadSound back = readSoundFile(path);
        QVERIFY(back.ok());
        for (float s : back.sound.samples)
            QVERIFY2(s > 0.99f, qPrintable(QString::number(s)));
    }

    void aWholeFileIsLeftAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("whole.flac"));
        writeFile(path, tone(1.0));
        const QByteArray before = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const Repair r = repairRecording(path);
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.rewritten);
        QCOMPARE(r.frames, qint64(kRate));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // A file cut off at any point (a crash mid-write leaves the header without
    // a length, and the last block half written) keeps the sound before the cut.
    void aFileCutOffKeepsWhatWasThere_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("a quarter") << 0.25;
        QTest::newRow("half") << 0.5;
        QTest::newRow("nine tenths") << 0.9;
        QTest::newRow("all but one byte") << 0.9999;
    }
    void aFileCutOffKeepsWhatWasThere()
    {
        QFETCH(double, fraction);
        QTemporaryDir dir;
        const QString cut = cutOffTake(dir, fraction);
        QVERIFY(!cut.isEmpty());

        const Repair r = repairRecording(cut);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.rewritten);
        // The sound scales with the bytes kept, less at most the block that was cut.
        const double expected = 8.0 * fraction;
        QVERIFY2(r.seconds() > expected - 0.6 && r.seconds() <= expected + 0.3, qPrintable(QString::number(r.seconds())));
        const ReadSound back = readSoundFile(cut);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(qint64(back.sound.samples.size()), r.frames);
        QVERIFY(!QFile::exists(cut + QStringLiteral(".repair")));
    }

    // The same file before repair (`lectern audio analyze` on a take that is
    // still "recording" after a kill): read as far as it decodes, and said to
    // be unfinished — not "longer than 4 hours" from a header with no length.
    void anUnfinishedFileReadsWhatDecodes_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::newRow("header without a length, whole tail") << 1.0;
        QTest::newRow("header without a length, cut at half") << 0.5;
    }
    void anUnfinishedFileReadsWhatDecodes()
    {
        QFETCH(double, fraction);
        QTemporaryDir dir;
        const QString cut = cutOffTake(dir, fraction);
        QVERIFY(!cut.isEmpty());
        const ReadSound read = readSoundFile(cut);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.unfinished);
        const double expected = 8.0 * fraction;
        QVERIFY2(read.sound.seconds() > expected - 0.6 && read.sound.seconds() <= expected + 0.01, qPrintable(QString::number(read.sound.seconds())));
        // A whole file is not unfinished.
        const ReadSound complete = readSoundFile(dir.filePath(QStringLiteral("whole.flac")));
        QVERIFY(complete.ok() && !complete.unfinished);
        // Longer than allowed is still refused when the header cannot say so.
        const ReadSound tooLong = readSoundFile(cut, 0.5 * expected);
        QVERIFY(!tooLong.ok());
        QVERIFY2(tooLong.error.startsWith(cut + QStringLiteral(": ")), qPrintable(tooLong.error));
    }

    void nothingToKeepIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("这不是录音，是一段文字。\n");
        QTest::newRow("binary") << QByteArray(4096, '\xAB');
        QTest::newRow("flac magic only") << QByteArray("fLaC");
    }
    void nothingToKeepIsAnError()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.flac"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Repair r = repairRecording(path);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(r.error.startsWith(path));
        QVERIFY(!r.error.contains(u'\n'));
        QCOMPARE(r.frames, 0);
        QVERIFY(QFile::exists(path)); // never deleted: it is evidence of what happened
    }

    void aFolderThatCannotBeWrittenIsAnError()
    {
        RecordingWriter w;
        QVERIFY(!w.open(QStringLiteral("/nonexistent-folder/take.flac"), kRate));
        QVERIFY(w.error().startsWith(QStringLiteral("/nonexistent-folder/take.flac: ")));
        const float s = 0;
        QVERIFY(!w.write(&s, 1));
    }
};

QTEST_GUILESS_MAIN(TestRecordingWriter)
#include "tst_recordingwriter.moc"
