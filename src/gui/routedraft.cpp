// SPDX-License-Identifier: GPL-3.0-or-later
#include "routedraft.h"

#include "providers/modelcatalog.h"
#include "providers/presets.h"
#include "usage/pricing.h"

#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace Switchyard::Gui {

Config::Config RouteDraft::appliedTo(const Config::Config &live) const
{
    Config::Config next = live;
    next.routes = routes;
    if (renames.isEmpty())
        return next;
    const auto renamed = [this](QString &name) {
        const auto it = renames.constFind(name);
        if (it != renames.cend())
            name = *it;
    };
    for (Config::Rule &rule : next.rules)
        renamed(rule.action.route);
    renamed(next.defaultRule.route);
    for (Config::AccessToken &token : next.tokens) {
        for (QString &route : token.routes)
            renamed(route);
    }
    return next;
}

void RouteDraft::rename(const QString &from, const QString &to, const Config::Config &live)
{
    if (from == to)
        return;
    for (Config::Route &r : routes) {
        if (r.name == from)
            r.name = to;
        for (Config::RouteTarget &t : r.targets) {
            if (t.route == from)
                t.route = to;
        }
    }
    // The live name this draft route started as (renamed before, or its own name if it is live).
    QString original;
    for (auto it = renames.cbegin(); it != renames.cend(); ++it) {
        if (it.value() == from)
            original = it.key();
    }
    if (original.isEmpty() && live.route(from) && !renames.contains(from))
        original = from;
    if (original.isEmpty())
        return; // a route that is not live yet: nothing refers to it outside the draft
    if (original == to)
        renames.remove(original);
    else
        renames.insert(original, to);
}

QString RouteChecks::catalogKey(const Config::Provider &provider)
{
    const QList<Providers::ModelInfo> &models = Providers::ModelCatalog::builtin().models();
    const auto listed = [&models](const QString &key) {
        return std::any_of(models.cbegin(), models.cend(),
                           [&key](const Providers::ModelInfo &m) { return m.provider == key; });
    };
    if (!provider.preset.isEmpty())
        return listed(provider.preset) ? provider.preset : QString();
    // Without a preset, a kind names a wire format, not a service ("openai" is also every local
    // OpenAI-compatible server): the catalog knows its models only at the service's own address.
    const Providers::Preset *service = Providers::findPreset(provider.kind);
    if (service && !service->baseUrl.isEmpty() && QUrl(service->baseUrl).host() == provider.baseUrl.host() &&
        listed(provider.kind))
        return provider.kind;
    return {};
}

CatalogStatus RouteChecks::catalogStatus(const Config::Provider &provider, const QString &model)
{
    const QString key = catalogKey(provider);
    if (key.isEmpty())
        return CatalogStatus::Unknown;
    // Only this provider's own entries: ModelCatalog::find() falls back to any provider's entry of
    // the same name (right for prices of aggregators, wrong for "does this provider offer it").
    const QList<Providers::ModelInfo> &models = Providers::ModelCatalog::builtin().models();
    const bool listed = std::any_of(models.cbegin(), models.cend(), [&](const Providers::ModelInfo &m) {
        if (m.provider != key || !model.startsWith(m.id))
            return false;
        // The entry itself, or a dated/tagged version of it, as the catalog matches them.
        return model.size() == m.id.size() || model.at(m.id.size()) == QLatin1Char('-') ||
               model.at(m.id.size()) == QLatin1Char(':') || model.at(m.id.size()) == QLatin1Char('@');
    });
    return listed ? CatalogStatus::Listed : CatalogStatus::NotListed;
}

QStringList RouteChecks::cycleThrough(const Config::Config &config, const QString &route,
                                      const QString &target)
{
    QStringList path{route};
    QSet<QString> seen;
    std::function<bool(const QString &)> reaches = [&](const QString &name) {
        path.append(name);
        if (name == route)
            return true;
        const Config::Route *r = config.route(name);
        if (r && !seen.contains(name)) {
            seen.insert(name);
            for (const Config::RouteTarget &t : r->targets) {
                if (!t.route.isEmpty() && reaches(t.route))
                    return true;
            }
        }
        path.removeLast();
        return false;
    };
    return reaches(target) ? path : QStringList();
}

QList<RouteIssue> RouteChecks::check(const Config::Config &config)
{
    QList<RouteIssue> issues;
    QStringList providerIds;
    for (const Config::Provider &p : config.providers)
        providerIds << p.id;
    const QString checked = Providers::ModelCatalog::builtin().checked();
    for (const Config::Route &r : config.routes) {
        if (r.name.trimmed().isEmpty())
            issues.append({r.name, -1, tr("A route has no name.")});
        if (r.targets.isEmpty())
            issues.append(
                {r.name, -1,
                 tr("Route '%1' has no targets: drag a model from the palette onto the graph.").arg(r.name)});
        if (r.strategy == QLatin1String("weighted") && !r.targets.isEmpty()) {
            qint64 sum = 0;
            for (const Config::RouteTarget &t : r.targets)
                sum += t.weight;
            if (sum == 0)
                issues.append(
                    {r.name, -1,
                     tr("Route '%1' is weighted, but every weight is 0: no target would be picked first. "
                        "Give at least one target a weight above 0.")
                         .arg(r.name)});
        }
        for (int i = 0; i < r.targets.size(); ++i) {
            const Config::RouteTarget &t = r.targets[i];
            if (!t.route.isEmpty()) {
                if (!config.route(t.route)) {
                    issues.append({r.name, i, tr("unknown route '%1'").arg(t.route)});
                    continue;
                }
                const QStringList cycle = cycleThrough(config, r.name, t.route);
                if (!cycle.isEmpty())
                    issues.append(
                        {r.name, i,
                         tr("nested routes form a cycle: %1").arg(cycle.join(QStringLiteral(" → ")))});
                continue;
            }
            const Config::Provider *provider = config.provider(t.provider);
            if (t.provider.isEmpty())
                issues.append({r.name, i, tr("no provider chosen")});
            else if (!provider)
                issues.append(
                    {r.name, i,
                     tr("unknown provider '%1' (the config has: %2)")
                         .arg(t.provider,
                              providerIds.isEmpty() ? tr("none") : providerIds.join(QLatin1String(", ")))});
            if (t.model.trimmed().isEmpty())
                issues.append({r.name, i, tr("no model chosen")});
            else if (provider && catalogStatus(*provider, t.model) == CatalogStatus::NotListed)
                issues.append(
                    {r.name, i,
                     tr("provider '%1' does not offer '%2' as far as the model catalog (checked %3) knows "
                        "its %4 models")
                         .arg(t.provider, t.model, checked, catalogKey(*provider)),
                     true});
        }
    }
    return issues;
}

QString RouteChecks::priceText(const Config::Config &config, const Config::Provider &provider,
                               const QString &model)
{
    const QString kind = provider.preset.isEmpty() ? provider.kind : provider.preset;
    const std::optional<Usage::Price> price = Usage::priceFor(provider.id, kind, model, config.prices);
    if (!price)
        return tr("unpriced");
    // Cents where that is exact, else as many digits as the rate has ($0.075).
    const auto dollars = [](qint64 micros) {
        const int digits = micros % 10'000 == 0 ? 2 : micros % 1'000 == 0 ? 3 : micros % 100 == 0 ? 4 : 6;
        return QLocale().toString(double(micros) / 1e6, 'f', digits);
    };
    return tr("$%1 / $%2 per 1M tokens in / out").arg(dollars(price->input), dollars(price->output));
}

QString RouteChecks::strategyTitle(const QString &strategy)
{
    if (strategy == QLatin1String("fallback"))
        return tr("Fallback");
    if (strategy == QLatin1String("weighted"))
        return tr("Weighted split");
    if (strategy == QLatin1String("round-robin"))
        return tr("Round robin");
    if (strategy == QLatin1String("least-busy"))
        return tr("Least busy");
    if (strategy == QLatin1String("least-latency"))
        return tr("Least latency");
    if (strategy == QLatin1String("lowest-cost"))
        return tr("Lowest cost");
    return strategy;
}

QString RouteChecks::strategyExplanation(const QString &strategy)
{
    if (strategy == QLatin1String("fallback"))
        return tr("Tries the targets in order; the next one only when the one before fails.");
    if (strategy == QLatin1String("weighted"))
        return tr("Picks the first target at random by weight; the others follow in order if it fails.");
    if (strategy == QLatin1String("round-robin"))
        return tr("Takes turns: each request starts at the next target.");
    if (strategy == QLatin1String("least-busy"))
        return tr("Starts with the target that has the fewest requests in flight.");
    if (strategy == QLatin1String("least-latency"))
        return tr(
            "Starts with the target that answered fastest lately, now and then re-measuring the others.");
    if (strategy == QLatin1String("lowest-cost"))
        return tr("Starts with the target this request would cost least on; unpriced targets last.");
    return {};
}

} // namespace Switchyard::Gui
