// SPDX-License-Identifier: GPL-3.0-or-later
#include "spendtracker.h"

#include <QDateTime>

namespace Switchyard::Usage {

namespace {
constexpr qint64 kDayMs = 86'400'000;
}

qint64 SpendTracker::dayIndex(qint64 ms)
{
    return ms / kDayMs;
}

qint64 SpendTracker::monthIndex(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return qint64(d.year()) * 12 + d.month() - 1;
}

qint64 SpendTracker::monthStartMs(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 SpendTracker::nextMonthStartMs(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().addMonths(1);
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void SpendTracker::add(Entry &e, qint64 ms, qint64 dayMicros, qint64 monthMicros)
{
    const qint64 day = dayIndex(ms);
    const qint64 month = monthIndex(ms);
    if (day > e.day) {
        e.day = day;
        e.dayMicros = 0;
    }
    if (month > e.month) {
        e.month = month;
        e.monthMicros = 0;
    }
    if (day == e.day)
        e.dayMicros += dayMicros;
    if (month == e.month)
        e.monthMicros += monthMicros;
}

void SpendTracker::record(const UsageRecord &record)
{
    if (!record.costMicros || *record.costMicros <= 0)
        return;
    const qint64 cost = *record.costMicros;
    auto &shard = m_shards.local();
    QMutexLocker lock(&shard.mutex);
    if (!record.app.isEmpty())
        add(shard.data[record.app], record.startedAtMs, cost, cost);
    if (!record.route.isEmpty())
        add(shard.data[routeKey(record.route)], record.startedAtMs, cost, cost);
    add(shard.data[totalKey()], record.startedAtMs, cost, cost);
}

void SpendTracker::seed(const QString &app, qint64 dayMicros, qint64 monthMicros, qint64 nowMs)
{
    auto &shard = m_shards.local();
    QMutexLocker lock(&shard.mutex);
    add(shard.data[app], nowMs, dayMicros, monthMicros);
}

SpendTracker::Spend SpendTracker::spend(const QString &app, qint64 nowMs) const
{
    Spend s;
    const qint64 day = dayIndex(nowMs);
    const qint64 month = monthIndex(nowMs);
    for (const auto &shard : m_shards.all()) {
        QMutexLocker lock(&shard.mutex);
        const auto it = shard.data.constFind(app);
        if (it == shard.data.cend())
            continue;
        if (it->day == day)
            s.dayMicros += it->dayMicros;
        if (it->month == month)
            s.monthMicros += it->monthMicros;
    }
    return s;
}

} // namespace Switchyard::Usage
