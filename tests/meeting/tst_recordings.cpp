// The meeting's recordings in the store: a take's row before its first
// sample, a take cut off by a kill repaired at the next start (and a live one
// left alone), sealed with the meeting, and a changed or missing file found.
#include "audio/AudioFile.h"
#include "audio/RecordingWriter.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"
#include "meeting/Roster.h"
#include "store/StoreError.h"

#include <QDir>
#include <QStandardPaths>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace lectern;

namespace {

const QDateTime kStart(QDate(2026, 12, 6), QTime(9, 0), QTimeZone(8 * 3600));

qint64 openMeeting(const MeetingStore &store)
{
    roster::upsert(store.db(), {{QStringLiteral("张三"), QStringLiteral("办公室"), {}, {}}});
    Meeting m;
    m.title = QStringLiteral("录音的会议");
    m.plannedStart = kStart;
    return meetings::create(store.db(), m, {{1, Role::Attend}}, kStart);
}

// A finished take of `seconds` of tone, as the recorder leaves it.
qint64 finishedTake(const MeetingStore &store, const QString &dataDir, qint64 meetingId, const QDateTime &at, double seconds)
{
    const QString file = recordings::newFileName(meetingId, at);
    QDir().mkpath(recordings::folder(dataDir));
    const QString path = QDir(dataDir).filePath(file);
    const auto id = recordings::begin(store.db(), meetingId, file, at, 16000);
    if (!id)
        return 0;
    audio::RecordingWriter w;
    w.open(path, 16000);
    std::vector<float> samples(size_t(seconds * 16000));
    for (size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.2f * float(std::sin(double(i) / 5));
    w.write(samples.data(), samples.size());
    w.close();
    recordings::finish(store.db(), *id, qint64(w.seconds() * 1000), recordings::fileSha256(path), recordings::State::Complete);
    return *id;
}

} // namespace

class TestRecordings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aTakeIsRowFirstThenFinished()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 meeting = openMeeting(store);
        const QString file = recordings::newFileName(meeting, kStart);
        QCOMPARE(file, QStringLiteral("recordings/meeting-1-20261206-090000.flac"));
        const auto id = recordings::begin(store.db(), meeting, file, kStart, 16000);
        QVERIFY(id);
        QCOMPARE(recordings::unfinished(store.db()).size(), 1);
        QCOMPARE(recordings::forMeeting(store.db(), meeting).first().state, recordings::State::Recording);
        recordings::finish(store.db(), *id, 61500, QStringLiteral("ab").repeated(32), recordings::State::Complete);
        const auto r = recordings::byId(store.db(), *id);
        QVERIFY(r);
        QCOMPARE(r->durationMs, 61500);
        QCOMPARE(r->state, recordings::State::Complete);
        QCOMPARE(r->startedAt, kStart);
        QCOMPARE(r->sampleRate, 16000);
        QVERIFY(recordings::unfinished(store.db()).isEmpty());
        // Never deleted: a take is part of the record.
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store.db().exec("DELETE FROM recording"));
    }

    void aClosedMeetingTakesNoNewRecording()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 meeting = openMeeting(store);
        QVERIFY(meetings::close(store.db(), meeting, kStart.addSecs(3600)));
        QVERIFY(!recordings::begin(store.db(), meeting, recordings::newFileName(meeting, kStart), kStart, 16000));
        QVERIFY(!recordings::begin(store.db(), 99, recordings::newFileName(99, kStart), kStart, 16000));
    }

    // The recorder killed mid-take (SIGKILL: no destructor, no close): at the
    // next start the take is repaired, keeps everything synced before the
    // kill, is hashed and marked recovered; the file decodes whole.
    void aKilledTakeIsRecoveredAtTheNextStart()
    {
        QTemporaryDir dir;
        {
            MeetingStore store(dir.path());
            openMeeting(store);
        }
        QProcess child;
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/recording_child"), {dir.path()});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        long long synced = 0;
        while (synced < 3 * 16000) {
            QVERIFY2(child.canReadLine() || child.waitForReadyRead(10000), "the child stopped recording");
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("synced "))
                    synced = line.mid(7).toLongLong();
            }
        }
        child.kill();
        QVERIFY(child.waitForFinished());
        for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
            if (line.startsWith("synced "))
                synced = line.mid(7).toLongLong();

        MeetingStore store(dir.path());
        QCOMPARE(recordings::unfinished(store.db()).size(), 1);
        const QStringList said = recordings::recoverInterrupted(store.db(), dir.path());
        QCOMPARE(said.size(), 1);
        QVERIFY(recordings::unfinished(store.db()).isEmpty());
        const recordings::Recording r = recordings::forMeeting(store.db(), 1).first();
        QCOMPARE(r.state, recordings::State::Recovered);
        QVERIFY(!r.note.isEmpty());
        const QString path = recordings::absolutePath(dir.path(), r);
        QCOMPARE(r.sha256, recordings::fileSha256(path));
        // Everything synced is there, less at most the one block the encoder still held.
        const qint64 keptFrames = r.durationMs * 16;
        QVERIFY2(keptFrames >= synced - 4096, qPrintable(QStringLiteral("%1 kept, %2 synced").arg(keptFrames).arg(synced)));
        const audio::ReadSound back = audio::readSoundFile(path);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY(std::abs(qint64(back.sound.samples.size()) - keptFrames) <= 16);
        QVERIFY(!QFile::exists(recordings::lockPath(path)));
        // A second start finds nothing more to do.
        QVERIFY(recordings::recoverInterrupted(store.db(), dir.path()).isEmpty());
    }

    void aLiveTakeIsLeftAlone()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 meeting = openMeeting(store);
        const QString file = recordings::newFileName(meeting, kStart);
        QDir().mkpath(recordings::folder(dir.path()));
        const QString path = QDir(dir.path()).filePath(file);
        QLockFile lock(recordings::lockPath(path));
        QVERIFY(lock.tryLock(0));
        QVERIFY(recordings::begin(store.db(), meeting, file, kStart, 16000));
        audio::RecordingWriter w;
        QVERIFY(w.open(path, 16000));
        QVERIFY(recordings::recoverInterrupted(store.db(), dir.path()).isEmpty());
        QCOMPARE(recordings::unfinished(store.db()).size(), 1);
    }

    // A lock left behind with no take to recover (a crash just after a take
    // was finished) is removed, so later starts have nothing to look at; a
    // live writer's lock stays.
    void aStaleLockWithNoTakeIsCleared()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        openMeeting(store);
        QDir().mkpath(recordings::folder(dir.path()));
        const QString stalePath = QDir(recordings::folder(dir.path())).filePath(QStringLiteral("meeting-1-old.flac.lock"));
        {
            QFile stale(stalePath);
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("999999\nlectern\n\n"); // no such process
        }
        QLockFile live(QDir(recordings::folder(dir.path())).filePath(QStringLiteral("meeting-1-now.flac.lock")));
        QVERIFY(live.tryLock(0));
        QVERIFY(recordings::recoverInterrupted(store.db(), dir.path()).isEmpty());
        QVERIFY(!QFile::exists(stalePath));
        QVERIFY(QFile::exists(live.fileName()));
    }

    void aTakeWithNoFileIsLost()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 meeting = openMeeting(store);
        QVERIFY(recordings::begin(store.db(), meeting, recordings::newFileName(meeting, kStart), kStart, 16000));
        const QStringList said = recordings::recoverInterrupted(store.db(), dir.path());
        QCOMPARE(said.size(), 1);
        const recordings::Recording r = recordings::forMeeting(store.db(), meeting).first();
        QCOMPARE(r.state, recordings::State::Lost);
        QCOMPARE(r.durationMs, 0);
        QVERIFY(r.note.contains(QStringLiteral("missing")));
    }

    // Finalizing seals each take (its file's hash with it); a changed row
    // breaks the chain, a changed or missing file is found by checkFiles.
    void takesAreSealedWithTheMeeting()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 meeting = openMeeting(store);
        const qint64 first = finishedTake(store, dir.path(), meeting, kStart, 1.0);
        const qint64 second = finishedTake(store, dir.path(), meeting, kStart.addSecs(600), 0.5);
        QVERIFY(first && second);
        QVERIFY(meetings::close(store.db(), meeting, kStart.addSecs(3600)));
        const auto sealed = store.finalize(meeting);
        QVERIFY(std::holds_alternative<seal::Sealed>(sealed));
        QCOMPARE(std::get<seal::Sealed>(sealed).links, 1 + 1 + 2 + 1); // meeting, expected, two takes, record
        QVERIFY(seal::verify(store.db(), meeting).ok);
        QVERIFY(recordings::checkFiles(store.db(), dir.path(), meeting).isEmpty());
        // Sealed: no new take, no change to one.
        QVERIFY(!recordings::begin(store.db(), meeting, QStringLiteral("recordings/late.flac"), kStart.addSecs(7200), 16000));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, store.db().exec("UPDATE recording SET duration_ms = 1"));

        // The audio itself changed: one sample louder.
        const QString path = recordings::absolutePath(dir.path(), *recordings::byId(store.db(), second));
        {
            audio::RecordingWriter w;
            QVERIFY(w.open(path, 16000));
            std::vector<float> other(8000, 0.1f);
            QVERIFY(w.write(other.data(), other.size()));
        }
        const QStringList problems = recordings::checkFiles(store.db(), dir.path(), meeting);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("was changed")));
        QFile::remove(recordings::absolutePath(dir.path(), *recordings::byId(store.db(), first)));
        QCOMPARE(recordings::checkFiles(store.db(), dir.path(), meeting).size(), 2);

        // The row changed behind the triggers' back: the chain says which link.
        store.db().exec("DROP TRIGGER recording_sealed_update");
        store.db().exec("UPDATE recording SET duration_ms = 99999 WHERE id = 1");
        const seal::Verification v = seal::verify(store.db(), meeting);
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadLink, 3);
        QVERIFY(v.problem.contains(QStringLiteral("recording")));
    }

    void aMeetingStillRecordingIsNotFinalized()
    {
        QTemporaryDir dir;
        MeetingStore store(dir.path());
        const qint64 meeting = openMeeting(store);
        QVERIFY(recordings::begin(store.db(), meeting, recordings::newFileName(meeting, kStart), kStart, 16000));
        QVERIFY(meetings::close(store.db(), meeting, kStart.addSecs(3600)));
        const auto refused = store.finalize(meeting);
        QVERIFY(std::holds_alternative<seal::Refusal>(refused));
        QCOMPARE(std::get<seal::Refusal>(refused), seal::Refusal::StillRecording);
    }
};

QTEST_GUILESS_MAIN(TestRecordings)
#include "tst_recordings.moc"
