// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentusage.h"

#include <algorithm>

namespace Switchyard::Usage {

void RecentUsage::record(const UsageRecord &record)
{
    const qint64 sequence = m_sequence.fetch_add(1, std::memory_order_relaxed);
    auto &shard = m_shards.local();
    QMutexLocker lock(&shard.mutex);
    shard.data.records.emplace_back(sequence, record);
    // Logged bodies (up to a MiB each) live in the store, not in a ring of a thousand records.
    UsageRecord &kept = shard.data.records.back().second;
    kept.requestBody.clear();
    kept.responseBody.clear();
    kept.requestHeaders.clear();
    kept.upstreamHeaders.clear();
    if (qsizetype(shard.data.records.size()) > m_capacity)
        shard.data.records.pop_front();
    // Counted once it is readable: whoever sees the count grow finds the record.
    m_total.fetch_add(1, std::memory_order_release);
}

QList<UsageRecord> RecentUsage::records() const
{
    std::vector<const std::pair<qint64, UsageRecord> *> all;
    for (const auto &shard : m_shards.all()) {
        shard.mutex.lock();
        for (const auto &entry : shard.data.records)
            all.push_back(&entry);
    }
    std::sort(all.begin(), all.end(), [](auto *a, auto *b) { return a->first < b->first; });
    const size_t skip = all.size() > size_t(m_capacity) ? all.size() - size_t(m_capacity) : 0;
    QList<UsageRecord> out;
    out.reserve(qsizetype(all.size() - skip));
    for (size_t i = skip; i < all.size(); ++i)
        out.append(all[i]->second);
    for (const auto &shard : m_shards.all())
        shard.mutex.unlock();
    return out;
}

qint64 RecentUsage::total() const
{
    return m_total.load(std::memory_order_acquire);
}

void RecentUsage::clear()
{
    for (auto &shard : m_shards.all()) {
        QMutexLocker lock(&shard.mutex);
        shard.data.records.clear();
    }
    m_sequence.store(0);
    m_total.store(0);
}

} // namespace Switchyard::Usage
