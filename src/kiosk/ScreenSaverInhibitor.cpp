#include "ScreenSaverInhibitor.h"

#include <QGuiApplication>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#endif
#if defined(LECTERN_HAVE_X11)
#include <X11/Xlib.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace lectern {

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent) : QObject(parent)
{
    m_poke.setInterval(30'000);
    connect(&m_poke, &QTimer::timeout, this, &ScreenSaverInhibitor::poke);
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    release();
}

void ScreenSaverInhibitor::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    if (on)
        inhibit();
    else
        release();
    emit activeChanged();
}

QString ScreenSaverInhibitor::method() const
{
    if (m_windows)
        return QStringLiteral("windows");
    if (m_dbus && m_x11)
        return QStringLiteral("dbus+x11");
    if (m_dbus)
        return QStringLiteral("dbus");
    if (m_x11)
        return QStringLiteral("x11");
    return QStringLiteral("none");
}

void ScreenSaverInhibitor::inhibit()
{
#if defined(Q_OS_LINUX)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusInterface saver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                             QStringLiteral("org.freedesktop.ScreenSaver"), bus);
        if (saver.isValid()) {
            const QDBusReply<quint32> reply = saver.call(QStringLiteral("Inhibit"), QStringLiteral("Lectern"),
                                                         QStringLiteral("Teleprompter running"));
            if (reply.isValid()) {
                m_dbusCookie = reply.value();
                m_dbus = true;
            }
        }
    }
#endif
#if defined(LECTERN_HAVE_X11)
    if (QGuiApplication::platformName() == u"xcb") {
        m_x11 = true;
        poke();
        m_poke.start();
    }
#endif
#if defined(Q_OS_WIN)
    SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED);
    m_windows = true;
#endif
}

void ScreenSaverInhibitor::release()
{
#if defined(Q_OS_LINUX)
    if (m_dbus) {
        QDBusInterface saver(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                             QStringLiteral("org.freedesktop.ScreenSaver"), QDBusConnection::sessionBus());
        saver.call(QStringLiteral("UnInhibit"), m_dbusCookie);
    }
#endif
#if defined(Q_OS_WIN)
    if (m_windows)
        SetThreadExecutionState(ES_CONTINUOUS);
#endif
    m_dbus = m_x11 = m_windows = false;
    m_dbusCookie = 0;
    m_poke.stop();
}

void ScreenSaverInhibitor::poke()
{
#if defined(LECTERN_HAVE_X11)
    if (auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr) {
        if (Display *display = x11->display()) {
            XResetScreenSaver(display);
            XFlush(display);
        }
    }
#endif
}

} // namespace lectern
