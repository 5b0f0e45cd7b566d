#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

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
    // One of the pages' files, served from the kiosk (:/lan/www/), or 404.
    static HttpAnswer asset(const QString &name, const QByteArray &type);
};

} // namespace lectern::lan
