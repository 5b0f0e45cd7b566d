#include "MeetingStore.h"

#include "Schema.h"
#include "store/Backups.h"

#include <QDate>
#include <QDir>

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
