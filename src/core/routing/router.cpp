// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "usage/pricing.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Switchyard::Routing {

namespace {

constexpr int kMaxNesting = 8; // the config refuses cycles; this only bounds a pathological depth

QList<Target> targetsOf(const Config::Config &config, const Config::Route &route)
{
    QList<Target> out;
    for (const Config::RouteTarget &t : route.targets) {
        if (!t.route.isEmpty()) {
            if (const Config::Route *nested = config.route(t.route))
                out.append(Target{nullptr, {}, t.weight, &t, nested, {}, {}});
        } else if (const Config::Provider *p = config.provider(t.provider)) {
            out.append(Target{p, t.model, t.weight, &t, nullptr, {}, {}});
        }
    }
    return out;
}

QString providerKind(const Config::Provider &p)
{
    return p.preset.isEmpty() ? p.kind : p.preset;
}

// A nested route stands for its best target: fewest in flight, fastest, cheapest.
TargetStats statsOf(const Config::Config &config, const Target &t, const OrderInput &in, int depth = 0)
{
    if (t.provider)
        return in.health ? in.health->stats(t.key(), in.nowMs) : TargetStats{};
    TargetStats best;
    bool first = true;
    if (depth > kMaxNesting)
        return best;
    for (const Target &child : targetsOf(config, *t.nested)) {
        const TargetStats s = statsOf(config, child, in, depth + 1);
        if (first) {
            best = s;
            first = false;
            continue;
        }
        best.inFlight = qMin(best.inFlight, s.inFlight);
        if (s.samples > 0 && (best.samples == 0 || s.totalMs < best.totalMs)) {
            best.totalMs = s.totalMs;
            best.firstByteMs = s.firstByteMs;
            best.samples = s.samples;
        }
    }
    return best;
}

// Micro-dollars this request would cost on the target, when its price is known.
std::optional<qint64> costOf(const Config::Config &config, const Target &t, const OrderInput &in,
                             int depth = 0)
{
    if (t.provider) {
        const std::optional<Usage::Price> price = Usage::priceFor(
            t.provider->id, providerKind(*t.provider), t.model, in.prices ? *in.prices : config.prices);
        if (!price)
            return std::nullopt;
        Llm::Usage usage;
        usage.known = true;
        usage.inputTokens = in.promptTokens;
        usage.outputTokens = in.outputTokens;
        return Usage::costMicros(usage, *price);
    }
    std::optional<qint64> best;
    if (depth > kMaxNesting)
        return best;
    for (const Target &child : targetsOf(config, *t.nested)) {
        const std::optional<qint64> c = costOf(config, child, in, depth + 1);
        if (c && (!best || *c < *best))
            best = c;
    }
    return best;
}

QString usd(qint64 micros)
{
    return QStringLiteral("$%1").arg(double(micros) / 1e6, 0, 'f', 6);
}

quint64 splitmix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Index of the target a weighted draw lands on.
qsizetype weightedPick(const QList<Target> &targets, double draw, qint64 *totalOut)
{
    const qsizetype n = targets.size();
    qint64 total = 0;
    for (const Target &t : targets)
        total += qMax(0, t.weight);
    *totalOut = total;
    if (total <= 0)
        return 0;
    double point = draw * double(total);
    qsizetype first = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double w = double(qMax(0, targets[i].weight));
        if (point < w) {
            first = i;
            break;
        }
        point -= w;
        first = i; // rounding at the very top lands on the last weighted target
    }
    while (targets[first].weight <= 0) // never start on a zero weight
        first = (first + n - 1) % n;
    return first;
}

// Orders one level (a route's own targets, nested routes still unexpanded).
void orderLevel(const Config::Config &config, QList<Target> &targets, const QString &strategy,
                const QString &route, quint64 tick, double draw, const OrderInput &in)
{
    const qsizetype n = targets.size();
    // Reasons are words for explain: built only when explaining, not on every request.
    auto configOrder = [&](qsizetype from, const QString &what) {
        if (!in.explain)
            return;
        for (qsizetype i = from; i < n; ++i)
            targets[i].reason = what.contains(QLatin1String("%1")) ? what.arg(i + 1) : what;
    };
    if (strategy == QLatin1String("round-robin") && n > 1) {
        const qsizetype first = qsizetype(tick % quint64(n));
        std::rotate(targets.begin(), targets.begin() + first, targets.end());
        if (in.explain)
            targets[0].reason = QStringLiteral("round-robin: its turn (turn %1 of %2)").arg(first + 1).arg(n);
        configOrder(1, QStringLiteral("round-robin: next in rotation (position %1)"));
    } else if (strategy == QLatin1String("weighted") && n > 1) {
        qint64 total = 0;
        const qsizetype first = weightedPick(targets, draw, &total);
        if (total > 0) {
            const Target chosen = targets.takeAt(first);
            targets.prepend(chosen);
            if (in.explain)
                targets[0].reason = QStringLiteral("weighted: drawn (weight %1 of %2, %3%)")
                                        .arg(chosen.weight)
                                        .arg(total)
                                        .arg(double(chosen.weight) * 100 / double(total), 0, 'f', 1);
        }
        configOrder(total > 0 ? 1 : 0,
                    QStringLiteral("weighted: fallback in the route's order (position %1)"));
    } else if (strategy == QLatin1String("least-busy")) {
        QList<int> busy;
        for (const Target &t : targets)
            busy.append(statsOf(config, t, in).inFlight);
        QList<qsizetype> idx(n);
        std::iota(idx.begin(), idx.end(), 0);
        std::stable_sort(idx.begin(), idx.end(), [&](qsizetype a, qsizetype b) { return busy[a] < busy[b]; });
        QList<Target> sorted;
        for (qsizetype i : idx) {
            sorted.append(targets[i]);
            if (in.explain)
                sorted.last().reason = QStringLiteral("least-busy: %1 in flight").arg(busy[i]);
        }
        targets = std::move(sorted);
    } else if (strategy == QLatin1String("least-latency")) {
        QList<TargetStats> stats;
        for (const Target &t : targets)
            stats.append(statsOf(config, t, in));
        QList<qsizetype> idx(n);
        std::iota(idx.begin(), idx.end(), 0);
        // Unmeasured targets first (they need a measurement), then by EWMA of the total latency.
        auto score = [&](qsizetype i) { return stats[i].samples == 0 ? -1.0 : stats[i].totalMs; };
        std::stable_sort(idx.begin(), idx.end(),
                         [&](qsizetype a, qsizetype b) { return score(a) < score(b); });
        QList<Target> sorted;
        for (qsizetype i : idx) {
            sorted.append(targets[i]);
            const TargetStats &s = stats[i];
            if (in.explain)
                sorted.last().reason =
                    s.samples == 0
                        ? QStringLiteral("least-latency: not measured yet")
                        : QStringLiteral("least-latency: %1 ms on average (first byte %2 ms, %3 samples)")
                              .arg(qRound64(s.totalMs))
                              .arg(qRound64(s.firstByteMs))
                              .arg(s.samples);
        }
        if (n > 1 && draw < Router::kExplore) {
            // Exploration: another target goes first now and then, so a slow one gets re-measured.
            const qsizetype pick = 1 + qMin(n - 2, qsizetype(draw / Router::kExplore * double(n - 1)));
            Target explored = sorted.takeAt(pick);
            if (in.explain)
                explored.reason = QStringLiteral("least-latency: exploring (re-measuring; %1)")
                                      .arg(explored.reason.mid(QStringLiteral("least-latency: ").size()));
            sorted.prepend(explored);
        }
        targets = std::move(sorted);
    } else if (strategy == QLatin1String("lowest-cost")) {
        QList<std::optional<qint64>> cost;
        for (const Target &t : targets)
            cost.append(costOf(config, t, in));
        QList<qsizetype> idx(n);
        std::iota(idx.begin(), idx.end(), 0);
        auto key = [&](qsizetype i) { return cost[i] ? *cost[i] : std::numeric_limits<qint64>::max(); };
        std::stable_sort(idx.begin(), idx.end(), [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
        QList<Target> sorted;
        for (qsizetype i : idx) {
            sorted.append(targets[i]);
            if (in.explain)
                sorted.last().reason =
                    cost[i] ? QStringLiteral("lowest-cost: about %1 for ~%2 prompt + %3 output tokens")
                                  .arg(usd(*cost[i]))
                                  .arg(in.promptTokens)
                                  .arg(in.outputTokens)
                            : QStringLiteral("lowest-cost: no price known, tried after the priced targets");
        }
        targets = std::move(sorted);
    } else {
        configOrder(0, route.isEmpty() ? QStringLiteral("direct provider/model request")
                                       : QStringLiteral("fallback: position %1 in the route's order"));
    }
}

void expand(const Config::Config &config, QList<Target> &targets, const OrderInput &in, const QString &via,
            QSet<QString> &seen, QList<Target> &out, int depth)
{
    for (Target &t : targets) {
        if (t.provider) {
            const QString key = t.key();
            if (seen.contains(key))
                continue; // reached through another nested route already
            seen.insert(key);
            t.via = via;
            out.append(std::move(t));
            continue;
        }
        if (depth >= kMaxNesting)
            continue;
        const Config::Route &child = *t.nested;
        QList<Target> children = targetsOf(config, child);
        orderLevel(config, children, child.strategy, child.name, in.tick ? in.tick(child.name) : 0,
                   in.random ? in.random() : 0.0, in);
        const QString childVia = via.isEmpty() ? child.name : via + QLatin1String(" > ") + child.name;
        for (Target &c : children)
            if (in.explain)
                c.reason = QStringLiteral("via route '%1' (%2); %3").arg(child.name, t.reason, c.reason);
        expand(config, children, in, childVia, seen, out, depth + 1);
    }
}

} // namespace

std::optional<Plan> Router::resolve(const Config::Config &config, const QString &model)
{
    if (const Config::Route *route = config.route(model)) {
        Plan plan;
        plan.route = route->name;
        plan.strategy = route->strategy;
        plan.config = route;
        plan.stickyHeader = route->stickyHeader;
        plan.stickyField = route->stickyField;
        plan.targets = targetsOf(config, *route);
        return plan;
    }
    const qsizetype slash = model.indexOf(QLatin1Char('/'));
    if (slash > 0 && slash < model.size() - 1) {
        if (const Config::Provider *p = config.provider(QStringView(model).left(slash))) {
            Plan plan;
            plan.strategy = QStringLiteral("direct");
            plan.targets.append(Target{p, model.mid(slash + 1), 1, nullptr, nullptr, {}, {}});
            return plan;
        }
    }
    return std::nullopt;
}

void Router::order(const Config::Config &config, Plan &plan, const OrderInput &in)
{
    quint64 tick = 0;
    double draw = 0;
    const bool sticky = !in.stickyKey.isEmpty() && (plan.strategy == QLatin1String("weighted") ||
                                                    plan.strategy == QLatin1String("round-robin"));
    if (sticky) {
        const quint64 z = stickyMix(in.stickyKey);
        tick = z;
        draw = double(z >> 11) / double(1ULL << 53);
    } else {
        if (plan.strategy == QLatin1String("round-robin") && in.tick)
            tick = in.tick(plan.route);
        if (in.random)
            draw = in.random();
    }
    orderLevel(config, plan.targets, plan.strategy, plan.route, tick, draw, in);
    if (sticky && in.explain && !plan.targets.isEmpty())
        plan.targets[0].reason += QStringLiteral(" (sticky session: the key's hash decides)");
    QList<Target> flat;
    QSet<QString> seen;
    expand(config, plan.targets, in, {}, seen, flat, 0);
    plan.targets = std::move(flat);
}

void Router::admit(Plan &plan, const TargetHealth &health, qint64 nowMs)
{
    QList<Target> usable;
    QList<Skipped> cooling;
    for (Target &t : plan.targets) {
        TargetStats stats;
        const Admission a = health.admit(t.key(), t.config, nowMs, &stats);
        if (a == Admission::Ok) {
            usable.append(std::move(t));
            continue;
        }
        Skipped s{t, a, TargetHealth::describe(a, stats, t.config, nowMs)};
        if (a == Admission::CoolingDown)
            cooling.append(s);
        plan.skipped.append(std::move(s));
    }
    const bool onlyCooling = usable.isEmpty() && !cooling.isEmpty() && cooling.size() == plan.skipped.size();
    if (onlyCooling) {
        // Every target is cooling down: try them anyway, the soonest to recover first.
        std::stable_sort(cooling.begin(), cooling.end(), [&](const Skipped &a, const Skipped &b) {
            return health.stats(a.target.key(), nowMs).cooldownUntilMs <
                   health.stats(b.target.key(), nowMs).cooldownUntilMs;
        });
        for (Skipped &s : cooling) {
            s.target.reason = QStringLiteral("last resort: every target is cooling down (%1)").arg(s.reason);
            usable.append(s.target);
        }
        plan.skipped.clear();
    }
    plan.targets = std::move(usable);
}

void Router::order(Plan &plan, quint64 tick, double draw)
{
    static const Config::Config empty;
    OrderInput in;
    in.tick = [tick](const QString &) { return tick; };
    in.random = [draw] { return draw; };
    if (plan.strategy == QLatin1String("fallback") || plan.strategy == QLatin1String("direct"))
        return;
    orderLevel(empty, plan.targets, plan.strategy, plan.route, tick, draw, in);
}

quint8 Router::triggerFor(int status, Llm::Error::Kind kind, const QString &code)
{
    if (status == 429 || kind == Llm::Error::Kind::RateLimit)
        return Config::On429;
    if (status >= 500 || kind == Llm::Error::Kind::Overloaded)
        return Config::On5xx;
    if (code == QLatin1StringView("context_length_exceeded"))
        return Config::OnContextLength;
    if (code == QLatin1StringView("content_filter") || code == QLatin1StringView("content_policy_violation"))
        return Config::OnContentFilter;
    return 0;
}

std::optional<qint64> Router::retryDelay(const Config::RetryPolicy &policy, int retry, qint64 retryAfterMs,
                                         bool circuitOpen, double draw)
{
    if (retry >= policy.attempts)
        return std::nullopt;
    if (retryAfterMs > 0)
        return retryAfterMs <= policy.maxMs ? std::optional<qint64>(retryAfterMs) : std::nullopt;
    if (circuitOpen)
        return std::nullopt;
    const qint64 step = qMin<qint64>(policy.maxMs, qint64(policy.initialMs) << qMin(retry, 20));
    return step / 2 + qint64(draw * double(step - step / 2));
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

quint64 Router::stickyMix(const QByteArray &key)
{
    // FNV-1a leaves similar keys ("session-1", "session-2") close in its high bits: the splitmix64
    // finaliser spreads them before the top 53 bits become a draw in [0, 1).
    return splitmix(stickyHash(key));
}

void Router::orderSticky(Plan &plan, const QByteArray &key)
{
    const quint64 z = stickyMix(key);
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
