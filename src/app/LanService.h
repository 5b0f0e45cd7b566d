#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace lectern {

class MeetingStore;

namespace lan {
class LanThread;
struct LanSetup;
}

// The room's server as the screens see it: on or off (lan.enabled), where
// phones go (the address in words, and the sign-in code's address for the
// meeting shown, changing every 15 s), the room's Wi-Fi code, how many
// connections are open and the phones' sign-ins as they arrive. The server
// itself runs on its own thread (lan::LanThread); this only starts it,
// hears from it and turns the clock for the code.
class LanService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.lan")
    Q_PROPERTY(bool enabled READ enabled NOTIFY runningChanged)
    Q_PROPERTY(int port READ port NOTIFY runningChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString error READ error NOTIFY runningChanged)
    // http://192.168.1.20:8080: the address in words, for people to type.
    Q_PROPERTY(QString address READ address NOTIFY runningChanged)
    // The code's window: changes every 15 s, and when the server starts; a
    // binding on signInUrl(meeting) that reads it follows the code.
    Q_PROPERTY(int window READ window NOTIFY signInUrlChanged)
    Q_PROPERTY(QString wifiCode READ wifiCode NOTIFY runningChanged)
    Q_PROPERTY(QString wifiName READ wifiName NOTIFY runningChanged)
    Q_PROPERTY(int connections READ connections NOTIFY connectionsChanged)
    // The operator's remote: how many are connected, and the one-time code
    // the console shows for pairing one (six digits, five minutes).
    Q_PROPERTY(int remotes READ remotes NOTIFY remotesChanged)
    Q_PROPERTY(QString pairingCode READ pairingCode NOTIFY pairingCodeChanged)
    Q_PROPERTY(QString remoteUrl READ remoteUrl NOTIFY runningChanged)
    // Changes with every sign-in by phone and every refusal: the console's lists read it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    struct Setup
    {
        bool enabled = false;
        QString dataDir;
        quint16 port = 8080;
        QStringList listen;
        int ratePerAddress = 20;
        QString host;
        QString wifiSsid;
        QString wifiPassword;
        QString wifiSecurity;
        std::function<bool(const QString &pin)> checkPin; // the administrator's PIN (called on the server's thread)
    };
    explicit LanService(QObject *parent = nullptr);
    ~LanService() override;

    void configure(const Setup &setup); // before start()
    const Setup &setup() const { return m_setup; }
    // Starts the server (when enabled); said through running/error.
    void start();
    // Stops it (connections closed, remotes dropped): for a new setup.
    void stop();

    bool enabled() const { return m_setup.enabled; }
    int port() const { return m_setup.port; }
    bool running() const { return m_running; }
    QString error() const { return m_error; }
    QString address() const { return m_address; }
    int window() const { return m_windowCount; }
    // What the sign-in code for this meeting holds now ("" while not running).
    Q_INVOKABLE QString signInUrl(int meetingId) const;
    QString wifiCode() const;
    QString wifiName() const { return m_setup.wifiSsid; }
    int connections() const { return m_connections; }
    int remotes() const { return m_remotes; }
    QString pairingCode() const { return m_pairingCode; }
    QString remoteUrl() const { return m_running ? m_address + QStringLiteral("/remote") : QString(); }
    int revision() const { return m_revision; }
    void setStore(std::shared_ptr<MeetingStore> store) { m_store = std::move(store); }
    // For the console, from the meeting's own records: its sign-ins by phone
    // ("09:12 张三 · 办公室", latest first) and the attempts refused
    // ("09:13 192.168.1.23 stale code"), kept with the meeting.
    Q_INVOKABLE QStringList signInsOf(int meetingId) const;
    Q_INVOKABLE QStringList refusalsOf(int meetingId) const;
    // A new pairing code for a remote (replaces the last one).
    Q_INVOKABLE void newPairingCode();
    // The kiosk's state for the remotes (RemoteStatus), sent on to them.
    void publish(const QByteArray &state);

signals:
    void runningChanged();
    void signInUrlChanged();
    void connectionsChanged();
    void remotesChanged();
    void pairingCodeChanged();
    void revisionChanged();
    // A paired remote asked for this (start, pause, faster, …: RemoteHub::isCommand).
    void remoteCommand(const QString &command);

private:
    void turn(); // the code's window changed

    Setup m_setup;
    std::shared_ptr<MeetingStore> m_store; // the GUI's connection, for the console's lists
    std::unique_ptr<lan::LanThread> m_thread;
    QByteArray m_secret;
    bool m_running = false;
    QString m_error;
    QString m_address;
    int m_windowCount = 0;
    int m_connections = 0;
    int m_revision = 0; // sign-ins by phone and refusals so far
    int m_remotes = 0;
    QString m_pairingCode;
    QTimer m_pairingExpiry;
    QTimer m_window; // to the end of the code's window, then the next
};

} // namespace lectern
