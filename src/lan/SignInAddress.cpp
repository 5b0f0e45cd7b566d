#include "SignInAddress.h"

#include "RoomToken.h"

#include <QNetworkInterface>

namespace lectern::lan {
namespace {

bool usable(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isNull() && a != QHostAddress::AnyIPv4;
}

QString escaped(QString s)
{
    for (const char *c : {"\\", ";", ",", ":", "\""})
        s.replace(QLatin1String(c), QLatin1String("\\") + QLatin1String(c));
    return s;
}

} // namespace

QString hostForPhones(const QString &configured, const QList<QHostAddress> &listen)
{
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    for (const QHostAddress &a : listen)
        if (usable(a))
            return a.toString();
    const bool everywhere = listen.isEmpty() || std::any_of(listen.begin(), listen.end(), [](const QHostAddress &a) {
        return a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
    });
    if (everywhere)
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (usable(a))
                return a.toString();
    return QStringLiteral("127.0.0.1");
}

QString baseUrl(const QString &host, quint16 port)
{
    const bool v6 = host.contains(u':');
    return QStringLiteral("http://%1:%2").arg(v6 ? u'[' + host + u']' : host).arg(port);
}

QString signInUrl(const QString &base, const QByteArray &secret, qint64 meetingId, const QDateTime &now)
{
    return QStringLiteral("%1/s/%2/%3").arg(base).arg(meetingId).arg(tokenFor(secret, meetingId, windowAt(now)));
}

QString wifiCode(const QString &ssid, const QString &password, const QString &security)
{
    if (ssid.isEmpty())
        return {};
    const QString type = security.isEmpty() ? QStringLiteral("WPA") : security;
    if (type == u"nopass")
        return QStringLiteral("WIFI:T:nopass;S:%1;;").arg(escaped(ssid));
    return QStringLiteral("WIFI:T:%1;S:%2;P:%3;;").arg(type, escaped(ssid), escaped(password));
}

} // namespace lectern::lan
