#include "RemoteApi.h"

#include "RemoteAccess.h"
#include "RemoteHub.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::lan {

RemoteApi::RemoteApi(RemoteAccess &access, const RemoteHub &hub, Clock clock) : m_access(access), m_hub(hub), m_clock(std::move(clock)) {}

HttpAnswer RemoteApi::handle(const HttpAsk &ask)
{
    const bool get = ask.method == "GET";
    const QString &path = ask.path;
    if (path == u"/remote" || path == u"/remote/") {
        if (!get)
            return HttpAnswer::error(405, QStringLiteral("method_not_allowed"));
        HttpAnswer a = HttpAnswer::asset(QStringLiteral("remote.html"), "text/html; charset=utf-8");
        a.addHeader("Content-Security-Policy", "default-src 'self'; connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'");
        return a;
    }
    if (path == u"/remote.js")
        return get ? HttpAnswer::asset(QStringLiteral("remote.js"), "text/javascript; charset=utf-8") : HttpAnswer::error(405, QStringLiteral("method_not_allowed"));
    if (path == u"/remote.css")
        return get ? HttpAnswer::asset(QStringLiteral("remote.css"), "text/css; charset=utf-8") : HttpAnswer::error(405, QStringLiteral("method_not_allowed"));
    if (path == u"/api/v1/remote/state")
        return get ? HttpAnswer::json(200, m_hub.state()) : HttpAnswer::error(405, QStringLiteral("method_not_allowed"));
    if (path == u"/api/v1/remote/pair") {
        if (ask.method != "POST")
            return HttpAnswer::error(405, QStringLiteral("method_not_allowed"));
        if (!ask.header("content-type").toLower().startsWith("application/json"))
            return HttpAnswer::error(415, QStringLiteral("json_required"));
        const QJsonObject o = QJsonDocument::fromJson(ask.body).object();
        const QString pin = o.value(u"pin").toString().left(32);
        const QString code = o.value(u"code").toString().left(32);
        if (pin.isEmpty() && code.isEmpty())
            return HttpAnswer::error(400, QStringLiteral("pin_or_code"));
        const QString token = m_access.pair(pin, code, m_clock());
        if (token.isEmpty())
            return HttpAnswer::error(403, QStringLiteral("wrong"), QStringLiteral("remote_pairing"));
        return HttpAnswer::json(200, QJsonDocument(QJsonObject{{QStringLiteral("token"), token}}).toJson(QJsonDocument::Compact));
    }
    if (path == QLatin1String(kSocketPath))
        return HttpAnswer::error(426, QStringLiteral("websocket_required")); // an upgrade never reaches here
    HttpAnswer none;
    none.status = 0;
    return none;
}

} // namespace lectern::lan
