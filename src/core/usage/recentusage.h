// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usagerecord.h"

#include <QMutex>

#include <deque>

namespace Switchyard::Usage {

// The last N usage records in memory, for the GUI's live view, the daemon's shutdown summary and
// tests. Thread-safe; recording is a short critical section (a move into a ring).
class RecentUsage final : public UsageSink
{
public:
    explicit RecentUsage(qsizetype capacity = 1000) : m_capacity(capacity) {}
    Q_DISABLE_COPY_MOVE(RecentUsage)

    void record(UsageRecord record) override;
    [[nodiscard]] QList<UsageRecord> records() const;
    [[nodiscard]] qint64 total() const;
    void clear();

private:
    mutable QMutex m_mutex;
    std::deque<UsageRecord> m_records;
    qsizetype m_capacity;
    qint64 m_total = 0;
};

} // namespace Switchyard::Usage
