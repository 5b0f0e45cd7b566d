#include "RateLimiter.h"

namespace lectern::lan {

namespace {
constexpr qint64 kQuietMs = 60'000;
}

bool RateLimiter::allow(const QString &address, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs > kQuietMs)
        forgetQuiet(nowMs);
    auto it = m_buckets.find(address);
    if (it == m_buckets.end())
        it = m_buckets.insert(address, {double(m_perSecond), nowMs});
    Bucket &b = *it;
    b.tokens = qMin(double(m_perSecond), b.tokens + double(qMax<qint64>(0, nowMs - b.lastMs)) * m_perSecond / 1000.0);
    b.lastMs = qMax(b.lastMs, nowMs);
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

void RateLimiter::forgetQuiet(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = nowMs - it->lastMs > kQuietMs ? m_buckets.erase(it) : std::next(it);
}

} // namespace lectern::lan
