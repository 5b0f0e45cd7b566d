#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QSoundEffect;

namespace lectern {

// A short sound of the kiosk's own (media/): "chime", a confirmed sign-in;
// "tick", each second of the prompter's 3-2-1. Through QSoundEffect on the
// output `deviceId` names (App.audio.outputId: the one chosen in the
// settings; "" or unplugged: the default), made at the first play (start-up never waits for the sound
// system). With no output device there is no sound and no error: `available`
// is false and play() does nothing.
class SoundCue : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(bool available READ available NOTIFY nameChanged)
    Q_PROPERTY(QString deviceId READ deviceId WRITE setDeviceId NOTIFY deviceChanged)

public:
    explicit SoundCue(QObject *parent = nullptr);
    ~SoundCue() override;

    QString name() const { return m_name; }
    void setName(const QString &name);
    QString deviceId() const { return m_deviceId; }
    void setDeviceId(const QString &id);
    // A known name and a device to play it on.
    bool available() const;
    Q_INVOKABLE void play();

    static QString sourceOf(const QString &name); // "qrc:/media/tick.wav", or "" for an unknown name

signals:
    void nameChanged();
    void deviceChanged();

private:
    void dropEffect();

    QString m_name;
    QString m_deviceId;
    QSoundEffect *m_effect = nullptr;
};

} // namespace lectern
