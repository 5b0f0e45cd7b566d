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
    const QString error = server.start();
    emit listening(server.port(), error);
    if (!error.isEmpty())
        return;
    exec();
}

} // namespace lectern::lan
