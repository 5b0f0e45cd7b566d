#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <QStringList>

// The seal's hash chain as it is stored and checked: on a kiosk (Seal.cpp)
// and on the central store (central/CentralVerify), one definition for both.
namespace lectern::seal::chain {

// One link as it is (or was) stored: its place, what row it covers, that
// row's content and the hash.
struct Link
{
    int seq = 0;
    QString what;
    qint64 ref = 0;
    QString content;
    QString hash;
};

inline QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Each link's hash covers the one before.
inline QString next(const QString &previous, const QString &content)
{
    return sha256((previous + u'\n' + content).toUtf8());
}

// A link's content: fields joined by a separator no field holds (U+001F,
// the unit separator), escaped where one does.
constexpr QChar kSeparator = QChar(0x1F);
inline QString escaped(QString value)
{
    return value.replace(kSeparator, QStringLiteral("\\u001f"));
}

} // namespace lectern::seal::chain
