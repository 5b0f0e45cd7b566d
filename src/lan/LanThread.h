#pragma once

#include "LanServer.h"

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

protected:
    void run() override;

private:
    LanSetup m_setup;
};

} // namespace lectern::lan
