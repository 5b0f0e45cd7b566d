#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <functional>

namespace lectern::lan {

// Who may drive the kiosk from a phone or tablet (the operator's remote):
// a remote pairs once, by the administrator's PIN or by the one-time code
// the console shows (six digits, five minutes, one use; ten wrong tries and
// it is void), and is given a token it presents from then on. Without one a
// remote is view-only (a chair's tablet: timers, counts, the item). Tokens
// live as long as the kiosk runs. Pure: the time is given.
class RemoteAccess
{
public:
    using PinCheck = std::function<bool(const QString &pin)>;
    explicit RemoteAccess(PinCheck checkPin = {}) : m_checkPin(std::move(checkPin)) {}

    // A new code for the console (replaces any earlier one).
    void setPairingCode(const QString &code, const QDateTime &expires);
    // A token for a control remote, or "" when neither the PIN nor the code is right.
    QString pair(const QString &pin, const QString &code, const QDateTime &now);
    bool isControl(const QString &token) const { return !token.isEmpty() && m_tokens.contains(token); }
    int paired() const { return int(m_tokens.size()); }

    static constexpr int kCodeTries = 10;

private:
    QString newToken();

    PinCheck m_checkPin;
    QString m_code;
    QDateTime m_codeExpires;
    int m_codeTries = 0;
    QHash<QString, QDateTime> m_tokens; // token → when paired
};

} // namespace lectern::lan
