#include "LanServer.h"

#include "PhoneApi.h"
#include "RemoteApi.h"
#include "RoomSecret.h"
#include "meeting/DatabaseWatcher.h"
#include "meeting/MeetingStore.h"
#include "meeting/PhoneSignIn.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QWebSocket>

namespace lectern::lan {
namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

void write(const HttpAnswer &a, QHttpServerResponder responder)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(a.status));
    if (!a.type.isEmpty())
        responder.writeHeader("Content-Type", a.type);
    responder.writeHeader("Content-Length", QByteArray::number(a.body.size()));
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeHeader("X-Frame-Options", "DENY");
    for (const auto &[name, value] : a.headers)
        responder.writeHeader(name, value);
    responder.writeBody(a.body);
}

} // namespace

LanServer::LanServer(const LanSetup &setup, QObject *parent)
    : QAbstractHttpServer(parent), m_setup(setup), m_limiter(setup.ratePerAddress), m_access(setup.checkPin)
{
    m_clock.start();
    m_remote = std::make_unique<RemoteApi>(m_access, m_hub);
    connect(&m_hub, &RemoteHub::command, this, &LanServer::remoteCommand);
    connect(&m_hub, &RemoteHub::connectedChanged, this, &LanServer::remotesChanged);
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
            if (socket && socket->requestUrl().path() == QLatin1String(RemoteApi::kSocketPath))
                m_hub.add(std::move(socket));
            else if (socket)
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        }
    });
}

void LanServer::publish(const QByteArray &state)
{
    m_hub.publish(state);
}

void LanServer::setPairingCode(const QString &code, const QDateTime &expires)
{
    m_access.setPairingCode(code, expires);
}

LanServer::~LanServer() = default;

QString LanServer::start()
{
    QString error;
    const QByteArray secret = m_setup.secret.isEmpty() ? roomSecret(m_setup.dataDir, &error) : m_setup.secret;
    if (secret.isEmpty())
        return error;
    try {
        m_store = MeetingStore::workerConnection(m_setup.dataDir);
    } catch (const store::StoreError &e) {
        return e.message();
    }
    m_phone = std::make_unique<PhoneApi>(m_store->db(), secret);
    m_phone->signedIn = [this](qint64 meetingId, const QString &name, const QString &unit, const QDateTime &at) {
        emit phoneSignedIn(meetingId, name, unit, at);
    };
    // A changed expected list (the console, another process) is searched afresh.
    m_watcher = std::make_unique<DatabaseWatcher>(m_store->path(), m_store->db());
    connect(m_watcher.get(), &DatabaseWatcher::changed, this, [this] { m_phone->forgetPeople(); });

    QList<QHostAddress> addresses = m_setup.listen;
    if (addresses.isEmpty())
        addresses.append(QHostAddress::Any);
    quint16 port = m_setup.port;
    for (const QHostAddress &address : addresses) {
        auto *tcp = new GuardedTcpServer(m_setup.limits, this);
        if (!tcp->listen(address, port)) {
            const QString why = tcp->errorString();
            delete tcp;
            return QCoreApplication::translate("lectern::lan", "cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(why);
        }
        port = tcp->serverPort(); // port 0 asks for any: every address then takes the same one
        connect(tcp, &GuardedTcpServer::openChanged, this, [this] { emit connectionsChanged(openConnections()); });
        connect(tcp, &GuardedTcpServer::refused, this, [this](const QString &reason, const QString &address) { logRefusal(0, reason, address); });
        bind(tcp);
    }
    m_port = port;
    return {};
}

int LanServer::openConnections() const
{
    int n = 0;
    for (QTcpServer *s : servers())
        if (auto *g = qobject_cast<GuardedTcpServer *>(s))
            n += g->open();
    return n;
}

void LanServer::logRefusal(qint64 meetingId, const QString &reason, const QString &address)
{
    // Once a minute for one meeting, reason and address: a flood of the
    // same refusal must not become a flood of disk writes (nor of log lines).
    const QString key = QStringLiteral("%1 %2 %3").arg(meetingId).arg(reason, address);
    const qint64 nowMs = m_clock.elapsed();
    const auto logged = m_logged.constFind(key);
    if (logged != m_logged.cend() && nowMs - *logged <= 60'000)
        return;
    if (m_logged.size() > 10'000)
        m_logged.clear(); // a flood of made-up addresses: start the minute afresh rather than grow
    m_logged.insert(key, nowMs);
    emit refused(reason, address);
    try {
        phone::refuse(m_store->db(), meetingId, {QDateTime::currentDateTime(), address, reason, {}});
    } catch (const store::StoreError &) {
        // The log of refusals is for the operator's eyes: a full disk must not turn a refusal into a crash.
    }
}

bool LanServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpAsk ask;
    ask.method = methodName(request.method());
    ask.path = request.url().path();
    for (const auto &[name, value] : request.headers())
        ask.headers.insert(name.toLower(), value);
    ask.body = request.body();
    ask.address = addressText(request.remoteAddress());

    HttpAnswer answer;
    const qint64 nowMs = m_clock.elapsed();
    if (!m_limiter.allow(ask.address, nowMs)) {
        answer = HttpAnswer::error(429, QStringLiteral("rate_limited"));
        answer.addHeader("Retry-After", "1");
        logRefusal(0, QStringLiteral("rate_limited"), ask.address);
    } else if (ask.path == QLatin1String(RemoteApi::kSocketPath) && ask.header("upgrade").toLower() == "websocket") {
        // Qt 6.4 hands a WebSocket upgrade to its WebSocket server only when
        // the handler took the request and wrote nothing (PRODUCT.md).
        return true;
    } else {
        try {
            answer = page(ask);
            if (answer.status == 0)
                answer = m_phone->handle(ask);
            if (answer.status == 0)
                answer = m_remote->handle(ask);
            if (answer.status == 0)
                answer = HttpAnswer::error(404, QStringLiteral("not_found"));
        } catch (const store::StoreError &e) {
            // Nothing is acknowledged that is not on the disk.
            answer = HttpAnswer::error(503, QStringLiteral("store"));
            qWarning("lan: %s", qPrintable(e.message()));
        }
        if (!answer.refusal.isEmpty())
            logRefusal(answer.meetingId, answer.refusal, ask.address);
    }
    write(answer, makeResponder(request, socket));
    return true;
}

void LanServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(HttpAnswer::error(404, QStringLiteral("not_found")), makeResponder(request, socket));
}

} // namespace lectern::lan
