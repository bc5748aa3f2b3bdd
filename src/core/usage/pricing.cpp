// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include "providers/modelcatalog.h"
#include "usagerecord.h"

#include <QHash>

namespace Switchyard::Usage {

qint64 costMicros(const Llm::Usage &usage, const Price &price)
{
    const bool tier = price.tierAboveInputTokens > 0 && usage.inputTokens > price.tierAboveInputTokens;
    const qint64 input = tier ? price.tierInput : price.input;
    const qint64 output = tier ? price.tierOutput : price.output;
    const qint64 cachedRate = tier ? price.tierCachedInput : price.cachedInput;
    const qint64 cached = cachedRate >= 0 ? cachedRate : input;
    const qint64 write = price.cacheWrite >= 0 ? price.cacheWrite : input;
    const qint64 reasoningRate = price.reasoning >= 0 ? price.reasoning : output;

    const qint64 cachedTokens = qBound<qint64>(0, usage.cachedReadTokens, usage.inputTokens);
    const qint64 writeTokens = qBound<qint64>(0, usage.cacheWriteTokens, usage.inputTokens - cachedTokens);
    const qint64 uncached = usage.inputTokens - cachedTokens - writeTokens;
    const qint64 reasoningTokens = qBound<qint64>(0, usage.reasoningTokens, usage.outputTokens);
    const qint64 plainOutput = usage.outputTokens - reasoningTokens;

    // tokens × micro-dollars per 1M tokens: at most ~1e7 × 1e9 per term, well inside 64 bits.
    const qint64 scaled = uncached * input + cachedTokens * cached + writeTokens * write +
                          plainOutput * output + reasoningTokens * reasoningRate;
    return (scaled + 500'000) / 1'000'000;
}

namespace {
// The catalog lookup (a scan with prefix matching) remembered per serving thread: a handful of
// provider/model pairs are asked for over and over.
const std::optional<Price> &lookUp(const QString &providerKind, const QString &model)
{
    thread_local QHash<QString, std::optional<Price>> known;
    const QString key = providerKind + QLatin1Char('\n') + model;
    auto it = known.constFind(key);
    if (it == known.cend()) {
        if (known.size() > 4096)
            known.clear();
        const auto info = Providers::ModelCatalog::builtin().find(providerKind, model);
        it = known.insert(key, info ? info->price : std::nullopt);
    }
    return *it;
}
} // namespace

std::optional<Price> priceFor(const QString &providerId, const QString &providerKind, const QString &model,
                              const QList<Config::PriceOverride> &overrides)
{
    const Config::PriceOverride *best = nullptr;
    for (const Config::PriceOverride &o : overrides) {
        if (o.provider != providerId && o.provider != providerKind)
            continue;
        const bool matches =
            model == o.model || (model.startsWith(o.model) && (model.at(o.model.size()) == QLatin1Char('-') ||
                                                               model.at(o.model.size()) == QLatin1Char(':')));
        if (matches && (!best || o.model.size() > best->model.size()))
            best = &o;
    }
    if (best)
        return Price{best->input, best->output, best->cachedInput, best->cacheWrite, best->reasoning};
    return lookUp(providerKind, model);
}

std::optional<qint64> priceOf(const UsageRecord &r, const QList<Config::PriceOverride> &overrides)
{
    if (r.cacheHit)
        return 0; // answered from the cache: nothing was billed
    if (r.usage.inputTokens == 0 && r.usage.outputTokens == 0)
        return r.status < 400 ? std::optional<qint64>(0) : std::nullopt;
    const std::optional<Price> price = priceFor(r.provider, r.providerKind, r.model, overrides);
    if (!price)
        return std::nullopt;
    return costMicros(r.usage, *price);
}

} // namespace Switchyard::Usage
