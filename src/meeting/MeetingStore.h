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
class MeetingStore
{
public:
    static constexpr int kBackupsKept = 14;

    explicit MeetingStore(const QString &dataDir);
    const store::Database &db() const { return *m_db; }
    // Empty, or what recovery did: to be said loudly (stderr, log, banner).
    const QString &recovery() const { return m_recovery; }
    QString backupDir() const;

    // Seals a closed meeting (seal::finalize), after a backup of the database
    // as it was: finalizing is the one step that cannot be undone.
    std::variant<seal::Sealed, seal::Refusal> finalize(qint64 meetingId) const;

    static QString databasePath(const QString &dataDir);

private:
    QString m_dataDir;
    std::unique_ptr<store::Database> m_db;
    QString m_recovery;
};

} // namespace lectern
