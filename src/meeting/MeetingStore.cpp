#include "MeetingStore.h"

#include "Schema.h"
#include "store/Backups.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QLoggingCategory>
#include <QDir>

Q_LOGGING_CATEGORY(lcStore, "lectern.store")

namespace lectern {

QString MeetingStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("lectern.sqlite"));
}

QString MeetingStore::backupDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("backups"));
}

MeetingStore::MeetingStore(const QString &dataDir) : m_dataDir(dataDir)
{
    QDir().mkpath(dataDir);
    store::Opened opened = store::openChecked(databasePath(dataDir), backupDir());
    m_db = std::move(opened.db);
    m_recovery = opened.recovery;
    // Said here, once, for every user of the store (stderr and the log);
    // the screens add their banner from recovery().
    if (!m_recovery.isEmpty())
        qCCritical(lcStore).noquote() << "***" << m_recovery << "***";
    store::migrate(*m_db, meetingSchema(), backupDir());
    store::dailyBackup(*m_db, backupDir(), QDate::currentDate(), kBackupsKept);
}

MeetingStore::MeetingStore(const QString &dataDir, Unchecked)
    : m_dataDir(dataDir), m_db(std::make_unique<store::Database>(databasePath(dataDir)))
{
}

std::unique_ptr<MeetingStore> MeetingStore::workerConnection(const QString &dataDir)
{
    return std::unique_ptr<MeetingStore>(new MeetingStore(dataDir, Unchecked{}));
}

std::shared_ptr<MeetingStore> MeetingStore::shared(const QString &dataDir)
{
    // Keyed by the folder as the file system names it, so "d" and "./d" are one.
    static QHash<QString, std::weak_ptr<MeetingStore>> stores;
    Q_ASSERT(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread());
    QDir().mkpath(dataDir);
    const QString key = QFileInfo(dataDir).canonicalFilePath();
    if (auto existing = stores.value(key).lock())
        return existing;
    auto store = std::make_shared<MeetingStore>(dataDir);
    stores.insert(key, store);
    return store;
}

std::variant<seal::Sealed, seal::Refusal> MeetingStore::finalize(qint64 meetingId) const
{
    store::makeBackup(*m_db, backupDir(), QStringLiteral("before-finalize-%1").arg(meetingId));
    store::pruneBackups(backupDir(), kBackupsKept);
    return seal::finalize(*m_db, meetingId);
}

} // namespace lectern
