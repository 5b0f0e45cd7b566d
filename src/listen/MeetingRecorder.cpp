#include "MeetingRecorder.h"

#include "Capture.h"
#include "meeting/MeetingStore.h"
#include "meeting/Recordings.h"
#include "store/StoreError.h"

#include <QAudioSource>
#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcRecording, "lectern.recording")

namespace lectern {

MeetingRecorder::MeetingRecorder(const QString &dataDir, AudioDevices *devices, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_devices(devices)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MeetingRecorder::tick);
}

MeetingRecorder::~MeetingRecorder()
{
    stop();
    if (m_repair)
        m_repair->wait();
}

MeetingStore *MeetingRecorder::store()
{
    if (!m_store) {
        try {
            m_store = MeetingStore::shared(m_dataDir);
        } catch (const store::StoreError &e) {
            setError(e.message());
        }
    }
    return m_store.get();
}

void MeetingRecorder::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    if (!error.isEmpty())
        qCWarning(lcRecording).noquote() << error;
    emit errorChanged();
}

QString MeetingRecorder::elapsedText() const
{
    return recordings::durationText(qint64(seconds() * 1000));
}

qint64 MeetingRecorder::resumeAfterCrash()
{
    // A writer removes its lock when its take ends: none left, nothing was cut off.
    const QDir folder(recordings::folder(m_dataDir));
    if (!folder.exists() || folder.entryList({QStringLiteral("*.lock")}, QDir::Files).isEmpty())
        return 0;
    if (!store())
        return 0;
    qint64 resumed = 0;
    try {
        for (const recordings::Recording &r : recordings::unfinished(m_store->db())) {
            QLockFile probe(recordings::lockPath(recordings::absolutePath(m_dataDir, r)));
            probe.setStaleLockTime(0);
            if (!probe.tryLock(0))
                continue; // a live writer (another kiosk on this data folder)
            probe.unlock();
            const auto m = meetings::byId(m_store->db(), r.meetingId);
            if (m && m->takesSignIns()) {
                resumed = r.meetingId;
                break;
            }
        }
    } catch (const store::StoreError &e) {
        setError(e.message());
    }
    // The new take first (its lock held), so the repair never touches it.
    if (resumed != 0 && start(int(resumed)))
        qCWarning(lcRecording).noquote() << "recording of meeting" << resumed << "goes on after an interruption";
    const QString dataDir = m_dataDir;
    auto lines = std::make_shared<QStringList>();
    m_repair = QThread::create([dataDir, lines] {
        try {
            // A connection of this thread's own; the process's store checked the file.
            const auto own = MeetingStore::workerConnection(dataDir);
            *lines = recordings::recoverInterrupted(own->db(), dataDir);
        } catch (const store::StoreError &e) {
            lines->append(e.message());
        }
    });
    connect(m_repair, &QThread::finished, this, [this, lines] {
        for (const QString &line : std::as_const(*lines))
            qCWarning(lcRecording).noquote() << "recovered" << line;
        m_repair->deleteLater();
        m_repair = nullptr;
        emit repaired(*lines);
    });
    m_repair->start(QThread::LowPriority);
    return resumed;
}

void MeetingRecorder::waitForRepair()
{
    if (m_repair)
        m_repair->wait();
    QCoreApplication::sendPostedEvents(this); // the finished signal's queued slot
}

bool MeetingRecorder::start(int meetingId)
{
    if (meetingId == m_meetingId && m_meetingId != 0)
        return true;
    stop();
    setError({});
    if (!store())
        return false;
    const auto m = meetingId > 0 ? meetings::byId(m_store->db(), meetingId)
                                 : meetings::nearestOpen(m_store->db(), QDateTime::currentDateTime());
    if (!m && meetingId == 0) {
        setError(QCoreApplication::translate("lectern::MeetingRecorder", "There is no open meeting to record."));
        return false;
    }
    if (m)
        meetingId = int(m->id);
    if (!m || !m->takesSignIns()) {
        setError(QCoreApplication::translate("lectern::MeetingRecorder", "Meeting %1 cannot be recorded: it is closed, finalized or not there.").arg(meetingId));
        return false;
    }
    if (!m_fedByHand && !m_devices->hasInput()) {
        setError(QCoreApplication::translate("lectern::MeetingRecorder", "No microphone is connected: the meeting is not being recorded."));
        return false;
    }
    m_meetingId = meetingId;
    m_earlierSeconds = 0;
    if (!m_watching && !m_fedByHand) {
        m_watching = true;
        m_devices->watch();
        connect(m_devices, &AudioDevices::inputChanged, this, &MeetingRecorder::inputChanged);
    }
    openDevice();
    m_tick.start();
    emit recordingChanged();
    emit secondsChanged();
    return recording();
}

void MeetingRecorder::stop()
{
    if (m_meetingId == 0)
        return;
    closeDevice();
    endTake();
    m_tick.stop();
    qCInfo(lcRecording).noquote() << "meeting" << m_meetingId << "recorded for" << seconds() << "s";
    m_meetingId = 0;
    m_earlierSeconds = 0;
    emit recordingChanged();
    emit secondsChanged();
}

// The lock, then the row, then the file: a take is never on disk without its
// row, and its row is never without a lock that says whether its writer lives.
bool MeetingRecorder::beginTake()
{
    const int rate = m_fedByHand ? kSampleRate : m_format.sampleRate();
    const QDateTime now = QDateTime::currentDateTime();
    QString file = recordings::newFileName(m_meetingId, now);
    // Two takes in the same second (a device replugged at once): a distinct name.
    for (int n = 2; QFile::exists(QDir(m_dataDir).filePath(file)); ++n)
        file = recordings::newFileName(m_meetingId, now).replace(QStringLiteral(".flac"), QStringLiteral("-%1.flac").arg(n));
    const QString path = QDir(m_dataDir).filePath(file);
    QDir().mkpath(recordings::folder(m_dataDir));
    m_lock = std::make_unique<QLockFile>(recordings::lockPath(path));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        setError(QCoreApplication::translate("lectern::MeetingRecorder", "%1: locked by another recorder").arg(path));
        m_lock.reset();
        return false;
    }
    try {
        const auto id = recordings::begin(m_store->db(), m_meetingId, file, now, rate);
        if (!id) {
            setError(QCoreApplication::translate("lectern::MeetingRecorder", "Meeting %1 cannot be recorded: it is closed, finalized or not there.").arg(m_meetingId));
            m_lock.reset();
            return false;
        }
        m_takeId = *id;
    } catch (const store::StoreError &e) {
        setError(e.message());
        m_lock.reset();
        return false;
    }
    auto writer = std::make_unique<audio::RecordingWriter>();
    if (!writer->open(path, rate)) {
        setError(writer->error());
        endTake();
        return false;
    }
    m_writer = std::move(writer);
    m_sinceSync.start();
    qCInfo(lcRecording).noquote() << "recording meeting" << m_meetingId << "to" << file;
    return true;
}

void MeetingRecorder::endTake()
{
    if (m_takeId == 0)
        return;
    const std::unique_ptr<audio::RecordingWriter> writer = std::move(m_writer);
    QString problem;
    if (writer) {
        writer->close();
        problem = writer->error();
        m_earlierSeconds += writer->seconds();
    }
    try {
        if (writer && !problem.isEmpty()) {
            // The disk refused a write: the file's end is as a crash leaves it;
            // keep what decodes (a full disk may refuse the repaired copy too:
            // the file then stays as it is, decodable up to its last block).
            const audio::Repair kept = audio::repairRecording(writer->path());
            const bool repaired = kept.error.isEmpty() && kept.frames > 0;
            const bool sound = repaired || writer->frames() > 0;
            recordings::finish(m_store->db(), m_takeId, qint64((repaired ? kept.seconds() : writer->seconds()) * 1000.0 + 0.5),
                               sound ? recordings::fileSha256(writer->path()) : QString(),
                               sound ? recordings::State::Recovered : recordings::State::Lost,
                               repaired ? problem : problem + QStringLiteral("; ") + kept.error);
        } else if (writer && writer->frames() > 0)
            recordings::finish(m_store->db(), m_takeId, qint64(writer->seconds() * 1000.0 + 0.5), recordings::fileSha256(writer->path()),
                               recordings::State::Complete, problem);
        else
            recordings::finish(m_store->db(), m_takeId, 0, writer ? recordings::fileSha256(writer->path()) : QString(),
                               recordings::State::Lost, problem.isEmpty() ? QCoreApplication::translate("lectern::MeetingRecorder", "no sound was recorded") : problem);
    } catch (const store::StoreError &e) {
        // The row stays "recording": the next start recovers the take from its file.
        setError(e.message());
    }
    m_takeId = 0;
    m_lock.reset(); // unlocks and removes the lock file
}

void MeetingRecorder::openDevice()
{
    if (m_fedByHand) {
        beginTake();
        return;
    }
    const QAudioDevice device = m_devices->input();
    if (device.isNull()) {
        setError(QCoreApplication::translate("lectern::MeetingRecorder", "The microphone is gone: recording waits for one to be plugged in."));
        return;
    }
    const QAudioFormat format = capture::formatFor(device, kSampleRate);
    m_format = format;
    m_source = std::make_unique<QAudioSource>(device, format);
    // The size of each delivery, not of what may wait: PulseAudio holds what
    // the kiosk has not read yet (a busy frame loses nothing); small, so that
    // the first and the last tenth of a second are not lost at start and stop.
    m_source->setBufferSize(format.bytesForDuration(100000));
    // The device first (opening one can take a second or two), then the take:
    // its start time is when the sound begins, and nothing it holds is lost
    // meanwhile (the device keeps it until it is read).
    m_io = m_source->start();
    if (!m_io) {
        setError(QCoreApplication::translate("lectern::MeetingRecorder", "The microphone %1 could not be opened: the meeting is not being recorded.").arg(device.description()));
        m_source.reset();
        return;
    }
    if (!beginTake()) {
        m_source->stop();
        m_source.reset();
        m_io = nullptr;
        return;
    }
    connect(m_io, &QIODevice::readyRead, this, &MeetingRecorder::readDevice);
    m_sinceSound.start();
    setError({});
}

void MeetingRecorder::closeDevice()
{
    if (m_source) {
        readDevice(); // what the device still holds belongs to this take
        m_source->stop();
        m_source.reset();
    }
    m_io = nullptr;
}

void MeetingRecorder::readDevice()
{
    if (!m_io)
        return;
    capture::toMono(m_format, m_io->readAll(), &m_buffer);
    if (!m_buffer.empty())
        feed(m_buffer.data(), m_buffer.size());
}

void MeetingRecorder::feed(const float *samples, size_t count)
{
    if (!m_writer)
        return;
    if (count > 0)
        m_sinceSound.restart();
    if (m_writer->frames() == 0 && count > 0) {
        // The take begins with its sound: the first samples were heard `count` samples ago.
        const qint64 late = m_sinceSync.elapsed();
        try {
            recordings::setStartedAt(m_store->db(), m_takeId,
                                     QDateTime::currentDateTime().addMSecs(-qint64(count) * 1000 / m_writer->sampleRate()));
        } catch (const store::StoreError &e) {
            setError(e.message());
        }
        if (late > 500)
            qCInfo(lcRecording).noquote() << "the microphone's first sound came" << late << "ms after it opened";
    }
    if (!m_writer->write(samples, count)) {
        // The disk is full or gone: the take ends with what it has, and says so
        // (nothing more is read into it: stopping reads what the device still holds).
        const QString why = m_writer->error();
        m_io = nullptr;
        stop();
        setError(why);
        return;
    }
    if (m_sinceSync.elapsed() >= kSyncMs) {
        m_writer->sync();
        m_sinceSync.restart();
    }
}

void MeetingRecorder::tick()
{
    emit secondsChanged();
    if (!m_fedByHand) {
        // The device stopped delivering (unplugged, or its stream dropped): a new take on the input now in use.
        if (m_source && m_sinceSound.isValid() && m_sinceSound.elapsed() > kSilentDeviceMs) {
            qCWarning(lcRecording).noquote() << "the microphone stopped delivering sound: the take ends";
            inputChanged();
        } else if (waiting() && m_devices->hasInput()) {
            // Waiting for a microphone, and one is there: the recording goes on.
            openDevice();
            emit recordingChanged();
        }
    }
    // Closed here, in the console or from the command line: the recording ends with the meeting.
    try {
        const auto m = meetings::byId(m_store->db(), m_meetingId);
        if (!m || !m->takesSignIns()) {
            qCInfo(lcRecording).noquote() << "meeting" << m_meetingId << "closed: recording stops";
            stop();
        }
    } catch (const store::StoreError &e) {
        setError(e.message());
    }
}

// The microphone went away, another was chosen, or one came back: the take
// ends on the old device and a new one begins on the device now in use.
void MeetingRecorder::inputChanged()
{
    if (m_meetingId == 0)
        return;
    closeDevice();
    endTake();
    openDevice();
    emit recordingChanged();
}

} // namespace lectern
