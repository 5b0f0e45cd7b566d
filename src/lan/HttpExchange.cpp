#include "HttpExchange.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace lectern::lan {

QString HttpAsk::cookie(const QByteArray &name) const
{
    for (const QByteArray &part : header("cookie").split(';')) {
        const qsizetype eq = part.indexOf('=');
        if (eq > 0 && part.left(eq).trimmed() == name)
            return QString::fromLatin1(part.mid(eq + 1).trimmed());
    }
    return {};
}

std::optional<QJsonObject> HttpAsk::jsonObject(HttpAnswer *refused) const
{
    if (!header("content-type").toLower().startsWith("application/json")) {
        *refused = HttpAnswer::error(415, QStringLiteral("json_required"));
        return std::nullopt;
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *refused = HttpAnswer::error(400, QStringLiteral("bad_json"));
        return std::nullopt;
    }
    return doc.object();
}

HttpAnswer HttpAnswer::none()
{
    HttpAnswer a;
    a.status = 0;
    return a;
}

HttpAnswer page(const HttpAsk &ask)
{
    struct Page
    {
        const char *path;
        const char *file;
        const char *type;
        const char *policy; // for the HTML: where it may fetch from
    };
    static const Page pages[] = {
        {"/phone", "phone.html", "text/html; charset=utf-8", "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"},
        {"/phone.js", "phone.js", "text/javascript; charset=utf-8", nullptr},
        {"/phone.css", "phone.css", "text/css; charset=utf-8", nullptr},
        {"/remote", "remote.html", "text/html; charset=utf-8", "default-src 'self'; connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'"},
        {"/remote.js", "remote.js", "text/javascript; charset=utf-8", nullptr},
        {"/remote.css", "remote.css", "text/css; charset=utf-8", nullptr},
    };
    QString path = ask.path;
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    for (const Page &p : pages) {
        if (path != QLatin1String(p.path))
            continue;
        if (ask.method != "GET")
            return HttpAnswer::methodNotAllowed();
        QFile f(QStringLiteral(":/lan/www/") + QLatin1String(p.file));
        if (!f.open(QIODevice::ReadOnly))
            return HttpAnswer::error(404, QStringLiteral("not_found"));
        HttpAnswer a;
        a.type = p.type;
        a.body = f.readAll();
        a.addHeader("Cache-Control", "no-cache");
        if (p.policy)
            a.addHeader("Content-Security-Policy", p.policy);
        return a;
    }
    return HttpAnswer::none();
}

QString addressText(const QHostAddress &address)
{
    bool v4 = false;
    const quint32 ip = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip).toString() : address.toString();
}

HttpAnswer HttpAnswer::json(int status, const QByteArray &body)
{
    HttpAnswer a;
    a.status = status;
    a.type = "application/json; charset=utf-8";
    a.body = body;
    a.addHeader("Cache-Control", "no-store");
    return a;
}

HttpAnswer HttpAnswer::error(int status, const QString &code, const QString &refusal)
{
    HttpAnswer a = json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), code}}).toJson(QJsonDocument::Compact));
    a.refusal = refusal;
    return a;
}

} // namespace lectern::lan
