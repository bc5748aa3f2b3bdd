// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

#include <array>
#include <atomic>

namespace Switchyard::Usage {

// Per-thread shards of a structure that every serving thread writes on every request: each thread
// writes its own shard under its own (practically uncontended) lock, and the rare reader locks and
// merges them all. One shared lock taken by every request made the serving threads sleep on each
// other (measured: a third of the hop's CPU went to context switches).
inline int threadShardSlot()
{
    static std::atomic<int> next{0};
    thread_local const int slot = next.fetch_add(1, std::memory_order_relaxed);
    return slot;
}

template<typename T> class ThreadShards
{
public:
    static constexpr int kCount = 16;
    struct Shard
    {
        mutable QMutex mutex;
        T data{};
    };

    Shard &local() { return m_shards[size_t(threadShardSlot() % kCount)]; }
    std::array<Shard, kCount> &all() { return m_shards; }
    const std::array<Shard, kCount> &all() const { return m_shards; }

private:
    std::array<Shard, kCount> m_shards;
};

} // namespace Switchyard::Usage
