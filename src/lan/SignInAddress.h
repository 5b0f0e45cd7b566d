#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace lectern::lan {

// The address phones are sent to: the configured host (lan.host), else the
// first address of this machine on the room's network (IPv4, not loopback)
// among those listened on, else 127.0.0.1 (a kiosk without a network).
QString hostForPhones(const QString &configured, const QList<QHostAddress> &listen);
QString baseUrl(const QString &host, quint16 port); // http://192.168.1.20:8080

// What the room's code holds at `now`: base/s/<meeting>/<token>.
QString signInUrl(const QString &base, const QByteArray &secret, qint64 meetingId, const QDateTime &now);

// A Wi-Fi code phones join by (WIFI:T:WPA;S:…;P:…;;), with \ ; , : " escaped
// as the format asks; "" without a network name. security: WPA, WEP or
// nopass.
QString wifiCode(const QString &ssid, const QString &password, const QString &security);

} // namespace lectern::lan
