#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uid_t kNobody = 65534;
constexpr char kAdminPassword[] = "admin-of-the-test";

// Debian puts the server's programs under /usr/lib/postgresql/<version>/bin.
QString serverBin()
{
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions)
        if (QFile::exists(lib.filePath(v + QStringLiteral("/bin/pg_ctl"))) && QFile::exists(lib.filePath(v + QStringLiteral("/bin/initdb"))))
            return lib.filePath(v + QStringLiteral("/bin"));
    return {};
}

} // namespace

PgServer::PgServer()
{
    m_bin = serverBin();
    if (m_bin.isEmpty()) {
        m_missing = true;
        m_problem = QStringLiteral("PostgreSQL's server is not installed (scripts/deps.sh installs postgresql)");
        return;
    }
    m_asNobody = geteuid() == 0;
    if (m_asNobody && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
        m_missing = true;
        m_problem = QStringLiteral("setpriv (util-linux) is needed to run PostgreSQL as nobody when the tests run as root");
        return;
    }
    chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    QDir(m_dir.path()).mkpath(QStringLiteral("data"));
    QDir(m_dir.path()).mkpath(QStringLiteral("sock"));
    if (m_asNobody)
        for (const char *d : {"data", "sock"})
            if (chown(QFile::encodeName(m_dir.filePath(QLatin1String(d))).constData(), kNobody, kNobody) != 0) {
                m_problem = QStringLiteral("cannot give the server's folder to nobody");
                return;
            }
    // Passwords checked, as on a real server: a room's printed conninfo must really log in.
    QFile pw(m_dir.filePath(QStringLiteral("pwfile")));
    if (!pw.open(QIODevice::WriteOnly) || pw.write(kAdminPassword) < 0) {
        m_problem = QStringLiteral("cannot write the administrator's password file");
        return;
    }
    pw.close();
    pw.setPermissions(QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    QString out;
    if (!run(m_bin + QStringLiteral("/initdb"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
                                                 QStringLiteral("lectern_admin"), QStringLiteral("--auth=scram-sha-256"),
                                                 QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("-E"),
                                                 QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             &out)) {
        m_problem = QStringLiteral("initdb failed: ") + out;
        return;
    }
    if (!start())
        m_problem = QStringLiteral("the server did not start");
}

PgServer::~PgServer()
{
    if (m_started)
        run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                               QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

bool PgServer::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asNobody)
        p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                       QStringLiteral("--clear-groups"), QStringLiteral("--")} + QStringList{program} + args);
    else
        p.start(program, args);
    const bool finished = p.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgServer::start()
{
    // Only the socket in the test's folder: no port to collide on. After a
    // SIGKILL the old backends may hold the shared memory a moment longer:
    // tried again until they are gone.
    for (int attempt = 0; attempt < 50 && !m_started; ++attempt) {
        if (attempt > 0)
            QThread::msleep(200);
        m_started = startOnce();
    }
    return m_started;
}

bool PgServer::startOnce()
{
    return run(m_bin + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("sock/log")),
                     QStringLiteral("-w"), QStringLiteral("-o"),
                     QStringLiteral("-k %1 -c listen_addresses='%2' -p %3").arg(m_dir.filePath(QStringLiteral("sock")), m_listen).arg(m_port),
                     QStringLiteral("start")});
}

bool PgServer::enableTls(QString *caFile)
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString cert = m_dir.filePath(QStringLiteral("server.crt"));
    const QString key = m_dir.filePath(QStringLiteral("server.key"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                              QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        m_problem = QStringLiteral("openssl could not make a certificate: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    // The server's copies, its own and private (PostgreSQL refuses a key others can read).
    for (const QString &f : {cert, key}) {
        const QString target = data + u'/' + QFileInfo(f).fileName();
        if (!QFile::copy(f, target))
            return false;
        chmod(QFile::encodeName(target).constData(), 0600);
        if (m_asNobody && chown(QFile::encodeName(target).constData(), kNobody, kNobody) != 0)
            return false;
    }
    QFile conf(data + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append) || conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n") < 0)
        return false;
    conf.close();
    // Over TCP only with TLS: the lines before initdb's own win.
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly))
        return false;
    const QByteArray rules = "hostnossl all all 127.0.0.1/32 reject\nhostssl all all 127.0.0.1/32 scram-sha-256\n" + hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(rules) < 0)
        return false;
    hba.close();
    QTcpServer probe; // a free loopback port
    if (!probe.listen(QHostAddress::LocalHost))
        return false;
    m_port = probe.serverPort();
    probe.close();
    m_listen = QStringLiteral("127.0.0.1");
    *caFile = cert;
    return stop() && start();
}

QString PgServer::tcpConninfo(const QString &extra) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=lectern_admin password=%2 %3").arg(m_port).arg(QLatin1String(kAdminPassword), extra);
}

bool PgServer::stop()
{
    const bool ok = run(m_bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                                           QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_started = !ok;
    return ok;
}

qint64 PgServer::postmasterPid() const
{
    QFile pid(m_dir.filePath(QStringLiteral("data/postmaster.pid")));
    return pid.open(QIODevice::ReadOnly) ? pid.readLine().trimmed().toLongLong() : 0;
}

bool PgServer::kill()
{
    const qint64 pid = postmasterPid();
    if (pid <= 0 || ::kill(pid_t(pid), SIGKILL) != 0)
        return false;
    m_started = false;
    return true;
}

QString PgServer::adminConninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=lectern_admin password=%4")
        .arg(m_dir.filePath(QStringLiteral("sock")))
        .arg(m_port)
        .arg(database, QLatin1String(kAdminPassword));
}

QString PgServer::conninfoAs(const QString &user, const QString &password, const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5").arg(m_dir.filePath(QStringLiteral("sock"))).arg(m_port).arg(database, user, password);
}
