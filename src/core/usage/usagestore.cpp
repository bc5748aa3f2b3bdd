// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagestore.h"

#include "recordcodec.h"

#include "secrets/redaction.h"

#include <QAtomicInteger>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <QVarLengthArray>

#include <sqlite3.h>

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

Q_LOGGING_CATEGORY(lcUsage, "switchyard.usage", QtWarningMsg)

namespace Switchyard::Usage {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kLatencyBuckets = 24; // log2 ms: 1 ms … ~4.6 h

// Schema migrations, in order; migration i brings user_version from i to i + 1.
const char *const kMigrations[] = {
    R"sql(
CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    request_id TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    app TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    dialect TEXT NOT NULL,
    requested_model TEXT NOT NULL,
    route TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    status INTEGER NOT NULL,
    error_code TEXT NOT NULL,
    stream INTEGER NOT NULL,
    translated INTEGER NOT NULL,
    cache_hit INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cached_read_tokens INTEGER NOT NULL,
    cache_write_tokens INTEGER NOT NULL,
    reasoning_tokens INTEGER NOT NULL,
    usage_known INTEGER NOT NULL,
    usage_estimated INTEGER NOT NULL,
    cost_micros INTEGER,
    latency_ms INTEGER NOT NULL,
    first_byte_ms INTEGER NOT NULL,
    bytes_in INTEGER NOT NULL,
    bytes_out INTEGER NOT NULL,
    attempts TEXT NOT NULL,
    tags TEXT NOT NULL
);
CREATE INDEX requests_started_at ON requests (started_at);
CREATE TABLE usage_hourly (
    hour INTEGER NOT NULL,
    app TEXT NOT NULL,
    route TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    requests INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cached_read_tokens INTEGER NOT NULL,
    cache_write_tokens INTEGER NOT NULL,
    reasoning_tokens INTEGER NOT NULL,
    cost_micros INTEGER NOT NULL,
    unpriced INTEGER NOT NULL,
    estimated INTEGER NOT NULL,
    cache_hits INTEGER NOT NULL,
    latency_ms_sum INTEGER NOT NULL,
    PRIMARY KEY (hour, app, route, provider, model)
) WITHOUT ROWID;
CREATE TABLE latency_hourly (
    hour INTEGER NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    bucket INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (hour, provider, model, bucket)
) WITHOUT ROWID;
)sql",
    // 2: daily rollups, so month-long charts read a few thousand rows at most; backfilled from the
    // hourly ones.
    R"sql(
CREATE TABLE usage_daily (
    day INTEGER NOT NULL,
    app TEXT NOT NULL,
    route TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    requests INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    input_tokens INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    cached_read_tokens INTEGER NOT NULL,
    cache_write_tokens INTEGER NOT NULL,
    reasoning_tokens INTEGER NOT NULL,
    cost_micros INTEGER NOT NULL,
    unpriced INTEGER NOT NULL,
    estimated INTEGER NOT NULL,
    cache_hits INTEGER NOT NULL,
    latency_ms_sum INTEGER NOT NULL,
    PRIMARY KEY (day, app, route, provider, model)
) WITHOUT ROWID;
INSERT INTO usage_daily SELECT hour / 24, app, route, provider, model, SUM(requests), SUM(errors),
    SUM(input_tokens), SUM(output_tokens), SUM(cached_read_tokens), SUM(cache_write_tokens), SUM(reasoning_tokens),
    SUM(cost_micros), SUM(unpriced), SUM(estimated), SUM(cache_hits), SUM(latency_ms_sum)
    FROM usage_hourly GROUP BY hour / 24, app, route, provider, model;
)sql",
    // 3: what cache hits saved.
    R"sql(
ALTER TABLE requests ADD COLUMN saved_micros INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_hourly ADD COLUMN saved_micros INTEGER NOT NULL DEFAULT 0;
ALTER TABLE usage_daily ADD COLUMN saved_micros INTEGER NOT NULL DEFAULT 0;
)sql",
    // 4: request and response bodies, kept only while body logging is on (usage.logBodies); apart from
    // the rows, so that the log view and the rollups never read them.
    R"sql(
CREATE TABLE request_bodies (
    request_id TEXT PRIMARY KEY,
    started_at INTEGER NOT NULL,
    request BLOB NOT NULL,
    response BLOB NOT NULL,
    request_headers BLOB NOT NULL,
    upstream_headers BLOB NOT NULL
);
CREATE INDEX request_bodies_started_at ON request_bodies (started_at);
)sql",
    // 5: raw records packed many to a row (RecordCodec pages) instead of one 29-column row each: the
    // writer's instructions per record fell about fivefold (bench/README.md, "Session 5"). migrate()
    // moves the rows of `requests` into pages (a one-time cost: seconds for a million rows) and drops
    // the table.
    R"sql(
CREATE TABLE request_pages (
    id INTEGER PRIMARY KEY,
    first_started_at INTEGER NOT NULL,
    last_started_at INTEGER NOT NULL,
    records INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX request_pages_last_started_at ON request_pages (last_started_at);
)sql",
};

// Records per page at most, and how a record's id is made of its page's and its place in it.
constexpr size_t kPageRecords = 4096;
constexpr qint64 kIdsPerPage = 4096;

// A body as it is stored: anything shaped like a key or a token removed (a prompt may quote one).
QByteArray redactedBody(const QByteArray &body)
{
    return body.isEmpty() ? QByteArray("") : Secrets::redactSecrets(QString::fromUtf8(body)).toUtf8();
}

// RAII transaction: rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    [[nodiscard]] bool active() const { return m_active; }
    bool commit()
    {
        const bool ok = m_db.commit();
        m_active = false;
        return ok;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Rollup keys point into the batch's records (alive for the whole insert): no string is copied, and
// no reference count shared with the serving threads is touched, to sum a batch.
struct RollupKey
{
    qint64 period; // hour, or day
    QStringView app, route, provider, model;
    bool operator==(const RollupKey &) const = default;
};
size_t qHash(const RollupKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.period, k.app, k.route, k.provider, k.model);
}

struct LatencyKey
{
    qint64 hour;
    QStringView provider, model;
    int bucket;
    bool operator==(const LatencyKey &) const = default;
};
size_t qHash(const LatencyKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.hour, k.provider, k.model, k.bucket);
}

void addTo(UsageRow &sum, const UsageRow &more)
{
    sum.requests += more.requests;
    sum.errors += more.errors;
    sum.inputTokens += more.inputTokens;
    sum.outputTokens += more.outputTokens;
    sum.cachedReadTokens += more.cachedReadTokens;
    sum.cacheWriteTokens += more.cacheWriteTokens;
    sum.reasoningTokens += more.reasoningTokens;
    sum.costMicros += more.costMicros;
    sum.unpriced += more.unpriced;
    sum.estimated += more.estimated;
    sum.cacheHits += more.cacheHits;
    sum.savedMicros += more.savedMicros;
    sum.latencyMsSum += more.latencyMsSum;
}

// A batch summed per hour (and from that per day) and per latency bucket: what its rollup upserts add.
struct BatchRollups
{
    QHash<RollupKey, UsageRow> hourly;
    QHash<RollupKey, UsageRow> daily;
    QHash<LatencyKey, qint64> latencies;
};

BatchRollups sumBatch(std::span<const PricedRecord> batch)
{
    // Per hour and key, the sums and the latency histogram; the histogram is then summed over apps and
    // routes. Live traffic comes in runs of the same app, route and model: the entry of the last record
    // is reused without hashing while the key stays the same. (A QHash value stays where it is until
    // the next insertion, and `last` is refreshed by every insertion.)
    struct HourSums
    {
        UsageRow row;
        std::array<qint64, kLatencyBuckets> latency{};
    };
    QHash<RollupKey, HourSums> hours;
    RollupKey lastKey{-1, {}, {}, {}, {}};
    HourSums *last = nullptr;
    for (const PricedRecord &item : batch) {
        const UsageRecord &r = *item.record;
        const std::optional<qint64> &cost = item.cost;
        const RollupKey key{r.startedAtMs / kHourMs, r.app, r.route, r.provider, r.model};
        if (!last || !(key == lastKey)) {
            last = &hours[key];
            lastKey = key;
        }
        UsageRow &agg = last->row;
        agg.requests += 1;
        agg.errors += r.status >= 400 ? 1 : 0;
        agg.inputTokens += r.usage.inputTokens;
        agg.outputTokens += r.usage.outputTokens;
        agg.cachedReadTokens += r.usage.cachedReadTokens;
        agg.cacheWriteTokens += r.usage.cacheWriteTokens;
        agg.reasoningTokens += r.usage.reasoningTokens;
        agg.costMicros += cost.value_or(0);
        // A request that used tokens but has no price is unpriced; a failed request without tokens costs
        // nothing.
        agg.unpriced += !cost && (r.usage.inputTokens > 0 || r.usage.outputTokens > 0) ? 1 : 0;
        agg.estimated += r.usage.estimated ? 1 : 0;
        agg.cacheHits += r.cacheHit ? 1 : 0;
        agg.savedMicros += r.savedMicros;
        agg.latencyMsSum += r.latencyMs;
        last->latency[size_t(UsageStore::latencyBucket(r.latencyMs))] += 1;
    }
    BatchRollups out;
    out.hourly.reserve(hours.size());
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        const RollupKey &k = it.key();
        out.hourly.insert(k, it->row);
        RollupKey day = k;
        day.period /= 24;
        addTo(out.daily[day], it->row);
        for (int b = 0; b < kLatencyBuckets; ++b) {
            if (it->latency[size_t(b)])
                out.latencies[LatencyKey{k.period, k.provider, k.model, b}] += it->latency[size_t(b)];
        }
    }
    return out;
}

// The rollup upsert, the same text for SQLite and PostgreSQL.
QString rollupUpsertSql(bool daily)
{
    const QString table = daily ? QStringLiteral("usage_daily") : QStringLiteral("usage_hourly");
    const QString period = daily ? QStringLiteral("day") : QStringLiteral("hour");
    // Qualified with the table name: PostgreSQL finds a bare column name ambiguous next to excluded.
    static const char *const kSummed[] = {
        "requests",           "errors",           "input_tokens", "output_tokens", "cached_read_tokens",
        "cache_write_tokens", "reasoning_tokens", "cost_micros",  "unpriced",      "estimated",
        "cache_hits",         "latency_ms_sum",   "saved_micros"};
    QStringList columns;
    QStringList sets;
    for (const char *c : kSummed) {
        columns << QLatin1StringView(c);
        sets << QStringLiteral("%1 = %2.%1 + excluded.%1").arg(QLatin1StringView(c), table);
    }
    return QStringLiteral("INSERT INTO %1 (%2, app, route, provider, model, %3) VALUES "
                          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (%2, app, route, provider, "
                          "model) DO UPDATE SET %4")
        .arg(table, period, columns.join(QStringLiteral(", ")), sets.join(QStringLiteral(", ")));
}

const char kLatencyUpsertSql[] =
    "INSERT INTO latency_hourly (hour, provider, model, bucket, count) VALUES (?,?,?,?,?) "
    "ON CONFLICT (hour, provider, model, bucket) DO UPDATE SET count = latency_hourly.count + excluded.count";

// ---- text for SQLite, as UTF-8 ----------------------------------------------------------------------
// The database stores UTF-8: text bound as UTF-16 made SQLite convert every value itself (a conversion
// and a malloc per column, a fifth of the writer's time). The rows' text is written into one reused
// buffer instead; it is nearly all ASCII, copied unit by unit, and the rest goes through Qt's encoder
// (as QString::toUtf8(): a lone surrogate becomes U+FFFD).

void appendUtf8(std::string &out, QStringView s)
{
    const char16_t *u = s.utf16();
    const size_t n = size_t(s.size());
    const size_t at = out.size();
    out.resize(at + n);
    char *p = out.data() + at;
    for (size_t i = 0; i < n; ++i) {
        if (u[i] >= 0x80) {
            out.resize(at + i);
            const QByteArray rest = s.sliced(qsizetype(i)).toUtf8();
            out.append(rest.constData(), size_t(rest.size()));
            return;
        }
        p[i] = char(u[i]);
    }
}

// Text values written one after the other into a buffer, then bound: the buffer may move while it
// grows, so nothing is bound before the last value is in.
class TextColumns
{
public:
    explicit TextColumns(std::string &buffer) : m_buffer(buffer) { m_buffer.clear(); }
    template<typename Append> void write(int column, Append &&append)
    {
        const size_t start = m_buffer.size();
        append(m_buffer);
        m_columns.push_back({column, start, m_buffer.size() - start});
    }
    void add(int column, QStringView s)
    {
        write(column, [s](std::string &out) { appendUtf8(out, s); });
    }
    int bind(sqlite3_stmt *statement) const
    {
        int rc = SQLITE_OK;
        for (const Column &c : m_columns) {
            // SQLITE_STATIC: the buffer stays as it is until the statement has run.
            rc |=
                sqlite3_bind_text(statement, c.column, m_buffer.data() + c.start, int(c.size), SQLITE_STATIC);
        }
        return rc;
    }

private:
    struct Column
    {
        int column;
        size_t start, size;
    };
    std::string &m_buffer;
    QVarLengthArray<Column, 16 * 11> m_columns;
};

QAtomicInteger<quint64> s_connections;

// The sqlite3 connection behind a QSQLITE database (Qt's documented way to reach it: QSqlDriver::handle()).
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and "" means "none".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace

UsageStore::UsageStore()
    : m_connection(QStringLiteral("switchyard-usage-%1").arg(s_connections.fetchAndAddRelaxed(1)))
{
}

UsageStore::~UsageStore()
{
    close();
}

int UsageStore::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

bool UsageStore::isPostgres(const QString &location)
{
    return location.startsWith(QLatin1StringView("postgres://")) ||
           location.startsWith(QLatin1StringView("postgresql://"));
}

bool UsageStore::open(const QString &location, QString *error)
{
    close();
    m_postgres = isPostgres(location);
    QString shown = location;
    if (m_postgres) {
        // postgresql://user:password@host:port/database?host=/socket/dir — the password never appears
        // in messages.
        const QUrl url(location);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        if (!m_db.isValid()) {
            if (error)
                *error = QStringLiteral("PostgreSQL needs Qt's QPSQL driver (Debian: libqt6sql6-psql)");
            return false;
        }
        const QUrlQuery query(url);
        m_db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                             ? query.queryItemValue(QStringLiteral("host"))
                             : url.host());
        if (url.port() > 0)
            m_db.setPort(url.port());
        m_db.setDatabaseName(url.path().mid(1));
        m_db.setUserName(url.userName());
        m_db.setPassword(url.password());
        QUrl redacted = url;
        redacted.setPassword({});
        shown = redacted.toString();
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(location);
        // Wait for the writer rather than fail a read.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open()) {
        if (error)
            *error =
                QStringLiteral("cannot open the usage database %1: %2").arg(shown, m_db.lastError().text());
        close();
        return false;
    }
    // SQLite: WAL, so readers never block the writer; synchronous=NORMAL: a committed batch survives a
    // crash of the process (kill -9), and only a power loss can take the last commits.
    const bool pragmas = m_postgres || (exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
                                        exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), error));
    if (!pragmas || !migrate(error)) {
        if (error)
            *error = QStringLiteral("usage database %1: %2").arg(shown, *error);
        close();
        return false;
    }
    return true;
}

void UsageStore::close()
{
    // Before Qt closes the connection, which refuses while a statement is open.
    for (sqlite3_stmt **st : {&m_insertPage, &m_upsertHourly, &m_upsertDaily, &m_upsertLatency}) {
        sqlite3_finalize(*st);
        *st = nullptr;
    }
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool UsageStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int UsageStore::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!m_postgres)
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    // PostgreSQL has no user_version: a one-row table holds it.
    if (q.exec(QStringLiteral("SELECT to_regclass('switchyard_schema') IS NOT NULL")) && q.next() &&
        !q.value(0).toBool()) {
        if (!q.exec(QStringLiteral("CREATE TABLE switchyard_schema (version BIGINT NOT NULL)")) ||
            !q.exec(QStringLiteral("INSERT INTO switchyard_schema (version) VALUES (0)")))
            return -1;
    }
    return q.exec(QStringLiteral("SELECT version FROM switchyard_schema")) && q.next() ? q.value(0).toInt()
                                                                                       : -1;
}

QString UsageStore::dialectSql(const QString &sqliteSql) const
{
    if (!m_postgres)
        return sqliteSql;
    // The migrations are written for SQLite; PostgreSQL needs 64-bit integers spelled out, a serial
    // key, BYTEA, and no WITHOUT ROWID.
    QString sql = sqliteSql;
    sql.replace(QStringLiteral("id INTEGER PRIMARY KEY"), QStringLiteral("id BIGSERIAL PRIMARY KEY"));
    sql.replace(QStringLiteral("INTEGER"), QStringLiteral("BIGINT"));
    sql.replace(QStringLiteral("BLOB"), QStringLiteral("BYTEA"));
    sql.replace(QStringLiteral(" WITHOUT ROWID"), QString());
    return sql;
}

// Schema 5: the one-row-per-request table of schema 1-4 becomes pages, oldest first, with every value
// (the attempts were JSON text), then goes.
bool UsageStore::moveRowsIntoPages(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT request_id, started_at, app, endpoint, dialect, requested_model, route, provider, model, "
            "status, error_code, stream, translated, cache_hit, input_tokens, output_tokens, "
            "cached_read_tokens, cache_write_tokens, reasoning_tokens, usage_known, usage_estimated, "
            "cost_micros, latency_ms, first_byte_ms, bytes_in, bytes_out, attempts, tags, saved_micros "
            "FROM requests ORDER BY started_at, id"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    std::vector<UsageRecord> records;
    std::vector<PricedRecord> batch;
    auto flushPage = [&] {
        batch.clear();
        for (const UsageRecord &r : records)
            batch.push_back({&r, r.costMicros});
        const bool ok = insertPages(batch, error);
        records.clear();
        return ok;
    };
    while (q.next()) {
        UsageRecord r;
        int c = 0;
        r.requestId = q.value(c++).toString().toLatin1();
        r.startedAtMs = q.value(c++).toLongLong();
        for (QString *text :
             {&r.app, &r.endpoint, &r.dialect, &r.requestedModel, &r.route, &r.provider, &r.model})
            *text = q.value(c++).toString();
        r.status = q.value(c++).toInt();
        r.errorCode = q.value(c++).toString();
        r.stream = q.value(c++).toBool();
        r.translated = q.value(c++).toBool();
        r.cacheHit = q.value(c++).toBool();
        for (qint64 *n : {&r.usage.inputTokens, &r.usage.outputTokens, &r.usage.cachedReadTokens,
                          &r.usage.cacheWriteTokens, &r.usage.reasoningTokens})
            *n = q.value(c++).toLongLong();
        r.usage.known = q.value(c++).toBool();
        r.usage.estimated = q.value(c++).toBool();
        const QVariant cost = q.value(c++);
        if (!cost.isNull())
            r.costMicros = cost.toLongLong();
        for (qint64 *n : {&r.latencyMs, &r.firstByteMs, &r.bytesIn, &r.bytesOut})
            *n = q.value(c++).toLongLong();
        const QJsonArray attempts = QJsonDocument::fromJson(q.value(c++).toString().toUtf8()).array();
        for (const QJsonValue &a : attempts) {
            r.attempts.append(
                Attempt{a[QLatin1StringView("provider")].toString(), a[QLatin1StringView("model")].toString(),
                        a[QLatin1StringView("status")].toInt(), a[QLatin1StringView("error")].toString(),
                        qint64(a[QLatin1StringView("latencyMs")].toDouble())});
        }
        r.tags = q.value(c++).toString();
        r.savedMicros = q.value(c++).toLongLong();
        records.push_back(std::move(r));
        if (records.size() == kPageRecords && !flushPage())
            return false;
    }
    if (!records.empty() && !flushPage())
        return false;
    // Its index goes with it.
    return exec(m_db, QStringLiteral("DROP TABLE requests"), error);
}

bool UsageStore::migrate(QString *error)
{
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        if (error)
            *error = QStringLiteral("schema version %1 is newer than this Switchyard (%2)")
                         .arg(version)
                         .arg(latestSchemaVersion());
        return false;
    }
    for (int v = version; v < latestSchemaVersion(); ++v) {
        Transaction t(m_db);
        if (!t.active()) {
            if (error)
                *error = m_db.lastError().text();
            return false;
        }
        // Qt's SQLite driver runs one statement per exec().
        const QStringList statements =
            QString::fromUtf8(kMigrations[v]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!exec(m_db, dialectSql(statement), error))
                return false;
        }
        if (v == 4 && !moveRowsIntoPages(error))
            return false;
        const QString bump = m_postgres ? QStringLiteral("UPDATE switchyard_schema SET version = %1")
                                        : QStringLiteral("PRAGMA user_version=%1");
        if (!exec(m_db, bump.arg(v + 1), error) || !t.commit())
            return false;
    }
    return true;
}

// SQLite: the writer's statements are prepared once for the life of the connection and run through
// the C API on the handle Qt opened. Qt Sql's QVariant binding cost several times what SQLite itself
// spends on a row (Qt 6.4's QSqlResult::bindValue(int) formats a placeholder name with QString::arg for
// every value).
sqlite3_stmt *UsageStore::prepared(sqlite3_stmt *&statement, const QByteArray &sql, QString *error)
{
    if (statement)
        return statement;
    sqlite3 *db = sqliteHandle(m_db);
    if (!db) {
        if (error)
            *error = QStringLiteral("the SQLite driver gave no database handle");
        return nullptr;
    }
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        statement = nullptr;
    }
    return statement;
}

namespace {
// Runs a bound statement once and readies it for the next row. `bound` is what the binds returned.
bool step(sqlite3_stmt *st, int bound, QString *error)
{
    const int stepped = bound == SQLITE_OK ? sqlite3_step(st) : SQLITE_ERROR;
    sqlite3_reset(st);
    if (stepped == SQLITE_DONE)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(st)));
    return false;
}
} // namespace

// A batch goes in as pages of up to kPageRecords records: one statement per page, whatever its size.
bool UsageStore::insertPages(std::span<const PricedRecord> batch, QString *error)
{
    for (size_t at = 0; at < batch.size(); at += kPageRecords) {
        const std::span<const PricedRecord> page =
            batch.subspan(at, std::min(kPageRecords, batch.size() - at));
        m_page.clear();
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (const PricedRecord &item : page) {
            RecordCodec::append(m_page, *item.record, item.cost);
            first = std::min(first, item.record->startedAtMs);
            last = std::max(last, item.record->startedAtMs);
        }
        if (m_postgres) {
            QSqlQuery q(m_db);
            q.prepare(
                QStringLiteral("INSERT INTO request_pages (first_started_at, last_started_at, records, data) "
                               "VALUES (?, ?, ?, ?)"));
            q.bindValue(0, first);
            q.bindValue(1, last);
            q.bindValue(2, qint64(page.size()));
            q.bindValue(3, QByteArray(m_page.data(), qsizetype(m_page.size())));
            if (!q.exec()) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            continue;
        }
        sqlite3_stmt *st =
            prepared(m_insertPage,
                     "INSERT INTO request_pages (first_started_at, last_started_at, records, data) "
                     "VALUES (?, ?, ?, ?)",
                     error);
        if (!st)
            return false;
        const int bound =
            sqlite3_bind_int64(st, 1, first) | sqlite3_bind_int64(st, 2, last) |
            sqlite3_bind_int64(st, 3, sqlite3_int64(page.size())) |
            sqlite3_bind_blob64(st, 4, m_page.data(), sqlite3_uint64(m_page.size()), SQLITE_STATIC);
        const bool ok = step(st, bound, error);
        sqlite3_clear_bindings(st);
        if (!ok)
            return false;
    }
    return true;
}

bool UsageStore::insertRollups(std::span<const PricedRecord> batch, QString *error)
{
    const BatchRollups sums = sumBatch(batch);
    if (m_postgres) {
        for (const bool daily : {false, true}) {
            QSqlQuery upsert(m_db);
            upsert.prepare(rollupUpsertSql(daily));
            const QHash<RollupKey, UsageRow> &rows = daily ? sums.daily : sums.hourly;
            for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
                const RollupKey &k = it.key();
                const UsageRow &a = it.value();
                int c = 0;
                for (const QVariant &v :
                     {QVariant(k.period), text(k.app.toString()), text(k.route.toString()),
                      text(k.provider.toString()), text(k.model.toString()), QVariant(a.requests),
                      QVariant(a.errors), QVariant(a.inputTokens), QVariant(a.outputTokens),
                      QVariant(a.cachedReadTokens), QVariant(a.cacheWriteTokens), QVariant(a.reasoningTokens),
                      QVariant(a.costMicros), QVariant(a.unpriced), QVariant(a.estimated),
                      QVariant(a.cacheHits), QVariant(a.latencyMsSum), QVariant(a.savedMicros)})
                    upsert.bindValue(c++, v);
                if (!upsert.exec()) {
                    if (error)
                        *error = upsert.lastError().text();
                    return false;
                }
            }
        }
        QSqlQuery latency(m_db);
        latency.prepare(QString::fromLatin1(kLatencyUpsertSql));
        for (auto it = sums.latencies.cbegin(); it != sums.latencies.cend(); ++it) {
            latency.bindValue(0, it.key().hour);
            latency.bindValue(1, text(it.key().provider.toString()));
            latency.bindValue(2, text(it.key().model.toString()));
            latency.bindValue(3, it.key().bucket);
            latency.bindValue(4, it.value());
            if (!latency.exec()) {
                if (error)
                    *error = latency.lastError().text();
                return false;
            }
        }
        return true;
    }
    static const QByteArray kHourlySql = rollupUpsertSql(false).toUtf8();
    static const QByteArray kDailySql = rollupUpsertSql(true).toUtf8();
    static const QByteArray kLatencySql(kLatencyUpsertSql);
    for (const bool daily : {false, true}) {
        sqlite3_stmt *st =
            daily ? prepared(m_upsertDaily, kDailySql, error) : prepared(m_upsertHourly, kHourlySql, error);
        if (!st)
            return false;
        const QHash<RollupKey, UsageRow> &rows = daily ? sums.daily : sums.hourly;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const RollupKey &k = it.key();
            const UsageRow &a = it.value();
            TextColumns texts(m_utf8);
            texts.add(2, k.app);
            texts.add(3, k.route);
            texts.add(4, k.provider);
            texts.add(5, k.model);
            int rc = texts.bind(st);
            int c = 6;
            for (const qint64 v : {a.requests, a.errors, a.inputTokens, a.outputTokens, a.cachedReadTokens,
                                   a.cacheWriteTokens, a.reasoningTokens, a.costMicros, a.unpriced,
                                   a.estimated, a.cacheHits, a.latencyMsSum, a.savedMicros})
                rc |= sqlite3_bind_int64(st, c++, v);
            rc |= sqlite3_bind_int64(st, 1, k.period);
            if (!step(st, rc, error))
                return false;
        }
        sqlite3_clear_bindings(st);
    }
    sqlite3_stmt *st = prepared(m_upsertLatency, kLatencySql, error);
    if (!st)
        return false;
    for (auto it = sums.latencies.cbegin(); it != sums.latencies.cend(); ++it) {
        TextColumns texts(m_utf8);
        texts.add(2, it.key().provider);
        texts.add(3, it.key().model);
        int rc = texts.bind(st);
        rc |= sqlite3_bind_int64(st, 1, it.key().hour);
        rc |= sqlite3_bind_int64(st, 4, it.key().bucket);
        rc |= sqlite3_bind_int64(st, 5, it.value());
        if (!step(st, rc, error))
            return false;
    }
    sqlite3_clear_bindings(st);
    return true;
}

bool UsageStore::insert(const QList<UsageRecord> &records, const QList<std::optional<qint64>> &costs,
                        QString *error)
{
    std::vector<PricedRecord> batch;
    batch.reserve(size_t(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        batch.push_back({&records[i], costs.value(i)});
    return insert(batch, error);
}

bool UsageStore::insert(std::span<const PricedRecord> batch, QString *error)
{
    if (batch.empty())
        return true;
    Transaction t(m_db);
    if (!t.active()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!insertPages(batch, error) || !insertBodies(batch, error) || !insertRollups(batch, error))
        return false;
    if (!t.commit()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool UsageStore::insertBodies(std::span<const PricedRecord> batch, QString *error)
{
    std::optional<QSqlQuery> query; // made for the rare batch that has bodies
    for (const PricedRecord &item : batch) {
        const UsageRecord &r = *item.record;
        if (!r.bodiesLogged)
            continue;
        if (!query) {
            query.emplace(m_db);
            query->prepare(
                m_postgres
                    ? QStringLiteral("INSERT INTO request_bodies (request_id, started_at, request, response, "
                                     "request_headers, upstream_headers) VALUES (?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT DO NOTHING")
                    : QStringLiteral("INSERT OR IGNORE INTO request_bodies (request_id, started_at, "
                                     "request, response, request_headers, upstream_headers) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        }
        QSqlQuery &q = *query;
        q.bindValue(0, QString::fromLatin1(r.requestId));
        q.bindValue(1, r.startedAtMs);
        q.bindValue(2, redactedBody(r.requestBody));
        q.bindValue(3, redactedBody(r.responseBody));
        q.bindValue(4, redactedBody(r.requestHeaders));
        q.bindValue(5, redactedBody(r.upstreamHeaders));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<LoggedBodies> UsageStore::bodies(const QByteArray &requestId)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT request, response, request_headers, upstream_headers FROM request_bodies "
                       "WHERE request_id = ?"));
    q.bindValue(0, QString::fromLatin1(requestId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LoggedBodies{q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toByteArray(),
                        q.value(3).toByteArray()};
}

qint64 UsageStore::purgeBefore(qint64 beforeMs)
{
    {
        QSqlQuery bodies(m_db);
        bodies.prepare(QStringLiteral("DELETE FROM request_bodies WHERE started_at < ?"));
        bodies.bindValue(0, beforeMs);
        bodies.exec();
    }
    Transaction t(m_db);
    QSqlQuery count(m_db);
    count.prepare(
        QStringLiteral("SELECT COALESCE(SUM(records), 0) FROM request_pages WHERE last_started_at < ?"));
    count.bindValue(0, beforeMs);
    qint64 removed = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM request_pages WHERE last_started_at < ?"));
    drop.bindValue(0, beforeMs);
    if (!drop.exec())
        return 0;
    // A page that straddles the limit keeps its newer records (which get new ids: a record's id is its
    // page's and its place in it).
    QSqlQuery straddling(m_db);
    straddling.prepare(QStringLiteral("SELECT id, data FROM request_pages WHERE first_started_at < ?"));
    straddling.bindValue(0, beforeMs);
    if (!straddling.exec())
        return 0;
    std::vector<std::pair<qint64, QByteArray>> pages;
    while (straddling.next())
        pages.emplace_back(straddling.value(0).toLongLong(), straddling.value(1).toByteArray());
    straddling.finish();
    for (const auto &[id, data] : pages) {
        std::vector<RecordCodec::Decoded> decoded;
        if (!RecordCodec::decode(data, decoded, nullptr))
            continue;
        m_page.clear();
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 kept = 0;
        for (const RecordCodec::Decoded &d : decoded) {
            if (d.record.startedAtMs < beforeMs)
                continue;
            RecordCodec::append(m_page, d.record, d.record.costMicros);
            first = std::min(first, d.record.startedAtMs);
            ++kept;
        }
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral(
            "UPDATE request_pages SET first_started_at = ?, records = ?, data = ? WHERE id = ?"));
        update.bindValue(0, first);
        update.bindValue(1, kept);
        update.bindValue(2, QByteArray(m_page.data(), qsizetype(m_page.size())));
        update.bindValue(3, id);
        if (!update.exec())
            return 0;
        removed += qint64(decoded.size()) - kept;
    }
    return t.commit() ? removed : 0;
}

QList<UsageRow> UsageStore::aggregate(const UsageQuery &query)
{
    // Day buckets, and unbucketed ranges of two days or more, read the daily rollups (UTC days);
    // the rest reads the hourly ones. Either way the range is widened to whole periods.
    const bool daily = query.bucket == UsageQuery::Bucket::Day ||
                       (query.bucket == UsageQuery::Bucket::None && query.toMs - query.fromMs >= 2 * kDayMs);
    const qint64 periodMs = daily ? kDayMs : kHourMs;
    const QString table = daily ? QStringLiteral("usage_daily") : QStringLiteral("usage_hourly");
    const QString period = daily ? QStringLiteral("day") : QStringLiteral("hour");
    QString bucket;
    switch (query.bucket) {
    case UsageQuery::Bucket::None: bucket = QStringLiteral("0"); break;
    case UsageQuery::Bucket::Hour:
    case UsageQuery::Bucket::Day: bucket = period; break;
    }
    QString group;
    switch (query.groupBy) {
    case UsageQuery::GroupBy::None: group = QStringLiteral("''"); break;
    case UsageQuery::GroupBy::Provider: group = QStringLiteral("provider"); break;
    case UsageQuery::GroupBy::Model: group = QStringLiteral("provider || '/' || model"); break;
    case UsageQuery::GroupBy::Route: group = QStringLiteral("route"); break;
    case UsageQuery::GroupBy::App: group = QStringLiteral("app"); break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT %1 AS b, %2 AS g, SUM(requests), SUM(errors), SUM(input_tokens), "
                  "SUM(output_tokens), SUM(cached_read_tokens), SUM(cache_write_tokens), "
                  "SUM(reasoning_tokens), SUM(cost_micros), SUM(unpriced), SUM(estimated), "
                  "SUM(cache_hits), SUM(latency_ms_sum), SUM(saved_micros) FROM %3 WHERE %4 >= ? AND %4 < ? "
                  "GROUP BY b, g ORDER BY b, g")
                  .arg(bucket, group, table, period));
    const qint64 from = query.fromMs / periodMs;
    const qint64 to = (query.toMs + periodMs - 1) / periodMs;
    q.bindValue(0, from);
    q.bindValue(1, to);
    QList<UsageRow> rows;
    if (!q.exec()) {
        qCWarning(lcUsage) << "usage query failed:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        UsageRow r;
        r.bucketStartMs =
            (query.bucket == UsageQuery::Bucket::None ? from : q.value(0).toLongLong()) * periodMs;
        r.group = q.value(1).toString();
        r.requests = q.value(2).toLongLong();
        r.errors = q.value(3).toLongLong();
        r.inputTokens = q.value(4).toLongLong();
        r.outputTokens = q.value(5).toLongLong();
        r.cachedReadTokens = q.value(6).toLongLong();
        r.cacheWriteTokens = q.value(7).toLongLong();
        r.reasoningTokens = q.value(8).toLongLong();
        r.costMicros = q.value(9).toLongLong();
        r.unpriced = q.value(10).toLongLong();
        r.estimated = q.value(11).toLongLong();
        r.cacheHits = q.value(12).toLongLong();
        r.latencyMsSum = q.value(13).toLongLong();
        r.savedMicros = q.value(14).toLongLong();
        rows.append(r);
    }
    return rows;
}

int UsageStore::latencyBucket(qint64 ms)
{
    int b = 0;
    while (b < kLatencyBuckets - 1 && (qint64(1) << b) <= ms)
        ++b;
    return b; // bucket b holds [2^(b-1), 2^b) ms; bucket 0 holds 0 ms
}

qint64 UsageStore::latencyBucketUpperMs(int bucket)
{
    return qint64(1) << bucket;
}

LatencyStats UsageStore::latency(qint64 fromMs, qint64 toMs, const QString &provider, const QString &model)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT bucket, SUM(count) FROM latency_hourly WHERE hour >= ? AND hour < ?");
    if (!provider.isEmpty())
        sql += QStringLiteral(" AND provider = ?");
    if (!model.isEmpty())
        sql += QStringLiteral(" AND model = ?");
    q.prepare(sql + QStringLiteral(" GROUP BY bucket ORDER BY bucket"));
    int c = 0;
    q.bindValue(c++, fromMs / kHourMs);
    q.bindValue(c++, (toMs + kHourMs - 1) / kHourMs);
    if (!provider.isEmpty())
        q.bindValue(c++, provider);
    if (!model.isEmpty())
        q.bindValue(c++, model);
    LatencyStats stats;
    QList<std::pair<int, qint64>> buckets;
    if (!q.exec())
        return stats;
    while (q.next()) {
        buckets.append({q.value(0).toInt(), q.value(1).toLongLong()});
        stats.count += buckets.last().second;
    }
    auto percentile = [&](double p) {
        const qint64 rank = qint64(std::ceil(p * double(stats.count)));
        qint64 seen = 0;
        for (const auto &[bucket, count] : buckets) {
            seen += count;
            if (seen >= rank)
                return latencyBucketUpperMs(bucket);
        }
        return qint64(0);
    };
    if (stats.count > 0) {
        stats.p50Ms = percentile(0.50);
        stats.p95Ms = percentile(0.95);
        stats.p99Ms = percentile(0.99);
    }
    return stats;
}

namespace {

// A record as the log view, replay and the usage API's raw rows show it.
QJsonObject rowObject(const UsageRecord &r)
{
    QJsonArray attempts;
    for (const Attempt &a : r.attempts) {
        attempts.append(QJsonObject{{QStringLiteral("provider"), a.provider},
                                    {QStringLiteral("model"), a.model},
                                    {QStringLiteral("status"), a.status},
                                    {QStringLiteral("error"), a.errorCode},
                                    {QStringLiteral("latencyMs"), a.latencyMs}});
    }
    return QJsonObject{
        {QStringLiteral("requestId"), QString::fromLatin1(r.requestId)},
        {QStringLiteral("startedAt"), r.startedAtMs},
        {QStringLiteral("app"), r.app},
        {QStringLiteral("endpoint"), r.endpoint},
        {QStringLiteral("dialect"), r.dialect},
        {QStringLiteral("requestedModel"), r.requestedModel},
        {QStringLiteral("route"), r.route},
        {QStringLiteral("provider"), r.provider},
        {QStringLiteral("model"), r.model},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("errorCode"), r.errorCode},
        {QStringLiteral("stream"), int(r.stream)},
        {QStringLiteral("translated"), int(r.translated)},
        {QStringLiteral("cacheHit"), int(r.cacheHit)},
        {QStringLiteral("inputTokens"), r.usage.inputTokens},
        {QStringLiteral("outputTokens"), r.usage.outputTokens},
        {QStringLiteral("cachedReadTokens"), r.usage.cachedReadTokens},
        {QStringLiteral("cacheWriteTokens"), r.usage.cacheWriteTokens},
        {QStringLiteral("reasoningTokens"), r.usage.reasoningTokens},
        {QStringLiteral("usageKnown"), int(r.usage.known)},
        {QStringLiteral("usageEstimated"), int(r.usage.estimated)},
        {QStringLiteral("costMicros"),
         r.costMicros ? QJsonValue(*r.costMicros) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("latencyMs"), r.latencyMs},
        {QStringLiteral("firstByteMs"), r.firstByteMs},
        {QStringLiteral("bytesIn"), r.bytesIn},
        {QStringLiteral("bytesOut"), r.bytesOut},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("tags"), r.tags},
    };
}

} // namespace

QList<QJsonObject> UsageStore::rows(qint64 fromMs, qint64 toMs, int limit)
{
    RowFilter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    QList<QJsonObject> out = rows(filter, std::nullopt, limit);
    for (QJsonObject &o : out) {
        o.remove(QLatin1StringView("id"));
        o.remove(QLatin1StringView("savedMicros"));
    }
    return out;
}

QList<QJsonObject> UsageStore::rows(const RowFilter &filter, const std::optional<RowPosition> &after,
                                    int limit, QString *error)
{
    QList<QJsonObject> out;
    if (limit <= 0)
        return out;
    // The newest `limit` matches, kept in a heap whose top is the oldest of them. Pages are read newest
    // (by their newest record) first; once the heap is full, a page whose newest record is older than the
    // heap's oldest cannot add anything, and neither can any after it.
    struct Hit
    {
        qint64 startedAtMs;
        qint64 id;
        UsageRecord record;
    };
    auto newer = [](const Hit &a, const Hit &b) {
        return a.startedAtMs != b.startedAtMs ? a.startedAtMs > b.startedAtMs : a.id > b.id;
    };
    std::vector<Hit> heap;
    QStringList where{QStringLiteral("last_started_at >= ?")};
    QVariantList values{filter.fromMs};
    if (filter.toMs > 0) {
        where << QStringLiteral("first_started_at < ?");
        values << filter.toMs;
    }
    if (after) {
        where << QStringLiteral("first_started_at <= ?");
        values << after->startedAtMs;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, last_started_at, data FROM request_pages WHERE ") +
              where.join(QStringLiteral(" AND ")) +
              QStringLiteral(" ORDER BY last_started_at DESC, id DESC"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    const auto full = [&] { return heap.size() >= size_t(limit); };
    auto keep = [&](const RecordCodec::RecordHead &h) {
        if (h.startedAtMs < filter.fromMs || (filter.toMs > 0 && h.startedAtMs >= filter.toMs) ||
            (after && h.startedAtMs > after->startedAtMs) ||
            (full() && h.startedAtMs < heap.front().startedAtMs))
            return false;
        if ((!filter.app.isEmpty() && !h.app.equals(filter.app)) ||
            (!filter.route.isEmpty() && !h.route.equals(filter.route)) ||
            (!filter.provider.isEmpty() && !h.provider.equals(filter.provider)) ||
            (!filter.model.isEmpty() && !h.model.equals(filter.model)))
            return false;
        switch (filter.status) {
        case RowFilter::Status::All: break;
        case RowFilter::Status::Ok:
            if (h.status >= 400)
                return false;
            break;
        case RowFilter::Status::Errors:
            if (h.status < 400)
                return false;
            break;
        }
        return !filter.cachedOnly || h.cacheHit;
    };
    std::vector<RecordCodec::Decoded> decoded;
    while (q.next()) {
        if (full() && q.value(1).toLongLong() < heap.front().startedAtMs)
            break;
        const qint64 pageId = q.value(0).toLongLong();
        const QByteArray data = q.value(2).toByteArray();
        decoded.clear();
        QString why;
        if (!RecordCodec::decode(data, decoded, &why, keep)) {
            qCWarning(lcUsage) << "usage page" << pageId << "skipped:" << why;
            continue;
        }
        for (RecordCodec::Decoded &d : decoded) {
            Hit hit{d.record.startedAtMs, pageId * kIdsPerPage + d.index, std::move(d.record)};
            if (after && !(hit.startedAtMs < after->startedAtMs ||
                           (hit.startedAtMs == after->startedAtMs && hit.id < after->id)))
                continue;
            if (full()) {
                if (!newer(hit, heap.front()))
                    continue;
                std::pop_heap(heap.begin(), heap.end(), newer);
                heap.back() = std::move(hit);
            } else {
                heap.push_back(std::move(hit));
            }
            std::push_heap(heap.begin(), heap.end(), newer);
        }
    }
    std::sort(heap.begin(), heap.end(), newer);
    out.reserve(qsizetype(heap.size()));
    for (const Hit &hit : heap) {
        QJsonObject o = rowObject(hit.record);
        o.insert(QLatin1StringView("id"), hit.id);
        o.insert(QLatin1StringView("savedMicros"), hit.record.savedMicros);
        out.append(o);
    }
    return out;
}

QHash<QString, qint64> UsageStore::spendByApp(qint64 fromMs)
{
    return spendBy(QStringLiteral("app"), fromMs);
}

QHash<QString, qint64> UsageStore::spendByRoute(qint64 fromMs)
{
    return spendBy(QStringLiteral("route"), fromMs);
}

QHash<QString, qint64> UsageStore::spendBy(const QString &column, qint64 fromMs)
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, SUM(cost_micros) FROM usage_daily WHERE day >= ? GROUP BY %1")
                  .arg(column));
    q.bindValue(0, fromMs / kDayMs);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

qint64 UsageStore::rowCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COALESCE(SUM(records), 0) FROM request_pages")) && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

QString UsageStore::integrityCheck()
{
    if (m_postgres)
        return QStringLiteral("ok"); // the server keeps its own consistency
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                        : m_db.lastError().text();
}

} // namespace Switchyard::Usage
