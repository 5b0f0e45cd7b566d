#include "RecordingPlayer.h"

#include "AudioDevices.h"
#include "meeting/Recordings.h"

#include <QAudioOutput>
#include <QCoreApplication>
#include <QMediaPlayer>

namespace lectern {

RecordingPlayer::RecordingPlayer(QObject *parent) : QObject(parent) {}

RecordingPlayer::~RecordingPlayer()
{
    // The player before its output: it still refers to it while it stops.
    m_player.reset();
}

void RecordingPlayer::setDevices(AudioDevices *devices)
{
    if (devices == m_devices)
        return;
    if (m_devices)
        disconnect(m_devices, nullptr, this, nullptr);
    m_devices = devices;
    // Another output chosen or plugged in while playing: the sound moves there.
    if (m_devices)
        connect(m_devices, &AudioDevices::outputChanged, this, [this] {
            if (m_output)
                m_output->setDevice(m_devices->output());
        });
    emit devicesChanged();
}

void RecordingPlayer::ensurePlayer()
{
    if (m_player)
        return;
    m_output = std::make_unique<QAudioOutput>();
    m_player = std::make_unique<QMediaPlayer>();
    m_player->setAudioOutput(m_output.get());
    connect(m_player.get(), &QMediaPlayer::positionChanged, this, &RecordingPlayer::positionChanged);
    connect(m_player.get(), &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        if (state == QMediaPlayer::StoppedState && m_playing != 0) {
            m_playing = 0;
            emit playingChanged();
        }
    });
    connect(m_player.get(), &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &why) {
        m_error = QCoreApplication::translate("lectern::RecordingPlayer", "The recording cannot be played: %1").arg(why);
        m_playing = 0;
        emit playingChanged();
    });
}

void RecordingPlayer::toggle(int takeId, const QUrl &file)
{
    if (takeId == m_playing) {
        stop();
        return;
    }
    const QAudioDevice device = m_devices ? m_devices->output() : AudioDevices::outputById({});
    if (device.isNull()) {
        m_error = QCoreApplication::translate("lectern::RecordingPlayer", "No speakers are connected: nothing can be played.");
        emit playingChanged();
        return;
    }
    ensurePlayer();
    m_error.clear();
    m_output->setDevice(device);
    m_player->stop();
    m_player->setSource(file);
    m_playing = takeId;
    m_player->play();
    emit playingChanged();
    emit positionChanged();
}

void RecordingPlayer::stop()
{
    if (m_player)
        m_player->stop();
    if (m_playing != 0) {
        m_playing = 0;
        emit playingChanged();
    }
}

QString RecordingPlayer::positionText() const
{
    if (!m_player || m_playing == 0)
        return {};
    return QStringLiteral("%1 / %2").arg(recordings::durationText(m_player->position()), recordings::durationText(m_player->duration()));
}

} // namespace lectern
