#pragma once

namespace lectern::store {

class Database;

// BEGIN IMMEDIATE on construction (the write lock at once, so two writers
// never deadlock half-way), ROLLBACK on destruction unless commit() ran:
// nothing is ever half-written, whatever throws in between.
// Inside a transaction already open on the connection it joins it: it
// neither begins, commits nor rolls back, and the outer one decides (so a
// rule written as one transaction can be a step of a larger one; an
// exception still reaches the outer one, which rolls everything back).
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
    bool m_joined = false;
    bool m_done = false;
};

} // namespace lectern::store
