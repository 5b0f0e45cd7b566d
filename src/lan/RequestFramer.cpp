#include "RequestFramer.h"

#include <QList>

namespace lectern::lan {

RequestFramer::Verdict RequestFramer::feed(const QByteArray &bytes)
{
    qsizetype at = 0;
    while (at < bytes.size() && m_final == Verdict::More) {
        if (m_inBody) {
            const qint64 take = qMin<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= take;
            at += take;
            if (m_bodyLeft == 0) {
                m_inBody = false;
                ++m_done;
            }
            continue;
        }
        const qsizetype before = m_header.size();
        m_header.append(bytes.constData() + at, qMin<qsizetype>(bytes.size() - at, m_maxHeader + 4 - before));
        const qsizetype end = m_header.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_header.size() > m_maxHeader)
                m_final = Verdict::HeaderTooLarge;
            return m_final; // the rest of the header is still to come
        }
        at += end + 4 - before;
        m_header.truncate(end + 4);
        m_final = headerDone();
    }
    return m_final;
}

RequestFramer::Verdict RequestFramer::headerDone()
{
    qint64 length = 0;
    bool chunked = false;
    bool upgrade = false;
    const QList<QByteArray> lines = m_header.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                length = m_maxBody + 1; // unreadable: treated as too large, never as none
        } else if (name == "transfer-encoding" && !value.isEmpty() && value.toLower() != "identity") {
            chunked = true;
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            upgrade = true;
        }
    }
    m_header.clear();
    if (upgrade)
        return Verdict::Upgrade;
    if (chunked)
        return Verdict::LengthRequired;
    if (length > m_maxBody)
        return Verdict::TooLarge;
    m_bodyLeft = length;
    m_inBody = length > 0;
    if (!m_inBody)
        ++m_done;
    return Verdict::More;
}

} // namespace lectern::lan
