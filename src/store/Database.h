#pragma once

#include "Statement.h"

#include <QString>

struct sqlite3;

namespace lectern::store {

// One open SQLite database, closed when it goes out of scope. Opened in WAL
// mode with foreign keys on and synchronous=FULL: a transaction that
// returned from commit is on the disk, so a sign-in acknowledged to a person
// survives a power cut, not only a crash (NORMAL would only survive a crash:
// the WAL is synced at checkpoints). Throws StoreError when the file cannot
// be opened or is not a database.
class Database
{
public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Statement prepare(const char *sql) const;
    // Fixed SQL of our own only (pragmas, schema): values go through prepare() and bind().
    void exec(const char *sql) const;

    qint64 lastInsertId() const;
    int changes() const; // rows the last INSERT, UPDATE or DELETE touched
    qint64 totalChanges() const; // rows changed through this connection since it opened
    int userVersion() const;
    void setUserVersion(int version) const;
    QString quickCheck() const; // "ok", or what SQLite found wrong
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace lectern::store
