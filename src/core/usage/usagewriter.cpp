// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagewriter.h"

#include "pricing.h"
#include "providers/modelcatalog.h"
#include "usagestore.h"

#include <QDateTime>

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <chrono>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcUsage)

namespace Switchyard::Usage {

namespace {
constexpr qint64 kDayMs = 86'400'000;

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Linux keeps a nice value per thread: only the calling thread's changes.
void niceThisThread(int nice, const char *name)
{
    ::setpriority(PRIO_PROCESS, id_t(::gettid()), nice);
    // Named like the serving threads (sy-worker-N), so that top -H and bench/run.sh can tell them apart.
    ::pthread_setname_np(::pthread_self(), name);
}

} // namespace

struct UsageWriter::Pass
{
    UsageStore store;
    // Each serving thread's queue is swapped for an empty one (the vector this pass emptied last time,
    // capacity kept): the serving thread's lock is held for a swap, not a copy, and neither side grows a
    // vector again once traffic is steady. The records stay where they are until written.
    std::array<std::vector<UsageRecord>, decltype(m_queues)::kCount> taken;
    std::vector<PricedRecord> batch;
};

UsageWriter::UsageWriter(QString path, Options options) : m_path(std::move(path)), m_options(options) {}

UsageWriter::~UsageWriter()
{
    stop();
}

bool UsageWriter::start(QString *error)
{
    // Open once here, on the caller's thread, so that a bad path or a newer schema is reported at
    // start-up; each writer thread then opens its own connection.
    {
        UsageStore probe;
        if (!probe.open(m_path, error))
            return false;
    }
    std::lock_guard lock(m_mutex);
    m_started = true;
    if (m_options.backgroundWriter)
        m_background = std::thread([this] { runBackground(); });
    m_urgent = std::thread([this] { runUrgent(); });
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
    m_urgentWake.notify_all();
    if (m_background.joinable())
        m_background.join();
    if (m_urgent.joinable())
        m_urgent.join(); // it writes what is left
}

void UsageWriter::record(const UsageRecord &record)
{
    this->record(UsageRecord(record));
}

void UsageWriter::record(UsageRecord &&record)
{
    // Into the calling thread's own queue: serving threads never wait on each other here.
    if (m_queued.load(std::memory_order_relaxed) >= m_options.maxQueued) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    {
        auto &shard = m_queues.local();
        QMutexLocker lock(&shard.mutex);
        if (shard.data.records.empty())
            shard.data.firstAtMs = steadyMs(); // once per batch per thread: how long it has waited
        shard.data.records.push_back(std::move(record));
    }
    m_enqueued.fetch_add(1, std::memory_order_release);
    if (m_queued.fetch_add(1, std::memory_order_relaxed) + 1 == m_options.batchSize)
        m_wake.notify_one(); // a full batch: no need to wait for the timer
}

void UsageWriter::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_urgent.joinable())
        return;
    const qint64 target = m_enqueued.load(std::memory_order_acquire);
    // A target, not a flag: a flag left set by a flush that the writer had already satisfied made it
    // wake at once on its next pass and commit a batch of whatever had just arrived.
    if (m_written.load() + m_dropped.load() >= target)
        return;
    if (m_flushTarget.load() < target)
        m_flushTarget = target;
    // The urgent writer: the background one may be waiting for a free core.
    m_urgentWake.notify_one();
    m_flushed.wait(lock, [&] {
        return m_written.load() + m_dropped.load() >= target || !m_urgent.joinable() || m_stopping;
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

qint64 UsageWriter::pending() const
{
    return m_queued.load();
}

qint64 UsageWriter::writtenUrgently() const
{
    return m_writtenUrgently.load();
}

QString UsageWriter::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

bool UsageWriter::flushPending() const
{
    return m_flushTarget.load() > m_written.load() + m_dropped.load();
}

qint64 UsageWriter::oldestWaitingMs(qint64 nowMs)
{
    qint64 oldest = 0;
    for (auto &shard : m_queues.all()) {
        QMutexLocker lock(&shard.mutex);
        if (!shard.data.records.empty())
            oldest = std::max(oldest, nowMs - shard.data.firstAtMs);
    }
    return oldest;
}

void UsageWriter::openStore(Pass &pass)
{
    QString error;
    if (!pass.store.open(m_path, &error)) {
        std::lock_guard lock(m_mutex);
        m_lastError = error;
        qCWarning(lcUsage) << "usage store unavailable:" << error;
    }
}

qint64 UsageWriter::writePass(Pass &pass)
{
    std::lock_guard writing(m_writeMutex);
    for (size_t i = 0; i < pass.taken.size(); ++i) {
        auto &shard = m_queues.all()[i];
        QMutexLocker lock(&shard.mutex);
        if (!shard.data.records.empty())
            pass.taken[i].swap(shard.data.records);
    }
    std::vector<PricedRecord> &batch = pass.batch;
    batch.clear();
    for (std::vector<UsageRecord> &records : pass.taken) {
        for (const UsageRecord &r : records)
            batch.push_back({&r, r.costMicros ? r.costMicros : priceOf(r)});
    }
    m_queued.fetch_sub(qint64(batch.size()));
    // The per-thread queues interleave: rows go in the order the requests started. (Pointers are
    // sorted, not the records: a record is a few hundred bytes to move.)
    std::stable_sort(batch.begin(), batch.end(), [](const PricedRecord &a, const PricedRecord &b) {
        return a.record->startedAtMs < b.record->startedAtMs;
    });
    const auto count = qint64(batch.size());
    qint64 written = 0;
    if (!batch.empty()) {
        QString error;
        const bool ok = pass.store.isOpen() && pass.store.insert(batch, &error);
        std::lock_guard lock(m_mutex);
        if (ok) {
            m_written += count;
            written = count;
        } else {
            // Kept counted, so that flush() returns; the reason is reported.
            m_dropped += count;
            m_lastError = pass.store.isOpen() ? error : m_lastError;
            qCWarning(lcUsage) << "could not write" << count << "usage records:" << m_lastError;
        }
    }
    batch.clear();
    for (std::vector<UsageRecord> &records : pass.taken)
        records.clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_options.retentionDays > 0 && pass.store.isOpen() && now - m_lastPurgeMs > 3'600'000) {
        pass.store.purgeBefore(now - m_options.retentionDays * kDayMs);
        m_lastPurgeMs = now;
    }
    if (count) {
        {
            std::lock_guard lock(m_mutex);
        } // a flush() between its test and its wait cannot miss this
        m_flushed.notify_all();
    }
    return written;
}

void UsageWriter::runBackground()
{
    niceThisThread(19, "sy-usage");
    Pass pass;
    openStore(pass);
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.flushIntervalMs),
                            [&] { return m_stopping || m_queued.load() >= m_options.batchSize; });
            if (m_stopping)
                break; // the urgent writer writes what is left
        }
        writePass(pass);
    }
}

void UsageWriter::runUrgent()
{
    // nice +5: when it has to write, requests still go first, and it still gets about a quarter of a
    // core against a busy serving thread, far more than it needs.
    niceThisThread(5, "sy-usage-urgent");
    Pass pass;
    openStore(pass);
    const int checkMs = std::max(1, m_options.urgentAfterMs / 3);
    while (true) {
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            m_urgentWake.wait_for(lock, std::chrono::milliseconds(checkMs),
                                  [&] { return m_stopping || flushPending(); });
            stopping = m_stopping;
        }
        if (stopping || flushPending() || oldestWaitingMs(steadyMs()) >= m_options.urgentAfterMs)
            m_writtenUrgently += writePass(pass);
        if (stopping && m_queued.load() == 0)
            break;
    }
    {
        std::lock_guard lock(m_mutex);
    }
    m_flushed.notify_all();
}

} // namespace Switchyard::Usage
