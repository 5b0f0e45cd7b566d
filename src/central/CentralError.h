#pragma once

#include <QString>

namespace lectern::central {

// A problem with the central store, in one line for people: the server
// unreachable, a refusal (row-level security, a role missing), a statement
// that failed. Never holds a password.
class CentralError
{
public:
    explicit CentralError(QString message) : m_message(std::move(message)) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace lectern::central
