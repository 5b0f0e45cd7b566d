#include "RemoteHub.h"

#include "RemoteAccess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

namespace lectern::lan {
namespace {

constexpr int kPingMs = 5000;
constexpr int kSilentMs = 15000;
constexpr int kMaxMessage = 4096; // a command is a few words

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

RemoteHub::RemoteHub(RemoteAccess &access, QObject *parent) : QObject(parent), m_access(access)
{
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &RemoteHub::ping);
}

RemoteHub::~RemoteHub()
{
    for (QWebSocket *s : m_clients.keys())
        delete s;
}

bool RemoteHub::isCommand(const QString &c)
{
    static const QStringList known{QStringLiteral("start"),        QStringLiteral("pause"),         QStringLiteral("toggle"),
                                   QStringLiteral("faster"),       QStringLiteral("slower"),        QStringLiteral("next_section"),
                                   QStringLiteral("previous_section"), QStringLiteral("next_item"), QStringLiteral("blank"),
                                   QStringLiteral("show"),         QStringLiteral("look_up")};
    return known.contains(c);
}

void RemoteHub::add(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(kMaxMessage);
    socket->setMaxAllowedIncomingFrameSize(kMaxMessage);
    m_clients.insert(socket, {false, false, nowMs()});
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &m) { received(socket, m); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_clients.find(socket); it != m_clients.end())
            it->lastHeardMs = nowMs();
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    if (!m_ping.isActive())
        m_ping.start();
    emit connectedChanged(connected());
}

void RemoteHub::drop(QWebSocket *socket)
{
    if (m_clients.remove(socket) == 0)
        return;
    socket->deleteLater();
    if (m_clients.isEmpty())
        m_ping.stop();
    emit connectedChanged(connected());
}

void RemoteHub::send(QWebSocket *socket, const QByteArray &json)
{
    socket->sendTextMessage(QString::fromUtf8(json));
}

void RemoteHub::received(QWebSocket *socket, const QString &message)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    it->lastHeardMs = nowMs();
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    if (o.contains(u"hello")) {
        it->greeted = true;
        it->control = m_access.isControl(o.value(u"hello").toString());
        const QByteArray role = it->control ? "control" : "view";
        send(socket, "{\"role\":\"" + role + "\",\"state\":" + m_state + "}");
        return;
    }
    const QString asked = o.value(u"cmd").toString();
    if (!it->greeted || !isCommand(asked)) {
        send(socket, R"({"error":"unknown_command"})");
        return;
    }
    if (!it->control) {
        send(socket, R"({"error":"view_only"})");
        return;
    }
    emit command(asked);
}

void RemoteHub::publish(const QByteArray &state)
{
    m_state = state;
    const QByteArray message = "{\"state\":" + state + "}";
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
        if (it->greeted)
            send(it.key(), message);
}

void RemoteHub::ping()
{
    const qint64 now = nowMs();
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *s : sockets) {
        if (now - m_clients.value(s).lastHeardMs > kSilentMs)
            s->abort(); // disconnected → dropped
        else
            s->ping();
    }
}

} // namespace lectern::lan
