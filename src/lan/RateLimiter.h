#pragma once

#include <QHash>
#include <QString>

namespace lectern::lan {

// Requests a second per address, as a token bucket: `perSecond` on average,
// up to `perSecond` at once (a page load fetches its files together). A
// room whose phones all come through one router's address shares one
// bucket, hence the setting (lan.rate_per_address). Time is given in ms, so
// tests choose it. Addresses quiet for a minute are forgotten, so a flood of
// made-up addresses cannot grow it without bound.
class RateLimiter
{
public:
    explicit RateLimiter(int perSecond) : m_perSecond(qMax(1, perSecond)) {}
    bool allow(const QString &address, qint64 nowMs);
    int tracked() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void forgetQuiet(qint64 nowMs);
    int m_perSecond;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace lectern::lan
