// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/usagestore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Switchyard::Gui {

// What one chart shows, apart from how it is drawn (so the drawing backend can change without the
// tests or the pages noticing): categories along the x axis (time buckets or targets), one series per
// stacked or grouped bar set, and for every bar the Logs filter of the requests it counts. Values are
// exact: counts, tokens, micro-dollars, milliseconds or a percentage; money becomes dollars only when
// shown.
struct ChartTable
{
    Q_DECLARE_TR_FUNCTIONS(ChartTable)

public:
    enum class Unit
    {
        Count,
        Tokens,
        Micros,
        Milliseconds,
        Percent
    };

    struct Series
    {
        QString name;
        Usage::RowFilter filter; // what this series adds to a category's filter (group, status…)
        QList<double> values;    // one per category
        QStringList notes;       // one per category, for tooltips (may be empty strings)
    };

    QString title;
    Unit unit = Unit::Count;
    bool stacked = true;
    QStringList categories;                  // short axis labels
    QStringList categoryTitles;              // full labels, for tooltips and CSV
    QList<Usage::RowFilter> categoryFilters; // the time range (and target) of each category
    QList<Series> series;
    QString summary; // a line under the chart: the total, how many requests were unpriced…

    [[nodiscard]] int categoryCount() const { return int(categories.size()); }
    [[nodiscard]] double value(int category, int seriesIndex) const;
    [[nodiscard]] double seriesTotal(int seriesIndex) const;
    [[nodiscard]] double categoryTotal(int category) const;
    [[nodiscard]] double total() const;
    // The requests behind one bar: the category's range narrowed by the series' filter.
    [[nodiscard]] Usage::RowFilter filterFor(int category, int seriesIndex) const;
    [[nodiscard]] QString formatValue(double value) const; // exact, with its unit
    [[nodiscard]] QString tooltip(int category, int seriesIndex) const;
    // RFC 4180: a header line, then one line per category; CRLF line ends. Money in dollars.
    [[nodiscard]] QString toCsv() const;

    static QString usd(qint64 micros);      // "$0.001234": exact
    static QString usdShort(qint64 micros); // "$12.34", or exact below one cent (never "$0.00" for 0.4¢)
    static QString dollars(qint64 micros);  // "0.001234", for CSV
    static QString csvField(const QString &value);
};

} // namespace Switchyard::Gui
