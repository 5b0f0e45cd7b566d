#include "Database.h"

#include "StoreError.h"

#include <QStringList>
#include <sqlite3.h>

namespace lectern::store {

Database::Database(const QString &path) : m_path(path)
{
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(QStringLiteral("%1: cannot open the database (%2)").arg(path, why));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000); // a backup or a second reader holds a lock for a moment
    try {
        // The first read of the file: a file that is no database fails here.
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
    } catch (const StoreError &e) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Statement Database::prepare(const char *sql) const
{
    return Statement(m_db, sql);
}

void Database::exec(const char *sql) const
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const QString why = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw StoreError(why);
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

int Database::userVersion() const
{
    Statement s = prepare("PRAGMA user_version");
    return s.step() ? int(s.integer(0)) : 0;
}

void Database::setUserVersion(int version) const
{
    // A pragma takes no parameters; the number is ours, formatted, never text from outside.
    exec(QStringLiteral("PRAGMA user_version=%1").arg(version).toUtf8().constData());
}

QString Database::quickCheck() const
{
    Statement s = prepare("PRAGMA quick_check");
    QStringList problems;
    while (s.step())
        problems.append(s.text(0));
    return problems.join(QStringLiteral("; "));
}

} // namespace lectern::store
