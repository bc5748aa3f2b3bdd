// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimits.h"

namespace Switchyard::Api {

namespace {
constexpr qint64 kWindowMs = 60'000;
constexpr int kMaxTrackedPeers = 10'000; // bounded memory under a spray of addresses
} // namespace

bool TokenRateLimiter::tryAcquire(const QString &token, int perMinute, qint64 nowMs, int *retryAfterSecs)
{
    QMutexLocker lock(&m_mutex);
    Window &w = m_windows[token];
    if (nowMs - w.start >= kWindowMs) {
        w.start = nowMs;
        w.count = 0;
    }
    if (w.count >= perMinute) {
        *retryAfterSecs = int((w.start + kWindowMs - nowMs + 999) / 1000);
        return false;
    }
    ++w.count;
    return true;
}

bool AuthFailureLimiter::isBlocked(const QHostAddress &peer, qint64 nowMs, int *retryAfterSecs)
{
    if (m_blocked.load(std::memory_order_relaxed) == 0)
        return false;
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(peer);
    if (it == m_entries.end() || it->blockedUntil == 0)
        return false;
    if (nowMs >= it->blockedUntil) {
        it->blockedUntil = 0;
        it->failures = 0;
        m_blocked.fetch_sub(1, std::memory_order_relaxed);
        return false;
    }
    *retryAfterSecs = int((it->blockedUntil - nowMs + 999) / 1000);
    return true;
}

void AuthFailureLimiter::recordFailure(const QHostAddress &peer, int maxFailures, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxTrackedPeers && !m_entries.contains(peer)) {
        // Forget peers whose window is over before tracking a new one.
        m_entries.removeIf([nowMs](const auto &e) {
            return e.value().blockedUntil == 0 && nowMs - e.value().windowStart >= kWindowMs;
        });
    }
    Entry &e = m_entries[peer];
    if (nowMs - e.windowStart >= kWindowMs) {
        e.windowStart = nowMs;
        e.failures = 0;
    }
    if (++e.failures >= maxFailures && e.blockedUntil == 0) {
        e.blockedUntil = e.windowStart + kWindowMs;
        m_blocked.fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace Switchyard::Api
