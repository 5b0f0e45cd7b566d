#include "PhoneSimulator.h"

#include "RoomToken.h"

#include <QDateTime>
#include <QTcpSocket>

namespace lectern::lan {

struct PhoneSimulator::Phone
{
    int index = 0;
    qint64 personId = 0;
    QString query;
    QHostAddress source;
    QByteArray cookie;
    int stage = 0; // 0 scan, 1 search, 2 sign in, 3 done
    QElapsedTimer sent;
};

namespace {

QByteArray post(const QByteArray &path, const QByteArray &cookie, const QByteArray &body)
{
    return "POST " + path + " HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\nCookie: lectern_phone=" + cookie
           + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// 127.0.0.2, 127.0.0.3, … 127.0.0.254, 127.0.1.1, …
QHostAddress sourceFor(int i)
{
    return QHostAddress(quint32((127u << 24) | (quint32(i / 253) << 8) | quint32(2 + i % 253)));
}

} // namespace

PhoneSimulator::PhoneSimulator(const Plan &plan, QObject *parent) : QObject(parent), m_plan(plan) {}

void PhoneSimulator::start()
{
    m_clock.start();
    for (int i = 0; i < m_plan.concurrent; ++i)
        next();
    if (m_running == 0)
        emit finished();
}

void PhoneSimulator::next()
{
    if (m_started >= m_plan.people.size())
        return;
    auto *phone = new Phone;
    phone->index = m_started;
    phone->personId = m_plan.people[m_started].first;
    phone->query = m_plan.people[m_started].second;
    phone->source = sourceFor(m_started);
    ++m_started;
    ++m_running;
    step(phone);
}

void PhoneSimulator::step(Phone *phone)
{
    switch (phone->stage) {
    case 0: {
        const QString token = tokenFor(m_plan.secret, m_plan.meetingId, windowAt(QDateTime::currentDateTime()));
        request(phone, "GET /s/" + QByteArray::number(m_plan.meetingId) + '/' + token.toLatin1()
                           + " HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\n\r\n");
        break;
    }
    case 1:
        request(phone, post("/api/v1/search", phone->cookie, "{\"q\":\"" + phone->query.toUtf8() + "\"}"));
        break;
    case 2: {
        QByteArray strokes = "[[[10,40,0]";
        for (int k = 1; k < 24; ++k)
            strokes += ",[" + QByteArray::number(10 + k * 9) + ',' + QByteArray::number(40 + (k % 2 ? 25 : -25)) + ',' + QByteArray::number(k * 16) + ']';
        strokes += "]]";
        phone->sent.start();
        request(phone, post("/api/v1/signin", phone->cookie,
                            "{\"person_id\":" + QByteArray::number(phone->personId) + ",\"signature\":{\"w\":300,\"h\":150,\"strokes\":" + strokes + "}}"));
        break;
    }
    default:
        delete phone;
        --m_running;
        next();
        if (m_running == 0) {
            m_results.seconds = m_clock.elapsed() / 1000.0;
            emit finished();
        }
    }
}

void PhoneSimulator::request(Phone *phone, const QByteArray &bytes)
{
    auto *socket = new QTcpSocket(this);
    auto *got = new QByteArray;
    socket->bind(phone->source);
    auto finish = [this, phone, socket, got](bool answered) {
        const int status = got->startsWith("HTTP/1.1 ") ? got->mid(9, 3).toInt() : 0;
        if (phone->stage == 0) {
            const qsizetype at = got->indexOf("lectern_phone=");
            phone->cookie = at < 0 ? QByteArray() : got->mid(at + 14, 32);
            phone->stage = phone->cookie.isEmpty() ? 3 : 1;
            if (phone->cookie.isEmpty())
                answered ? ++m_results.refused : ++m_results.failed;
        } else if (phone->stage == 1) {
            phone->stage = status == 200 ? 2 : 3;
            if (status != 200)
                answered ? ++m_results.refused : ++m_results.failed;
        } else {
            if (status == 200) {
                ++m_results.signedIn;
                m_results.acknowledged.append(phone->personId);
                m_results.signInMs.append(phone->sent.nsecsElapsed() / 1e6);
            } else {
                answered ? ++m_results.refused : ++m_results.failed;
            }
            phone->stage = 3;
        }
        delete got;
        socket->deleteLater();
        QMetaObject::invokeMethod(this, [this, phone] { step(phone); }, Qt::QueuedConnection);
    };
    auto done = std::make_shared<bool>(false);
    connect(socket, &QTcpSocket::connected, socket, [socket, bytes] { socket->write(bytes); });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, got, done, finish] {
        if (*done)
            return; // answered already (got is gone)
        got->append(socket->readAll());
        const qsizetype end = got->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype cl = got->toLower().indexOf("content-length:");
        const qint64 length = cl < 0 ? 0 : got->mid(cl + 15, got->indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        if (got->size() >= end + 4 + length) {
            *done = true;
            finish(true);
        }
    });
    connect(socket, &QTcpSocket::disconnected, socket, [done, finish] {
        if (!*done) {
            *done = true;
            finish(false);
        }
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, [done, finish](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError || *done)
            return; // disconnected says it
        *done = true;
        finish(false);
    });
    socket->connectToHost(QHostAddress::LocalHost, m_plan.port);
}

} // namespace lectern::lan
