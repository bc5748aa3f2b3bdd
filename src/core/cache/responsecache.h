// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llm.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <condition_variable>
#include <list>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Switchyard::Cache {

// A stored answer, in the canonical model: it can be replayed to a client of any dialect, as one
// body or as a stream.
struct CachedAnswer
{
    Llm::Response response;
    std::optional<qint64> costMicros; // what it cost when it was fetched: what each hit saves
    QString provider;
    QString providerKind;
    QString model;
    qint64 storedAtMs = 0;
};

// Exact-match response cache: keyed by a hash of the normalised request, with a TTL per entry and a
// size cap enforced by evicting the least recently used entries. Entries live in memory for fast hits
// and are kept durable in a SQLite file by one writer thread (so a restart keeps the cache and a
// request thread never touches the disk). Thread-safe.
class ResponseCache final
{
public:
    // `path` empty: memory only.
    ResponseCache(QString path, qint64 maxBytes);
    ~ResponseCache();
    Q_DISABLE_COPY_MOVE(ResponseCache)

    // Loads what the file holds (dropping expired entries) and starts the writer.
    bool start(QString *error);
    void stop();

    static QByteArray key(const QString &requestedModel, const QByteArray &normalizedRequest);
    std::optional<CachedAnswer> get(const QByteArray &key, qint64 nowMs);
    void put(const QByteArray &key, const CachedAnswer &answer, qint64 expiresAtMs);
    // Waits until every change so far is on disk (tests, shutdown).
    void flush();

    struct Stats
    {
        qint64 entries = 0;
        qint64 bytes = 0;
        qint64 hits = 0;
        qint64 misses = 0;
        qint64 evictions = 0;
    };
    [[nodiscard]] Stats stats() const;

private:
    struct Entry
    {
        QByteArray value; // JSON of the CachedAnswer
        qint64 expiresAtMs = 0;
        std::list<QByteArray>::iterator lru;
    };
    struct Op
    {
        QByteArray key;
        QByteArray value; // empty: delete
        qint64 expiresAtMs = 0;
        qint64 storedAtMs = 0;
    };
    void insertLocked(const QByteArray &key, QByteArray value, qint64 expiresAtMs, bool persist,
                      qint64 nowMs);
    void removeLocked(const QByteArray &key, bool persist);
    void run();

    QString m_path;
    qint64 m_maxBytes;
    mutable std::mutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
    std::list<QByteArray> m_lru; // front: most recently used
    qint64 m_bytes = 0;
    Stats m_stats;

    std::thread m_thread;
    std::condition_variable m_wake;
    std::condition_variable m_flushed;
    std::vector<Op> m_ops;
    qint64 m_opsQueued = 0;
    qint64 m_opsDone = 0;
    bool m_stopping = false;
    bool m_running = false;
};

} // namespace Switchyard::Cache
