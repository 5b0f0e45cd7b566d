#pragma once

#include <QString>
#include <stdexcept>

namespace lectern::store {

// A storage failure, with a message for people (it names the file or the
// statement and SQLite's own words). Thrown by the wrapper; caught where a
// command or a screen can say it in one line.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace lectern::store
