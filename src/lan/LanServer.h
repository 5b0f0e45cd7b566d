#pragma once

#include "ConnectionGuard.h"
#include "RateLimiter.h"
#include "RemoteAccess.h"
#include "RemoteHub.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <memory>

namespace lectern {
class MeetingStore;
class DatabaseWatcher;
}

namespace lectern::lan {

class PhoneApi;
class RemoteApi;

// How the room's server is set up (lan.* in the configuration).
struct LanSetup
{
    QString dataDir;
    QByteArray secret; // the room's (RoomSecret); empty: read from dataDir
    quint16 port = 8080;
    QList<QHostAddress> listen; // empty: every address
    int ratePerAddress = 20;
    GuardLimits limits;
    RemoteAccess::PinCheck checkPin; // the administrator's PIN, for pairing a remote (called on the server's thread)
};

// The room's HTTP server (Qt 6.4's QAbstractHttpServer, its routing our
// own: a handful of paths): the phones' sign-in (PhoneApi) behind a rate
// limit per address and the connection guards. Lives on its own thread
// (LanThread) with its own database connection, so nothing it does, not
// even a sign-in's wait for the disk, costs the screens a frame.
class LanServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit LanServer(const LanSetup &setup, QObject *parent = nullptr);
    ~LanServer() override;

    // Listens on every address asked for; "" or why not (one line).
    QString start();
    quint16 port() const { return m_port; }

public slots:
    // From the GUI thread (queued): the kiosk's state for the remotes, and the console's pairing code.
    void publish(const QByteArray &state);
    void setPairingCode(const QString &code, const QDateTime &expires);

signals:
    void remoteCommand(const QString &command);
    void remotesChanged(int connected);
    void phoneSignedIn(qint64 meetingId, const QString &name, const QString &unit, const QDateTime &at);
    void connectionsChanged(int open);
    void refused(const QString &reason, const QString &address);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Kept with the meeting (0: none known) for the operator, and said to the screens.
    void logRefusal(qint64 meetingId, const QString &reason, const QString &address);
    int openConnections() const;

    LanSetup m_setup;
    quint16 m_port = 0;
    std::unique_ptr<MeetingStore> m_store; // this thread's own connection
    std::unique_ptr<PhoneApi> m_phone;
    RemoteAccess m_access;
    RemoteHub m_hub{m_access};
    std::unique_ptr<RemoteApi> m_remote;
    std::unique_ptr<DatabaseWatcher> m_watcher;
    RateLimiter m_limiter;
    QElapsedTimer m_clock; // the rate limiter's time
    QHash<QString, qint64> m_logged; // meeting, reason and address → when last logged (once a minute)
};

} // namespace lectern::lan
