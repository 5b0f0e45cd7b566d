#pragma once

#include "LanServer.h"

#include <QMutex>
#include <QThread>

namespace lectern::lan {

// The room's server on a thread of its own: made, listening and answering
// there, so the GUI thread never waits for a phone or for the disk on a
// phone's behalf. Its signals arrive queued on the receiver's thread.
class LanThread : public QThread
{
    Q_OBJECT

public:
    explicit LanThread(const LanSetup &setup, QObject *parent = nullptr);
    ~LanThread() override; // stops and waits

signals:
    void listening(quint16 port, const QString &error); // error "" when listening
    void phoneSignedIn(qint64 meetingId, const QString &name, const QString &unit, const QDateTime &at);
    void connectionsChanged(int open);
    void refused(const QString &reason, const QString &address);
    void remoteCommand(const QString &command);
    void remotesChanged(int connected);

public:
    // To the server on its thread (queued; dropped when it is not running).
    void publish(const QByteArray &state);
    void setPairingCode(const QString &code, const QDateTime &expires);

protected:
    void run() override;

private:
    LanSetup m_setup;
    QMutex m_lock; // guards m_server: set and cleared on the server's thread, read on the caller's
    LanServer *m_server = nullptr;
};

} // namespace lectern::lan
