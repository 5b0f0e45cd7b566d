#pragma once

#include <QAudioDevice>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The sound devices the kiosk may use, and the ones chosen in the settings:
// an input (the microphone for voice pacing and the meeting's recording) and
// an output (the chime, the tick, playback). A choice is a device id
// (PulseAudio's source or sink name); "" is the system's default. A chosen
// device that is not plugged in falls back to the default until it is; the
// lists follow devices being plugged and unplugged (devicesChanged). The
// system is asked only once something needs it (the settings' lists, a
// recording, listening): start-up never waits for the sound server.
class AudioDevices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.audio is the kiosk's one")
    // [{id, name, isDefault}] — the devices now plugged in.
    Q_PROPERTY(QVariantList inputs READ inputs NOTIFY devicesChanged)
    Q_PROPERTY(QVariantList outputs READ outputs NOTIFY devicesChanged)
    Q_PROPERTY(QString inputId READ inputId WRITE setInputId NOTIFY choiceChanged)
    Q_PROPERTY(QString outputId READ outputId WRITE setOutputId NOTIFY choiceChanged)
    Q_PROPERTY(bool hasInput READ hasInput NOTIFY devicesChanged)
    Q_PROPERTY(bool hasOutput READ hasOutput NOTIFY devicesChanged)

public:
    explicit AudioDevices(QObject *parent = nullptr);

    // (Not const: asking for the lists starts following the devices.)
    QVariantList inputs();
    QVariantList outputs();
    QString inputId() const { return m_inputId; }
    QString outputId() const { return m_outputId; }
    void setInputId(const QString &id);
    void setOutputId(const QString &id);
    // The devices in use: the chosen ones if plugged in, else the defaults (null: none).
    QAudioDevice input() const { return inputById(m_inputId); }
    QAudioDevice output() const { return outputById(m_outputId); }
    bool hasInput() const { return !input().isNull(); }
    bool hasOutput() const { return !output().isNull(); }

    // The device with this id if plugged in, else the default (null: none).
    static QAudioDevice inputById(const QString &id);
    static QAudioDevice outputById(const QString &id);

    // Follows plugging and unplugging from now on (started on first need).
    void watch();

signals:
    void devicesChanged();
    void choiceChanged();
    // The device to play on is another one now (chosen, plugged, unplugged).
    void outputChanged();
    // Likewise for recording and listening.
    void inputChanged();

private:
    void systemChanged();
    QString signature() const; // the devices plugged in and the defaults, as one string

    QString m_inputId;
    QString m_outputId;
    QByteArray m_lastInput;  // the ids in use, to tell a real change from a list refresh
    QByteArray m_lastOutput;
    QTimer m_poll;
    QString m_signature;
};

} // namespace lectern
