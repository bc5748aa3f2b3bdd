// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Switchyard::Gui {

// One budget of the config in one period, with what has been spent in it so far.
struct BudgetLine
{
    enum class Scope
    {
        Overall,
        Route,
        App
    };
    enum class Period
    {
        Day,  // the UTC day, as the gateway enforces it
        Month // the UTC calendar month
    };
    Scope scope = Scope::Overall;
    QString name; // the route's or the app's; empty for Overall
    Period period = Period::Day;
    qint64 limitMicros = 0;
    int warnAtPercent = 80;
    qint64 spentMicros = 0;

    bool operator==(const BudgetLine &) const = default;
};

// Where a budget stands and where it is heading: a straight line from the start of the period through
// the spend so far, continued to the period's end.
struct BudgetForecast
{
    Q_DECLARE_TR_FUNCTIONS(BudgetForecast)

public:
    enum class State
    {
        Normal,
        Warning, // at or past the budget's warning percentage
        Over     // at or past the limit: the gateway refuses requests
    };

    qint64 spentMicros = 0;
    qint64 limitMicros = 0;
    qint64 forecastMicros = 0;
    qint64 periodStartMs = 0;
    qint64 periodEndMs = 0;
    State state = State::Normal;
    bool forecastOver = false; // on this pace the limit is reached before the period ends

    [[nodiscard]] int percent() const; // spent of limit, may pass 100
    [[nodiscard]] int forecastPercent() const;

    static BudgetForecast compute(qint64 spentMicros, qint64 limitMicros, int warnAtPercent,
                                  qint64 periodStartMs, qint64 periodEndMs, qint64 nowMs);
    static BudgetForecast compute(const BudgetLine &line, qint64 nowMs);
    // [start, end) of the period holding nowMs (UTC, as Usage::SpendTracker counts).
    static std::pair<qint64, qint64> period(BudgetLine::Period period, qint64 nowMs);
    // Every budget the config sets, overall first, then routes, then apps; each with day before month.
    // Spend is left at zero for the caller to fill in.
    static QList<BudgetLine> linesOf(const Config::Config &config);
};

} // namespace Switchyard::Gui
