#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace lectern::lan {

// One request as the room's handlers see it, apart from any socket, so the
// handlers are tested and fuzzed without a network.
struct HttpAsk
{
    QByteArray method; // GET, POST, …
    QString path;      // decoded, without the query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString address; // the phone's, as the server saw it

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
    QString cookie(const QByteArray &name) const;
    // The body as a JSON object; nullopt with *refused set otherwise: 415
    // when it does not say it is JSON (a page elsewhere cannot post a form
    // here without the browser asking first), 400 when it is not an object.
    std::optional<QJsonObject> jsonObject(struct HttpAnswer *refused) const;
};

struct HttpAnswer
{
    int status = 200;
    QByteArray type; // Content-Type
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString refusal; // set when the answer refuses something the operator should see (stale_token, …)
    qint64 meetingId = 0; // of the refusal, when known

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static HttpAnswer json(int status, const QByteArray &body);
    static HttpAnswer error(int status, const QString &code, const QString &refusal = {});
    static HttpAnswer methodNotAllowed() { return error(405, QStringLiteral("method_not_allowed")); }
    // Not this handler's path: the next one is asked (status 0).
    static HttpAnswer none();
};

// The pages phones and remotes load, from the kiosk (www/ in the
// resources): /phone and /remote, each with its .js and .css, with a policy
// that lets nothing from elsewhere in. none() when the path is no page.
HttpAnswer page(const HttpAsk &ask);

// 192.168.1.5, not ::ffff:192.168.1.5 when listening on both families:
// one phone, one key for the rate limit and the log.
QString addressText(const QHostAddress &address);

} // namespace lectern::lan
