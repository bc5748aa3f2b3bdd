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
};

// The ordered list of targets to try for one request. Pointers stay valid as long as the config
// snapshot it was resolved against is alive.
struct Plan
{
    QString route; // route name, or empty for a direct provider/model request
    QString strategy;
    QList<Target> targets;
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

    // Upstream HTTP statuses that move a fallback route on to its next target.
    static bool isFallbackStatus(int status) { return status == 429 || status >= 500; }
};

} // namespace Switchyard::Routing
