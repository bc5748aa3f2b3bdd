// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadshards.h"
#include "usagerecord.h"

#include <atomic>
#include <deque>

namespace Switchyard::Usage {

// The last N usage records in memory, for the GUI's live view, the daemon's shutdown summary and
// tests. Thread-safe; recording is a move into the calling thread's own ring.
class RecentUsage final : public UsageSink
{
public:
    explicit RecentUsage(qsizetype capacity = 1000) : m_capacity(capacity) {}
    Q_DISABLE_COPY_MOVE(RecentUsage)

    void record(const UsageRecord &record) override;
    [[nodiscard]] QList<UsageRecord> records() const;
    [[nodiscard]] qint64 total() const;
    void clear();

private:
    struct Ring
    {
        std::deque<std::pair<qint64, UsageRecord>> records; // with their sequence number
    };
    ThreadShards<Ring> m_shards;
    qsizetype m_capacity;
    std::atomic<qint64> m_sequence{0}; // orders records across shards
    std::atomic<qint64> m_total{0};
};

} // namespace Switchyard::Usage
