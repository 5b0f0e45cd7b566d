// The listening prompter's ear, on signals whose truth is known: silence,
// steady noise and mains hum are no voice; syllables are found and counted
// at a known rate, alone and over noise; the pause and resume decisions come
// within 300 ms of the true boundaries (the pause after the hang time); real
// read Mandarin (../shared/fixtures/audio, skipped when absent) slowed and
// sped with sox, in quiet and over pink noise: its stretches within 0.5 s and
// its rate within 10 %; and, when espeak-ng
// is installed, synthetic Mandarin's stretch boundaries.
// Recordings are read with libsndfile; bad files are one line, no sound.
#include "audio/AudioFile.h"
#include "audio/BandEnergy.h"
#include "audio/VoiceActivity.h"
#include "audio/VoiceAnalysis.h"
#include "formats/HanCharacter.h"
#include "SyntheticVoice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sndfile.h>

using namespace lectern::audio;

namespace {

constexpr int kRate = 16000;

using synthetic::addNoise;
using synthetic::addSilence;
using synthetic::addSyllables;

MonoSound sound() { return MonoSound{kRate, {}}; }

// When `speaking` turned on and off as the sound was fed, frame by frame.
struct Decisions
{
    std::vector<double> starts, stops;
};
Decisions decide(const MonoSound &s)
{
    BandEnergy band(s.sampleRate);
    VoiceActivity voice;
    std::vector<double> frames;
    band.feed(s.samples.data(), s.samples.size(), &frames);
    Decisions d;
    bool was = false;
    for (double e : frames) {
        voice.feed(e);
        if (voice.speaking() != was)
            (voice.speaking() ? d.starts : d.stops).push_back(voice.now());
        was = voice.speaking();
    }
    return d;
}

bool writeWav(const QString &path, const MonoSound &s)
{
    SF_INFO info{};
    info.samplerate = s.sampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!f)
        return false;
    sf_writef_float(f, s.samples.data(), sf_count_t(s.samples.size()));
    sf_close(f);
    return true;
}

bool have(const char *program) { return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty(); }

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A spoken duration without the silence around it, as sox measures it (not our logic).
double trimmedSeconds(const QString &wav)
{
    QProcess p;
    p.start(QStringLiteral("sox"), {wav, QStringLiteral("-n"), QStringLiteral("silence"), QStringLiteral("1"), QStringLiteral("0.05"), QStringLiteral("1%"),
                                    QStringLiteral("reverse"), QStringLiteral("silence"), QStringLiteral("1"), QStringLiteral("0.05"),
                                    QStringLiteral("1%"), QStringLiteral("reverse"), QStringLiteral("stat")});
    p.waitForFinished(60000);
    const QString out = QString::fromLocal8Bit(p.readAllStandardError());
    const int at = out.indexOf(QStringLiteral("Length (seconds):"));
    return at < 0 ? 0 : out.mid(at + 17).section(u'\n', 0, 0).trimmed().toDouble();
}

// Characters espeak-ng's Debian Mandarin dictionary speaks as Mandarin (others it spells in English).
const QString kSentenceA = QStringLiteral("我说十五月时生实事，长城市场重政务。");
const QString kSentenceB = QStringLiteral("水手无知少吃物，五位师士往周城。");
int hanCount(const QString &s)
{
    int n = 0;
    for (const char32_t c : s.toUcs4())
        n += lectern::isHan(c);
    return n;
}

} // namespace

class TestVoice : public QObject
{
    Q_OBJECT
private slots:
    void noVoiceInSteadySound_data()
    {
        QTest::addColumn<int>("kind"); // 0 silence, 1 white noise, 2 hum
        QTest::addColumn<float>("level");
        QTest::newRow("digital silence") << 0 << 0.0f;
        QTest::newRow("quiet room noise") << 1 << 0.01f;
        QTest::newRow("loud fan noise") << 1 << 0.2f;
        QTest::newRow("mains hum") << 2 << 0.3f;
    }
    void noVoiceInSteadySound()
    {
        QFETCH(int, kind);
        QFETCH(float, level);
        MonoSound s = sound();
        addSilence(&s, 10);
        if (kind > 0)
            addNoise(&s, level, kind == 2);
        const VoiceReport r = analyzeVoice(s);
        QCOMPARE(int(r.segments.size()), 0);
        QCOMPARE(r.syllables, 0);
        QCOMPARE(r.rateCpm, 0.0);
        QVERIFY(decide(s).starts.empty());
    }

    // Two phrases of syllables at a known rate with a 2 s pause between:
    // two stretches where they are, and the rate within 15 %.
    void syllablesAtAKnownRate_data()
    {
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<float>("noise");
        QTest::newRow("slow, 150 字/分钟") << 2.5 << 0.0f;
        QTest::newRow("usual, 210 字/分钟") << 3.5 << 0.0f;
        QTest::newRow("fast, 300 字/分钟") << 5.0 << 0.0f;
        QTest::newRow("usual over noise (about 20 dB below)") << 3.5 << 0.02f;
    }
    void syllablesAtAKnownRate()
    {
        QFETCH(double, perSecond);
        QFETCH(float, noise);
        MonoSound s = sound();
        addSilence(&s, 1.0);
        addSyllables(&s, 20, perSecond);
        addSilence(&s, 2.0);
        addSyllables(&s, 20, perSecond);
        addSilence(&s, 1.5);
        if (noise > 0)
            addNoise(&s, noise);
        const double phrase = 20 / perSecond;
        const VoiceReport r = analyzeVoice(s);
        QCOMPARE(int(r.segments.size()), 2);
        QVERIFY2(std::abs(r.segments[0].start - 1.0) < 0.3, qPrintable(QString::number(r.segments[0].start)));
        QVERIFY2(std::abs(r.segments[0].end - (1.0 + phrase)) < 0.3, qPrintable(QString::number(r.segments[0].end)));
        QVERIFY(std::abs(r.segments[1].start - (3.0 + phrase)) < 0.3);
        QVERIFY(std::abs(r.segments[1].end - (3.0 + 2 * phrase)) < 0.3);
        const double truth = perSecond * 60;
        QVERIFY2(std::abs(r.rateCpm - truth) / truth < 0.15,
                 qPrintable(QStringLiteral("rated %1, truly %2 (%3 syllables)").arg(r.rateCpm).arg(truth).arg(r.syllables)));
    }

    // Live: "stopped" at the end of the voice plus the hang time, "speaking
    // again" at its start, each within 300 ms.
    void pauseAndResumeDecisions()
    {
        MonoSound s = sound();
        addSilence(&s, 1.0);
        addSyllables(&s, 15, 3.5);
        addSilence(&s, 3.0);
        addSyllables(&s, 15, 3.5);
        addSilence(&s, 2.0);
        addNoise(&s, 0.01f);
        const double phrase = 15 / 3.5;
        const double hang = VoiceSettings{}.hangSeconds;
        const Decisions d = decide(s);
        QCOMPARE(int(d.starts.size()), 2);
        QCOMPARE(int(d.stops.size()), 2);
        QVERIFY2(d.starts[0] - 1.0 >= -0.05 && d.starts[0] - 1.0 < 0.3, qPrintable(QString::number(d.starts[0])));
        QVERIFY2(std::abs(d.stops[0] - (1.0 + phrase + hang)) < 0.3, qPrintable(QString::number(d.stops[0])));
        QVERIFY(d.starts[1] - (4.0 + phrase) >= -0.05 && d.starts[1] - (4.0 + phrase) < 0.3);
        QVERIFY(std::abs(d.stops[1] - (4.0 + 2 * phrase + hang)) < 0.3);
    }

    // A short pause (a breath, a comma) does not stop the prompter.
    void aBreathIsNoPause()
    {
        MonoSound s = sound();
        addSyllables(&s, 10, 3.5);
        addSilence(&s, 0.6);
        addSyllables(&s, 10, 3.5);
        addSilence(&s, 0.5);
        const Decisions d = decide(s);
        QCOMPARE(int(d.starts.size()), 1);
        QVERIFY(d.stops.empty());
    }

    // Mandarin spoken by espeak-ng at two speeds, a 2 s pause between two sentences.
    void syntheticMandarin()
    {
        if (!have("espeak-ng") || !have("sox"))
            QSKIP("espeak-ng and sox are not installed (scripts/deps.sh installs them)");
        QTemporaryDir dir;
        double slowRate = 0, fastRate = 0;
        for (const int speed : {120, 260}) {
            const QString a = dir.filePath(QStringLiteral("a%1.wav").arg(speed));
            const QString b = dir.filePath(QStringLiteral("b%1.wav").arg(speed));
            const QString both = dir.filePath(QStringLiteral("both%1.wav").arg(speed));
            QVERIFY(run(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-s"), QString::number(speed),
                                                      QStringLiteral("-w"), a, kSentenceA}));
            QVERIFY(run(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-s"), QString::number(speed),
                                                      QStringLiteral("-w"), b, kSentenceB}));
            // A, then 2 s of silence, then B; the true speech is what sox keeps of each without its silence.
            QVERIFY(run(QStringLiteral("sox"), {a, dir.filePath(QStringLiteral("pause.wav")), QStringLiteral("trim"), QStringLiteral("0"), QStringLiteral("0.001")}));
            QVERIFY(run(QStringLiteral("sox"), {a, b, both, QStringLiteral("pad"), QStringLiteral("0"), QStringLiteral("0")}));
            QVERIFY(run(QStringLiteral("sox"), {a, dir.filePath(QStringLiteral("a-padded.wav")), QStringLiteral("pad"), QStringLiteral("0"), QStringLiteral("2")}));
            QVERIFY(run(QStringLiteral("sox"), {dir.filePath(QStringLiteral("a-padded.wav")), b, both}));
            const double spoken = trimmedSeconds(a) + trimmedSeconds(b);
            QVERIFY(spoken > 1);
            const double truth = (hanCount(kSentenceA) + hanCount(kSentenceB)) / spoken * 60;
            const ReadSound read = readSoundFile(both);
            QVERIFY2(read.ok(), qPrintable(read.error));
            const VoiceReport r = analyzeVoice(read.sound);
            QVERIFY2(r.segments.size() == 2, qPrintable(QStringLiteral("%1 stretches").arg(r.segments.size())));
            const double aEnd = read.sound.seconds() - 2.0 - readSoundFile(b).sound.seconds(); // where the pause starts
            QVERIFY2(r.segments[0].end <= aEnd + 0.3 && r.segments[1].start >= aEnd + 2.0 - 0.3,
                     qPrintable(QStringLiteral("%1–%2, pause from %3").arg(r.segments[0].end).arg(r.segments[1].start).arg(aEnd)));
            // No rate is checked against `truth` here: espeak-ng's Mandarin
            // spells most characters as English pinyin (several syllables for
            // one character), so its syllable count is not a speaking rate.
            // The rate is checked on real voices (realMandarin); here only
            // that the faster voice is rated faster.
            Q_UNUSED(truth);
            (speed == 120 ? slowRate : fastRate) = r.rateCpm;
        }
        QVERIFY2(fastRate > slowRate * 1.3, qPrintable(QStringLiteral("slow %1, fast %2").arg(slowRate).arg(fastRate)));
    }

    // Real read Mandarin with its truth (the fixture's README): at its own
    // pace (251 字/分钟) and slowed and sped with sox's tempo to span 180–320,
    // in quiet and over pink noise 10 dB below the voice. Measured before the
    // calibration: 5–26 % low in quiet, 23–30 % low over noise.
    void realMandarin_data()
    {
        QTest::addColumn<double>("tempo");
        QTest::addColumn<bool>("noisy");
        QTest::newRow("180 字/分钟 (tempo 0.72)") << 0.72 << false;
        QTest::newRow("200 字/分钟 (tempo 0.8)") << 0.8 << false;
        QTest::newRow("226 字/分钟 (tempo 0.9)") << 0.9 << false;
        QTest::newRow("251 字/分钟, as read") << 1.0 << false;
        QTest::newRow("276 字/分钟 (tempo 1.1)") << 1.1 << false;
        QTest::newRow("314 字/分钟 (tempo 1.25)") << 1.25 << false;
        QTest::newRow("320 字/分钟 (tempo 1.27)") << 1.27 << false;
        QTest::newRow("180 over noise") << 0.72 << true;
        QTest::newRow("251 over noise") << 1.0 << true;
        QTest::newRow("276 over noise") << 1.1 << true;
        // Was 15–16 % low with one fixed dip: fast syllables run into each
        // other under the noise; the dip now follows the pace.
        QTest::newRow("320 over noise") << 1.27 << true;
    }
    void realMandarin()
    {
        QFETCH(double, tempo);
        QFETCH(bool, noisy);
        const double bound = 0.10; // the largest relative error allowed
        const QString dir = qEnvironmentVariable("LECTERN_FIXTURES") + QStringLiteral("/audio");
        const QString wav = dir + QStringLiteral("/mandarin-real.wav");
        if (!QFile::exists(wav))
            QSKIP("no real recording (../shared/fixtures/audio is absent)");
        if (!have("sox"))
            QSKIP("sox is not installed (scripts/deps.sh installs it)");
        // The truth, as the fixture states it: the JSON block of its README.
        QFile readme(dir + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        const qsizetype from = text.indexOf(QStringLiteral("```json")) + 7;
        const QJsonObject truth = QJsonDocument::fromJson(text.mid(from, text.indexOf(QStringLiteral("```"), from) - from).toUtf8()).object();
        const QJsonArray voiced = truth.value(QStringLiteral("voiced")).toArray();
        const double trueRate = truth.value(QStringLiteral("rate_cpm")).toDouble() * tempo;
        QVERIFY(voiced.size() == 2 && trueRate > 0);

        QTemporaryDir tmp;
        QString source = wav;
        if (noisy) { // pink noise (sox's, the same each run) at 10 dB below the voice's level over its stretches
            const ReadSound clean = readSoundFile(wav);
            QVERIFY(clean.ok());
            double power = 0;
            size_t n = 0;
            for (const QJsonValue &v : voiced)
                for (size_t i = size_t(v[0].toDouble() * clean.sound.sampleRate); i < size_t(v[1].toDouble() * clean.sound.sampleRate); ++i, ++n)
                    power += double(clean.sound.samples[i]) * clean.sound.samples[i];
            const QString pink = tmp.filePath(QStringLiteral("pink.wav"));
            QVERIFY(run(QStringLiteral("sox"), {QStringLiteral("-R"), QStringLiteral("-n"), QStringLiteral("-r"), QString::number(clean.sound.sampleRate),
                                                QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), pink,
                                                QStringLiteral("synth"), QString::number(clean.sound.seconds()), QStringLiteral("pinknoise")}));
            const ReadSound noise = readSoundFile(pink);
            QVERIFY(noise.ok() && noise.sound.samples.size() >= clean.sound.samples.size());
            double noisePower = 0;
            for (const float x : noise.sound.samples)
                noisePower += double(x) * x;
            const double gain = std::sqrt((power / double(n)) / (noisePower / double(noise.sound.samples.size()))) / std::sqrt(10.0);
            MonoSound mixed = clean.sound;
            for (size_t i = 0; i < mixed.samples.size(); ++i)
                mixed.samples[i] += float(gain * noise.sound.samples[i]);
            source = tmp.filePath(QStringLiteral("noisy.wav"));
            QVERIFY(writeWav(source, mixed));
        }
        QString input = source;
        if (tempo != 1.0) {
            input = tmp.filePath(QStringLiteral("tempo.wav"));
            QVERIFY(run(QStringLiteral("sox"), {QStringLiteral("-R"), source, input, QStringLiteral("tempo"), QStringLiteral("-s"), QString::number(tempo)}));
        }
        const ReadSound read = readSoundFile(input);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const VoiceReport r = analyzeVoice(read.sound);
        qInfo("tempo %.2f%s: rated %.1f, truly %.1f (%+.1f %%)", tempo, noisy ? " over noise" : "", r.rateCpm, trueRate,
              (r.rateCpm / trueRate - 1) * 100);
        QVERIFY2(std::abs(r.rateCpm - trueRate) / trueRate <= bound,
                 qPrintable(QStringLiteral("rated %1, truly %2").arg(r.rateCpm).arg(trueRate)));
        if (!noisy) { // the stretches, where they are (scaled by the tempo), within half a second
            QCOMPARE(int(r.segments.size()), 2);
            for (int k = 0; k < 2; ++k) {
                QVERIFY2(std::abs(r.segments[size_t(k)].start - voiced[k][0].toDouble() / tempo) < 0.5, qPrintable(QString::number(r.segments[size_t(k)].start)));
                QVERIFY2(std::abs(r.segments[size_t(k)].end - voiced[k][1].toDouble() / tempo) < 0.5, qPrintable(QString::number(r.segments[size_t(k)].end)));
            }
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("text") << QByteArray("这不是录音。\n") << "not a sound file";
        QTest::newRow("binary junk") << QByteArray(4096, '\x7f') << "not a sound file";
        QTest::newRow("a PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not a sound file";
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.wav"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const ReadSound r = readSoundFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")) && r.error.contains(says), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        QVERIFY(r.sound.samples.empty());
        QVERIFY(!readSoundFile(dir.filePath(QStringLiteral("none.wav"))).ok());
    }

    // A recording cut short (a crash while writing): read as far as it goes, or refused — never garbage.
    void aTruncatedRecording()
    {
        QTemporaryDir dir;
        MonoSound s = sound();
        addSyllables(&s, 10, 3.5);
        const QString path = dir.filePath(QStringLiteral("cut.wav"));
        QVERIFY(writeWav(path, s));
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
        const ReadSound r = readSoundFile(path);
        if (r.ok()) {
            QVERIFY(r.sound.seconds() > 0.5 && r.sound.seconds() < s.seconds() * 0.6);
        } else {
            QVERIFY2(r.error.startsWith(path), qPrintable(r.error));
        }
    }

    void stereoIsMixedToOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stereo.wav"));
        SF_INFO info{};
        info.samplerate = 8000;
        info.channels = 2;
        info.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT;
        SNDFILE *out = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
        QVERIFY(out);
        const float frames[] = {0.5f, -0.5f, 0.25f, 0.25f};
        sf_writef_float(out, frames, 2);
        sf_close(out);
        const ReadSound r = readSoundFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sound.sampleRate, 8000);
        QCOMPARE(int(r.sound.samples.size()), 2);
        QCOMPARE(r.sound.samples[0], 0.0f);
        QCOMPARE(r.sound.samples[1], 0.25f);
    }
};

QTEST_MAIN(TestVoice)
#include "tst_voice.moc"
