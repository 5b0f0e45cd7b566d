#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace lectern::store {

// One prepared statement, finalized when it goes out of scope. Values only
// ever enter SQL through bind(): never pasted into the text.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    // Parameters are numbered from 1, as in SQL's ?1.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // always text: a null QString is ''
    Statement &bindTextOrNull(int index, const QString &value); // an empty string is NULL
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    bool step();   // true: a row is ready; false: done
    void run();    // steps to the end (an INSERT, UPDATE, DELETE)
    void reset();  // to run again with new bindings

    // Columns are numbered from 0.
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const; // NULL reads as a null QString
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void fail() const; // throws StoreError with SQLite's words and the statement
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace lectern::store
