#include "RemoteAccess.h"

#include <QRandomGenerator>

namespace lectern::lan {

void RemoteAccess::setPairingCode(const QString &code, const QDateTime &expires)
{
    m_code = code;
    m_codeExpires = expires;
    m_codeTries = 0;
}

QString RemoteAccess::newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    return token;
}

QString RemoteAccess::pair(const QString &pin, const QString &code, const QDateTime &now)
{
    bool right = false;
    if (!code.isEmpty() && !m_code.isEmpty() && now < m_codeExpires) {
        if (code == m_code) {
            right = true;
            m_code.clear(); // one use
        } else if (++m_codeTries >= kCodeTries) {
            m_code.clear(); // guessed at: void, the console makes another
        }
    }
    if (!right && !pin.isEmpty() && m_checkPin)
        right = m_checkPin(pin);
    if (!right)
        return {};
    const QString token = newToken();
    m_tokens.insert(token, now);
    return token;
}

} // namespace lectern::lan
