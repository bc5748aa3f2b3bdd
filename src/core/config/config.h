// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
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

// The circuit breaker: a target that fails this many times in a row (connect errors, timeouts, 5xx,
// 429) is skipped for cooldownSeconds, then gets one probe request; success closes it again.
struct RoutingSettings
{
    int failureThreshold = 3;
    int cooldownSeconds = 30;

    bool operator==(const RoutingSettings &) const = default;
};

struct UsageSettings
{
    bool store = true;      // keep every request in the usage database in the data directory
    int retentionDays = 90; // raw rows older than this are deleted (hourly rollups are kept); 0: never
    QString database;       // PostgreSQL URL for a store shared by several daemons; empty: the SQLite file
    // Keep each request's and response's body (secrets redacted, at most kMaxLoggedBodyBytes each) beside
    // its usage record, for the Logs page. Off by default: prompts are the user's business.
    bool logBodies = false;
    static constexpr qsizetype kMaxLoggedBodyBytes = 1024 * 1024;

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

// Per-target overrides of the upstream timeouts (0: the global setting). totalMs bounds a whole attempt,
// headers and body; none of them applies once bytes have reached the client except idle and total.
struct TargetTimeouts
{
    int connectMs = 0;
    int firstByteMs = 0;
    int idleMs = 0;
    int totalMs = 0;

    bool operator==(const TargetTimeouts &) const = default;
};

struct RouteTarget
{
    QString provider; // a provider id, or empty when `route` names a nested route
    QString model;
    QString route;  // a nested route: its own strategy orders its targets at this place
    int weight = 1; // "weighted" routes: the share of first picks (0: only as a fallback)
    // Limits (0: none). A target at a limit is skipped for the next one ("spill over").
    int maxConcurrent = 0; // requests in flight, all workers together
    int requestsPerMinute = 0;
    qint64 tokensPerMinute = 0; // input + output tokens of the requests finished this minute
    TargetTimeouts timeouts;

    bool operator==(const RouteTarget &) const = default;
};

// Retries of one target before moving on: exponential backoff with full jitter from initialMs,
// capped at maxMs; an upstream's Retry-After is honoured when it is within maxMs (else the target is
// left for the next one, and cools down until then).
struct RetryPolicy
{
    int attempts = 0; // retries after the first try (0: none)
    int initialMs = 250;
    int maxMs = 8000;

    bool operator==(const RetryPolicy &) const = default;
};

// What moves a request on to the route's next target (else the failure goes to the client).
enum FallbackTrigger : quint8
{
    OnConnect = 1,        // connection refused/reset, TLS failure
    OnTimeout = 2,        // connect, first-byte, idle or total timeout
    On5xx = 4,            // HTTP 5xx and 529 (overloaded)
    On429 = 8,            // rate limited
    OnContextLength = 16, // the prompt is longer than the model's context window
    OnContentFilter = 32, // the provider's content filter refused
    DefaultTriggers = OnConnect | OnTimeout | On5xx | On429,
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
    RetryPolicy retry;
    quint8 fallbackOn = DefaultTriggers; // FallbackTrigger bits
    Budget budget;                       // spend through this route

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

// Routing rules (issue 4 §2): an ordered list tried before any route's strategy; the first enabled rule
// whose `when` holds decides (routing/rules.h). In the JSON config:
//   "rules": [
//     {"name": "long prompts", "when": {"promptTokens": {"min": 100000}}, "then": {"route": "long-context"}},
//     {"name": "no images to cheap", "when": {"all": [{"model": "cheap*"}, {"hasImages": true}]},
//      "then": {"target": "openai/gpt-4o"}},
//     {"name": "office hours", "when": {"time": {"from": "09:00", "to": "18:00", "days": ["mon", "fri"]}},
//      "then": {"tags": ["work"]}},
//     {"name": "cap cli", "when": {"app": "cli"}, "then": {"capMaxTokens": 4096, "set": {"temperature": 0}}},
//     {"name": "over budget", "when": {"spend": {"scope": "app", "period": "day", "aboveUsd": 5}},
//      "then": {"refuse": "daily spend over $5"}},
//     {"name": "secrets", "when": {"lastUserMessage": {"matches": "(?i)password"}},
//      "then": {"route": "local"}},
//     {"name": "team", "when": {"header": "x-team", "equals": ["ml", "infra"]}, "then": {"route": "fast"}},
//     {"name": "batch", "enabled": false, "when": {"not": {"stream": true}}, "then": {"route": "batch"}}
//   ],
//   "defaultRule": {"then": {"route": "default"}}
// A condition object holds exactly one condition: "all"/"any" (a list), "not" (one condition), "model"/"app"
// (a name or a list; '*' and '?' globs, case-insensitive), "header" (present; or "present": false;
// or "equals": value(s); or "matches": regex), "promptTokens" {"min", "max"} (inclusive, estimated),
// "hasImages"/"hasTools"/"stream" (true/false), "lastUserMessage" {"contains": keyword (case-insensitive)
// or "matches": regex}, "time" {"from": "HH:MM", "to": "HH:MM" (local, exclusive, may wrap midnight),
// "days": ["mon".."sun"] (the day of the moment itself)}, "spend" {"scope": "app"|"route"|"total",
// "period": "day"|"month", "aboveUsd": n} (holds at or above n). Regexes are PCRE, unanchored.
// A rule without "when" matches every request. A rule whose action names no destination (route, target
// or refuse) applies its tags/capMaxTokens/set and still ends the search; the request then goes where the
// default rule's route/target says, else to the model it names (the default's refuse/tags/caps apply
// only when no rule matched).
struct RuleCondition
{
    enum class Kind : quint8
    {
        All,
        Any,
        Not,
        Model,
        App,
        Header,
        PromptTokens,
        HasImages,
        HasTools,
        Stream,
        LastUserMessage,
        Time,
        Spend
    };
    Kind kind = Kind::All;         // the default, an All without children, always holds
    QList<RuleCondition> children; // All/Any: one or more; Not: exactly one
    QString name;                  // Header: the header name, lower-case
    QStringList values;            // Model/App: names or globs (any of them); Header: "equals" values
    QString pattern;               // Header/LastUserMessage: "matches" regex
    QString contains;              // LastUserMessage: keyword, case-insensitive
    bool present = true;           // Header without equals/matches: whether it must be there
    bool flag = true;              // HasImages/HasTools/Stream: the expected value
    qint64 min = -1;               // PromptTokens: at least (-1: none); Spend: micro-dollars, at or above
    qint64 max = -1;               // PromptTokens: at most (-1: none)
    int fromMinute = -1;           // Time: minutes since local midnight, from <= t < to (-1: all day)
    int toMinute = -1;             // 1..1440; below fromMinute: the window wraps midnight
    quint8 days = 0x7f;            // Time: bit 0 Monday .. bit 6 Sunday
    QString scope;                 // Spend: "app" | "route" | "total"
    QString period;                // Spend: "day" | "month"

    bool operator==(const RuleCondition &) const = default;
};

struct RuleAction
{
    QString route;           // send to this route…
    QString target;          // …or to this "provider/model"…
    QString refuse;          // …or refuse with this message (403 in the client's error format)
    qint64 capMaxTokens = 0; // 0: no cap; else caps max_tokens / max_completion_tokens / max_output_tokens
    QJsonObject set;         // top-level request fields to override ({"temperature": 0})
    QStringList tags;        // added to the usage record

    [[nodiscard]] bool hasDestination() const
    {
        return !route.isEmpty() || !target.isEmpty() || !refuse.isEmpty();
    }
    [[nodiscard]] bool isEmpty() const
    {
        return !hasDestination() && capMaxTokens == 0 && set.isEmpty() && tags.isEmpty();
    }
    bool operator==(const RuleAction &) const = default;
};

struct Rule
{
    QString name;
    bool enabled = true;
    RuleCondition when; // no "when" in the JSON: the default, which always holds
    RuleAction action;  // "then"

    bool operator==(const Rule &) const = default;
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
    Budget budget; // overall: every request together
    RoutingSettings routing;
    QList<Provider> providers;
    QList<Route> routes;
    QList<AccessToken> tokens;
    QList<PriceOverride> prices;
    QList<Rule> rules;      // tried in order before routes; the first match decides
    RuleAction defaultRule; // when no rule matches; empty: the requested model as named

    [[nodiscard]] const Provider *provider(QStringView id) const;
    [[nodiscard]] const Route *route(QStringView name) const;

    bool operator==(const Config &) const = default;
};

using ConfigSnapshot = std::shared_ptr<const Config>;

// The kinds of provider this build can talk to.
QStringList supportedProviderKinds();
QStringList supportedStrategies();
QStringList fallbackTriggerNames(quint8 bits); // the FallbackTrigger names set in `bits`, in a fixed order

} // namespace Switchyard::Config
