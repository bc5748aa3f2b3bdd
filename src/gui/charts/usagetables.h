// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttable.h"
#include "usage/usagestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Switchyard::Gui {

// The time a chart covers and how it is cut: hour buckets up to two days, UTC day buckets beyond
// (the store's hourly and daily rollups, so a chart reads a few hundred rows whatever the traffic).
struct ChartRange
{
    qint64 fromMs = 0; // the first bucket starts at or before it
    qint64 toMs = 0;   // exclusive; the last bucket holds it
    Usage::UsageQuery::Bucket bucket = Usage::UsageQuery::Bucket::Hour;

    static constexpr qint64 kHourMs = 3'600'000;
    static constexpr qint64 kDayMs = 24 * kHourMs;
    static constexpr int kMaxDays = 366; // a custom range is cut to its last year

    static ChartRange last24Hours(qint64 nowMs); // 24 hour buckets, the current one last
    static ChartRange lastDays(int days, qint64 nowMs);
    static ChartRange custom(qint64 fromMs, qint64 toMs);

    [[nodiscard]] qint64 periodMs() const;
    [[nodiscard]] QList<qint64> bucketStarts() const;
    [[nodiscard]] Usage::UsageQuery query(Usage::UsageQuery::GroupBy groupBy) const;
    bool operator==(const ChartRange &) const = default;
};

// p50/p95 of one provider/model over a range, from the store's latency histograms.
struct TargetLatency
{
    QString provider;
    QString model;
    Usage::LatencyStats stats;
};

// Turns the store's rollup rows into the tables the charts draw. Pure functions of their input, so
// the tests check the numbers without a chart in sight.
class UsageTables final
{
    Q_DECLARE_TR_FUNCTIONS(UsageTables)

public:
    static constexpr int kMaxGroups = 8; // more groups than this: the smallest are summed as "Other"

    // Spend (priced requests, micro-dollars) per bucket stacked by group; unpriced requests are
    // counted in the notes and the summary, never as $0.
    static ChartTable spend(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                            Usage::UsageQuery::GroupBy groupBy);
    static ChartTable requests(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                               Usage::UsageQuery::GroupBy groupBy);
    static ChartTable tokens(const ChartRange &range, const QList<Usage::UsageRow> &rows);
    static ChartTable errorRate(const ChartRange &range, const QList<Usage::UsageRow> &rows);
    static ChartTable cacheHits(const ChartRange &range, const QList<Usage::UsageRow> &rows);
    static ChartTable saved(const ChartRange &range, const QList<Usage::UsageRow> &rows);
    static ChartTable latency(const ChartRange &range, const QList<TargetLatency> &targets);

    // The Logs filter of a group value as the store's rollups name it.
    static Usage::RowFilter groupFilter(Usage::UsageQuery::GroupBy groupBy, const QString &group);
    // "provider/model" → {provider, model}; model names may hold '/' themselves, provider ids do not.
    static std::pair<QString, QString> splitTarget(const QString &target);
    // The targets of a range, busiest first, at most `limit`; those without a provider are left out.
    static QList<std::pair<QString, QString>> busiestTargets(const QList<Usage::UsageRow> &byModel,
                                                             int limit);

private:
    static ChartTable timeTable(const ChartRange &range);
    static ChartTable grouped(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                              Usage::UsageQuery::GroupBy groupBy, qint64 Usage::UsageRow::*measure,
                              QHash<QString, int> *seriesOfGroup = nullptr); // group → its series
};

} // namespace Switchyard::Gui
