#include "RoomToken.h"

#include <QMessageAuthenticationCode>
#include <QTimeZone>

namespace lectern::lan {
namespace {

// How far back a well-formed token is told apart as stale (for the
// operator's log) rather than invalid: an hour of windows.
constexpr int kStaleWindowsLooked = 240;

bool sameText(const QString &a, const QString &b)
{
    // Compared in full whatever differs first, so the answer's timing says nothing.
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a[i].unicode() ^ b[i].unicode();
    return diff == 0;
}

} // namespace

qint64 windowAt(const QDateTime &t)
{
    return t.toSecsSinceEpoch() / kWindowSeconds;
}

QDateTime windowEnd(const QDateTime &now)
{
    return QDateTime::fromSecsSinceEpoch((windowAt(now) + 1) * kWindowSeconds, now.timeZone());
}

QString tokenFor(const QByteArray &secret, qint64 meetingId, qint64 window)
{
    const QByteArray message = "lectern-signin:" + QByteArray::number(meetingId) + ':' + QByteArray::number(window);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(8).toHex());
}

TokenCheck checkToken(const QByteArray &secret, qint64 meetingId, const QString &token, const QDateTime &now)
{
    if (secret.isEmpty() || token.size() != 16)
        return TokenCheck::Invalid;
    const qint64 w = windowAt(now);
    if (sameText(token, tokenFor(secret, meetingId, w)))
        return TokenCheck::Current;
    if (sameText(token, tokenFor(secret, meetingId, w - 1)))
        return TokenCheck::Previous;
    for (int back = 2; back <= kStaleWindowsLooked; ++back)
        if (sameText(token, tokenFor(secret, meetingId, w - back)))
            return TokenCheck::Stale;
    if (sameText(token, tokenFor(secret, meetingId, w + 1)))
        return TokenCheck::Stale; // from a clock ahead: not taken either
    return TokenCheck::Invalid;
}

} // namespace lectern::lan
