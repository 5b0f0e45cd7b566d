#include "Backups.h"

#include "Database.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace lectern::store {
namespace {

constexpr char kPrefix[] = "lectern-";

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

} // namespace

QString readOnlyCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result = QStringLiteral("cannot be opened");
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        else
            result = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
    }
    sqlite3_close_v2(db);
    return result;
}

namespace {

// A backup is good when it opens and passes the check (read-only: never
// change a backup while judging it).
bool isGood(const QString &path)
{
    return readOnlyCheck(path) == u"ok";
}

// Moves the database and its WAL and shared-memory files aside; returns where the database went.
QString moveAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".damaged-") + stamp();
    QFile::rename(path, aside);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    return aside;
}

} // namespace

void backupTo(const Database &db, const QString &target)
{
    QDir().mkpath(QFileInfo(target).absolutePath());
    sqlite3 *out = nullptr;
    const QByteArray file = target.toUtf8();
    if (sqlite3_open_v2(file.constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(out));
        sqlite3_close(out);
        throw StoreError(QStringLiteral("%1: cannot write the backup (%2)").arg(target, why));
    }
    sqlite3_backup *b = sqlite3_backup_init(out, "main", db.handle(), "main");
    int rc = SQLITE_ERROR;
    if (b) {
        rc = sqlite3_backup_step(b, -1); // all pages at once: the database is small, and the copy stays consistent
        sqlite3_backup_finish(b);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(out));
    sqlite3_close(out);
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        throw StoreError(QStringLiteral("%1: the backup failed (%2)").arg(target, why));
    }
}

QString makeBackup(const Database &db, const QString &dir, const QString &why)
{
    const QString target = QDir(dir).filePath(QLatin1String(kPrefix) + stamp() + u'-' + why + QStringLiteral(".sqlite"));
    backupTo(db, target);
    return target;
}

QStringList backups(const QString &dir)
{
    QStringList out;
    const QDir d(dir);
    // Names sort by time: the stamp comes first and is fixed-width.
    for (const QString &f : d.entryList({QLatin1String(kPrefix) + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed))
        out.append(d.filePath(f));
    return out;
}

void pruneBackups(const QString &dir, int keep)
{
    const QStringList all = backups(dir);
    for (qsizetype i = std::max(0, keep); i < all.size(); ++i)
        QFile::remove(all[i]);
}

QString dailyBackup(const Database &db, const QString &dir, const QDate &today, int keep)
{
    const QString day = QLatin1String(kPrefix) + today.toString(QStringLiteral("yyyyMMdd"));
    for (const QString &b : backups(dir))
        if (QFileInfo(b).fileName().startsWith(day) && b.endsWith(QStringLiteral("-daily.sqlite")))
            return {};
    const QString made = makeBackup(db, dir, QStringLiteral("daily"));
    pruneBackups(dir, keep);
    return made;
}

Opened openChecked(const QString &path, const QString &backupDir)
{
    Opened result;
    QString problem;
    if (QFile::exists(path)) {
        try {
            auto db = std::make_unique<Database>(path);
            const QString check = db->quickCheck();
            if (check == u"ok") {
                result.db = std::move(db);
                return result;
            }
            problem = check;
        } catch (const StoreError &e) {
            problem = e.message();
        }
    } else {
        result.db = std::make_unique<Database>(path); // a first start: a new database
        return result;
    }

    // Damaged: keep it for inspection, and restore the newest good backup.
    const QString aside = moveAside(path);
    for (const QString &b : backups(backupDir)) {
        if (!isGood(b))
            continue;
        QFile::copy(b, path);
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        result.db = std::make_unique<Database>(path);
        result.recovery = QCoreApplication::translate("lectern::Backups",
                              "The database %1 was damaged (%2). It was moved to %3 and the backup %4 was restored: "
                              "anything recorded after that backup is missing.")
                              .arg(path, problem.left(200), aside, QFileInfo(b).fileName());
        return result;
    }
    result.db = std::make_unique<Database>(path);
    result.recovery = QCoreApplication::translate("lectern::Backups",
                          "The database %1 was damaged (%2) and there is no good backup. It was moved to %3 and a new, "
                          "empty database was started.")
                          .arg(path, problem.left(200), aside);
    return result;
}

} // namespace lectern::store
