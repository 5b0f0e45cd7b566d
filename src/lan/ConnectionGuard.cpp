#include "ConnectionGuard.h"

#include "HttpExchange.h"

#include <QTcpSocket>

namespace lectern::lan {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const GuardLimits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits), m_framer(limits.maxBody, limits.maxHeader)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_limits.timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_framer.midRequest())
            refuse("timeout", "HTTP/1.1 408 Request Timeout");
        else
            m_socket->abort(); // idle: nothing to say
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::arrived);
    m_deadline.start();
}

void ConnectionGuard::arrived()
{
    if (m_passive)
        return;
    // The server reads everything on each arrival (inside a transaction), so
    // what is available now is exactly what came since the last look.
    const int before = m_framer.requestsDone();
    switch (m_framer.feed(m_socket->peek(m_socket->bytesAvailable()))) {
    case RequestFramer::Verdict::More:
        if (m_framer.requestsDone() > before && !m_framer.midRequest())
            m_deadline.start(); // a request is complete: from now, the idle time until the next
        break;
    case RequestFramer::Verdict::Upgrade:
        m_passive = true; // the WebSocket keeps its connection: the remote answers pings
        m_deadline.stop();
        break;
    case RequestFramer::Verdict::TooLarge:
        refuse("too_large", "HTTP/1.1 413 Payload Too Large");
        break;
    case RequestFramer::Verdict::HeaderTooLarge:
        refuse("header_too_large", "HTTP/1.1 431 Request Header Fields Too Large");
        break;
    case RequestFramer::Verdict::LengthRequired:
        refuse("length_required", "HTTP/1.1 411 Length Required");
        break;
    }
}

void ConnectionGuard::refuse(const char *reason, const char *statusLine)
{
    m_passive = true;
    m_deadline.stop();
    // Nobody else reads this socket again: the server's handler must not
    // parse what is left, nor wait for the rest of a body never read.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    emit refused(QString::fromLatin1(reason), addressText(m_socket->peerAddress()));
    m_socket->write(QByteArray(statusLine) + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_socket->disconnectFromHost(); // after the answer is written
}

GuardedTcpServer::GuardedTcpServer(const GuardLimits &limits, QObject *parent) : QTcpServer(parent), m_limits(limits)
{
    // A room's phones come in bursts: with Qt's default backlog of 50, a
    // burst of 200 connections (tst_lanserver) overflowed the kernel's
    // queue, whose overflow the client already counts as connected while the
    // server only hears of it seconds later, when the handshake is retried.
    setListenBacklogSize(1024);
    setMaxPendingConnections(1000);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits);
    connect(guard, &ConnectionGuard::refused, this, &GuardedTcpServer::refused);
    ++m_open;
    emit openChanged(m_open);
    connect(socket, &QObject::destroyed, this, [this] {
        --m_open;
        emit openChanged(m_open);
    });
    addPendingConnection(socket);
}

} // namespace lectern::lan
