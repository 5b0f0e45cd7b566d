#pragma once

#include "CentralError.h"

#include <QList>
#include <QString>
#include <QStringList>

struct pg_conn;

namespace lectern::central {

// One connection to the organisation's PostgreSQL through libpq: statements
// with their values bound as parameters (never spliced into SQL), results as
// text, every failure a CentralError whose message names the server's
// complaint and never the password. Connection options are libpq's conninfo
// (a URI or key=value; `sslmode` asks for TLS where the server offers it).
class PgConnection
{
public:
    // Connects; throws CentralError when the server cannot be reached or
    // refuses. Waits are bounded unless the conninfo sets them (connect_timeout
    // 10 s; TCP keepalives and tcp_user_timeout: a vanished network in ~20 s).
    explicit PgConnection(const QString &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    struct Result
    {
        QList<QStringList> rows; // a NULL reads as a null QString
        int affected = 0;        // rows an INSERT, UPDATE or DELETE touched
        QString value(int row = 0, int column = 0) const { return rows.value(row).value(column); }
    };
    // One statement, its values as $1, $2 …
    Result exec(const QString &sql, const QStringList &params = {}) const;
    // Several statements at once (a schema step); no parameters.
    void script(const QString &sql) const;

    QString user() const;

    // Runs `work` in one transaction on the server: committed when it
    // returns, rolled back when it throws (the CentralError goes on).
    template<typename Work>
    auto inTransaction(Work work) const
    {
        script(QStringLiteral("BEGIN"));
        try {
            auto result = work();
            script(QStringLiteral("COMMIT"));
            return result;
        } catch (const CentralError &) {
            script(QStringLiteral("ROLLBACK"));
            throw;
        }
    }

    // The conninfo for people and logs: any password replaced by ***.
    static QString redacted(const QString &conninfo);
    // The administrator's conninfo with another login (a room's role and password), as a key=value string.
    static QString withLogin(const QString &conninfo, const QString &user, const QString &password);
    // An identifier quoted for SQL (a role name: CREATE ROLE cannot take a parameter).
    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &text) const;

private:
    pg_conn *m_conn = nullptr;
    QString m_where; // host/port/dbname, for messages
};

} // namespace lectern::central
