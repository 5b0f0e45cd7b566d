#pragma once

#include "RequestFramer.h"

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace lectern::lan {

// What Qt 6.4's HTTP server does not do for itself (it buffers a body whole
// up to any Content-Length, and never times a connection out), done on the
// socket before the server reads it: a request whose header says a body
// over the limit is answered 413 and the connection closed before the body
// is read; a header block over 16 KiB, 431; a chunked body, 411; a request
// not complete 10 s after it began (a slow or half-open client), 408; a
// connection idle for 10 s between requests is closed. A WebSocket upgrade
// is left alone from then on (the remote keeps its socket open).
struct GuardLimits
{
    qint64 maxBody = 512 * 1024;
    int maxHeader = 16 * 1024;
    int timeoutMs = 10'000;
};

class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    // Watches `socket` (it becomes the socket's child). Connect it before the
    // server does, so its look at each arrival comes first.
    ConnectionGuard(QTcpSocket *socket, const GuardLimits &limits);

signals:
    // Why, for the operator's log (too_large, header_too_large,
    // length_required, timeout), and from where.
    void refused(const QString &reason, const QString &address);

private:
    void arrived();
    void refuse(const char *reason, const char *statusLine);

    QTcpSocket *m_socket;
    GuardLimits m_limits;
    QTimer m_deadline;
    RequestFramer m_framer;
    bool m_passive = false; // upgraded or refused: not ours to time any more
};

// A QTcpServer whose every connection has a guard before the HTTP server sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const GuardLimits &limits, QObject *parent = nullptr);
    int open() const { return m_open; }

signals:
    void refused(const QString &reason, const QString &address);
    void openChanged(int connections);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    GuardLimits m_limits;
    int m_open = 0;
};

} // namespace lectern::lan
