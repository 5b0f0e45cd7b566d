#include "RemoteApi.h"

#include "RemoteAccess.h"
#include "RemoteHub.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::lan {

RemoteApi::RemoteApi(RemoteAccess &access, const RemoteHub &hub, Clock clock) : m_access(access), m_hub(hub), m_clock(std::move(clock)) {}

HttpAnswer RemoteApi::handle(const HttpAsk &ask)
{
    const QString &path = ask.path;
    if (path == u"/api/v1/remote/state")
        return ask.method == "GET" ? HttpAnswer::json(200, m_hub.state()) : HttpAnswer::methodNotAllowed();
    if (path == u"/api/v1/remote/pair") {
        if (ask.method != "POST")
            return HttpAnswer::methodNotAllowed();
        HttpAnswer refused;
        const auto o = ask.jsonObject(&refused);
        if (!o)
            return refused;
        const QString pin = o->value(u"pin").toString().left(32);
        const QString code = o->value(u"code").toString().left(32);
        if (pin.isEmpty() && code.isEmpty())
            return HttpAnswer::error(400, QStringLiteral("pin_or_code"));
        const QString token = m_access.pair(pin, code, m_clock());
        if (token.isEmpty())
            return HttpAnswer::error(403, QStringLiteral("wrong"), QStringLiteral("remote_pairing"));
        return HttpAnswer::json(200, QJsonDocument(QJsonObject{{QStringLiteral("token"), token}}).toJson(QJsonDocument::Compact));
    }
    if (path == QLatin1String(kSocketPath))
        return HttpAnswer::error(426, QStringLiteral("websocket_required")); // an upgrade never reaches here
    return HttpAnswer::none();
}

} // namespace lectern::lan
