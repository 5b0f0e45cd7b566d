#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>

namespace lectern::store {

class Database;

// Copies the live database into target with SQLite's online backup API: a
// consistent copy even while others write. Throws StoreError.
void backupTo(const Database &db, const QString &target);

// A backup in dir named lectern-YYYYMMDD-HHMMSS-<why>.sqlite; returns its path.
QString makeBackup(const Database &db, const QString &dir, const QString &why);

// PRAGMA quick_check of the file at path, opened read-only (never changed,
// even when damaged): "ok", or what SQLite found or why it did not open.
QString readOnlyCheck(const QString &path);

// The backups in dir, newest first.
QStringList backups(const QString &dir);

// Keeps the newest `keep` backups of dir, deletes the rest.
void pruneBackups(const QString &dir, int keep);

// A daily backup when none was made today; prunes to `keep`. Returns the new
// file, or an empty string when today's exists.
QString dailyBackup(const Database &db, const QString &dir, const QDate &today, int keep);

// The database at path, checked (PRAGMA quick_check). When it cannot be opened
// or the check fails, the damaged file (and its -wal and -shm) is moved aside
// to <name>.damaged-YYYYMMDD-HHMMSS, the newest backup that passes the check
// is put in its place, and `recovery` says what happened, in one line for
// stderr, the log and the operator's banner. With no good backup, a new empty
// database is started and `recovery` says that too.
struct Opened
{
    std::unique_ptr<Database> db;
    QString recovery; // empty when the file was sound
};
Opened openChecked(const QString &path, const QString &backupDir);

} // namespace lectern::store
