// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesspolicy.h"
#include "cache/responsecache.h"
#include "config/config.h"
#include "routing/targethealth.h"
#include "secrets/keyring.h"
#include "usage/metrics.h"
#include "usage/pricing.h"
#include "usage/recentusage.h"
#include "usage/spendtracker.h"
#include "usage/usagewriter.h"

#include <QDateTime>

#include <atomic>
#include <memory>

namespace Switchyard::Api {

// What every worker's handler shares: the current config snapshot (read lock-free, swapped whole),
// the provider keys, and the address the server is bound to (for Host checks).
class GatewayContext final
{
public:
    GatewayContext() = default;
    Q_DISABLE_COPY_MOVE(GatewayContext)

    [[nodiscard]] Config::ConfigSnapshot config() const { return m_config.load(std::memory_order_acquire); }
    void setConfig(Config::ConfigSnapshot config)
    {
        m_config.store(std::move(config), std::memory_order_release);
        m_generation.fetch_add(1, std::memory_order_acq_rel);
    }
    // Moves whenever the config is replaced: workers re-read the snapshot only then.
    [[nodiscard]] quint64 generation() const { return m_generation.load(std::memory_order_acquire); }

    Secrets::KeyRing &keys() { return m_keys; }
    AccessPolicy::State &accessState() { return m_access; }
    const Secrets::KeyRing &keys() const { return m_keys; }

    // Every finished request: kept in the recent-requests ring and handed to the usage sink (the
    // store) when one is set. Called from serving threads.
    // `current` is the config the request was served with (saves a load of the shared snapshot).
    void recordUsage(Usage::UsageRecord record, const Config::Config *current = nullptr)
    {
        if (!record.costMicros) { // priced once, for every sink
            if (current) {
                record.costMicros = Usage::priceOf(record, current->prices);
            } else {
                const Config::ConfigSnapshot snapshot = config();
                record.costMicros =
                    Usage::priceOf(record, snapshot ? snapshot->prices : QList<Config::PriceOverride>());
            }
        }
        m_spend.record(record);
        if (m_sink)
            m_sink->record(record);
        m_metrics.record(record);
        m_recent.record(record);
        // Last, and moved: the writer keeps the record until it is stored; a copy made here, on the
        // serving thread, was a measurable part of what storing usage cost a request.
        if (m_writer)
            m_writer->record(std::move(record));
    }
    void setUsageSink(std::shared_ptr<Usage::UsageSink> sink) { m_sink = std::move(sink); }
    // The usage store's writer (null when usage is not stored); readers open the same file.
    void setUsageWriter(std::shared_ptr<Usage::UsageWriter> writer) { m_writer = std::move(writer); }
    [[nodiscard]] std::shared_ptr<Usage::UsageWriter> usageWriter() const { return m_writer; }
    [[nodiscard]] const Usage::RecentUsage &recentUsage() const { return m_recent; }
    [[nodiscard]] Usage::Metrics &metrics() { return m_metrics; }
    [[nodiscard]] Usage::SpendTracker &spend() { return m_spend; }
    // Health, latency and load per target: kept across config reloads.
    [[nodiscard]] Routing::TargetHealth &health() { return m_health; }
    void setResponseCache(std::shared_ptr<Cache::ResponseCache> cache) { m_cache = std::move(cache); }
    [[nodiscard]] std::shared_ptr<Cache::ResponseCache> responseCache() const { return m_cache; }

    void setBoundPort(quint16 port) { m_port.store(port, std::memory_order_relaxed); }
    [[nodiscard]] quint16 boundPort() const { return m_port.load(std::memory_order_relaxed); }
    [[nodiscard]] qint64 startedAt() const { return m_startedAt; }

private:
    std::atomic<Config::ConfigSnapshot> m_config;
    std::atomic<quint64> m_generation{0};
    Secrets::KeyRing m_keys;
    AccessPolicy::State m_access;
    std::atomic<quint16> m_port{0};
    Usage::RecentUsage m_recent;
    Usage::Metrics m_metrics;
    Usage::SpendTracker m_spend;
    Routing::TargetHealth m_health;
    // Set before the server starts and only read while it serves: no atomics on the request path
    // (std::atomic<std::shared_ptr> takes a lock on every load).
    std::shared_ptr<Usage::UsageSink> m_sink;
    std::shared_ptr<Usage::UsageWriter> m_writer;
    std::shared_ptr<Cache::ResponseCache> m_cache;
    qint64 m_startedAt = QDateTime::currentSecsSinceEpoch();
};

} // namespace Switchyard::Api
