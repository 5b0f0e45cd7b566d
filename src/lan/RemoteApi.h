#pragma once

#include "HttpExchange.h"

#include <QDateTime>
#include <functional>

namespace lectern::lan {

class RemoteAccess;
class RemoteHub;

// The operator's remote over HTTP (its live part is the WebSocket, RemoteHub):
//   (the page itself, /remote with its files, is lan::page())
//   POST /api/v1/remote/pair {"pin"} | {"code"} → {"token"}: a control remote
//   GET  /api/v1/remote/state                  the kiosk's state now (JSON)
//   GET  /api/v1/remote/ws                     the WebSocket (upgraded by the server)
class RemoteApi
{
public:
    using Clock = std::function<QDateTime()>;
    RemoteApi(RemoteAccess &access, const RemoteHub &hub, Clock clock = &QDateTime::currentDateTime);
    HttpAnswer handle(const HttpAsk &ask); // status 0: not the remote's

    static constexpr const char *kSocketPath = "/api/v1/remote/ws";

private:
    RemoteAccess &m_access;
    const RemoteHub &m_hub;
    Clock m_clock;
};

} // namespace lectern::lan
