#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace lectern {

// Where the kiosk was, so that a restart after a crash or a power cut comes
// back to it: the screen's role, which speech (its fingerprint), the reading
// position, the speed, the page, the prompter's state and time, and the meeting.
struct ResumePoint
{
    QString role;         // AppOptions::modeKey() of what the kiosk showed
    QString speech;       // SpeechSession::fingerprint(); "" when no speech was open
    double position = 0;  // PrompterController::position()
    int speed = 0;
    int page = 0;
    QString state;        // idle, countdown, running, paused, finished
    qint64 elapsedMs = 0; // the speech's elapsed time (PrompterController::elapsedMs())
    qint64 meetingId = 0;
    qint64 itemId = 0; // the agenda item on the screens (0: a speech on its own); its draft is `speech`
    bool quit = false;    // written on quitting normally: the next start is a fresh one
    QDateTime savedAt;

    QByteArray toJson() const;
    // nullopt, with why, for a torn or damaged file (never half a state).
    static std::optional<ResumePoint> fromJson(const QByteArray &json, QString *problem);
};

// Keeps the resume file at most a second old without touching the UI
// thread's frame time: update() only records the latest point; once a second
// the last one is written (QSaveFile: a new file renamed over the old, synced
// to the disk) on a worker thread. flush() writes at once (on quitting).
class ResumeWriter : public QObject
{
    Q_OBJECT

public:
    explicit ResumeWriter(const QString &path, QObject *parent = nullptr);
    ~ResumeWriter() override;

    void update(const ResumePoint &point);
    void flush();
    int writes() const { return m_writes; } // for tests and the benchmark

    static std::optional<ResumePoint> read(const QString &path, QString *problem);

private:
    void writeLatest(bool wait);

    QString m_path;
    std::optional<ResumePoint> m_pending;
    QFuture<bool> m_inFlight; // one write at a time: an older one never lands over a newer
    QTimer m_timer;
    int m_writes = 0;
};

} // namespace lectern
