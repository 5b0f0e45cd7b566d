#pragma once

// A port for a server that must be told its port ahead (a kiosk started with
// a configuration): outside Linux's ephemeral range (32768–60999), where
// every test's outgoing connections take their ports, so one found free is
// not gone a moment later; chosen at random, so tests side by side differ.
// Used by the room's-network tests of several folders (lan, app, e2e).
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

inline quint16 freePort()
{
    for (int tries = 0; tries < 200; ++tries) {
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(12000));
        QTcpServer s;
        if (s.listen(QHostAddress::Any, port))
            return port;
    }
    return 0;
}
