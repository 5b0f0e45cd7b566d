#include "ServiceNotifier.h"

#include <QQuickWindow>
#include <systemd/sd-daemon.h>

namespace lectern {

ServiceNotifier::ServiceNotifier(QObject *parent) : QObject(parent)
{
    m_underService = qEnvironmentVariableIsSet("NOTIFY_SOCKET");
    uint64_t usec = 0;
    // Not unset: a kiosk restarted by hand inside the service still pings.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        // Twice per period, as systemd asks; a timer of the GUI thread, so
        // only a loop that still runs events keeps the kiosk alive.
        m_pings.setInterval(int(std::max<uint64_t>(usec / 2000, 10)));
        connect(&m_pings, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
        m_pings.start();
        sd_notify(0, "WATCHDOG=1");
    }
}

void ServiceNotifier::readyAfterFirstFrame(QQuickWindow *window)
{
    if (!m_underService || !window)
        return;
    // Once: no work left on the frame path after the first frame.
    m_firstFrame = connect(window, &QQuickWindow::frameSwapped, this, [this] {
        disconnect(m_firstFrame);
        ready(QStringLiteral("on the screen"));
    }, Qt::QueuedConnection);
}

void ServiceNotifier::ready(const QString &status)
{
    if (!m_underService || m_ready)
        return;
    m_ready = true;
    sd_notify(0, QStringLiteral("READY=1\nSTATUS=%1").arg(status).toUtf8().constData());
}

void ServiceNotifier::stopping()
{
    m_pings.stop();
    if (m_underService)
        sd_notify(0, "STOPPING=1\nSTATUS=quitting");
}

} // namespace lectern
