#include "RecordingBench.h"

#include "audio/RecordingWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <sndfile.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace lectern::bench {
namespace {

constexpr int kRate = 16000;

// Vowel-like syllables at 3.5 a second with short pauses over faint noise: what a meeting sounds like to an encoder.
std::vector<float> voice(double seconds)
{
    std::vector<float> out(size_t(seconds * kRate));
    unsigned noise = 12345;
    for (size_t i = 0; i < out.size(); ++i) {
        const double t = double(i) / kRate;
        const double u = std::fmod(t, 1 / 3.5);
        const double env = std::fmod(t, 5.5) < 4.0 ? 0.5 - 0.5 * std::cos(2 * M_PI * u * 3.5) : 0;
        noise = noise * 1103515245u + 12345u;
        out[i] = float(0.3 * env * (std::sin(2 * M_PI * 140 * t) + std::sin(2 * M_PI * 420 * t) / 3)
                       + 0.005 * (double(noise >> 16) / 32768.0 - 1));
    }
    return out;
}

// A child writes and is killed before it closes the file; what decodes afterwards.
QJsonObject survival(const QString &folder, const char *name, int format)
{
    const QString path = QDir(folder).filePath(QStringLiteral("survival.%1").arg(QLatin1String(name)));
    QFile::remove(path);
    const std::vector<float> sound = voice(10);
    const pid_t child = fork();
    if (child == 0) {
        SF_INFO info{};
        info.samplerate = kRate;
        info.channels = 1;
        info.format = format;
        SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
        if (!f)
            _exit(3);
        if ((format & SF_FORMAT_TYPEMASK) == SF_FORMAT_WAV)
            sf_command(f, SFC_SET_UPDATE_HEADER_AUTO, nullptr, SF_TRUE);
        for (size_t at = 0; at < sound.size(); at += kRate / 10) {
            sf_write_float(f, sound.data() + at, kRate / 10);
            sf_write_sync(f);
        }
        raise(SIGKILL);
        _exit(4);
    }
    int status = 0;
    waitpid(child, &status, 0);
    SF_INFO info{};
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    long long kept = 0;
    if (f) {
        std::vector<float> block(4096);
        for (sf_count_t got; (got = sf_readf_float(f, block.data(), 4096)) > 0;)
            kept += got;
        sf_close(f);
    }
    const double size = double(QFileInfo(path).size());
    QFile::remove(path);
    return {{"name", QStringLiteral("survives_a_kill_%1").arg(QLatin1String(name))},
            {"killed", WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL},
            {"written_s", 10.0},
            {"decoded_s", double(kept) / kRate},
            {"mb_per_hour", size / 10.0 * 3600 / 1e6}};
}

} // namespace

QJsonArray runRecordingBenchmarks(const QString &folder)
{
    QDir().mkpath(folder);
    QJsonArray results;
    results.append(survival(folder, "wav", SF_FORMAT_WAV | SF_FORMAT_PCM_16));
    results.append(survival(folder, "flac", SF_FORMAT_FLAC | SF_FORMAT_PCM_16));
    results.append(survival(folder, "ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS));

    // Writing a minute as the recorder does, five times; the median.
    const std::vector<float> minute = voice(60);
    const QString take = QDir(folder).filePath(QStringLiteral("take.flac"));
    QList<double> ms;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        audio::RecordingWriter w;
        w.open(take, kRate);
        for (size_t at = 0; at < minute.size(); at += kRate / 10) {
            w.write(minute.data() + at, kRate / 10);
            if ((at / (kRate / 10)) % 20 == 19)
                w.sync();
        }
        w.close();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    results.append(QJsonObject{{"name", "flac_write_60s_16khz"},
                               {"median_ms", ms[2]},
                               {"cost_percent_of_one_core", ms[2] / 60000.0 * 100},
                               {"mb_per_hour", double(QFileInfo(take).size()) * 60 / 1e6}});

    // The repair of a minute whose header a crash left without its length.
    QList<double> repairMs;
    for (int run = 0; run < 5; ++run) {
        QFile f(take);
        f.open(QIODevice::ReadOnly);
        QByteArray bytes = f.readAll();
        f.close();
        bytes[8 + 13] = char(bytes[8 + 13] & 0xF0);
        for (int i = 14; i < 34; ++i)
            bytes[8 + i] = 0;
        const QString cut = QDir(folder).filePath(QStringLiteral("cut.flac"));
        QFile out(cut);
        out.open(QIODevice::WriteOnly);
        out.write(bytes);
        out.close();
        QElapsedTimer t;
        t.start();
        audio::repairRecording(cut);
        repairMs.append(t.nsecsElapsed() / 1e6);
        QFile::remove(cut);
    }
    std::sort(repairMs.begin(), repairMs.end());
    results.append(QJsonObject{{"name", "repair_60s_cut_off"}, {"median_ms", repairMs[2]},
                               {"three_hour_take_s", repairMs[2] * 180 / 1000}});
    QFile::remove(take);
    return results;
}

} // namespace lectern::bench
