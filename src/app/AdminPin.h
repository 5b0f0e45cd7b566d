#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

namespace lectern {

// The administrator's PIN, which guards leaving the kiosk, settings, exports
// and administrator actions. Set the first time an administrator function is
// opened; kept only as a salted slow hash: PBKDF2-HMAC-SHA256 (Qt's
// QPasswordDigestor, built on QCryptographicHash) with kIterations rounds and
// a 16-byte random salt, in a JSON file of the data folder. After a wrong PIN
// the next try must wait, 1 s doubling with every further failure up to
// 5 minutes — counted in the file, so a restart does not reset it.
class AdminPin
{
public:
    static constexpr int kIterations = 200000;
    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 12;

    explicit AdminPin(const QString &path, int iterations = kIterations);

    bool isSet() const;

    enum class SetResult { Done, BadFormat, WrongCurrent, Waiting, CannotSave };
    // The first PIN needs no current one; replacing it does.
    SetResult set(const QString &pin, const QString &current = {});

    enum class Check { Right, Wrong, Waiting, NotSet };
    Check check(const QString &pin);

    // How long before the next try is taken (0: now).
    int secondsToWait() const;

    // For tests: the time it is.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    static bool wellFormed(const QString &pin); // 4–12 digits

private:
    struct Stored
    {
        QByteArray salt;
        QByteArray hash;
        int iterations = 0;
        int failures = 0;
        QDateTime lastFailure;
    };
    Stored load() const;
    bool save(const Stored &s) const;
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);

    QString m_path;
    int m_iterations;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace lectern
