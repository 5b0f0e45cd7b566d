#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>

namespace lectern::lan {

// Phones signing in, for the load test and the benchmark: each phone from a
// loopback address of its own (127.0.0.2 and up, as real phones have their
// own), with a cookie jar of its own, scans the code (a fresh token),
// searches for its person, and signs with strokes; `concurrent` phones at a
// time until `people` are done. Raw HTTP/1.1 on QTcpSocket, one connection
// per request, no Qt HTTP client in between: what is timed is the server.
class PhoneSimulator : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        quint16 port = 0;
        qint64 meetingId = 0;
        QByteArray secret;                  // the room's, to make the code's token
        QList<QPair<qint64, QString>> people; // person id, what their phone types
        int concurrent = 50;
    };
    struct Results
    {
        int signedIn = 0;              // 200: acknowledged
        int refused = 0;               // answered otherwise
        int failed = 0;                // no answer (connection lost)
        QList<qint64> acknowledged;    // the people a phone was told of
        QList<double> signInMs;        // each sign-in's answer time
        double seconds = 0;
    };

    explicit PhoneSimulator(const Plan &plan, QObject *parent = nullptr);
    void start();
    const Results &results() const { return m_results; }

signals:
    void finished();

private:
    struct Phone;
    void next();
    void step(Phone *phone);
    void request(Phone *phone, const QByteArray &bytes);

    Plan m_plan;
    Results m_results;
    int m_started = 0;
    int m_running = 0;
    QElapsedTimer m_clock;
};

} // namespace lectern::lan
