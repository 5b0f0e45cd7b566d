#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

namespace lectern::store {

Transaction::Transaction(const Database &db) : m_db(db), m_joined(sqlite3_get_autocommit(db.handle()) == 0)
{
    if (!m_joined)
        m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && !m_joined) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) { // already rolled back by SQLite after an I/O error: nothing left to undo
        }
    }
}

void Transaction::commit()
{
    if (!m_joined)
        m_db.exec("COMMIT");
    m_done = true;
}

} // namespace lectern::store
