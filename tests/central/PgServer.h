#pragma once

#include <QString>
#include <QTemporaryDir>

// A real PostgreSQL (Debian's) of the test's own: initdb into a temporary
// folder and pg_ctl, listening only on a Unix socket in that folder. As root
// (CI), the server runs as `nobody` (PostgreSQL refuses to run as root): the
// folder is given to it and initdb and pg_ctl run under setpriv.
class PgServer
{
public:
    PgServer();
    ~PgServer();

    // "" when it runs, else why not (the binaries missing: a clear skip).
    const QString &problem() const { return m_problem; }
    bool missingBinaries() const { return m_missing; }
    // The superuser's conninfo (passwords are checked, scram-sha-256).
    QString adminConninfo(const QString &database = QStringLiteral("postgres")) const;
    // A login of another role, as a kiosk connects.
    QString conninfoAs(const QString &user, const QString &password, const QString &database = QStringLiteral("postgres")) const;

    // Restarts the server listening also on a loopback TCP port with TLS
    // (a self-signed certificate for 127.0.0.1 made with openssl), refusing
    // connections there without it. *caFile: the certificate, for
    // sslrootcert. The TCP conninfo then comes from tcpConninfo().
    bool enableTls(QString *caFile);
    QString tcpConninfo(const QString &extra) const; // the administrator over TCP, `extra` appended

    bool stop();     // fast shutdown
    bool kill();     // SIGKILL the postmaster
    bool start();    // (again) after stop or kill
    qint64 postmasterPid() const;

private:
    bool run(const QString &program, const QStringList &args, QString *output = nullptr);
    bool startOnce();
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_problem;
    bool m_missing = false;
    bool m_started = false;
    bool m_asNobody = false;
    QString m_listen; // '' : the socket only
    int m_port = 5432;
};
