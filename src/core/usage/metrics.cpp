// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "pricing.h"
#include "providers/modelcatalog.h"

#include <map>

namespace Switchyard::Usage {

namespace {

QByteArray escape(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray label(const char *name, const QString &value)
{
    return QByteArray(name) + "=\"" + escape(value) + '"';
}

} // namespace

void Metrics::record(const UsageRecord &r)
{
    const std::optional<qint64> cost = r.costMicros ? r.costMicros : priceOf(r);
    const QString series = r.route.isEmpty() ? r.provider + QLatin1Char('/') + r.model : r.route;
    const double seconds = double(r.latencyMs) / 1000.0;
    auto &shard = m_shards.local();
    QMutexLocker lock(&shard.mutex);
    Counters &c = shard.data;
    ++c.requests[Labels{r.route, r.provider, r.model, r.status}];
    if (!r.provider.isEmpty()) {
        Tokens &t = c.tokens[ModelKey{r.provider, r.model}];
        t.input += r.usage.inputTokens;
        t.output += r.usage.outputTokens;
        t.cachedRead += r.usage.cachedReadTokens;
        t.cacheWrite += r.usage.cacheWriteTokens;
        t.reasoning += r.usage.reasoningTokens;
        if (cost && (r.usage.inputTokens > 0 || r.usage.outputTokens > 0))
            t.costMicros += *cost;
        else if (r.usage.inputTokens > 0 || r.usage.outputTokens > 0)
            ++t.unpriced;
    }
    Histogram &h = c.latency[series];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    }
    ++h.count;
    h.sum += seconds;
    if (r.cacheHit) {
        ++c.cacheHits;
        c.savedMicros += r.savedMicros;
    }
}

QByteArray Metrics::exposition(qint64 droppedRecords, qint64 pendingRecords) const
{
    QByteArray out;
    out.reserve(4096);
    // Merge the serving threads' shards.
    QHash<Labels, qint64> requests;
    QHash<ModelKey, Tokens> tokensByModel;
    QHash<QString, Histogram> latencyByRoute;
    qint64 cacheHits = 0;
    qint64 savedMicros = 0;
    for (const auto &shard : m_shards.all()) {
        QMutexLocker lock(&shard.mutex);
        const Counters &c = shard.data;
        for (auto it = c.requests.cbegin(); it != c.requests.cend(); ++it)
            requests[it.key()] += it.value();
        for (auto it = c.tokens.cbegin(); it != c.tokens.cend(); ++it) {
            Tokens &t = tokensByModel[it.key()];
            t.input += it->input;
            t.output += it->output;
            t.cachedRead += it->cachedRead;
            t.cacheWrite += it->cacheWrite;
            t.reasoning += it->reasoning;
            t.costMicros += it->costMicros;
            t.unpriced += it->unpriced;
        }
        for (auto it = c.latency.cbegin(); it != c.latency.cend(); ++it) {
            Histogram &h = latencyByRoute[it.key()];
            for (size_t i = 0; i < kBuckets.size(); ++i)
                h.buckets[i] += it->buckets[i];
            h.count += it->count;
            h.sum += it->sum;
        }
        cacheHits += c.cacheHits;
        savedMicros += c.savedMicros;
    }
    // Sorted output: stable for people and diff tools.
    out += "# HELP switchyard_requests_total Requests answered, by route, provider, model and HTTP status.\n"
           "# TYPE switchyard_requests_total counter\n";
    std::map<QByteArray, qint64> lines;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        lines[label("route", it.key().route) + ',' + label("provider", it.key().provider) + ',' +
              label("model", it.key().model) + ",status=\"" + QByteArray::number(it.key().status) + '"'] =
            it.value();
    for (const auto &[labels, value] : lines)
        out += "switchyard_requests_total{" + labels + "} " + QByteArray::number(value) + '\n';

    out += "# HELP switchyard_tokens_total Tokens as the providers reported them (input includes cached).\n"
           "# TYPE switchyard_tokens_total counter\n";
    std::map<QByteArray, Tokens> tokens;
    for (auto it = tokensByModel.cbegin(); it != tokensByModel.cend(); ++it)
        tokens[label("provider", it.key().provider) + ',' + label("model", it.key().model)] = it.value();
    for (const auto &[labels, t] : tokens) {
        for (const auto &[type, value] :
             {std::pair{"input", t.input}, std::pair{"output", t.output},
              std::pair{"cached_read", t.cachedRead}, std::pair{"cache_write", t.cacheWrite},
              std::pair{"reasoning", t.reasoning}})
            out += "switchyard_tokens_total{" + labels + ",type=\"" + type + "\"} " +
                   QByteArray::number(value) + '\n';
    }
    out += "# HELP switchyard_cost_usd_total Cost of priced requests in US dollars.\n"
           "# TYPE switchyard_cost_usd_total counter\n";
    for (const auto &[labels, t] : tokens)
        out += "switchyard_cost_usd_total{" + labels + "} " +
               QByteArray::number(double(t.costMicros) / 1e6, 'f', 6) + '\n';
    out += "# HELP switchyard_unpriced_requests_total Requests with tokens but no known price.\n"
           "# TYPE switchyard_unpriced_requests_total counter\n";
    for (const auto &[labels, t] : tokens)
        out += "switchyard_unpriced_requests_total{" + labels + "} " + QByteArray::number(t.unpriced) + '\n';

    out += "# HELP switchyard_request_duration_seconds Time from request to the end of the answer.\n"
           "# TYPE switchyard_request_duration_seconds histogram\n";
    std::map<QByteArray, Histogram> latency;
    for (auto it = latencyByRoute.cbegin(); it != latencyByRoute.cend(); ++it)
        latency[label("route", it.key())] = it.value();
    for (const auto &[labels, h] : latency) {
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += "switchyard_request_duration_seconds_bucket{" + labels + ",le=\"" +
                   QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(h.buckets[i]) + '\n';
        out += "switchyard_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
               QByteArray::number(h.count) + '\n';
        out += "switchyard_request_duration_seconds_sum{" + labels + "} " +
               QByteArray::number(h.sum, 'f', 6) + '\n';
        out +=
            "switchyard_request_duration_seconds_count{" + labels + "} " + QByteArray::number(h.count) + '\n';
    }
    out += "# HELP switchyard_cache_hits_total Requests answered from the response cache.\n"
           "# TYPE switchyard_cache_hits_total counter\n"
           "switchyard_cache_hits_total " +
           QByteArray::number(cacheHits) + '\n';
    out +=
        "# HELP switchyard_cache_saved_usd_total What the answers served from the cache cost when fetched.\n"
        "# TYPE switchyard_cache_saved_usd_total counter\n"
        "switchyard_cache_saved_usd_total " +
        QByteArray::number(double(savedMicros) / 1e6, 'f', 6) + '\n';
    out += "# HELP switchyard_in_flight_requests Model requests being answered now.\n"
           "# TYPE switchyard_in_flight_requests gauge\n"
           "switchyard_in_flight_requests " +
           QByteArray::number(m_inFlight.load(std::memory_order_relaxed)) + '\n';
    out += "# HELP switchyard_usage_records_dropped_total Usage records the store could not take.\n"
           "# TYPE switchyard_usage_records_dropped_total counter\n"
           "switchyard_usage_records_dropped_total " +
           QByteArray::number(droppedRecords) + '\n';
    out += "# HELP switchyard_usage_records_pending Usage records not in the store's rows yet: queued, or "
           "spooled and waiting for a free core.\n"
           "# TYPE switchyard_usage_records_pending gauge\n"
           "switchyard_usage_records_pending " +
           QByteArray::number(pendingRecords) + '\n';
    return out;
}

} // namespace Switchyard::Usage
