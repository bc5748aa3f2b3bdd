// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

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

} // namespace Switchyard::Usage
