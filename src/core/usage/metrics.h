// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadshards.h"
#include "usagerecord.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <array>
#include <atomic>

namespace Switchyard::Usage {

// Live counters for Prometheus (text exposition format 0.0.4,
// https://prometheus.io/docs/instrumenting/exposition_formats/): fed by every usage record,
// rendered at GET /metrics. Costs come from the same price catalog as the store.
class Metrics final : public UsageSink
{
public:
    Metrics() = default;
    Q_DISABLE_COPY_MOVE(Metrics)

    void record(const UsageRecord &record) override;
    void requestStarted() { m_inFlight.fetch_add(1, std::memory_order_relaxed); }
    void requestFinished() { m_inFlight.fetch_sub(1, std::memory_order_relaxed); }
    // `pendingRecords`: handed to the usage writer and not in the store's rows yet (queued or spooled).
    [[nodiscard]] QByteArray exposition(qint64 droppedRecords, qint64 pendingRecords = 0) const;

    static constexpr std::array<double, 14> kBuckets = {0.05, 0.1, 0.25, 0.5, 1,   2.5, 5,
                                                        10,   20,  30,   60,  120, 300, 600};

private:
    struct Labels
    {
        QString route, provider, model;
        int status;
        bool operator==(const Labels &) const = default;
    };
    friend size_t qHash(const Labels &l, size_t seed)
    {
        return qHashMulti(seed, l.route, l.provider, l.model, l.status);
    }
    struct ModelKey
    {
        QString provider, model;
        bool operator==(const ModelKey &) const = default;
    };
    friend size_t qHash(const ModelKey &k, size_t seed) { return qHashMulti(seed, k.provider, k.model); }
    struct Tokens
    {
        qint64 input = 0, output = 0, cachedRead = 0, cacheWrite = 0, reasoning = 0, costMicros = 0,
               unpriced = 0;
    };
    struct Histogram
    {
        std::array<qint64, kBuckets.size()> buckets{};
        qint64 count = 0;
        double sum = 0;
    };

    struct Counters
    {
        QHash<Labels, qint64> requests;
        QHash<ModelKey, Tokens> tokens;
        QHash<QString, Histogram> latency; // by route (or provider/model for direct requests)
        qint64 cacheHits = 0;
        qint64 savedMicros = 0;
    };
    ThreadShards<Counters> m_shards; // one per serving thread, merged by exposition()
    std::atomic<qint64> m_inFlight{0};
};

} // namespace Switchyard::Usage
