#pragma once

namespace lectern::store {

class Database;

// BEGIN IMMEDIATE on construction (the write lock at once, so two writers
// never deadlock half-way), ROLLBACK on destruction unless commit() ran:
// nothing is ever half-written, whatever throws in between.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // returns once the transaction is durable (synchronous=FULL)

private:
    const Database &m_db;
    bool m_done = false;
};

} // namespace lectern::store
