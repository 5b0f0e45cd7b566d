#pragma once

#include <QByteArray>

namespace lectern::lan {

// Where one HTTP/1.1 request ends in a connection's bytes, told apart
// without reading any body: the header block (up to a limit), its
// Content-Length (a body over the limit is refused from the header alone),
// a chunked body (refused: phones send lengths), an upgrade to a WebSocket
// (from then on the bytes are not HTTP). Fed the bytes as they arrive, in
// pieces of any size; pure, so it is fuzzed on its own.
class RequestFramer
{
public:
    RequestFramer(qint64 maxBody, int maxHeader) : m_maxBody(maxBody), m_maxHeader(maxHeader) {}

    enum class Verdict { More, TooLarge, HeaderTooLarge, LengthRequired, Upgrade };
    // Takes the next bytes; More while all is well (requestsDone() counts
    // the complete requests so far); anything else is final.
    Verdict feed(const QByteArray &bytes);
    bool midRequest() const { return m_inBody || !m_header.isEmpty(); }
    int requestsDone() const { return m_done; }

private:
    Verdict headerDone();

    qint64 m_maxBody;
    int m_maxHeader;
    QByteArray m_header;
    qint64 m_bodyLeft = 0;
    bool m_inBody = false;
    int m_done = 0;
    Verdict m_final = Verdict::More;
};

} // namespace lectern::lan
