#include "MeetingStore.h"

#include "Schema.h"
#include "store/Backups.h"

#include <QDate>
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

std::variant<seal::Sealed, seal::Refusal> MeetingStore::finalize(qint64 meetingId) const
{
    store::makeBackup(*m_db, backupDir(), QStringLiteral("before-finalize-%1").arg(meetingId));
    store::pruneBackups(backupDir(), kBackupsKept);
    return seal::finalize(*m_db, meetingId);
}

} // namespace lectern
