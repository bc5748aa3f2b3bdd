// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

namespace Switchyard::Routing {

std::optional<Plan> Router::resolve(const Config::Config &config, const QString &model)
{
    if (const Config::Route *route = config.route(model)) {
        Plan plan;
        plan.route = route->name;
        plan.strategy = route->strategy;
        for (const Config::RouteTarget &t : route->targets) {
            if (const Config::Provider *p = config.provider(t.provider))
                plan.targets.append(Target{p, t.model});
        }
        return plan;
    }
    const qsizetype slash = model.indexOf(QLatin1Char('/'));
    if (slash > 0 && slash < model.size() - 1) {
        if (const Config::Provider *p = config.provider(QStringView(model).left(slash))) {
            Plan plan;
            plan.strategy = QStringLiteral("direct");
            plan.targets.append(Target{p, model.mid(slash + 1)});
            return plan;
        }
    }
    return std::nullopt;
}

bool Router::isAllowed(const QStringList &allowed, const QString &model, const Plan &plan)
{
    if (allowed.isEmpty())
        return true;
    if (!plan.route.isEmpty())
        return allowed.contains(plan.route);
    if (allowed.contains(model))
        return true;
    const QString wildcard =
        plan.targets.value(0).provider ? plan.targets.value(0).provider->id + QLatin1String("/*") : QString();
    return !wildcard.isEmpty() && allowed.contains(wildcard);
}

} // namespace Switchyard::Routing
