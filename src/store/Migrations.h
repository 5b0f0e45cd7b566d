#pragma once

#include <QList>
#include <QString>

namespace lectern::store {

class Database;

// One step of a schema: the SQL that takes a database from version - 1 to
// version (PRAGMA user_version). Steps are never edited once released: a
// change is a new step.
struct Migration
{
    int version;
    const char *sql;
};

// Brings the database to the last step's version, one transaction per step.
// Before changing anything it saves a copy in backupDir (SQLite's online
// backup), so a failed or unwanted migration can be undone by hand. A
// database of a newer version than the steps know is refused (StoreError
// naming both versions): an older Lectern must not write into it. Returns
// the number of steps run.
int migrate(const Database &db, const QList<Migration> &steps, const QString &backupDir);

} // namespace lectern::store
