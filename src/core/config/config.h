// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Switchyard::Config {

inline constexpr int kCurrentVersion = 1;

struct ServerSettings
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 4141;
    bool requireToken = true;
    int workers = 0; // 0: one per core
    int maxConnections = 1024;
    qint64 maxHeaderBytes = 64 * 1024;
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 60'000;
    int idleTimeoutMs = 75'000;
    int writeTimeoutMs = 60'000;
    int shutdownTimeoutMs = 15'000;
    int maxAuthFailuresPerMinute = 30; // per client address, then 429 until the minute is over
    QStringList allowedOrigins;        // exact origins ("https://app.example") allowed to call with CORS
    QStringList allowedHosts;          // extra names accepted in the Host header (DNS-rebinding defence)
    QString tlsCertificate;            // PEM file: serve HTTPS (for LAN use) with this certificate chain…
    QString tlsPrivateKey;             // …and this PEM private key (RSA or EC)

    bool operator==(const ServerSettings &) const = default;
};

struct UpstreamSettings
{
    int connectTimeoutMs = 10'000;
    int firstByteTimeoutMs = 300'000;
    int idleTimeoutMs = 300'000;
    int maxIdlePerHost = 64;
    int maxConnectionsPerHost = 256; // per worker thread; more requests wait (within connectTimeoutMs)

    bool operator==(const UpstreamSettings &) const = default;
};

struct UsageSettings
{
    bool store = true;      // keep every request in the usage database in the data directory
    int retentionDays = 90; // raw rows older than this are deleted (hourly rollups are kept); 0: never
    QString database;       // PostgreSQL URL for a store shared by several daemons; empty: the SQLite file

    bool operator==(const UsageSettings &) const = default;
};

struct Provider
{
    QString id;
    QString kind;       // wire format: "openai" (and compatible), "anthropic", "gemini", "azure"
    QString preset;     // a known service (providers/presets.h): fills kind/baseUrl, adds its quirks
    QUrl baseUrl;       // up to and including the version segment: https://api.openai.com/v1
    QString keyRef;     // keychain entry
    QString apiKeyEnv;  // environment variable holding the key (daemon)
    QString apiVersion; // Azure OpenAI `api-version`; Anthropic `anthropic-version` default

    bool operator==(const Provider &) const = default;
};

struct RouteTarget
{
    QString provider;
    QString model;
    int weight = 1; // "weighted" routes: the share of first picks (0: only as a fallback)

    bool operator==(const RouteTarget &) const = default;
};

// Response caching: exact match on the normalised request. Off unless the config or a route turns
// it on; only deterministic requests (temperature 0) unless nonDeterministic says otherwise.
struct CacheSettings
{
    bool enabled = false;
    int ttlSeconds = 3600;
    int maxMegabytes = 256; // memory and disk cap, least recently used entries go first
    bool nonDeterministic = false;

    bool operator==(const CacheSettings &) const = default;
};

// A per-route switch that can also defer to the global setting. (Not std::optional<bool>: config
// values are copied across threads a lot, and clang's -fsanitize=bool trips on its disengaged payload.)
enum class Toggle : quint8
{
    Default,
    Off,
    On
};

struct RouteCache
{
    Toggle enabled = Toggle::Default; // Default: the global setting
    int ttlSeconds = 0;               // 0: the global TTL
    Toggle nonDeterministic = Toggle::Default;

    bool operator==(const RouteCache &) const = default;
};

struct Route
{
    QString name;
    QString strategy = QStringLiteral("fallback");
    QList<RouteTarget> targets;
    RouteCache cache;
    // Sticky sessions: requests carrying the same value of this header (or top-level body field) get the
    // same first target, so provider prompt caches keep hitting ("x-claude-code-session-id",
    // "prompt_cache_key"). Applies to weighted and round-robin routes.
    QString stickyHeader;
    QString stickyField;

    bool operator==(const Route &) const = default;
};

// The user's own price for a model, over the built-in catalog: micro-dollars per 1M tokens; -1: not
// priced apart (cached input at the input rate, reasoning at the output rate).
struct PriceOverride
{
    QString provider; // a provider id, preset or kind
    QString model;    // exact, or the stem of dated versions ("gpt-4o" covers "gpt-4o-2024-08-06")
    qint64 input = 0;
    qint64 output = 0;
    qint64 cachedInput = -1;
    qint64 cacheWrite = -1;
    qint64 reasoning = -1;

    bool operator==(const PriceOverride &) const = default;
};

// Spending limits in micro-dollars (0: none), per UTC day and calendar month. Past warnAtPercent,
// answers carry a warning header; at 100% requests are refused with an error naming the budget.
struct Budget
{
    qint64 dailyMicros = 0;
    qint64 monthlyMicros = 0;
    int warnAtPercent = 80;

    [[nodiscard]] bool isSet() const { return dailyMicros > 0 || monthlyMicros > 0; }
    bool operator==(const Budget &) const = default;
};

struct AccessToken
{
    QString name;
    QByteArray sha256;   // 32 raw bytes
    QStringList routes;  // empty: every route and provider/model
    bool enabled = true; // false: revoked
    QDateTime created;
    QDateTime expires;         // invalid: never
    int requestsPerMinute = 0; // 0: unlimited
    Budget budget;

    [[nodiscard]] bool isExpired(qint64 nowSecs) const
    {
        return expires.isValid() && expires.toSecsSinceEpoch() <= nowSecs;
    }
    bool operator==(const AccessToken &) const = default;
};

// The whole configuration: an immutable value once loaded. Workers share it as a snapshot
// (std::shared_ptr<const Config>), replaced as a whole when it changes.
struct Config
{
    int version = kCurrentVersion;
    QString schema;  // "$schema", kept for editors
    QString comment; // a note for people, kept across saves
    ServerSettings server;
    UpstreamSettings upstream;
    UsageSettings usage;
    CacheSettings cache;
    QList<Provider> providers;
    QList<Route> routes;
    QList<AccessToken> tokens;
    QList<PriceOverride> prices;

    [[nodiscard]] const Provider *provider(QStringView id) const;
    [[nodiscard]] const Route *route(QStringView name) const;

    bool operator==(const Config &) const = default;
};

using ConfigSnapshot = std::shared_ptr<const Config>;

// The kinds of provider this build can talk to.
QStringList supportedProviderKinds();
QStringList supportedStrategies();

} // namespace Switchyard::Config
