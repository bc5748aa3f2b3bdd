// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QList>
#include <QString>

#include <optional>

namespace Switchyard::Routing {

struct Target
{
    const Config::Provider *provider = nullptr;
    QString model; // the model name the upstream expects
    int weight = 1;
};

// The ordered list of targets to try for one request. Pointers stay valid as long as the config
// snapshot it was resolved against is alive.
struct Plan
{
    QString route; // route name, or empty for a direct provider/model request
    QString strategy;
    QList<Target> targets;
    QString stickyHeader; // the route's sticky-session key, when it has one
    QString stickyField;
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

    // Puts the plan's targets in the order to try them, by its strategy: "fallback" keeps the config's
    // order; "round-robin" starts at target `tick % n` and wraps; "weighted" draws the first target
    // at random by weight (`draw` uniform in [0, 1)), then keeps the config's order for fallback.
    // Pure: the caller owns the counter and the random source (seeded in tests).
    static void order(Plan &plan, quint64 tick, double draw);
    // The same with a sticky-session key: the key's hash stands in for the tick and the draw, so the
    // same key always gets the same first target.
    static void orderSticky(Plan &plan, const QByteArray &key);
    static quint64 stickyHash(const QByteArray &key); // FNV-1a: stable across runs and machines

    // Upstream HTTP statuses that move a fallback route on to its next target.
    static bool isFallbackStatus(int status) { return status == 429 || status >= 500; }
};

} // namespace Switchyard::Routing
