// The child of tst_migrationkill: migrates a database to the latest schema,
// as a kiosk's first start after an upgrade does, and is killed in the middle.
// `migration_child FILE BACKUPS count` prints how many virtual-machine steps
// SQLite runs for the whole migration; `migration_child FILE BACKUPS K`
// sends itself SIGKILL at step K — a power cut at an exact point inside it.
#include "meeting/Schema.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <sqlite3.h>

namespace {

long long g_steps = 0;
long long g_killAt = -1;

int onProgress(void *)
{
    if (++g_steps == g_killAt)
        std::raise(SIGKILL);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const bool counting = qstrcmp(argv[3], "count") == 0;
    g_killAt = counting ? -1 : QByteArray(argv[3]).toLongLong();
    lectern::store::Database db(QString::fromLocal8Bit(argv[1]));
    sqlite3_progress_handler(db.handle(), 1, onProgress, nullptr);
    lectern::store::migrate(db, lectern::meetingSchema(), QString::fromLocal8Bit(argv[2]));
    if (counting)
        std::printf("%lld\n", g_steps);
    return 0;
}
