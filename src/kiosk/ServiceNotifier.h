#pragma once

#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace lectern {

// Talks to systemd when the kiosk runs as its service (lectern-kiosk.service,
// Type=notify): READY=1 once the first frame is on the screen, WATCHDOG=1
// from the GUI thread's event loop (so a frozen interface stops the pings and
// systemd restarts the kiosk), STOPPING=1 when it quits. Outside a service
// (no NOTIFY_SOCKET) it does nothing. sd_notify is libsystemd's.
class ServiceNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ServiceNotifier(QObject *parent = nullptr);

    bool underService() const { return m_underService; }
    int watchdogIntervalMs() const { return m_pings.isActive() ? m_pings.interval() : 0; }

    void readyAfterFirstFrame(QQuickWindow *window);
    void ready(const QString &status);
    void stopping();

private:
    bool m_underService = false;
    bool m_ready = false;
    QTimer m_pings;
    QMetaObject::Connection m_firstFrame;
};

} // namespace lectern
