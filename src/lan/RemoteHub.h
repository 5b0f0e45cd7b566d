#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

class QWebSocket;

namespace lectern::lan {

class RemoteAccess;

// The remotes' WebSockets (on the server's thread): each says hello with
// its token (or none: view-only), is sent the kiosk's state at once and on
// every change, so two remotes stay in step; a control remote's commands
// go to the kiosk (command), checked against the list below; a view-only
// remote's are refused. Pinged every 5 s; one silent for 15 s is closed.
class RemoteHub : public QObject
{
    Q_OBJECT

public:
    explicit RemoteHub(RemoteAccess &access, QObject *parent = nullptr);
    ~RemoteHub() override;

    void add(std::unique_ptr<QWebSocket> socket);
    // The kiosk's state, as JSON (from the GUI thread, queued): kept and sent to everyone.
    void publish(const QByteArray &state);
    int connected() const { return int(m_clients.size()); }
    const QByteArray &state() const { return m_state; }

    // What a control remote may ask for.
    static bool isCommand(const QString &command);

signals:
    void command(const QString &command);
    void connectedChanged(int remotes);

private:
    struct Client
    {
        bool control = false;
        bool greeted = false;
        qint64 lastHeardMs = 0;
    };
    void received(QWebSocket *socket, const QString &message);
    void send(QWebSocket *socket, const QByteArray &json);
    void drop(QWebSocket *socket);
    void ping();

    RemoteAccess &m_access;
    QHash<QWebSocket *, Client> m_clients;
    QByteArray m_state = "{}";
    QTimer m_ping;
};

} // namespace lectern::lan
