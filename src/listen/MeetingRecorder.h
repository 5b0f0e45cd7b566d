#pragma once

#include "AudioDevices.h"
#include "audio/RecordingWriter.h"

#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QAudioSource;
class QIODevice;
class QLockFile;
class QThread;

namespace lectern {

class MeetingStore;

// Records the room for a meeting: the chosen input (AudioDevices) through
// QAudioSource, one channel at 16 kHz (speech; what transcription takes),
// written as FLAC takes by audio::RecordingWriter under <data>/recordings/.
// Each take's row is in the store before its first sample and is finished
// with its length and SHA-256 when it stops; the writer's lock file tells a
// live take from one a crash cut off. Written to the disk every two seconds,
// so a power cut loses at most that. A device unplugged ends the take; the
// next device plugged in starts a new one. The meeting closing (here or from
// the command line) stops it. After a crash, resumeAfterCrash() goes on
// recording the meeting that was being recorded, at once, and repairs the
// take the crash cut off on a worker thread (a long take takes seconds).
class MeetingRecorder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.recorder is the kiosk's one")
    Q_PROPERTY(bool recording READ recording NOTIFY recordingChanged)
    // Waiting for a microphone to come back, the meeting's recording not stopped.
    Q_PROPERTY(bool waiting READ waiting NOTIFY recordingChanged)
    Q_PROPERTY(int meetingId READ meetingId NOTIFY recordingChanged)
    // Seconds recorded for this meeting since recording was started (all takes of this run).
    Q_PROPERTY(double seconds READ seconds NOTIFY secondsChanged)
    Q_PROPERTY(QString elapsedText READ elapsedText NOTIFY secondsChanged) // 12:34
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kSyncMs = 2000;

    MeetingRecorder(const QString &dataDir, AudioDevices *devices, QObject *parent = nullptr);
    ~MeetingRecorder() override;

    bool recording() const { return m_meetingId != 0 && m_writer; }
    bool waiting() const { return m_meetingId != 0 && !m_writer; }
    int meetingId() const { return int(m_meetingId); }
    double seconds() const { return m_earlierSeconds + (m_writer ? m_writer->seconds() : 0); }
    QString error() const { return m_error; }
    QString elapsedText() const;

    // Starts recording meeting `id` (0: today's, the open meeting nearest to
    // now; a take begins now). False, with `error`,
    // when the meeting takes no recording (closed, finalized, unknown) or
    // there is no microphone; recording another meeting stops that one first.
    Q_INVOKABLE bool start(int meetingId);
    Q_INVOKABLE void stop();

    // At start-up: when a take's lock was left behind (its writer died), a new
    // take of that meeting begins (if it is still open) and the old takes are
    // repaired in the background (`repaired` when done). The meeting it went
    // on recording, or 0. Costs a folder listing when nothing was cut off.
    qint64 resumeAfterCrash();
    // Waits for the background repair (tests; the destructor does too).
    void waitForRepair();

    // Tests: no device is opened; samples come through feed() at kSampleRate.
    void setFedByHand(bool on) { m_fedByHand = on; }
    void feed(const float *samples, size_t count);

signals:
    void recordingChanged();
    void secondsChanged();
    void errorChanged();
    // The takes a crash cut off are repaired: one line each (for the log, and the console).
    void repaired(const QStringList &lines);

private:
    bool beginTake();
    void endTake();
    void openDevice();
    void closeDevice();
    void readDevice();
    void tick();
    void inputChanged();
    void setError(const QString &error);
    MeetingStore *store();

    QString m_dataDir;
    AudioDevices *m_devices;
    std::shared_ptr<MeetingStore> m_store; // the process's one for the folder (MeetingStore::shared)
    qint64 m_meetingId = 0;
    qint64 m_takeId = 0;
    std::unique_ptr<audio::RecordingWriter> m_writer; // the take being written, open
    std::unique_ptr<QLockFile> m_lock;
    double m_earlierSeconds = 0;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr;
    QAudioFormat m_format;
    std::vector<float> m_buffer;
    QTimer m_tick; // each second: the time shown, the meeting still open; every kSyncMs: to the disk
    QElapsedTimer m_sinceSync;
    QElapsedTimer m_sinceSound; // a device that stops delivering (a stream the sound server dropped) is left
    static constexpr int kSilentDeviceMs = 4000; // (a device may take two seconds to start)
    QString m_error;
    bool m_watching = false;
    bool m_fedByHand = false;
    QThread *m_repair = nullptr;
};

} // namespace lectern
