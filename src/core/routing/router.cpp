// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include <algorithm>

namespace Switchyard::Routing {

std::optional<Plan> Router::resolve(const Config::Config &config, const QString &model)
{
    if (const Config::Route *route = config.route(model)) {
        Plan plan;
        plan.route = route->name;
        plan.strategy = route->strategy;
        plan.stickyHeader = route->stickyHeader;
        plan.stickyField = route->stickyField;
        for (const Config::RouteTarget &t : route->targets) {
            if (const Config::Provider *p = config.provider(t.provider))
                plan.targets.append(Target{p, t.model, t.weight});
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

void Router::order(Plan &plan, quint64 tick, double draw)
{
    const qsizetype n = plan.targets.size();
    if (n < 2)
        return;
    qsizetype first = 0;
    if (plan.strategy == QLatin1String("round-robin")) {
        first = qsizetype(tick % quint64(n));
    } else if (plan.strategy == QLatin1String("weighted")) {
        qint64 total = 0;
        for (const Target &t : plan.targets)
            total += qMax(0, t.weight);
        if (total <= 0)
            return;
        double point = draw * double(total);
        for (qsizetype i = 0; i < n; ++i) {
            const double w = double(qMax(0, plan.targets[i].weight));
            if (point < w) {
                first = i;
                break;
            }
            point -= w;
            first = i; // rounding at the very top lands on the last weighted target
        }
        while (plan.targets[first].weight <= 0) // never start on a zero weight
            first = (first + n - 1) % n;
    } else {
        return;
    }
    if (first == 0)
        return;
    if (plan.strategy == QLatin1String("round-robin")) {
        std::rotate(plan.targets.begin(), plan.targets.begin() + first, plan.targets.end());
        return;
    }
    // weighted: the drawn target first, the others in the config's order behind it
    const Target chosen = plan.targets.takeAt(first);
    plan.targets.prepend(chosen);
}

quint64 Router::stickyHash(const QByteArray &key)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : key) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

void Router::orderSticky(Plan &plan, const QByteArray &key)
{
    // FNV-1a leaves similar keys ("session-1", "session-2") close in its high bits: the splitmix64
    // finaliser spreads them before the top 53 bits become a draw in [0, 1).
    quint64 z = stickyHash(key) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    order(plan, z, double(z >> 11) / double(1ULL << 53));
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
