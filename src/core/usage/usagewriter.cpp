// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagewriter.h"

#include "pricing.h"
#include "providers/modelcatalog.h"
#include "usagestore.h"

#include <QDateTime>

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcUsage)

namespace Switchyard::Usage {

namespace {
constexpr qint64 kDayMs = 86'400'000;

} // namespace

UsageWriter::UsageWriter(QString path, Options options) : m_path(std::move(path)), m_options(options) {}

UsageWriter::~UsageWriter()
{
    stop();
}

bool UsageWriter::start(QString *error)
{
    // Open once here, on the caller's thread, so that a bad path or a newer schema is reported at
    // start-up; the writer thread then opens its own connection.
    {
        UsageStore probe;
        if (!probe.open(m_path, error))
            return false;
    }
    std::lock_guard lock(m_mutex);
    m_started = true;
    m_thread = std::thread([this] { run(); });
    return true;
}

void UsageWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_started)
            return;
        m_stopping = true;
        m_started = false;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void UsageWriter::record(const UsageRecord &record)
{
    // Into the calling thread's own queue: serving threads never wait on each other here.
    if (m_queued.load(std::memory_order_relaxed) >= m_options.maxQueued) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    {
        auto &shard = m_queues.local();
        QMutexLocker lock(&shard.mutex);
        shard.data.push_back(record);
    }
    m_enqueued.fetch_add(1, std::memory_order_release);
    if (m_queued.fetch_add(1, std::memory_order_relaxed) + 1 == m_options.batchSize)
        m_wake.notify_one(); // a full batch: no need to wait for the timer
}

void UsageWriter::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        return;
    const qint64 target = m_enqueued.load(std::memory_order_acquire);
    // A target, not a flag: a flag left set by a flush that the writer had already satisfied made it
    // wake at once on its next pass and commit a batch of whatever had just arrived.
    if (m_written.load() + m_dropped.load() >= target)
        return;
    m_flushTarget = std::max(m_flushTarget, target);
    m_wake.notify_one();
    m_flushed.wait(lock, [&] {
        return m_written.load() + m_dropped.load() >= target || !m_thread.joinable() || m_stopping;
    });
}

qint64 UsageWriter::written() const
{
    return m_written.load();
}

qint64 UsageWriter::dropped() const
{
    return m_dropped.load();
}

QString UsageWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void UsageWriter::run()
{
    // The writer yields the CPU to the serving threads when both want it (nice +5 for this thread
    // only, Linux keeps a nice value per thread): requests go first, and the writer still gets about a
    // quarter of a core against a busy worker, far more than it needs at the speeds it must sustain.
    ::setpriority(PRIO_PROCESS, id_t(::gettid()), 5);
    // Named like the serving threads (sy-worker-N), so that top -H and bench/run.sh can tell it apart.
    ::pthread_setname_np(::pthread_self(), "sy-usage");
    UsageStore store;
    QString error;
    if (!store.open(m_path, &error)) {
        std::lock_guard lock(m_mutex);
        m_lastError = error;
        qCWarning(lcUsage) << "usage store unavailable:" << error;
    }
    qint64 lastPurge = 0;
    // Each serving thread's queue is swapped for an empty one (the vector this thread emptied last
    // time, capacity kept): the serving thread's lock is held for a swap, not a copy, and neither side
    // grows a vector again once traffic is steady. The records stay where they are until written.
    std::array<std::vector<UsageRecord>, decltype(m_queues)::kCount> taken;
    std::vector<PricedRecord> batch;
    while (true) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.flushIntervalMs), [&] {
                return m_stopping || m_flushTarget > m_written.load() + m_dropped.load() ||
                       m_queued.load() >= m_options.batchSize;
            });
            stopping = m_stopping;
        }
        for (size_t i = 0; i < taken.size(); ++i) {
            auto &shard = m_queues.all()[i];
            QMutexLocker lock(&shard.mutex);
            if (!shard.data.empty())
                taken[i].swap(shard.data);
        }
        batch.clear();
        for (std::vector<UsageRecord> &records : taken) {
            for (const UsageRecord &r : records)
                batch.push_back({&r, r.costMicros ? r.costMicros : priceOf(r)});
        }
        m_queued.fetch_sub(qint64(batch.size()));
        // The per-thread queues interleave: rows go in the order the requests started. (Pointers are
        // sorted, not the records: a record is a few hundred bytes to move.)
        std::stable_sort(batch.begin(), batch.end(), [](const PricedRecord &a, const PricedRecord &b) {
            return a.record->startedAtMs < b.record->startedAtMs;
        });
        if (!batch.empty()) {
            const bool ok = store.isOpen() && store.insert(batch, &error);
            std::lock_guard lock(m_mutex);
            if (ok) {
                m_written += qint64(batch.size());
            } else {
                // Kept counted, so that flush() returns; the reason is reported.
                m_dropped += qint64(batch.size());
                m_lastError = store.isOpen() ? error : m_lastError;
                qCWarning(lcUsage) << "could not write" << batch.size() << "usage records:" << m_lastError;
            }
        }
        batch.clear();
        for (std::vector<UsageRecord> &records : taken)
            records.clear();
        m_flushed.notify_all();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_options.retentionDays > 0 && store.isOpen() && now - lastPurge > 3'600'000) {
            store.purgeBefore(now - m_options.retentionDays * kDayMs);
            lastPurge = now;
        }
        if (stopping && m_queued.load() == 0)
            break;
    }
    m_flushed.notify_all();
}

} // namespace Switchyard::Usage
