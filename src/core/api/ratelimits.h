// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QString>

#include <atomic>

namespace Switchyard::Api {

// Requests per minute per app token: a fixed one-minute window per token. Shared by the workers.
class TokenRateLimiter final
{
public:
    // True when the request may go ahead; otherwise *retryAfterSecs says when the window ends.
    bool tryAcquire(const QString &token, int perMinute, qint64 nowMs, int *retryAfterSecs);

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

// Failed authentication per peer address: after `maxFailures` in a minute the peer is refused (429)
// until the minute is over, so tokens cannot be guessed at speed. The common case, no peer blocked,
// costs one atomic load.
class AuthFailureLimiter final
{
public:
    bool isBlocked(const QHostAddress &peer, qint64 nowMs, int *retryAfterSecs);
    void recordFailure(const QHostAddress &peer, int maxFailures, qint64 nowMs);

private:
    struct Entry
    {
        qint64 windowStart = 0;
        int failures = 0;
        qint64 blockedUntil = 0;
    };
    QMutex m_mutex;
    QHash<QHostAddress, Entry> m_entries;
    std::atomic<int> m_blocked{0};
};

} // namespace Switchyard::Api
