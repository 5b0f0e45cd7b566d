#include "SyncService.h"

#include "central/PgConnection.h"
#include "central/Sync.h"
#include "meeting/MeetingStore.h"
#include "store/StoreError.h"

#include <QLoggingCategory>
#include <QThread>
#include <memory>

namespace lectern {

Q_LOGGING_CATEGORY(lcSync, "lectern.sync")

// On the sync thread: its own connections, kept between rounds while they work.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString dataDir, QString conninfo) : m_dataDir(std::move(dataDir)), m_conninfo(std::move(conninfo)) {}

public slots:
    void round()
    {
        central::SyncRound r;
        QDateTime last;
        try {
            if (!m_store)
                m_store = MeetingStore::workerConnection(m_dataDir);
            try {
                if (!m_server)
                    m_server = std::make_unique<central::PgConnection>(m_conninfo);
                r = central::exchange(m_store->db(), *m_server);
            } catch (const central::CentralError &e) {
                r.error = e.message();
                r.pending = central::pendingCount(m_store->db());
            }
            if (!r.error.isEmpty())
                m_server.reset(); // connect afresh next round
            last = central::lastSentAt(m_store->db());
        } catch (const store::StoreError &e) {
            r.error = e.message();
            r.pending = -1;
        }
        emit done(r.sent, r.pending, last, r.error, r.notApplied);
    }

signals:
    void done(int sent, int pending, const QDateTime &lastSent, const QString &error, const QString &notApplied);

private:
    QString m_dataDir;
    QString m_conninfo;
    std::unique_ptr<MeetingStore> m_store;
    std::unique_ptr<central::PgConnection> m_server;
};

SyncService::SyncService(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    if (m_thread) {
        m_thread->quit();
        // A round is bounded (PgConnection's timeouts); should one still hang,
        // the kiosk stops all the same: the outbox keeps what it did not send.
        if (!m_thread->wait(30000)) {
            qCWarning(lcSync) << "the sync thread did not finish; stopping without it";
            m_thread->setParent(nullptr); // never destroyed while it runs
            m_thread = nullptr;
        }
    }
}

void SyncService::configure(const QString &dataDir, const QString &conninfo, int intervalMs)
{
    m_dataDir = dataDir;
    m_conninfo = conninfo;
    m_timer.setInterval(intervalMs);
    emit changed();
}

void SyncService::start()
{
    if (!enabled() || m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("lectern-sync"));
    m_worker = new SyncWorker(m_dataDir, m_conninfo);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncService::requestRound, m_worker, &SyncWorker::round);
    connect(m_worker, &SyncWorker::done, this, &SyncService::roundDone);
    m_thread->start();
    qCInfo(lcSync).noquote() << "sending to the central store" << central::PgConnection::redacted(m_conninfo);
    m_timer.start();
    syncNow();
}

void SyncService::syncNow()
{
    if (!m_thread)
        return;
    if (m_inFlight) { // one at a time: another right after
        m_again = true;
        return;
    }
    m_inFlight = true;
    emit requestRound();
}

void SyncService::roundDone(int sent, int pending, const QDateTime &lastSent, const QString &error, const QString &notApplied)
{
    m_inFlight = false;
    if (error != m_error && !error.isEmpty())
        qCWarning(lcSync).noquote() << error; // said once, not every round
    if (notApplied != m_notApplied && !notApplied.isEmpty())
        qCWarning(lcSync).noquote() << notApplied;
    m_notApplied = notApplied;
    if (sent > 0)
        qCInfo(lcSync).noquote() << "sent" << sent << "still to send" << pending;
    m_pending = pending;
    m_lastSent = lastSent;
    m_error = error;
    emit changed();
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

QString SyncService::lastSync() const
{
    return m_lastSent.isValid() ? m_lastSent.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QString SyncService::statusLine() const
{
    if (!enabled())
        return {};
    if (m_pending < 0)
        return m_error.isEmpty() ? tr("connecting to the central store…") : tr("central store: %1").arg(m_error);
    QString line = m_pending == 0 ? (m_lastSent.isValid() ? tr("all sent to the central store (%1)").arg(lastSync()) : tr("nothing to send yet"))
                                  : m_lastSent.isValid() ? tr("%n record(s) not yet sent, last sent %1", nullptr, m_pending).arg(lastSync())
                                                         : tr("%n record(s) not yet sent", nullptr, m_pending);
    if (!m_error.isEmpty())
        line += tr(" — the central store cannot be reached");
    // A booking from the centre this room cannot take: said first, where the
    // operator looks (the footer elides the end of a long line).
    if (m_error.isEmpty() && !m_notApplied.isEmpty())
        line = tr("%1 — %2").arg(m_notApplied, line);
    return line;
}

} // namespace lectern

#include "SyncService.moc"
