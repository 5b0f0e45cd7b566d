#include "LanThread.h"

namespace lectern::lan {

LanThread::LanThread(const LanSetup &setup, QObject *parent) : QThread(parent), m_setup(setup) {}

LanThread::~LanThread()
{
    quit();
    wait();
}

void LanThread::run()
{
    LanServer server(m_setup);
    connect(&server, &LanServer::phoneSignedIn, this, &LanThread::phoneSignedIn);
    connect(&server, &LanServer::connectionsChanged, this, &LanThread::connectionsChanged);
    connect(&server, &LanServer::refused, this, &LanThread::refused);
    connect(&server, &LanServer::remoteCommand, this, &LanThread::remoteCommand);
    connect(&server, &LanServer::remotesChanged, this, &LanThread::remotesChanged);
    const QString error = server.start();
    if (error.isEmpty()) {
        QMutexLocker locked(&m_lock);
        m_server = &server;
    }
    emit listening(server.port(), error);
    if (!error.isEmpty())
        return;
    exec();
    QMutexLocker locked(&m_lock);
    m_server = nullptr;
}

void LanThread::publish(const QByteArray &state)
{
    QMutexLocker locked(&m_lock);
    if (m_server)
        QMetaObject::invokeMethod(m_server, "publish", Qt::QueuedConnection, Q_ARG(QByteArray, state));
}

void LanThread::setPairingCode(const QString &code, const QDateTime &expires)
{
    QMutexLocker locked(&m_lock);
    if (m_server)
        QMetaObject::invokeMethod(m_server, "setPairingCode", Qt::QueuedConnection, Q_ARG(QString, code), Q_ARG(QDateTime, expires));
}

} // namespace lectern::lan
