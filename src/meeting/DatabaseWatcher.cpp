#include "DatabaseWatcher.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QFileInfo>

namespace lectern {
namespace {

std::pair<qint64, qint64> dataVersion(const store::Database &db)
{
    try {
        store::Statement s = db.prepare("PRAGMA data_version");
        return {s.step() ? s.integer(0) : -1, db.totalChanges()};
    } catch (const store::StoreError &) {
        return {-1, -1};
    }
}

} // namespace

DatabaseWatcher::DatabaseWatcher(const QString &databasePath, const store::Database &db, QObject *parent)
    : QObject(parent), m_path(databasePath), m_db(db)
{
    m_version = dataVersion(m_db);
    m_settle.setSingleShot(true);
    m_settle.setInterval(50);
    connect(&m_settle, &QTimer::timeout, this, &DatabaseWatcher::look);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    // The -wal file comes and goes (gone when the last connection closes):
    // the folder says when it is back.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchFiles();
        m_settle.start();
    });
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    watchFiles();
}

void DatabaseWatcher::watchFiles()
{
    for (const QString &file : {m_path, m_path + QStringLiteral("-wal")})
        if (QFileInfo::exists(file) && !m_watcher.files().contains(file))
            m_watcher.addPath(file);
}

void DatabaseWatcher::look()
{
    const auto version = dataVersion(m_db);
    if (version == m_version)
        return;
    m_version = version;
    emit changed();
}

} // namespace lectern
