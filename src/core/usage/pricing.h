// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "llm/llm.h"

#include <optional>

namespace Switchyard::Usage {

// A model's price in micro-dollars per million tokens (so $2.50 / 1M tokens is 2'500'000): money is
// integers from the catalog on, never floats in sums. A negative rate means "not priced
// separately": cached reads then cost the input rate, reasoning the output rate.
struct Price
{
    qint64 input = 0;
    qint64 output = 0;
    qint64 cachedInput = -1;
    qint64 cacheWrite = -1;
    qint64 reasoning = -1;
    // Long-context tier (Gemini 2.5 Pro above 200k prompt tokens): these rates apply to the whole
    // request once its prompt exceeds `tierAboveInputTokens`.
    qint64 tierAboveInputTokens = 0; // 0: no tier
    qint64 tierInput = 0;
    qint64 tierOutput = 0;
    qint64 tierCachedInput = -1;

    bool operator==(const Price &) const = default;

    // $ per 1M tokens (as price pages and the catalog state them) → micro-dollars per 1M tokens.
    static qint64 fromDollars(double perMillion) { return qRound64(perMillion * 1'000'000.0); }
};

// The cost of one request in micro-dollars, rounded to the nearest micro-dollar. Canonical usage
// counts cached tokens inside inputTokens (the dialect decoders normalise Anthropic's and Gemini's
// reporting to that), so: uncached input × input + cached reads × cachedInput + cache writes ×
// cacheWrite + (output − reasoning) × output + reasoning × reasoning.
qint64 costMicros(const Llm::Usage &usage, const Price &price);

struct UsageRecord;
// The price of a model: the user's override (config "prices", matched by provider id, preset or kind)
// first, then the built-in catalog by preset/kind.
std::optional<Price> priceFor(const QString &providerId, const QString &providerKind, const QString &model,
                              const QList<Config::PriceOverride> &overrides);
// What a finished request cost: 0 for a cache hit or a request that used no tokens, none when the
// model has no known price.
std::optional<qint64> priceOf(const UsageRecord &record, const QList<Config::PriceOverride> &overrides = {});

} // namespace Switchyard::Usage
