#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QSoundEffect;

namespace lectern {

// The sound of a confirmed sign-in (media/chime.wav through QSoundEffect).
// With no audio output there is no sound and no error: `available` is false
// and play() does nothing.
class Chime : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available CONSTANT)

public:
    explicit Chime(QObject *parent = nullptr);
    ~Chime() override;

    bool available() const { return m_effect != nullptr; }
    Q_INVOKABLE void play();

private:
    QSoundEffect *m_effect = nullptr;
};

} // namespace lectern
