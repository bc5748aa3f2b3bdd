// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetforecast.h"

#include "usage/spendtracker.h"

#include <cmath>

namespace Switchyard::Gui {

namespace {

constexpr qint64 kDayMs = 86'400'000;
// The pace is not judged on less than a minute of the period (no division by zero at midnight).
constexpr qint64 kMinElapsedMs = 60'000;

int percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return 0;
    return int(std::min<long double>(1e6L, std::floor(100.0L * part / whole)));
}

} // namespace

int BudgetForecast::percent() const
{
    return percentOf(spentMicros, limitMicros);
}

int BudgetForecast::forecastPercent() const
{
    return percentOf(forecastMicros, limitMicros);
}

BudgetForecast BudgetForecast::compute(qint64 spentMicros, qint64 limitMicros, int warnAtPercent,
                                       qint64 periodStartMs, qint64 periodEndMs, qint64 nowMs)
{
    BudgetForecast f;
    f.spentMicros = spentMicros;
    f.limitMicros = limitMicros;
    f.periodStartMs = periodStartMs;
    f.periodEndMs = periodEndMs;
    const qint64 length = qMax<qint64>(1, periodEndMs - periodStartMs);
    const qint64 elapsed = qBound<qint64>(kMinElapsedMs, nowMs - periodStartMs, length);
    // long double: micro-dollars times milliseconds passes 2^63 for large budgets.
    f.forecastMicros = qint64(std::llround(static_cast<long double>(spentMicros) * length / elapsed));
    if (limitMicros > 0) {
        // The same thresholds as the gateway's (warnAtPercent of the limit, then the limit itself).
        if (spentMicros >= limitMicros)
            f.state = State::Over;
        else if (static_cast<long double>(spentMicros) * 100 >=
                 static_cast<long double>(limitMicros) * warnAtPercent)
            f.state = State::Warning;
        f.forecastOver = f.forecastMicros >= limitMicros;
    }
    return f;
}

BudgetForecast BudgetForecast::compute(const BudgetLine &line, qint64 nowMs)
{
    const auto [start, end] = period(line.period, nowMs);
    return compute(line.spentMicros, line.limitMicros, line.warnAtPercent, start, end, nowMs);
}

std::pair<qint64, qint64> BudgetForecast::period(BudgetLine::Period period, qint64 nowMs)
{
    if (period == BudgetLine::Period::Day) {
        const qint64 start = Usage::SpendTracker::dayIndex(nowMs) * kDayMs;
        return {start, start + kDayMs};
    }
    return {Usage::SpendTracker::monthStartMs(nowMs), Usage::SpendTracker::nextMonthStartMs(nowMs)};
}

QList<BudgetLine> BudgetForecast::linesOf(const Config::Config &config)
{
    QList<BudgetLine> lines;
    auto add = [&lines](BudgetLine::Scope scope, const QString &name, const Config::Budget &budget) {
        for (const auto &[period, limit] : {std::pair{BudgetLine::Period::Day, budget.dailyMicros},
                                            std::pair{BudgetLine::Period::Month, budget.monthlyMicros}}) {
            if (limit <= 0)
                continue;
            BudgetLine line;
            line.scope = scope;
            line.name = name;
            line.period = period;
            line.limitMicros = limit;
            line.warnAtPercent = budget.warnAtPercent;
            lines.append(line);
        }
    };
    add(BudgetLine::Scope::Overall, QString(), config.budget);
    for (const Config::Route &r : config.routes)
        add(BudgetLine::Scope::Route, r.name, r.budget);
    for (const Config::AccessToken &t : config.tokens) {
        if (t.enabled)
            add(BudgetLine::Scope::App, t.name, t.budget);
    }
    return lines;
}

} // namespace Switchyard::Gui
