#include "IdleCursor.h"

#include <QCursor>
#include <QEvent>
#include <QGuiApplication>

namespace lectern {

IdleCursor::IdleCursor(int idleMs, QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(idleMs);
    connect(&m_timer, &QTimer::timeout, this, &IdleCursor::hide);
    qApp->installEventFilter(this);
    m_timer.start();
}

IdleCursor::~IdleCursor()
{
    show();
}

void IdleCursor::hide()
{
    if (m_hidden)
        return;
    QGuiApplication::setOverrideCursor(QCursor(Qt::BlankCursor));
    m_hidden = true;
}

void IdleCursor::show()
{
    if (!m_hidden)
        return;
    QGuiApplication::restoreOverrideCursor();
    m_hidden = false;
}

bool IdleCursor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseMove:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        show();
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lectern
