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

HttpAnswer HttpAnswer::json(int status, const QByteArray &body)
{
    HttpAnswer a;
    a.status = status;
    a.type = "application/json; charset=utf-8";
    a.body = body;
    a.addHeader("Cache-Control", "no-store");
    return a;
}

HttpAnswer HttpAnswer::asset(const QString &name, const QByteArray &type)
{
    QFile f(QStringLiteral(":/lan/www/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return error(404, QStringLiteral("not_found"));
    HttpAnswer a;
    a.type = type;
    a.body = f.readAll();
    a.addHeader("Cache-Control", "no-cache");
    return a;
}

HttpAnswer HttpAnswer::error(int status, const QString &code, const QString &refusal)
{
    HttpAnswer a = json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), code}}).toJson(QJsonDocument::Compact));
    a.refusal = refusal;
    return a;
}

} // namespace lectern::lan
