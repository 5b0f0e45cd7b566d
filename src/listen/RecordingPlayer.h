#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QAudioOutput;
class QMediaPlayer;

namespace lectern {

class AudioDevices;

// Plays a meeting's recording back in the record tab: one take at a time, on
// the output chosen in the settings (App.audio), with where it is as text.
// Qt Multimedia's QMediaPlayer (GStreamer) decodes the FLAC; it is made at the
// first play, so the console never wakes the sound system just by opening.
// With no output device it says so (`error`) and plays nothing.
class RecordingPlayer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The devices to play on; unset: the system's default output.
    Q_PROPERTY(lectern::AudioDevices *devices READ devices WRITE setDevices NOTIFY devicesChanged)
    // The take playing (its id), 0 when none.
    Q_PROPERTY(int playing READ playing NOTIFY playingChanged)
    // "0:09 / 0:41" while playing.
    Q_PROPERTY(QString positionText READ positionText NOTIFY positionChanged)
    Q_PROPERTY(QString error READ error NOTIFY playingChanged)

public:
    explicit RecordingPlayer(QObject *parent = nullptr);
    ~RecordingPlayer() override;

    AudioDevices *devices() const { return m_devices; }
    void setDevices(AudioDevices *devices);
    int playing() const { return m_playing; }
    QString positionText() const;
    QString error() const { return m_error; }

    // Plays take `takeId` from `file` (stopping any other); the same take again stops it.
    Q_INVOKABLE void toggle(int takeId, const QUrl &file);
    Q_INVOKABLE void stop();

signals:
    void devicesChanged();
    void playingChanged();
    void positionChanged();

private:
    void ensurePlayer();

    AudioDevices *m_devices = nullptr;
    std::unique_ptr<QMediaPlayer> m_player;
    std::unique_ptr<QAudioOutput> m_output;
    int m_playing = 0;
    QString m_error;
};

} // namespace lectern
