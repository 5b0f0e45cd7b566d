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

} // namespace lectern
