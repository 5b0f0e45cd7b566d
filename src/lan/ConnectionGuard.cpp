#include "ConnectionGuard.h"

#include <QTcpSocket>

namespace lectern::lan {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const GuardLimits &limits) : QObject(socket), m_socket(socket), m_limits(limits)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(m_limits.timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_inBody || !m_header.isEmpty())
            refuse(Refusal::Timeout, "HTTP/1.1 408 Request Timeout");
        else
            m_socket->abort(); // idle: nothing to say
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::arrived);
    m_deadline.start();
}

QString ConnectionGuard::reasonKey(Refusal r)
{
    switch (r) {
    case Refusal::TooLarge:
        return QStringLiteral("too_large");
    case Refusal::HeaderTooLarge:
        return QStringLiteral("header_too_large");
    case Refusal::LengthRequired:
        return QStringLiteral("length_required");
    case Refusal::Timeout:
        return QStringLiteral("timeout");
    }
    return {};
}

void ConnectionGuard::arrived()
{
    if (m_passive)
        return;
    // The server reads everything on each arrival (inside a transaction), so
    // what is available now is exactly what came since the last look.
    look(m_socket->peek(m_socket->bytesAvailable()));
}

bool ConnectionGuard::look(const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size() && !m_passive) {
        if (m_inBody) {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0)
                requestDone();
            continue;
        }
        const qsizetype before = m_header.size();
        m_header.append(bytes.constData() + at, qMin<qsizetype>(bytes.size() - at, m_limits.maxHeader + 4 - before));
        const qsizetype end = m_header.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_header.size() > m_limits.maxHeader) {
                refuse(Refusal::HeaderTooLarge, "HTTP/1.1 431 Request Header Fields Too Large");
                return false;
            }
            return true; // the rest of the header is still to come
        }
        at += end + 4 - before;
        m_header.truncate(end + 4);
        headerDone();
        if (!m_socket->isOpen() || m_socket->state() != QAbstractSocket::ConnectedState)
            return false;
    }
    return true;
}

void ConnectionGuard::headerDone()
{
    qint64 length = 0;
    bool chunked = false;
    bool upgrade = false;
    const QList<QByteArray> lines = m_header.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                length = m_limits.maxBody + 1; // unreadable: treated as too large, never as none
        } else if (name == "transfer-encoding" && !value.isEmpty() && value.toLower() != "identity") {
            chunked = true;
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            upgrade = true;
        }
    }
    m_header.clear();
    if (upgrade) {
        m_passive = true; // the WebSocket keeps its connection: the remote answers pings
        m_deadline.stop();
        return;
    }
    if (chunked) {
        refuse(Refusal::LengthRequired, "HTTP/1.1 411 Length Required");
        return;
    }
    if (length > m_limits.maxBody) {
        refuse(Refusal::TooLarge, "HTTP/1.1 413 Payload Too Large");
        return;
    }
    m_bodyLeft = length;
    m_inBody = length > 0;
    if (!m_inBody)
        requestDone();
}

void ConnectionGuard::requestDone()
{
    m_inBody = false;
    m_deadline.start(); // from now, the idle time until the next request
}

void ConnectionGuard::refuse(Refusal reason, const char *statusLine)
{
    m_passive = true;
    m_deadline.stop();
    // Nobody else reads this socket again: the server's handler must not
    // parse what is left, nor wait for the rest of a body never read.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    emit refused(reason, m_socket->peerAddress().toString());
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
