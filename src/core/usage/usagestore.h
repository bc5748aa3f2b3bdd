// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usagerecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <span>
#include <string>

struct sqlite3_stmt;

namespace Switchyard::Usage {

// One aggregated row for charts and the usage API.
struct UsageRow
{
    qint64 bucketStartMs = 0; // start of the hour/day, or the query's start when not bucketed
    QString group;            // the provider/model/route/app grouped by, or empty
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cachedReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 reasoningTokens = 0;
    qint64 costMicros = 0; // of the priced requests
    qint64 unpriced = 0;   // requests with no known price (their cost is unknown, not zero)
    qint64 estimated = 0;  // requests whose tokens were estimated
    qint64 cacheHits = 0;
    qint64 latencyMsSum = 0;
    qint64 savedMicros = 0; // what cache hits would have cost

    bool operator==(const UsageRow &) const = default;
};

struct UsageQuery
{
    enum class Bucket
    {
        None,
        Hour,
        Day
    };
    enum class GroupBy
    {
        None,
        Provider,
        Model,
        Route,
        App
    };
    qint64 fromMs = 0; // inclusive; rounded down to the hour
    qint64 toMs = 0;   // exclusive; rounded up to the hour
    Bucket bucket = Bucket::None;
    GroupBy groupBy = GroupBy::None;
};

// Which raw rows the log view and its export read. Empty strings and zero bounds match everything.
struct RowFilter
{
    enum class Status
    {
        All,
        Ok,    // the client got a status below 400
        Errors // 400 and above (what the rollups count as errors)
    };
    qint64 fromMs = 0; // inclusive; 0: no lower bound
    qint64 toMs = 0;   // exclusive; 0: no upper bound
    QString app;
    QString route;
    QString provider;
    QString model;
    Status status = Status::All;
    bool cachedOnly = false;

    bool operator==(const RowFilter &) const = default;
};

// Where a page of rows ended: the next page starts strictly after it (keyset pagination, so page n
// costs what page 1 costs).
struct RowPosition
{
    qint64 startedAtMs = 0;
    qint64 id = 0;
};

// What a request sent and got, when body logging was on (secrets redacted).
struct LoggedBodies
{
    QByteArray request;
    QByteArray response;
    QByteArray requestHeaders;  // "Name: value" lines; credentials replaced by [redacted]
    QByteArray upstreamHeaders; // the provider's answer's headers, the same way
};

struct LatencyStats
{
    qint64 count = 0;
    qint64 p50Ms = 0; // upper bound of the histogram bucket holding the percentile
    qint64 p95Ms = 0;
    qint64 p99Ms = 0;
};

// One record of a batch and what it cost in micro-dollars (nullopt: unpriced).
struct PricedRecord
{
    const UsageRecord *record = nullptr;
    std::optional<qint64> cost;
};

// The usage database: SQLite through Qt Sql, WAL mode, schema versioned with PRAGMA user_version
// and migrations that each run in one transaction. Raw rows (one per request) feed hourly rollups
// written in the same transaction, so charts read a few hundred rows whatever the traffic.
// One instance per thread (a Qt Sql connection belongs to the thread that opened it).
class UsageStore final
{
public:
    UsageStore();
    ~UsageStore();
    Q_DISABLE_COPY_MOVE(UsageStore)

    // `location` is a SQLite file path, or a PostgreSQL URL (postgresql://user:password@host:port/db,
    // with ?host=/socket/dir for a Unix socket) for several daemons sharing one store.
    bool open(const QString &location, QString *error);
    static bool isPostgres(const QString &location);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] int schemaVersion();
    static int latestSchemaVersion();

    // Inserts the records and updates the rollups in one transaction. `costs[i]` is record i's cost in
    // micro-dollars, or nullopt when unpriced.
    bool insert(const QList<UsageRecord> &records, const QList<std::optional<qint64>> &costs, QString *error);
    // The same for records the caller keeps (the writer's batch, in the order the rows are to get their
    // ids); no copy of them is made.
    bool insert(std::span<const PricedRecord> batch, QString *error);
    // The bodies logged with the request `requestId` (usage.logBodies), nullopt when none were.
    [[nodiscard]] std::optional<LoggedBodies> bodies(const QByteArray &requestId);
    // Deletes raw rows (and logged bodies) started before `beforeMs` (rollups are kept). Returns rows
    // deleted.
    qint64 purgeBefore(qint64 beforeMs);

    [[nodiscard]] QList<UsageRow> aggregate(const UsageQuery &query);
    [[nodiscard]] LatencyStats latency(qint64 fromMs, qint64 toMs, const QString &provider = {},
                                       const QString &model = {});
    // Raw rows, newest first, for export and the log view.
    [[nodiscard]] QList<QJsonObject> rows(qint64 fromMs, qint64 toMs, int limit = 1000);
    // Raw rows matching `filter`, newest first (started_at, then id), after `after` when given; each
    // also carries its "id" and "savedMicros".
    [[nodiscard]] QList<QJsonObject> rows(const RowFilter &filter, const std::optional<RowPosition> &after,
                                          int limit, QString *error = nullptr);
    [[nodiscard]] qint64 rowCount();
    // Cost per app of the priced requests from `fromMs` (rounded down to its UTC day) on.
    [[nodiscard]] QHash<QString, qint64> spendByApp(qint64 fromMs);
    [[nodiscard]] QHash<QString, qint64> spendByRoute(qint64 fromMs); // the same per route
    [[nodiscard]] QString integrityCheck();                           // "ok" when the database is sound

    static int latencyBucket(qint64 ms);
    static qint64 latencyBucketUpperMs(int bucket);

private:
    bool migrate(QString *error);
    QHash<QString, qint64> spendBy(const QString &column, qint64 fromMs); // column: "app" or "route"
    bool insertBodies(std::span<const PricedRecord> batch, QString *error);
    bool insertPages(std::span<const PricedRecord> batch, QString *error);
    bool moveRowsIntoPages(QString *error);
    bool insertRollups(std::span<const PricedRecord> batch, QString *error);
    sqlite3_stmt *prepared(sqlite3_stmt *&statement, const QByteArray &sql, QString *error);
    QString dialectSql(const QString &sqliteSql) const;
    QSqlDatabase m_db;
    bool m_postgres = false;
    // SQLite: the writer's statements, prepared once per connection and run through the C API.
    sqlite3_stmt *m_insertPage = nullptr;
    sqlite3_stmt *m_upsertHourly = nullptr;
    sqlite3_stmt *m_upsertDaily = nullptr;
    sqlite3_stmt *m_upsertLatency = nullptr;
    std::string m_utf8; // SQLite: the text of the rollups being bound, as UTF-8; reused
    std::string m_page; // the page being packed; reused
    QString m_connection;
};

} // namespace Switchyard::Usage
