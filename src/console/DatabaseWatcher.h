#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace lectern {

namespace store {
class Database;
}

// Says when the meetings database has changed, whoever changed it: the door
// screen in this process, another kiosk process, `lectern signin` on the
// command line. Every commit writes the database's -wal file (or the file
// itself), which the system reports (QFileSystemWatcher, inotify on Linux);
// SQLite's PRAGMA data_version on this connection then tells a commit by
// someone else from a checkpoint or a read, so `changed` means new data.
// Nothing is polled: a quiet database costs nothing.
class DatabaseWatcher : public QObject
{
    Q_OBJECT

public:
    // `db` is this screen's own connection; it must outlive the watcher.
    DatabaseWatcher(const QString &databasePath, const store::Database &db, QObject *parent = nullptr);

signals:
    void changed();

private:
    void look();
    void watchFiles();

    QString m_path;
    const store::Database &m_db;
    qint64 m_version = -1;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // one look for a burst of writes (a commit writes several times)
};

} // namespace lectern
