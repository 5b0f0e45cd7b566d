// The child of tst_recordings: records a tone for meeting 1 of the data folder
// the way the kiosk's recorder does (the row first, the writer's lock held,
// FLAC written in 100 ms blocks, synced every half second) and prints
// "synced FRAMES" after each sync, until it is killed.
#include "audio/RecordingWriter.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QThread>
#include <cmath>
#include <cstdio>

using namespace lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    MeetingStore store(dataDir);
    constexpr int rate = 16000;
    const QDateTime now = QDateTime::currentDateTime();
    const QString file = recordings::newFileName(1, now);
    QDir().mkpath(recordings::folder(dataDir));
    const QString path = QDir(dataDir).filePath(file);
    QLockFile lock(recordings::lockPath(path));
    if (!lock.tryLock(0))
        return 3;
    if (!recordings::begin(store.db(), 1, file, now, rate))
        return 4;
    audio::RecordingWriter writer;
    if (!writer.open(path, rate))
        return 5;
    std::vector<float> block(rate / 10);
    for (long long n = 0;; ++n) {
        for (size_t i = 0; i < block.size(); ++i)
            block[i] = 0.3f * float(std::sin(2 * M_PI * 440 * double(n * (long long)block.size() + (long long)i) / rate));
        writer.write(block.data(), block.size());
        if (n % 5 == 4) {
            writer.sync();
            std::printf("synced %lld\n", writer.frames());
            std::fflush(stdout);
        }
        QThread::msleep(5);
    }
}
