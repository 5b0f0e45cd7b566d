#include "AdminPin.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSaveFile>

namespace lectern {
namespace {

constexpr int kMaxWaitSeconds = 300;

// Every byte compared, whatever the first difference: no timing hint.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

AdminPin::AdminPin(const QString &path, int iterations) : m_path(path), m_iterations(iterations) {}

bool AdminPin::wellFormed(const QString &pin)
{
    if (pin.size() < kMinDigits || pin.size() > kMaxDigits)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QByteArray AdminPin::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
}

AdminPin::Stored AdminPin::load() const
{
    Stored s;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    if (o.value(QStringLiteral("algorithm")).toString() != u"pbkdf2-hmac-sha256")
        return s; // unknown or damaged: as if no PIN were set (the caller says so)
    s.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    s.hash = QByteArray::fromBase64(o.value(QStringLiteral("hash")).toString().toLatin1());
    s.iterations = o.value(QStringLiteral("iterations")).toInt();
    s.failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
    s.lastFailure = QDateTime::fromString(o.value(QStringLiteral("last_failure")).toString(), Qt::ISODateWithMs);
    if (s.salt.size() < 16 || s.hash.size() != 32 || s.iterations < 1)
        s = {};
    return s;
}

bool AdminPin::save(const Stored &s) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject o{{"algorithm", "pbkdf2-hmac-sha256"},
                        {"iterations", s.iterations},
                        {"salt", QString::fromLatin1(s.salt.toBase64())},
                        {"hash", QString::fromLatin1(s.hash.toBase64())},
                        {"failures", s.failures},
                        {"last_failure", s.lastFailure.isValid() ? s.lastFailure.toString(Qt::ISODateWithMs) : QString()}};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return false;
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool AdminPin::isSet() const
{
    return !load().hash.isEmpty();
}

int AdminPin::secondsToWait() const
{
    const Stored s = load();
    if (s.failures == 0 || !s.lastFailure.isValid())
        return 0;
    const int wait = int(std::min<qint64>(kMaxWaitSeconds, qint64(1) << std::min(s.failures - 1, 20)));
    const qint64 since = s.lastFailure.secsTo(m_now());
    return since >= wait ? 0 : int(wait - std::max<qint64>(0, since));
}

AdminPin::Check AdminPin::check(const QString &pin)
{
    Stored s = load();
    if (s.hash.isEmpty())
        return Check::NotSet;
    if (secondsToWait() > 0)
        return Check::Waiting;
    if (wellFormed(pin) && sameBytes(derive(pin, s.salt, s.iterations), s.hash)) {
        if (s.failures != 0) {
            s.failures = 0;
            s.lastFailure = {};
            save(s);
        }
        return Check::Right;
    }
    ++s.failures;
    s.lastFailure = m_now();
    save(s);
    return Check::Wrong;
}

AdminPin::SetResult AdminPin::set(const QString &pin, const QString &current)
{
    if (!wellFormed(pin))
        return SetResult::BadFormat;
    if (isSet()) {
        switch (check(current)) {
        case Check::Right: break;
        case Check::Waiting: return SetResult::Waiting;
        default: return SetResult::WrongCurrent;
        }
    }
    Stored s;
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    s.salt = QByteArray(reinterpret_cast<const char *>(words), sizeof words);
    s.iterations = m_iterations;
    s.hash = derive(pin, s.salt, s.iterations);
    return save(s) ? SetResult::Done : SetResult::CannotSave;
}

} // namespace lectern
