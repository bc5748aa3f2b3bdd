// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagetables.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Switchyard::Gui {

namespace {

void addInto(Usage::UsageRow &sum, const Usage::UsageRow &row)
{
    sum.requests += row.requests;
    sum.errors += row.errors;
    sum.inputTokens += row.inputTokens;
    sum.outputTokens += row.outputTokens;
    sum.cachedReadTokens += row.cachedReadTokens;
    sum.cacheWriteTokens += row.cacheWriteTokens;
    sum.reasoningTokens += row.reasoningTokens;
    sum.costMicros += row.costMicros;
    sum.unpriced += row.unpriced;
    sum.estimated += row.estimated;
    sum.cacheHits += row.cacheHits;
    sum.latencyMsSum += row.latencyMsSum;
    sum.savedMicros += row.savedMicros;
}

// Every bucket's rows summed over the groups, in bucket order.
QList<Usage::UsageRow> perBucket(const ChartRange &range, const QList<Usage::UsageRow> &rows)
{
    const QList<qint64> starts = range.bucketStarts();
    QList<Usage::UsageRow> sums(starts.size());
    QHash<qint64, int> index;
    for (int i = 0; i < starts.size(); ++i) {
        index.insert(starts[i], i);
        sums[i].bucketStartMs = starts[i];
    }
    for (const Usage::UsageRow &row : rows) {
        const auto it = index.constFind(row.bucketStartMs);
        if (it != index.cend())
            addInto(sums[*it], row);
    }
    return sums;
}

ChartTable::Series series(const QString &name, int categories, const Usage::RowFilter &filter = {})
{
    ChartTable::Series s;
    s.name = name;
    s.filter = filter;
    s.values = QList<double>(categories, 0.0);
    s.notes = QStringList(categories);
    return s;
}

} // namespace

ChartRange ChartRange::last24Hours(qint64 nowMs)
{
    const qint64 hour = nowMs / kHourMs * kHourMs;
    return {hour - 23 * kHourMs, nowMs, Usage::UsageQuery::Bucket::Hour};
}

ChartRange ChartRange::lastDays(int days, qint64 nowMs)
{
    const qint64 day = nowMs / kDayMs * kDayMs;
    return {day - qint64(qMax(1, days) - 1) * kDayMs, nowMs, Usage::UsageQuery::Bucket::Day};
}

ChartRange ChartRange::custom(qint64 fromMs, qint64 toMs)
{
    toMs = qMax(fromMs, toMs);
    fromMs = qMax(fromMs, toMs - kMaxDays * kDayMs);
    return {fromMs, toMs,
            toMs - fromMs <= 2 * kDayMs ? Usage::UsageQuery::Bucket::Hour : Usage::UsageQuery::Bucket::Day};
}

qint64 ChartRange::periodMs() const
{
    return bucket == Usage::UsageQuery::Bucket::Day ? kDayMs : kHourMs;
}

QList<qint64> ChartRange::bucketStarts() const
{
    QList<qint64> starts;
    const qint64 period = periodMs();
    for (qint64 start = fromMs / period * period; start < toMs; start += period)
        starts.append(start);
    return starts;
}

Usage::UsageQuery ChartRange::query(Usage::UsageQuery::GroupBy groupBy) const
{
    Usage::UsageQuery q;
    q.fromMs = fromMs;
    q.toMs = toMs;
    q.bucket = bucket;
    q.groupBy = groupBy;
    return q;
}

ChartTable UsageTables::timeTable(const ChartRange &range)
{
    ChartTable table;
    const QList<qint64> starts = range.bucketStarts();
    const qint64 period = range.periodMs();
    const bool days = range.bucket == Usage::UsageQuery::Bucket::Day;
    const QLocale locale;
    for (const qint64 start : starts) {
        Usage::RowFilter filter;
        filter.fromMs = start;
        filter.toMs = start + period;
        table.categoryFilters.append(filter);
        if (days) {
            // Day buckets are the store's UTC days.
            const QDate date = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
            table.categories.append(locale.toString(date, QStringLiteral("d MMM")));
            table.categoryTitles.append(tr("%1 (UTC day)").arg(date.toString(Qt::ISODate)));
        } else {
            const QDateTime from = QDateTime::fromMSecsSinceEpoch(start);
            const QDateTime to = QDateTime::fromMSecsSinceEpoch(start + period);
            table.categories.append(locale.toString(from, QStringLiteral("HH:mm")));
            table.categoryTitles.append(
                tr("%1–%2").arg(locale.toString(from, QStringLiteral("yyyy-MM-dd HH:mm")),
                                locale.toString(to, QStringLiteral("HH:mm"))));
        }
    }
    // The axis needs distinct labels: past a day of hours (or a year of days) the short ones repeat.
    if (QSet<QString>(table.categories.cbegin(), table.categories.cend()).size() != table.categories.size()) {
        for (int i = 0; i < starts.size(); ++i)
            table.categories[i] =
                days ? QDateTime::fromMSecsSinceEpoch(starts[i], Qt::UTC).date().toString(Qt::ISODate)
                     : locale.toString(QDateTime::fromMSecsSinceEpoch(starts[i]),
                                       QStringLiteral("d MMM HH:mm"));
    }
    return table;
}

Usage::RowFilter UsageTables::groupFilter(Usage::UsageQuery::GroupBy groupBy, const QString &group)
{
    Usage::RowFilter filter;
    if (group.isEmpty())
        return filter; // "(none)": the Logs filters cannot ask for an empty value
    switch (groupBy) {
    case Usage::UsageQuery::GroupBy::None: break;
    case Usage::UsageQuery::GroupBy::Provider: filter.provider = group; break;
    case Usage::UsageQuery::GroupBy::Model:
        std::tie(filter.provider, filter.model) = splitTarget(group);
        break;
    case Usage::UsageQuery::GroupBy::Route: filter.route = group; break;
    case Usage::UsageQuery::GroupBy::App: filter.app = group; break;
    }
    return filter;
}

std::pair<QString, QString> UsageTables::splitTarget(const QString &target)
{
    const qsizetype slash = target.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {target, QString()};
    return {target.left(slash), target.mid(slash + 1)};
}

ChartTable UsageTables::grouped(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                                Usage::UsageQuery::GroupBy groupBy, qint64 Usage::UsageRow::*measure,
                                QHash<QString, int> *seriesOfGroup)
{
    ChartTable table = timeTable(range);
    table.stacked = true;
    // Groups by their total over the range, largest first; past kMaxGroups the rest become "Other".
    QHash<QString, Usage::UsageRow> totals;
    for (const Usage::UsageRow &row : rows)
        addInto(totals[row.group], row);
    QStringList groups = totals.keys();
    std::sort(groups.begin(), groups.end(), [&](const QString &a, const QString &b) {
        const Usage::UsageRow &ra = totals[a];
        const Usage::UsageRow &rb = totals[b];
        if (ra.*measure != rb.*measure)
            return ra.*measure > rb.*measure;
        if (ra.requests != rb.requests)
            return ra.requests > rb.requests;
        return a < b;
    });
    const bool other = groups.size() > kMaxGroups;
    if (other)
        groups.resize(kMaxGroups - 1);
    QHash<QString, int> seriesOf;
    for (const QString &g : std::as_const(groups)) {
        seriesOf.insert(g, int(table.series.size()));
        table.series.append(
            series(g.isEmpty() ? tr("(none)") : g, table.categoryCount(), groupFilter(groupBy, g)));
    }
    if (other)
        table.series.append(series(tr("Other"), table.categoryCount()));
    QHash<qint64, int> categoryOf;
    const QList<qint64> starts = range.bucketStarts();
    for (int i = 0; i < starts.size(); ++i)
        categoryOf.insert(starts[i], i);
    for (const Usage::UsageRow &row : rows) {
        const int s = seriesOf.value(row.group, other ? int(table.series.size()) - 1 : -1);
        if (seriesOfGroup)
            seriesOfGroup->insert(row.group, s);
        const auto c = categoryOf.constFind(row.bucketStartMs);
        if (c != categoryOf.cend() && s >= 0)
            table.series[s].values[*c] += double(row.*measure);
    }
    return table;
}

ChartTable UsageTables::spend(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                              Usage::UsageQuery::GroupBy groupBy)
{
    QHash<QString, int> seriesOf;
    ChartTable table = grouped(range, rows, groupBy, &Usage::UsageRow::costMicros, &seriesOf);
    table.title = tr("Spend");
    table.unit = ChartTable::Unit::Micros;
    // The unpriced requests of each bar, so that an empty bar is never read as free.
    QHash<qint64, int> categoryOf;
    const QList<qint64> starts = range.bucketStarts();
    for (int i = 0; i < starts.size(); ++i)
        categoryOf.insert(starts[i], i);
    QHash<int, QHash<int, qint64>> unpriced; // series → category → requests
    qint64 cost = 0;
    qint64 unpricedTotal = 0;
    for (const Usage::UsageRow &row : rows) {
        const auto c = categoryOf.constFind(row.bucketStartMs);
        if (c == categoryOf.cend())
            continue;
        cost += row.costMicros;
        unpricedTotal += row.unpriced;
        const int s = seriesOf.value(row.group, -1);
        if (s >= 0)
            unpriced[s][*c] += row.unpriced;
    }
    for (auto it = unpriced.cbegin(); it != unpriced.cend(); ++it) {
        for (auto c = it->cbegin(); c != it->cend(); ++c) {
            if (c.value() > 0)
                table.series[it.key()].notes[c.key()] =
                    tr("Unpriced requests: %L1 (cost unknown, not counted)").arg(c.value());
        }
    }
    table.summary = tr("Total: %1").arg(ChartTable::usd(cost));
    if (unpricedTotal > 0)
        table.summary +=
            QStringLiteral(" · ") + tr("Unpriced requests: %L1 (their cost is unknown and not counted above; "
                                       "add a price under Providers & Keys to count new ones)")
                                        .arg(unpricedTotal);
    return table;
}

ChartTable UsageTables::requests(const ChartRange &range, const QList<Usage::UsageRow> &rows,
                                 Usage::UsageQuery::GroupBy groupBy)
{
    ChartTable table = grouped(range, rows, groupBy, &Usage::UsageRow::requests);
    table.title = tr("Requests");
    table.unit = ChartTable::Unit::Count;
    qint64 requests = 0;
    qint64 errors = 0;
    for (const Usage::UsageRow &row : rows) {
        requests += row.requests;
        errors += row.errors;
    }
    table.summary = tr("Total: %L1 requests, %L2 errors").arg(requests).arg(errors);
    return table;
}

ChartTable UsageTables::tokens(const ChartRange &range, const QList<Usage::UsageRow> &rows)
{
    ChartTable table = timeTable(range);
    table.title = tr("Tokens");
    table.unit = ChartTable::Unit::Tokens;
    table.stacked = true;
    ChartTable::Series input = series(tr("Input"), table.categoryCount());
    ChartTable::Series output = series(tr("Output"), table.categoryCount());
    qint64 in = 0;
    qint64 out = 0;
    qint64 estimated = 0;
    const QList<Usage::UsageRow> buckets = perBucket(range, rows);
    for (int c = 0; c < buckets.size(); ++c) {
        const Usage::UsageRow &b = buckets[c];
        input.values[c] = double(b.inputTokens);
        output.values[c] = double(b.outputTokens);
        if (b.cachedReadTokens > 0)
            input.notes[c] = tr("%L1 of them read from the provider's cache").arg(b.cachedReadTokens);
        if (b.reasoningTokens > 0)
            output.notes[c] = tr("%L1 of them reasoning").arg(b.reasoningTokens);
        in += b.inputTokens;
        out += b.outputTokens;
        estimated += b.estimated;
    }
    table.series = {input, output};
    table.summary = tr("Total: %L1 input and %L2 output tokens").arg(in).arg(out);
    if (estimated > 0)
        table.summary +=
            QStringLiteral(" · ") +
            tr("Requests with estimated counts (the provider did not report them): %L1").arg(estimated);
    return table;
}

ChartTable UsageTables::errorRate(const ChartRange &range, const QList<Usage::UsageRow> &rows)
{
    ChartTable table = timeTable(range);
    table.title = tr("Error rate");
    table.unit = ChartTable::Unit::Percent;
    table.stacked = false;
    Usage::RowFilter errorsOnly;
    errorsOnly.status = Usage::RowFilter::Status::Errors;
    ChartTable::Series rate = series(tr("Error rate"), table.categoryCount(), errorsOnly);
    qint64 requests = 0;
    qint64 errors = 0;
    const QList<Usage::UsageRow> buckets = perBucket(range, rows);
    for (int c = 0; c < buckets.size(); ++c) {
        const Usage::UsageRow &b = buckets[c];
        rate.values[c] = b.requests > 0 ? 100.0 * double(b.errors) / double(b.requests) : 0.0;
        rate.notes[c] = tr("%L1 of %L2 requests failed").arg(b.errors).arg(b.requests);
        requests += b.requests;
        errors += b.errors;
    }
    table.series = {rate};
    table.summary =
        tr("%L1 of %L2 requests failed (%3)")
            .arg(errors)
            .arg(requests)
            .arg(table.formatValue(requests > 0 ? 100.0 * double(errors) / double(requests) : 0.0));
    return table;
}

ChartTable UsageTables::cacheHits(const ChartRange &range, const QList<Usage::UsageRow> &rows)
{
    ChartTable table = timeTable(range);
    table.title = tr("Cache hits");
    table.unit = ChartTable::Unit::Count;
    table.stacked = false;
    Usage::RowFilter cached;
    cached.cachedOnly = true;
    ChartTable::Series hits = series(tr("Cache hits"), table.categoryCount(), cached);
    qint64 total = 0;
    qint64 saved = 0;
    const QList<Usage::UsageRow> buckets = perBucket(range, rows);
    for (int c = 0; c < buckets.size(); ++c) {
        hits.values[c] = double(buckets[c].cacheHits);
        if (buckets[c].cacheHits > 0)
            hits.notes[c] = tr("Saved %1").arg(ChartTable::usd(buckets[c].savedMicros));
        total += buckets[c].cacheHits;
        saved += buckets[c].savedMicros;
    }
    table.series = {hits};
    table.summary = tr("Cache hits: %L1, saving %2").arg(total).arg(ChartTable::usd(saved));
    return table;
}

ChartTable UsageTables::saved(const ChartRange &range, const QList<Usage::UsageRow> &rows)
{
    ChartTable table = timeTable(range);
    table.title = tr("Money saved");
    table.unit = ChartTable::Unit::Micros;
    table.stacked = false;
    Usage::RowFilter cached;
    cached.cachedOnly = true;
    ChartTable::Series money = series(tr("Saved by the cache"), table.categoryCount(), cached);
    qint64 hits = 0;
    qint64 total = 0;
    const QList<Usage::UsageRow> buckets = perBucket(range, rows);
    for (int c = 0; c < buckets.size(); ++c) {
        money.values[c] = double(buckets[c].savedMicros);
        if (buckets[c].cacheHits > 0)
            money.notes[c] = tr("Cache hits: %L1").arg(buckets[c].cacheHits);
        hits += buckets[c].cacheHits;
        total += buckets[c].savedMicros;
    }
    table.series = {money};
    table.summary = tr("Saved by the cache: %1 (cache hits: %L2)").arg(ChartTable::usd(total)).arg(hits);
    return table;
}

QList<std::pair<QString, QString>> UsageTables::busiestTargets(const QList<Usage::UsageRow> &byModel,
                                                               int limit)
{
    QHash<QString, qint64> requests;
    for (const Usage::UsageRow &row : byModel) {
        if (!row.group.isEmpty() && !row.group.startsWith(QLatin1Char('/')))
            requests[row.group] += row.requests;
    }
    QStringList targets = requests.keys();
    std::sort(targets.begin(), targets.end(), [&](const QString &a, const QString &b) {
        return requests[a] != requests[b] ? requests[a] > requests[b] : a < b;
    });
    QList<std::pair<QString, QString>> out;
    for (const QString &t : std::as_const(targets)) {
        if (out.size() >= limit)
            break;
        out.append(splitTarget(t));
    }
    return out;
}

ChartTable UsageTables::latency(const ChartRange &range, const QList<TargetLatency> &targets)
{
    ChartTable table;
    table.title = tr("Latency");
    table.unit = ChartTable::Unit::Milliseconds;
    table.stacked = false;
    const QList<qint64> starts = range.bucketStarts();
    ChartTable::Series p50 = series(tr("p50"), int(targets.size()));
    ChartTable::Series p95 = series(tr("p95"), int(targets.size()));
    qint64 measured = 0;
    for (int c = 0; c < targets.size(); ++c) {
        const TargetLatency &t = targets[c];
        const QString name = t.provider + QLatin1Char('/') + t.model;
        table.categories.append(name);
        table.categoryTitles.append(name);
        Usage::RowFilter filter;
        filter.fromMs = starts.isEmpty() ? range.fromMs : starts.first();
        filter.toMs = starts.isEmpty() ? range.toMs : starts.last() + range.periodMs();
        filter.provider = t.provider;
        filter.model = t.model;
        table.categoryFilters.append(filter);
        p50.values[c] = double(t.stats.p50Ms);
        p95.values[c] = double(t.stats.p95Ms);
        p50.notes[c] = p95.notes[c] = tr("Requests measured: %L1").arg(t.stats.count);
        measured += t.stats.count;
    }
    table.series = {p50, p95};
    table.summary =
        tr("Requests measured: %L1. A percentile is the upper edge of the latency bucket it falls in.")
            .arg(measured);
    return table;
}

} // namespace Switchyard::Gui
