#include "PgConnection.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace lectern::central {
namespace {

// libpq's messages end with a newline and may run over lines: one line for people.
QString oneLine(const char *message)
{
    return QString::fromUtf8(message).simplified();
}

struct OptionsDeleter
{
    void operator()(PQconninfoOption *o) const { PQconninfoFree(o); }
};
using Options = std::unique_ptr<PQconninfoOption, OptionsDeleter>;

Options parse(const QString &conninfo)
{
    char *error = nullptr;
    Options options(PQconninfoParse(conninfo.toUtf8().constData(), &error));
    if (error)
        PQfreemem(error);
    return options;
}

// key=value with the value quoted as libpq reads it.
QString pair(const char *key, const QString &value)
{
    QString v = value;
    v.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return QStringLiteral("%1='%2'").arg(QLatin1String(key), v);
}

} // namespace

PgConnection::PgConnection(const QString &conninfo)
{
    const Options options = parse(conninfo);
    if (!options)
        throw CentralError(QCoreApplication::translate("lectern::central", "the central server's connection string is not one libpq reads: %1").arg(redacted(conninfo)));
    QStringList where;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o)
        if (o->val && *o->val && (qstrcmp(o->keyword, "host") == 0 || qstrcmp(o->keyword, "port") == 0 || qstrcmp(o->keyword, "dbname") == 0))
            where.append(QStringLiteral("%1=%2").arg(QLatin1String(o->keyword), QString::fromUtf8(o->val)));
    m_where = where.join(u' ');
    // Bounded waits unless the conninfo says otherwise (its own values come
    // later and win): a kiosk whose network vanished must still be able to
    // stop, and a dead connection is noticed in seconds, not hours.
    const QByteArray given = conninfo.toUtf8();
    const char *keywords[] = {"connect_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout", "dbname", nullptr};
    const char *values[] = {"10", "10", "5", "3", "20000", given.constData(), nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = oneLine(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw CentralError(QCoreApplication::translate("lectern::central", "cannot reach the central server (%1): %2").arg(m_where, why));
    }
    // Every text in and out as UTF-8, whatever the server's default.
    PQsetClientEncoding(m_conn, "UTF8");
    // The server's notices ("already exists, skipping") are not for people:
    // libpq would print them on stderr, between a command's one-line answers.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgConnection::Result PgConnection::exec(const QString &sql, const QStringList &params) const
{
    std::vector<QByteArray> values;
    std::vector<const char *> pointers;
    values.reserve(size_t(params.size()));
    for (const QString &p : params) {
        values.push_back(p.toUtf8());
        pointers.push_back(p.isNull() ? nullptr : values.back().constData());
    }
    PGresult *r = PQexecParams(m_conn, sql.toUtf8().constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString why = oneLine(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn));
        PQclear(r);
        throw CentralError(QCoreApplication::translate("lectern::central", "the central server refused: %1").arg(why));
    }
    Result out;
    for (int row = 0; row < PQntuples(r); ++row) {
        QStringList cells;
        for (int column = 0; column < PQnfields(r); ++column)
            cells.append(PQgetisnull(r, row, column) ? QString() : QString::fromUtf8(PQgetvalue(r, row, column)));
        out.rows.append(cells);
    }
    out.affected = QByteArray(PQcmdTuples(r)).toInt();
    PQclear(r);
    return out;
}

void PgConnection::script(const QString &sql) const
{
    PGresult *r = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString why = oneLine(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn));
        PQclear(r);
        throw CentralError(QCoreApplication::translate("lectern::central", "the central server refused: %1").arg(why));
    }
    PQclear(r);
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

namespace {

// libpq's escaping (PQescapeIdentifier, PQescapeLiteral), its memory freed.
template<typename Escape>
QString escaped(pg_conn *conn, const QString &text, Escape escape)
{
    const QByteArray utf8 = text.toUtf8();
    char *quoted = escape(conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        throw CentralError(QCoreApplication::translate("lectern::central", "the central server refused: %1").arg(oneLine(PQerrorMessage(conn))));
    const QString out = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return out;
}

} // namespace

QString PgConnection::quoteIdentifier(const QString &name) const
{
    return escaped(m_conn, name, PQescapeIdentifier);
}

QString PgConnection::quoteLiteral(const QString &text) const
{
    return escaped(m_conn, text, PQescapeLiteral);
}

QString PgConnection::redacted(const QString &conninfo)
{
    const Options options = parse(conninfo);
    if (!options) // not readable: say nothing of it that could be a password
        return QCoreApplication::translate("lectern::central", "(a connection string libpq cannot read)");
    QStringList parts;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o)
        if (o->val && *o->val)
            parts.append(qstrcmp(o->keyword, "password") == 0 ? QStringLiteral("password=***")
                                                               : pair(o->keyword, QString::fromUtf8(o->val)));
    return parts.join(u' ');
}

QString PgConnection::withLogin(const QString &conninfo, const QString &user, const QString &password)
{
    const Options options = parse(conninfo);
    QStringList parts;
    for (const PQconninfoOption *o = options ? options.get() : nullptr; o && o->keyword; ++o) {
        if (!o->val || !*o->val || qstrcmp(o->keyword, "user") == 0 || qstrcmp(o->keyword, "password") == 0)
            continue;
        parts.append(pair(o->keyword, QString::fromUtf8(o->val)));
    }
    parts.append(pair("user", user));
    parts.append(pair("password", password));
    return parts.join(u' ');
}

} // namespace lectern::central
