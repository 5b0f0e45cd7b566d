#pragma once

#include "Seal.h"
#include "store/Database.h"

#include <QString>
#include <memory>

namespace lectern {

// The meetings database of a data directory (lectern.sqlite, backups in
// backups/): opened, checked and recovered if damaged (store::openChecked),
// brought to the current schema (a backup first), and backed up once a day
// (the last kBackupsKept kept). Throws store::StoreError when it cannot.
//
// In the kiosk one object owns a folder's database: `shared()` gives every
// screen, the recorder and the prompter's link the same store, opened,
// checked, recovered and migrated once — the Application opens it at
// start-up, before any screen. (Each screen once opened its own: a recovery
// run by one moved the file aside while the others still wrote to it, so an
// acknowledged sign-in could land in a file that was no longer the database.)
// A worker thread may open a connection of its own with the constructor,
// after start-up has checked the file; so does each command line command.
class MeetingStore
{
public:
    static constexpr int kBackupsKept = 14;

    explicit MeetingStore(const QString &dataDir);
    // The process's store for this folder, opened on first use; kept while
    // anyone holds it. Throws store::StoreError when it cannot be opened.
    // The GUI thread's: SQLite connections are not shared across threads.
    static std::shared_ptr<MeetingStore> shared(const QString &dataDir);
    // A connection of a worker thread's own to a database start-up has
    // already checked, recovered and migrated: no check, no recovery (which
    // would move the file from under the process's store), no migration.
    static std::unique_ptr<MeetingStore> workerConnection(const QString &dataDir);
    const store::Database &db() const { return *m_db; }
    // Empty, or what recovery did: to be said loudly (stderr, log, banner).
    const QString &recovery() const { return m_recovery; }
    QString backupDir() const;

    // Seals a closed meeting (seal::finalize), after a backup of the database
    // as it was: finalizing is the one step that cannot be undone.
    std::variant<seal::Sealed, seal::Refusal> finalize(qint64 meetingId) const;

    static QString databasePath(const QString &dataDir);
    QString path() const { return databasePath(m_dataDir); }

private:
    struct Unchecked {};
    MeetingStore(const QString &dataDir, Unchecked);
    QString m_dataDir;
    std::unique_ptr<store::Database> m_db;
    QString m_recovery;
};

} // namespace lectern
