// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <ctime>

namespace Switchyard::Http {

inline qint64 monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

// A deadline checked by the owner's periodic sweep (every kDeadlineSweepMs) instead of one Qt timer
// per connection and phase: arming and disarming is a store, where a QBasicTimer costs a timer-id
// allocation and a dispatcher registration, several times per request. Deadlines fire up to one
// sweep late, which is fine for timeouts measured in seconds.
struct Deadline
{
    qint64 at = 0; // monotonic ms; 0 = not armed

    void start(int ms) { at = ms > 0 ? monotonicMs() + ms : 0; }
    void stop() { at = 0; }
    [[nodiscard]] bool isActive() const { return at != 0; }
    [[nodiscard]] bool hasExpired(qint64 now) const { return at != 0 && now >= at; }
};

inline constexpr int kDeadlineSweepMs = 50;

} // namespace Switchyard::Http
