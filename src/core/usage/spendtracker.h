// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threadshards.h"
#include "usagerecord.h"

#include <QHash>
#include <QMutex>

namespace Switchyard::Usage {

// Money spent per app in the current UTC day and calendar month, for budgets: fed by every usage
// record (in memory, per serving thread, so a budget check is a few hash lookups), seeded at start-up
// from the usage store so that a restart does not reset anyone's spend.
class SpendTracker final : public UsageSink
{
public:
    struct Spend
    {
        qint64 dayMicros = 0;
        qint64 monthMicros = 0;
    };

    SpendTracker() = default;
    Q_DISABLE_COPY_MOVE(SpendTracker)

    void record(const UsageRecord &record) override;
    // Spend by key: an app's name, routeKey(route) or totalKey() (every request with a cost).
    [[nodiscard]] Spend spend(const QString &key, qint64 nowMs) const;
    static QString routeKey(const QString &route) { return QStringLiteral("\x1froute:") + route; }
    static QString totalKey() { return QStringLiteral("\x1ftotal"); }
    // Adds spend recorded before this process started.
    void seed(const QString &app, qint64 dayMicros, qint64 monthMicros, qint64 nowMs);

    static qint64 dayIndex(qint64 ms);
    static qint64 monthIndex(qint64 ms);
    static qint64 monthStartMs(qint64 ms);
    static qint64 nextMonthStartMs(qint64 ms);

private:
    struct Entry
    {
        qint64 day = -1;
        qint64 dayMicros = 0;
        qint64 month = -1;
        qint64 monthMicros = 0;
    };
    static void add(Entry &e, qint64 ms, qint64 dayMicros, qint64 monthMicros);

    ThreadShards<QHash<QString, Entry>> m_shards;
};

} // namespace Switchyard::Usage
