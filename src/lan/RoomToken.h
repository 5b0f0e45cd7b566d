#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace lectern::lan {

// The token in the room's sign-in code: an HMAC-SHA256 of the room's secret
// over the meeting and the 15-second window, cut to 64 bits (16 hex digits).
// The server takes the current window and the one before it and nothing
// else, so a photo of the code sent to a friend stops working within 30 s.
// Pure: the time is always given, so tests choose it.
constexpr int kWindowSeconds = 15;

qint64 windowAt(const QDateTime &t);
QString tokenFor(const QByteArray &secret, qint64 meetingId, qint64 window);

enum class TokenCheck { Current, Previous, Stale, Invalid };
// Stale: a well-formed token of an older (or a future) window; Invalid:
// anything else, including another meeting's or another secret's token.
TokenCheck checkToken(const QByteArray &secret, qint64 meetingId, const QString &token, const QDateTime &now);
inline bool accepted(TokenCheck c)
{
    return c == TokenCheck::Current || c == TokenCheck::Previous;
}
// When the token shown now stops being the current one.
QDateTime windowEnd(const QDateTime &now);

} // namespace lectern::lan
