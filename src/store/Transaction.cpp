#include "Transaction.h"

#include "Database.h"

namespace lectern::store {

Transaction::Transaction(const Database &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) { // already rolled back by SQLite after an I/O error: nothing left to undo
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace lectern::store
