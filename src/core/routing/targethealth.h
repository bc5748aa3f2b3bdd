// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace Switchyard::Routing {

// How a finished attempt went, as the health of its target sees it.
struct Outcome
{
    enum class Kind : quint8
    {
        Success,
        Failure,     // counts towards the circuit breaker (connect, timeout, 5xx, 429)
        ClientError, // the request's fault (400, context too long…): says nothing about the target
        Cancelled,   // the client went away: neither
    };
    Kind kind = Kind::Success;
    qint64 firstByteMs = 0; // time to the response headers
    qint64 totalMs = 0;
    qint64 tokens = 0;       // input + output, for tokens-per-minute limits
    qint64 retryAfterMs = 0; // the upstream asked to wait this long: cool down at least that long
};

// The circuit breaker's settings (config: "routing": {"failureThreshold", "cooldownSeconds"}).
struct BreakerSettings
{
    int failureThreshold = 3; // consecutive failures that open the circuit
    qint64 cooldownMs = 30'000;
};

// What the router knows about one target right now.
struct TargetStats
{
    int inFlight = 0;
    double firstByteMs = 0; // EWMA over successful attempts; 0 until measured
    double totalMs = 0;
    int samples = 0;
    double errorRate = 0; // EWMA of failures (0..1)
    int consecutiveFailures = 0;
    qint64 cooldownUntilMs = 0; // > now: the circuit is open
    bool probing = false;       // half-open: one probe is in flight, the others wait for its outcome
    int requestsThisMinute = 0;
    qint64 tokensThisMinute = 0;
};

// Why a target may not take a request now (Ok: it may).
enum class Admission : quint8
{
    Ok,
    CoolingDown, // circuit open
    Probing,     // half-open, and its probe is in flight
    Concurrency, // maxConcurrent reached
    RequestRate, // requestsPerMinute reached
    TokenRate,   // tokensPerMinute reached
};

// Health, latency and load of every target ("provider/model"), shared by all serving threads and kept
// across config reloads (the key is the provider and model, not a route's position). Every method
// takes the time, so tests drive a fake clock; none blocks for longer than a hash lookup.
class TargetHealth final
{
public:
    TargetHealth() = default;
    Q_DISABLE_COPY_MOVE(TargetHealth)

    static QString key(const QString &provider, const QString &model)
    {
        return provider + QLatin1Char('/') + model;
    }

    [[nodiscard]] TargetStats stats(const QString &key, qint64 nowMs) const;
    // Whether the target may take one more request now, under its limits (none for a direct
    // provider/model request). `stats` receives what the decision was based on.
    [[nodiscard]] Admission admit(const QString &key, const Config::RouteTarget *limits, qint64 nowMs,
                                  TargetStats *stats = nullptr) const;
    // A request starts on the target (counts towards in-flight and the per-minute limits; takes
    // the half-open probe).
    void begin(const QString &key, qint64 nowMs);
    void end(const QString &key, const Outcome &outcome, qint64 nowMs, const BreakerSettings &breaker);
    // Tokens learnt after the attempt ended (a stream's usage arrives last).
    void addTokens(const QString &key, qint64 tokens, qint64 nowMs);

    // Everything known, for the GUI, /metrics and explain.
    [[nodiscard]] QHash<QString, TargetStats> all(qint64 nowMs) const;

    // Prometheus text exposition of every target's state (in flight, latency, error rate, circuit).
    [[nodiscard]] QByteArray exposition(qint64 nowMs) const;
    static QByteArray admissionName(Admission a); // "cooling-down", "concurrency-limit"…
    static QString describe(Admission a, const TargetStats &s, const Config::RouteTarget *limits,
                            qint64 nowMs);

private:
    struct Entry
    {
        TargetStats stats;
        qint64 minute = -1;
    };
    static void roll(Entry &e, qint64 nowMs);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Switchyard::Routing
