// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadshards.h"
#include "usagerecord.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace Switchyard::Usage {

// The usage store's only writer. Serving threads hand records over (a copy into the thread's own queue
// under its own lock, never I/O); two threads of the writer's own take the queues and insert them in
// batched transactions — every 50 ms, or sooner when 200 are waiting — so that storing usage takes the
// CPU only when requests do not want it:
//
// - the background writer runs at nice +19: against a serving thread (nice 0) the kernel gives it a
//   weight of 15 to 1,024, so it works on what the serving threads leave, and a serving thread that wakes
//   takes the core back at once. On a machine that is not saturated that is all the writer ever needs.
// - the urgent writer, at nice +5, wakes every urgentAfterMs / 3 and writes only when records have waited
//   longer than urgentAfterMs (every core is busy and the background writer starves): then storing takes
//   its share, so that a kill -9 still loses at most the last second and the queues stay bounded. It
//   also serves flush() and the final drain of stop().
//
// (Why two threads and not one that raises its own priority: a thread may lower its priority but not
// raise it again without CAP_SYS_NICE.) Passes are serialised by a mutex and take whole queues, so rows
// still go in batches in the order they were handed over. stop() writes everything still queued, so a
// clean shutdown loses nothing. Past maxQueued records waiting (the disk is stuck), new ones are counted
// as dropped rather than blocking requests.
class UsageWriter final : public UsageSink
{
public:
    struct Options
    {
        // Small, frequent batches: a batch's insert is a burst of CPU; 200 rows every 50 ms keep each
        // burst short (bench/usage).
        int flushIntervalMs = 50;
        int batchSize = 200;
        qsizetype maxQueued = 200'000;
        int retentionDays = 90; // raw rows; 0 keeps them forever (rollups are always kept)
        // Records waiting longer than this are written by the urgent writer. Well under the second a
        // kill -9 may lose.
        int urgentAfterMs = 300;
        // false: no background writer, every record waits for the urgent one (what a machine whose
        // cores never idle gets; tests use it).
        bool backgroundWriter = true;
    };

    UsageWriter(QString path, Options options);
    ~UsageWriter() override;
    Q_DISABLE_COPY_MOVE(UsageWriter)

    // Opens the database (creating or migrating it) and starts the writer threads.
    bool start(QString *error);
    // Writes everything queued, then stops the threads.
    void stop();
    void record(const UsageRecord &record) override;
    void record(UsageRecord &&record); // the same, without a copy
    // Blocks until everything recorded so far is committed (for queries, tests and the GUI's export).
    void flush();

    [[nodiscard]] qint64 written() const;
    [[nodiscard]] qint64 dropped() const;
    [[nodiscard]] qint64 pending() const; // handed over and not written yet
    // Records written by the urgent writer: how often the background writer could not keep up.
    [[nodiscard]] qint64 writtenUrgently() const;
    [[nodiscard]] QString lastError() const;
    [[nodiscard]] const QString &path() const { return m_path; }

private:
    struct Queue
    {
        std::vector<UsageRecord> records;
        qint64 firstAtMs = 0; // when the oldest record in `records` was handed over (steady clock)
    };
    struct Pass; // one thread's connection and reusable buffers

    void runBackground();
    void runUrgent();
    // Takes every queue and writes what it held, in one transaction. Returns the records written.
    qint64 writePass(Pass &pass);
    [[nodiscard]] qint64 oldestWaitingMs(qint64 nowMs);
    [[nodiscard]] bool flushPending() const;
    void openStore(Pass &pass);

    QString m_path;
    Options m_options;
    std::thread m_background;
    std::thread m_urgent;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;       // the background writer: a full batch, or stopping
    std::condition_variable m_urgentWake; // the urgent writer: a flush, or stopping
    std::condition_variable m_flushed;
    std::mutex m_writeMutex;         // one pass at a time
    ThreadShards<Queue> m_queues;    // one per serving thread
    std::atomic<qint64> m_queued{0}; // records waiting in the queues
    bool m_stopping = false;
    std::atomic<qint64> m_flushTarget{0}; // flush() waits until written + dropped reach it
    bool m_started = false;
    std::atomic<qint64> m_enqueued{0};
    std::atomic<qint64> m_written{0};
    std::atomic<qint64> m_dropped{0};
    std::atomic<qint64> m_writtenUrgently{0};
    qint64 m_lastPurgeMs = 0; // under m_writeMutex
    QString m_lastError;
};

} // namespace Switchyard::Usage
