#include "Migrations.h"

#include "Backups.h"
#include "Database.h"
#include "StoreError.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace lectern::store {

int migrate(const Database &db, const QList<Migration> &steps, const QString &backupDir)
{
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    const int current = db.userVersion();
    if (current > latest)
        throw StoreError(QCoreApplication::translate("lectern::Migrations",
                             "%1: the database is from a newer Lectern (schema version %2; this one knows up to %3); "
                             "update Lectern instead of opening it with this one")
                             .arg(db.path()).arg(current).arg(latest));
    if (current == latest)
        return 0;
    if (current > 0) // an empty new database has nothing to keep
        makeBackup(db, backupDir, QStringLiteral("before-v%1").arg(latest));
    int ran = 0;
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        Transaction t(db);
        db.exec(step.sql);
        db.setUserVersion(step.version);
        t.commit();
        ++ran;
    }
    return ran;
}

} // namespace lectern::store
