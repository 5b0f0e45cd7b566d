#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QThread;

namespace lectern {

class SyncWorker;

// The kiosk's link to the organisation's central store (central.conninfo):
// a worker on its own thread, with its own database connection, sends the
// outbox (central::sendOutbox) a round every half minute and soon after
// anything is recorded; the screens only hear how it went. Never on the
// frame path; the network gone, the kiosk works on and the outbox waits.
// Off (enabled false) without a central store.
class SyncService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App.sync")
    Q_PROPERTY(bool enabled READ enabled NOTIFY changed) // set by configure(), which may come after the console is shown
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    // The store unreachable, or a booking from it this room could not take: the line in the error colour.
    Q_PROPERTY(bool troubled READ troubled NOTIFY changed)
    // For the console: "未同步 3 条，最近同步 09:12", "已全部同步（09:12）", or why not.
    Q_PROPERTY(QString statusLine READ statusLine NOTIFY changed)

public:
    explicit SyncService(QObject *parent = nullptr);
    ~SyncService() override;

    // Before start(): the data folder and the central store ("" leaves it off).
    void configure(const QString &dataDir, const QString &conninfo, int intervalMs = 30000);
    void start();

    bool enabled() const { return !m_conninfo.isEmpty(); }
    int pending() const { return m_pending; }
    QString lastSync() const;
    QString error() const { return m_error; }
    bool troubled() const { return !m_error.isEmpty() || !m_notApplied.isEmpty(); }
    QString statusLine() const;

    // A round now (after a sign-in, from the console); one at a time.
    Q_INVOKABLE void syncNow();

signals:
    void changed();
    void requestRound(); // to the worker

private:
    void roundDone(int sent, int pending, const QDateTime &lastSent, const QString &error, const QString &notApplied);

    QString m_dataDir;
    QString m_conninfo;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_again = false;
    int m_pending = -1; // -1: not known yet
    QDateTime m_lastSent;
    QString m_error;
    QString m_notApplied; // a booking this room could not take, from the last round
};

} // namespace lectern
