// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttable.h"

#include "csv.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Switchyard::Gui {

namespace {

QString isoUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

} // namespace

double ChartTable::value(int category, int seriesIndex) const
{
    if (seriesIndex < 0 || seriesIndex >= series.size())
        return 0;
    return series[seriesIndex].values.value(category);
}

double ChartTable::seriesTotal(int seriesIndex) const
{
    double sum = 0;
    for (int c = 0; c < categoryCount(); ++c)
        sum += value(c, seriesIndex);
    return sum;
}

double ChartTable::categoryTotal(int category) const
{
    double sum = 0;
    for (int s = 0; s < series.size(); ++s)
        sum += value(category, s);
    return sum;
}

double ChartTable::total() const
{
    double sum = 0;
    for (int s = 0; s < series.size(); ++s)
        sum += seriesTotal(s);
    return sum;
}

Usage::RowFilter ChartTable::filterFor(int category, int seriesIndex) const
{
    Usage::RowFilter filter = categoryFilters.value(category);
    if (seriesIndex < 0 || seriesIndex >= series.size())
        return filter;
    const Usage::RowFilter &narrow = series[seriesIndex].filter;
    // Empty fields of the series' filter leave the category's as they are.
    for (const auto &[field, narrower] :
         {std::pair{&filter.app, &narrow.app}, std::pair{&filter.route, &narrow.route},
          std::pair{&filter.provider, &narrow.provider}, std::pair{&filter.model, &narrow.model}}) {
        if (!narrower->isEmpty())
            *field = *narrower;
    }
    if (narrow.fromMs > 0)
        filter.fromMs = narrow.fromMs;
    if (narrow.toMs > 0)
        filter.toMs = narrow.toMs;
    if (narrow.status != Usage::RowFilter::Status::All)
        filter.status = narrow.status;
    filter.cachedOnly = filter.cachedOnly || narrow.cachedOnly;
    return filter;
}

QString ChartTable::formatValue(double value) const
{
    switch (unit) {
    case Unit::Count: return QLocale().toString(qint64(std::llround(value)));
    case Unit::Tokens: return tr("%L1 tokens").arg(qint64(std::llround(value)));
    case Unit::Micros: return usd(std::llround(value));
    case Unit::Milliseconds: return tr("%L1 ms").arg(qint64(std::llround(value)));
    case Unit::Percent: return tr("%L1 %").arg(value, 0, 'f', 2);
    }
    return {};
}

QString ChartTable::tooltip(int category, int seriesIndex) const
{
    QStringList lines{categoryTitles.value(category, categories.value(category))};
    if (seriesIndex >= 0 && seriesIndex < series.size()) {
        const Series &s = series[seriesIndex];
        lines << tr("%1: %2").arg(s.name, formatValue(value(category, seriesIndex)));
        if (!s.notes.value(category).isEmpty())
            lines << s.notes.value(category);
    }
    if (stacked && series.size() > 1)
        lines << tr("All: %1").arg(formatValue(categoryTotal(category)));
    return lines.join(QLatin1Char('\n'));
}

QString ChartTable::toCsv() const
{
    auto cell = [this](double v) {
        switch (unit) {
        case Unit::Micros: return dollars(std::llround(v));
        case Unit::Percent: return QString::number(v, 'f', 4);
        case Unit::Count:
        case Unit::Tokens:
        case Unit::Milliseconds: break;
        }
        return QString::number(std::llround(v));
    };
    QStringList header{QStringLiteral("category"), QStringLiteral("from"), QStringLiteral("to")};
    for (const Series &s : series)
        header << csvField(s.name);
    if (stacked)
        header << QStringLiteral("total");
    QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n"); // RFC 4180 §2.1: CRLF
    for (int c = 0; c < categoryCount(); ++c) {
        const Usage::RowFilter range = categoryFilters.value(c);
        QStringList line{csvField(categoryTitles.value(c, categories.value(c))), isoUtc(range.fromMs),
                         isoUtc(range.toMs)};
        for (int s = 0; s < series.size(); ++s)
            line << cell(value(c, s));
        if (stacked)
            line << cell(categoryTotal(c));
        csv += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

QString ChartTable::dollars(qint64 micros)
{
    // An exact decimal, without a float in between.
    const QLatin1StringView sign = micros < 0 ? QLatin1StringView("-") : QLatin1StringView("");
    const qint64 m = micros < 0 ? -micros : micros;
    return sign + QString::number(m / 1'000'000) + QLatin1Char('.') +
           QStringLiteral("%1").arg(m % 1'000'000, 6, 10, QLatin1Char('0'));
}

QString ChartTable::usd(qint64 micros)
{
    return tr("$%1").arg(dollars(micros));
}

QString ChartTable::usdShort(qint64 micros)
{
    if (micros != 0 && micros < 10'000 && micros > -10'000)
        return usd(micros);
    // Rounded to the cent in integers (a float would show 0.015 as "0.01").
    const qint64 cents = ((micros < 0 ? -micros : micros) + 5'000) / 10'000;
    return tr("$%1").arg((micros < 0 ? QStringLiteral("-") : QString()) + QString::number(cents / 100) +
                         QLatin1Char('.') + QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0')));
}

QString ChartTable::csvField(const QString &value)
{
    return Csv::field(value);
}

} // namespace Switchyard::Gui
