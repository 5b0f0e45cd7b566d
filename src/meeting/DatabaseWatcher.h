#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <utility>

namespace lectern {

namespace store {
class Database;
}

// Says when the meetings database has changed, whoever changed it: the door
// screen in this process, another kiosk process, `lectern signin` on the
// command line. Every commit writes the database's -wal file (or the file
// itself), which the system reports (QFileSystemWatcher, inotify on Linux);
// SQLite's PRAGMA data_version on this connection then tells a commit by
// another connection from a checkpoint or a read, and the connection's total
// of changed rows a commit through this same connection (the process's one
// store: the door screen in this process writes through it too), so
// `changed` means new data.
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
    std::pair<qint64, qint64> m_version{-1, -1}; // data_version, total changes
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // one look for a burst of writes (a commit writes several times)
};

} // namespace lectern
