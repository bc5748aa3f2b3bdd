// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "llm/llm.h"
#include "targethealth.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Switchyard::Routing {

struct Target
{
    const Config::Provider *provider = nullptr; // null while this is an unexpanded nested route
    QString model;                              // the model name the upstream expects
    int weight = 1;
    const Config::RouteTarget *config = nullptr; // its entry in the route (limits, timeouts); null: direct
    const Config::Route *nested = nullptr;       // a nested route, until order() expands it
    QString via;                                 // the nested route(s) it came through ("a > b")
    QString reason;                              // why it stands where it stands

    [[nodiscard]] QString key() const
    {
        return provider ? TargetHealth::key(provider->id, model) : QString();
    }
    [[nodiscard]] QString name() const
    {
        if (provider)
            return provider->id + QLatin1Char('/') + model;
        return QStringLiteral("route ") + nested->name;
    }
};

struct Skipped
{
    Target target;
    Admission why = Admission::Ok;
    QString reason;
};

// The ordered list of targets to try for one request. Pointers stay valid as long as the config
// snapshot it was resolved against is alive.
struct Plan
{
    QString route; // route name, or empty for a direct provider/model request
    QString strategy;
    QList<Target> targets;
    QList<Skipped> skipped;                // set aside by admit(), with the reason
    const Config::Route *config = nullptr; // the route, null for a direct request
    QString stickyHeader;                  // the route's sticky-session key, when it has one
    QString stickyField;
};

// What ordering may look at besides the config. Everything that varies is injected, so tests are
// deterministic: a counter per route for round-robin, a uniform [0, 1) source for weighted picks and
// least-latency exploration, the targets' health, the clock and the request's size for lowest-cost.
struct OrderInput
{
    std::function<quint64(const QString &route)> tick; // round-robin turn of a route (null: 0)
    std::function<double()> random;                    // null: always 0
    QByteArray stickyKey;                              // non-empty: stands in for tick and draw
    const TargetHealth *health = nullptr;
    qint64 nowMs = 0;
    qint64 promptTokens = 0; // estimated, for lowest-cost
    qint64 outputTokens = 0; // max_tokens when the request sets it, else an estimate
    const QList<Config::PriceOverride> *prices = nullptr;
    bool explain = false; // build each target's `reason` (words cost time; only explain reads them)
};

// Pure decisions, no I/O.
class Router final
{
public:
    // `model` names a route, or "provider/model" (the model part may itself contain '/', as in
    // OpenRouter's "anthropic/claude-sonnet-4.5"). Route names win over provider ids.
    static std::optional<Plan> resolve(const Config::Config &config, const QString &model);

    // Whether a token limited to `allowed` may use what `model` names.
    static bool isAllowed(const QStringList &allowed, const QString &model, const Plan &plan);

    // Puts the plan's targets in the order to try them, by its strategy, and expands nested routes in
    // place (each ordered by its own strategy); a target reached twice is tried once. Every target's
    // `reason` says why it is where it is.
    //   fallback       the config's order
    //   round-robin    starts at target `tick % n` and wraps
    //   weighted       the first target drawn by weight, the rest in the config's order
    //   least-busy     fewest requests in flight first (ties: the config's order)
    //   least-latency  lowest EWMA of total latency first; unmeasured targets first (to measure them);
    //                  with probability kExplore another target goes first, so a slow one is re-measured
    //   lowest-cost    lowest estimated cost of this request first; unpriced targets last
    static void order(const Config::Config &config, Plan &plan, const OrderInput &input);
    // Sets aside targets that may not take the request now (cooldown, half-open probe, limits), with
    // the reason. When every target is cooling down they are kept after all, soonest-recovering first:
    // trying a possibly-broken provider beats refusing outright.
    static void admit(Plan &plan, const TargetHealth &health, qint64 nowMs);

    static constexpr double kExplore = 0.05;

    // The original two-argument forms, for a route without nesting (kept for callers and tests).
    static void order(Plan &plan, quint64 tick, double draw);
    // The same with a sticky-session key: the key's hash stands in for the tick and the draw, so the
    // same key always gets the same first target.
    static void orderSticky(Plan &plan, const QByteArray &key);
    static quint64 stickyHash(const QByteArray &key); // FNV-1a: stable across runs and machines
    static quint64 stickyMix(const QByteArray &key);  // FNV-1a then splitmix64: spreads similar keys

    // How long to wait before retry number `retry` (0-based) of the same target, or nullopt to move on
    // to the next target instead: no retries left, the provider's Retry-After is longer than the
    // policy's maxMs, or the circuit breaker opened on this failure (`circuitOpen`; a Retry-After
    // within maxMs still wins, since the provider said when to come back). Exponential backoff from
    // initialMs, capped at maxMs, with "equal jitter": half the step for sure, half drawn by `draw`.
    static std::optional<qint64> retryDelay(const Config::RetryPolicy &policy, int retry, qint64 retryAfterMs,
                                            bool circuitOpen, double draw);

    // Which fallback trigger (Config::FallbackTrigger) an upstream's error answer is, 0 for none: a
    // request error the next target would refuse too.
    static quint8 triggerFor(int status, Llm::Error::Kind kind, const QString &code);
};

} // namespace Switchyard::Routing
