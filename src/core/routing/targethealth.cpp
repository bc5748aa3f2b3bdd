// SPDX-License-Identifier: GPL-3.0-or-later
#include "targethealth.h"

namespace Switchyard::Routing {

namespace {
constexpr double kLatencyAlpha = 0.2; // EWMA weight of the newest sample
constexpr double kErrorAlpha = 0.1;
constexpr qint64 kMinuteMs = 60'000;
} // namespace

void TargetHealth::roll(Entry &e, qint64 nowMs)
{
    const qint64 minute = nowMs / kMinuteMs;
    if (minute != e.minute) {
        e.minute = minute;
        e.stats.requestsThisMinute = 0;
        e.stats.tokensThisMinute = 0;
    }
}

TargetStats TargetHealth::stats(const QString &key, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return {};
    TargetStats s = it->stats;
    if (nowMs / kMinuteMs != it->minute) {
        s.requestsThisMinute = 0;
        s.tokensThisMinute = 0;
    }
    return s;
}

Admission TargetHealth::admit(const QString &key, const Config::RouteTarget *limits, qint64 nowMs,
                              TargetStats *out) const
{
    const TargetStats s = stats(key, nowMs);
    if (out)
        *out = s;
    if (s.cooldownUntilMs > nowMs)
        return Admission::CoolingDown;
    if (s.probing)
        return Admission::Probing;
    if (limits) {
        if (limits->maxConcurrent > 0 && s.inFlight >= limits->maxConcurrent)
            return Admission::Concurrency;
        if (limits->requestsPerMinute > 0 && s.requestsThisMinute >= limits->requestsPerMinute)
            return Admission::RequestRate;
        if (limits->tokensPerMinute > 0 && s.tokensThisMinute >= limits->tokensPerMinute)
            return Admission::TokenRate;
    }
    return Admission::Ok;
}

void TargetHealth::begin(const QString &key, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    Entry &e = m_entries[key];
    roll(e, nowMs);
    ++e.stats.inFlight;
    ++e.stats.requestsThisMinute;
    // Past its cooldown with failures on record: this request is the half-open probe.
    if (e.stats.consecutiveFailures > 0 && e.stats.cooldownUntilMs > 0 && e.stats.cooldownUntilMs <= nowMs)
        e.stats.probing = true;
}

void TargetHealth::end(const QString &key, const Outcome &o, qint64 nowMs, const BreakerSettings &breaker)
{
    QMutexLocker lock(&m_mutex);
    Entry &e = m_entries[key];
    roll(e, nowMs);
    TargetStats &s = e.stats;
    s.inFlight = qMax(0, s.inFlight - 1);
    s.tokensThisMinute += o.tokens;
    const bool wasProbe = s.probing;
    s.probing = false;
    switch (o.kind) {
    case Outcome::Kind::Success:
        s.consecutiveFailures = 0;
        s.cooldownUntilMs = 0;
        s.errorRate *= 1 - kErrorAlpha;
        if (s.samples == 0) {
            s.firstByteMs = double(o.firstByteMs);
            s.totalMs = double(o.totalMs);
        } else {
            s.firstByteMs += kLatencyAlpha * (double(o.firstByteMs) - s.firstByteMs);
            s.totalMs += kLatencyAlpha * (double(o.totalMs) - s.totalMs);
        }
        ++s.samples;
        break;
    case Outcome::Kind::Failure:
        ++s.consecutiveFailures;
        s.errorRate += kErrorAlpha * (1 - s.errorRate);
        // Open the circuit at the threshold, again when a half-open probe fails, and for as long as
        // the upstream asked when it said Retry-After.
        if (wasProbe || s.consecutiveFailures >= breaker.failureThreshold)
            s.cooldownUntilMs = qMax(s.cooldownUntilMs, nowMs + breaker.cooldownMs);
        if (o.retryAfterMs > 0)
            s.cooldownUntilMs = qMax(s.cooldownUntilMs, nowMs + o.retryAfterMs);
        break;
    case Outcome::Kind::ClientError:
    case Outcome::Kind::Cancelled: break;
    }
}

void TargetHealth::addTokens(const QString &key, qint64 tokens, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    Entry &e = m_entries[key];
    roll(e, nowMs);
    e.stats.tokensThisMinute += tokens;
}

QHash<QString, TargetStats> TargetHealth::all(qint64 nowMs) const
{
    QHash<QString, TargetStats> out;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        TargetStats s = it->stats;
        if (nowMs / kMinuteMs != it->minute) {
            s.requestsThisMinute = 0;
            s.tokensThisMinute = 0;
        }
        out.insert(it.key(), s);
    }
    return out;
}

QByteArray TargetHealth::exposition(qint64 nowMs) const
{
    const QHash<QString, TargetStats> all = this->all(nowMs);
    QStringList keys = all.keys();
    keys.sort();
    auto labels = [](const QString &key) -> QByteArray {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        auto escape = [](QString v) {
            return v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('"'), QLatin1String("\\\""))
                .replace(QLatin1Char('\n'), QLatin1String("\\n"))
                .toUtf8();
        };
        return "provider=\"" + escape(key.left(slash)) + "\",model=\"" + escape(key.mid(slash + 1)) + '"';
    };
    struct Gauge
    {
        const char *name;
        const char *help;
        double (*value)(const TargetStats &, qint64);
    };
    static const Gauge gauges[] = {
        {"switchyard_target_in_flight", "Requests in flight on the target, all workers together.",
         [](const TargetStats &s, qint64) { return double(s.inFlight); }},
        {"switchyard_target_latency_ms",
         "Moving average of the target's total latency (successful attempts).",
         [](const TargetStats &s, qint64) { return s.totalMs; }},
        {"switchyard_target_first_byte_ms", "Moving average of the target's time to first byte.",
         [](const TargetStats &s, qint64) { return s.firstByteMs; }},
        {"switchyard_target_error_rate", "Moving average of the target's failure rate (0 to 1).",
         [](const TargetStats &s, qint64) { return s.errorRate; }},
        {"switchyard_target_circuit_open", "1 while the circuit breaker keeps the target out of rotation.",
         [](const TargetStats &s, qint64 now) { return s.cooldownUntilMs > now ? 1.0 : 0.0; }},
    };
    QByteArray out;
    for (const Gauge &g : gauges) {
        out += QByteArray("# HELP ") + g.name + ' ' + g.help + "\n# TYPE " + g.name + " gauge\n";
        for (const QString &key : std::as_const(keys))
            out += QByteArray(g.name) + '{' + labels(key) + "} " +
                   QByteArray::number(g.value(all[key], nowMs)) + '\n';
    }
    return out;
}

QByteArray TargetHealth::admissionName(Admission a)
{
    switch (a) {
    case Admission::Ok: return QByteArrayLiteral("ok");
    case Admission::CoolingDown: return QByteArrayLiteral("cooling-down");
    case Admission::Probing: return QByteArrayLiteral("probing");
    case Admission::Concurrency: return QByteArrayLiteral("concurrency-limit");
    case Admission::RequestRate: return QByteArrayLiteral("request-limit");
    case Admission::TokenRate: return QByteArrayLiteral("token-limit");
    }
    return {};
}

QString TargetHealth::describe(Admission a, const TargetStats &s, const Config::RouteTarget *limits,
                               qint64 nowMs)
{
    switch (a) {
    case Admission::Ok: return QStringLiteral("available");
    case Admission::CoolingDown:
        return QStringLiteral("cooling down for %1 s more after %2 consecutive failure(s)")
            .arg((s.cooldownUntilMs - nowMs + 999) / 1000)
            .arg(s.consecutiveFailures);
    case Admission::Probing: return QStringLiteral("half-open: a probe request is in flight");
    case Admission::Concurrency:
        return QStringLiteral("at its concurrency limit (%1 of %2 in flight)")
            .arg(s.inFlight)
            .arg(limits ? limits->maxConcurrent : 0);
    case Admission::RequestRate:
        return QStringLiteral("at its request limit (%1 of %2 this minute)")
            .arg(s.requestsThisMinute)
            .arg(limits ? limits->requestsPerMinute : 0);
    case Admission::TokenRate:
        return QStringLiteral("at its token limit (%1 of %2 tokens this minute)")
            .arg(s.tokensThisMinute)
            .arg(limits ? limits->tokensPerMinute : 0);
    }
    return {};
}

} // namespace Switchyard::Routing
