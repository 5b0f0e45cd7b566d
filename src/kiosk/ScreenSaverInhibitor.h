#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// Keeps the screen awake while `active`: a prompter that blanks mid-speech is
// a disaster. On Linux it asks the desktop over D-Bus
// (org.freedesktop.ScreenSaver.Inhibit) and, on X11, also resets the X
// screen-saver timer every 30 s, which covers sessions without a desktop
// (kiosk X sessions, no D-Bus screensaver service). On Windows it uses
// SetThreadExecutionState. Elsewhere it does nothing and says so in `method`.
class ScreenSaverInhibitor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString method READ method NOTIFY activeChanged)

public:
    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override;

    bool active() const { return m_active; }
    void setActive(bool on);
    // How the screen is being kept awake: "dbus", "x11", "dbus+x11", "windows" or "none".
    QString method() const;

signals:
    void activeChanged();

private:
    void inhibit();
    void release();
    void poke(); // X11: reset the screen-saver idle timer

    bool m_active = false;
    quint32 m_dbusCookie = 0;
    bool m_dbus = false;
    bool m_x11 = false;
    bool m_windows = false;
    QTimer m_poke;
};

} // namespace lectern
