// The meeting's recorder without a sound card (samples fed by hand): a take
// per start, its row finished with the length and hash of a file that decodes;
// the meeting closing elsewhere stops it; after a crash it goes on at once
// and the cut-off take is repaired in the background.
#include "audio/AudioFile.h"
#include "audio/RecordingWriter.h"
#include "listen/MeetingRecorder.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"
#include "meeting/Roster.h"

#include <QDir>
#include <QHostInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <csignal>
#include <sys/resource.h>

using namespace lectern;

namespace {

qint64 openMeeting(const QString &dataDir, const QDateTime &start = QDateTime::currentDateTime())
{
    MeetingStore store(dataDir);
    roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}});
    Meeting m;
    m.title = QStringLiteral("录音测试会");
    m.plannedStart = start;
    return meetings::create(store.db(), m, {{1, Role::Attend}}, start);
}

void feedSeconds(MeetingRecorder &r, double seconds)
{
    std::vector<float> block(MeetingRecorder::kSampleRate / 10);
    for (int b = 0; b < int(seconds * 10); ++b) {
        for (size_t i = 0; i < block.size(); ++i)
            block[i] = 0.25f * float(std::sin(double(b * block.size() + i) / 7));
        r.feed(block.data(), block.size());
    }
}

// A recorder fed by hand on a data folder with one open meeting.
struct Fed
{
    QTemporaryDir dir;
    qint64 meeting = openMeeting(dir.path());
    AudioDevices devices;
    MeetingRecorder recorder{dir.path(), &devices};
    Fed() { recorder.setFedByHand(true); }
};

} // namespace

class TestMeetingRecorder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aTakeFromStartToStop()
    {
        QTemporaryDir dir;
        const qint64 meeting = openMeeting(dir.path());
        AudioDevices devices;
        MeetingRecorder recorder(dir.path(), &devices);
        recorder.setFedByHand(true);
        QSignalSpy changed(&recorder, &MeetingRecorder::recordingChanged);
        QVERIFY2(recorder.start(0), qPrintable(recorder.error())); // 0: today's open meeting
        QVERIFY(recorder.recording());
        QCOMPARE(recorder.meetingId(), int(meeting));
        QCOMPARE(changed.size(), 1);
        {
            MeetingStore store(dir.path());
            const auto takes = recordings::forMeeting(store.db(), meeting);
            QCOMPARE(takes.size(), 1);
            QCOMPARE(takes.first().state, recordings::State::Recording); // the row before the sound
            QVERIFY(QFile::exists(recordings::lockPath(recordings::absolutePath(dir.path(), takes.first()))));
        }
        feedSeconds(recorder, 3.0);
        QCOMPARE(recorder.seconds(), 3.0);
        recorder.stop();
        QVERIFY(!recorder.recording());
        QCOMPARE(changed.size(), 2);

        MeetingStore store(dir.path());
        const recordings::Recording take = recordings::forMeeting(store.db(), meeting).first();
        QCOMPARE(take.state, recordings::State::Complete);
        QCOMPARE(take.durationMs, 3000);
        QCOMPARE(take.sampleRate, MeetingRecorder::kSampleRate);
        const QString path = recordings::absolutePath(dir.path(), take);
        QCOMPARE(take.sha256, recordings::fileSha256(path));
        QVERIFY(!QFile::exists(recordings::lockPath(path)));
        const audio::ReadSound back = audio::readSoundFile(path);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.sound.seconds(), 3.0);
    }

    void whatCannotBeRecordedIsSaid()
    {
        QTemporaryDir dir;
        AudioDevices devices;
        MeetingRecorder recorder(dir.path(), &devices);
        recorder.setFedByHand(true);
        QSignalSpy errors(&recorder, &MeetingRecorder::errorChanged);
        QVERIFY(!recorder.start(0)); // no meeting at all
        QVERIFY(!recorder.error().isEmpty());
        QVERIFY(!recorder.start(42));
        QVERIFY(recorder.error().contains(QStringLiteral("42")));
        QVERIFY(errors.size() >= 1);
        QVERIFY(!recorder.recording());
    }

    void noMicrophoneIsSaid()
    {
        QTemporaryDir dir;
        openMeeting(dir.path());
        AudioDevices devices;
        if (devices.hasInput())
            QSKIP("this machine has a microphone: nothing to check about having none");
        MeetingRecorder recorder(dir.path(), &devices);
        QVERIFY(!recorder.start(0));
        QVERIFY(!recorder.error().isEmpty());
        MeetingStore store(dir.path());
        QVERIFY(recordings::forMeeting(store.db(), 1).isEmpty()); // no row for a take that never began
    }

    // Closed from elsewhere (the console, the command line): the recording ends with the meeting.
    void theMeetingClosingStopsIt()
    {
        Fed f;
        const qint64 meeting = f.meeting;
        const QTemporaryDir &dir = f.dir;
        MeetingRecorder &recorder = f.recorder;
        QVERIFY(recorder.start(int(meeting)));
        feedSeconds(recorder, 1.0);
        {
            MeetingStore other(dir.path());
            QVERIFY(meetings::close(other.db(), meeting, QDateTime::currentDateTime()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.recording(), 5000);
        MeetingStore store(dir.path());
        QCOMPARE(recordings::forMeeting(store.db(), meeting).first().state, recordings::State::Complete);
        QVERIFY(std::holds_alternative<seal::Sealed>(store.finalize(meeting)));
    }

    // What a crash leaves: the take's row still "recording", its file without
    // a length, and the dead writer's lock. The next start goes on recording
    // that meeting at once and repairs the old take in the background.
    void afterACrashItGoesOn()
    {
        QTemporaryDir dir;
        const qint64 meeting = openMeeting(dir.path());
        const QDateTime crashedAt = QDateTime::currentDateTime().addSecs(-60);
        const QString file = recordings::newFileName(meeting, crashedAt);
        const QString path = QDir(dir.path()).filePath(file);
        {
            MeetingStore store(dir.path());
            QVERIFY(recordings::begin(store.db(), meeting, file, crashedAt, MeetingRecorder::kSampleRate));
        }
        QDir().mkpath(recordings::folder(dir.path()));
        {
            audio::RecordingWriter w;
            QVERIFY(w.open(dir.filePath(QStringLiteral("whole.flac")), MeetingRecorder::kSampleRate));
            std::vector<float> tone(MeetingRecorder::kSampleRate * 2, 0.2f);
            QVERIFY(w.write(tone.data(), tone.size()));
            w.sync();
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("whole.flac")), path)); // the file as the crash left it
        }
        // A dead writer's lock: a process that has ended.
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
        QFile lock(recordings::lockPath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nlectern\n" + QHostInfo::localHostName().toUtf8() + "\n");
        lock.close();

        AudioDevices devices;
        MeetingRecorder recorder(dir.path(), &devices);
        recorder.setFedByHand(true);
        QSignalSpy repaired(&recorder, &MeetingRecorder::repaired);
        QCOMPARE(recorder.resumeAfterCrash(), meeting);
        QVERIFY(recorder.recording());
        feedSeconds(recorder, 1.0);
        recorder.waitForRepair();
        QCOMPARE(repaired.size(), 1);
        QCOMPARE(repaired.first().first().toStringList().size(), 1);
        recorder.stop();

        MeetingStore store(dir.path());
        const auto takes = recordings::forMeeting(store.db(), meeting);
        QCOMPARE(takes.size(), 2);
        QCOMPARE(takes[0].state, recordings::State::Recovered);
        QVERIFY(takes[0].durationMs > 1000 && takes[0].durationMs <= 2000);
        QCOMPARE(takes[1].state, recordings::State::Complete);
        QCOMPARE(takes[1].durationMs, 1000);
        QVERIFY(audio::readSoundFile(path).ok());
    }

    // The disk fills up mid-take (a file-size limit stands in for it): the
    // take ends with what was written, the recording stops and says why.
    void aFullDiskEndsTheTakeAndSaysSo()
    {
        Fed f;
        const qint64 meeting = f.meeting;
        const QTemporaryDir &dir = f.dir;
        MeetingRecorder &recorder = f.recorder;
        QVERIFY(recorder.start(int(meeting)));
        rlimit before{};
        getrlimit(RLIMIT_FSIZE, &before);
        signal(SIGXFSZ, SIG_IGN); // a write past the limit fails (EFBIG) instead of killing the process
        rlimit small = before;
        small.rlim_cur = 256 * 1024;
        setrlimit(RLIMIT_FSIZE, &small);
        QSignalSpy errors(&recorder, &MeetingRecorder::errorChanged);
        std::vector<float> noise(MeetingRecorder::kSampleRate / 10);
        unsigned seed = 1;
        for (int b = 0; b < 600 && recorder.recording(); ++b) { // up to a minute of loud noise (FLAC cannot shrink it)
            for (float &s : noise) {
                seed = seed * 1103515245u + 12345u;
                s = float(seed >> 16) / 32768.0f - 1.0f;
            }
            recorder.feed(noise.data(), noise.size());
        }
        setrlimit(RLIMIT_FSIZE, &before);
        signal(SIGXFSZ, SIG_DFL);
        QVERIFY(!recorder.recording());
        QVERIFY(!recorder.waiting());
        QVERIFY(errors.size() >= 1);
        QVERIFY2(recorder.error().contains(QStringLiteral("refused")), qPrintable(recorder.error()));
        MeetingStore store(dir.path());
        const recordings::Recording take = recordings::forMeeting(store.db(), meeting).first();
        QVERIFY(take.state != recordings::State::Recording); // finished, with what it has
        QVERIFY(!take.note.isEmpty());
        const audio::ReadSound kept = audio::readSoundFile(recordings::absolutePath(dir.path(), take));
        QVERIFY2(kept.ok(), qPrintable(kept.error)); // what it has decodes, as long as it says
        QVERIFY(std::abs(kept.sound.seconds() * 1000 - double(take.durationMs)) < 300);
    }

    void nothingCutOffCostsNothing()
    {
        QTemporaryDir dir;
        AudioDevices devices;
        MeetingRecorder recorder(dir.path(), &devices);
        QCOMPARE(recorder.resumeAfterCrash(), 0);
        QVERIFY(!QFile::exists(MeetingStore::databasePath(dir.path()))); // the store was not even opened
    }
};

QTEST_GUILESS_MAIN(TestMeetingRecorder)
#include "tst_meetingrecorder.moc"
