// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagestore.h"

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

#include <sqlite3.h>

#include <cmath>

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
    response BLOB NOT NULL
);
CREATE INDEX request_bodies_started_at ON request_bodies (started_at);
)sql",
};

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

QString jsonEscaped(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            continue;
        }
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

// The attempts as JSON text, written directly: a QJsonDocument per row was a measurable part of the
// writer's time.
QString attemptsText(const QList<Attempt> &attempts)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const Attempt &a = attempts[i];
        if (i)
            out += QLatin1Char(',');
        out += QStringLiteral("{\"provider\":") + jsonEscaped(a.provider) + QStringLiteral(",\"model\":") +
               jsonEscaped(a.model) + QStringLiteral(",\"status\":") + QString::number(a.status) +
               QStringLiteral(",\"error\":") + jsonEscaped(a.errorCode) + QStringLiteral(",\"latencyMs\":") +
               QString::number(a.latencyMs) + QLatin1Char('}');
    }
    out += QLatin1Char(']');
    return out;
}

struct RollupKey
{
    qint64 hour;
    QString app, route, provider, model;
    bool operator==(const RollupKey &) const = default;
};
size_t qHash(const RollupKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.hour, k.app, k.route, k.provider, k.model);
}

struct LatencyKey
{
    qint64 hour;
    QString provider, model;
    int bucket;
    bool operator==(const LatencyKey &) const = default;
};
size_t qHash(const LatencyKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.hour, k.provider, k.model, k.bucket);
}

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
    if (m_insertRow) {
        sqlite3_finalize(m_insertRow); // before Qt closes the connection, which refuses while one is open
        m_insertRow = nullptr;
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
        const QString bump = m_postgres ? QStringLiteral("UPDATE switchyard_schema SET version = %1")
                                        : QStringLiteral("PRAGMA user_version=%1");
        if (!exec(m_db, bump.arg(v + 1), error) || !t.commit())
            return false;
    }
    return true;
}

// PostgreSQL: rows go in several per statement; with Qt Sql each exec() costs more than the server's
// own work.
bool UsageStore::insertRowsQt(const QList<UsageRecord> &records, const QList<std::optional<qint64>> &costs,
                              QString *error)
{
    constexpr int kColumns = 29;
    constexpr qsizetype kRowsPerStatement = 16;
    const QString insertHead = QStringLiteral("INSERT INTO requests (request_id, started_at, app, endpoint, "
                                              "dialect, requested_model, route, provider, "
                                              "model, status, error_code, stream, translated, cache_hit, "
                                              "input_tokens, output_tokens, cached_read_tokens, "
                                              "cache_write_tokens, reasoning_tokens, usage_known, "
                                              "usage_estimated, cost_micros, latency_ms, first_byte_ms, "
                                              "bytes_in, bytes_out, attempts, tags, saved_micros) VALUES ");
    QString rowPlaceholders = QStringLiteral("(");
    for (int i = 0; i < kColumns; ++i)
        rowPlaceholders += i ? QStringLiteral(",?") : QStringLiteral("?");
    rowPlaceholders += QLatin1Char(')');
    auto statement = [&](qsizetype rows) -> QString {
        QStringList values;
        for (qsizetype i = 0; i < rows; ++i)
            values << rowPlaceholders;
        return insertHead + values.join(QLatin1Char(','));
    };
    QSqlQuery many(m_db);
    QSqlQuery one(m_db);
    if (records.size() >= kRowsPerStatement)
        many.prepare(statement(kRowsPerStatement));
    one.prepare(statement(1));
    auto bindRow = [&](QSqlQuery &q, int base, const UsageRecord &r, const std::optional<qint64> &cost) {
        int c = base;
        q.bindValue(c++, text(QString::fromLatin1(r.requestId)));
        q.bindValue(c++, r.startedAtMs);
        q.bindValue(c++, text(r.app));
        q.bindValue(c++, text(r.endpoint));
        q.bindValue(c++, text(r.dialect));
        q.bindValue(c++, text(r.requestedModel));
        q.bindValue(c++, text(r.route));
        q.bindValue(c++, text(r.provider));
        q.bindValue(c++, text(r.model));
        q.bindValue(c++, r.status);
        q.bindValue(c++, text(r.errorCode));
        q.bindValue(c++, int(r.stream));
        q.bindValue(c++, int(r.translated));
        q.bindValue(c++, int(r.cacheHit));
        q.bindValue(c++, r.usage.inputTokens);
        q.bindValue(c++, r.usage.outputTokens);
        q.bindValue(c++, r.usage.cachedReadTokens);
        q.bindValue(c++, r.usage.cacheWriteTokens);
        q.bindValue(c++, r.usage.reasoningTokens);
        q.bindValue(c++, int(r.usage.known));
        q.bindValue(c++, int(r.usage.estimated));
        q.bindValue(c++, cost ? QVariant(*cost) : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(c++, r.latencyMs);
        q.bindValue(c++, r.firstByteMs);
        q.bindValue(c++, r.bytesIn);
        q.bindValue(c++, r.bytesOut);
        q.bindValue(c++, attemptsText(r.attempts));
        q.bindValue(c++, text(r.tags));
        q.bindValue(c++, r.savedMicros);
    };
    qsizetype next = 0;
    while (next < records.size()) {
        const bool chunk = records.size() - next >= kRowsPerStatement;
        QSqlQuery &q = chunk ? many : one;
        const qsizetype rows = chunk ? kRowsPerStatement : 1;
        for (qsizetype k = 0; k < rows; ++k)
            bindRow(q, int(k) * kColumns, records[next + k], costs.value(next + k));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        next += rows;
    }
    return true;
}

// SQLite: one prepared statement kept for the life of the connection, bound through the C API on the
// handle Qt opened. Qt Sql's QVariant binding cost several times what SQLite itself spends on a row.
bool UsageStore::insertRowsSqlite(const QList<UsageRecord> &records,
                                  const QList<std::optional<qint64>> &costs, QString *error)
{
    sqlite3 *db = sqliteHandle(m_db);
    if (!db) {
        if (error)
            *error = QStringLiteral("the SQLite driver gave no database handle");
        return false;
    }
    auto fail = [&] {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    };
    if (!m_insertRow) {
        static const char kSql[] =
            "INSERT INTO requests (request_id, started_at, app, endpoint, dialect, requested_model, route, "
            "provider, model, status, error_code, stream, translated, cache_hit, input_tokens, "
            "output_tokens, "
            "cached_read_tokens, cache_write_tokens, reasoning_tokens, usage_known, usage_estimated, "
            "cost_micros, latency_ms, first_byte_ms, bytes_in, bytes_out, attempts, tags, saved_micros) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        if (sqlite3_prepare_v3(db, kSql, int(sizeof kSql - 1), SQLITE_PREPARE_PERSISTENT, &m_insertRow,
                               nullptr) != SQLITE_OK)
            return fail();
    }
    sqlite3_stmt *st = m_insertRow;
    // Text is bound as UTF-16 straight from the QStrings (alive until the step): no conversion here.
    auto bindText = [st](int column, const QString &s) {
        return sqlite3_bind_text16(st, column, s.isNull() ? static_cast<const void *>(u"") : s.utf16(),
                                   int(s.size() * 2), SQLITE_STATIC);
    };
    for (qsizetype i = 0; i < records.size(); ++i) {
        const UsageRecord &r = records[i];
        const std::optional<qint64> cost = costs.value(i);
        const QString requestId = QString::fromLatin1(r.requestId);
        const QString attempts = attemptsText(r.attempts);
        int c = 1;
        int rc = bindText(c++, requestId);
        rc |= sqlite3_bind_int64(st, c++, r.startedAtMs);
        rc |= bindText(c++, r.app);
        rc |= bindText(c++, r.endpoint);
        rc |= bindText(c++, r.dialect);
        rc |= bindText(c++, r.requestedModel);
        rc |= bindText(c++, r.route);
        rc |= bindText(c++, r.provider);
        rc |= bindText(c++, r.model);
        rc |= sqlite3_bind_int64(st, c++, r.status);
        rc |= bindText(c++, r.errorCode);
        rc |= sqlite3_bind_int(st, c++, int(r.stream));
        rc |= sqlite3_bind_int(st, c++, int(r.translated));
        rc |= sqlite3_bind_int(st, c++, int(r.cacheHit));
        rc |= sqlite3_bind_int64(st, c++, r.usage.inputTokens);
        rc |= sqlite3_bind_int64(st, c++, r.usage.outputTokens);
        rc |= sqlite3_bind_int64(st, c++, r.usage.cachedReadTokens);
        rc |= sqlite3_bind_int64(st, c++, r.usage.cacheWriteTokens);
        rc |= sqlite3_bind_int64(st, c++, r.usage.reasoningTokens);
        rc |= sqlite3_bind_int(st, c++, int(r.usage.known));
        rc |= sqlite3_bind_int(st, c++, int(r.usage.estimated));
        rc |= cost ? sqlite3_bind_int64(st, c++, *cost) : sqlite3_bind_null(st, c++);
        rc |= sqlite3_bind_int64(st, c++, r.latencyMs);
        rc |= sqlite3_bind_int64(st, c++, r.firstByteMs);
        rc |= sqlite3_bind_int64(st, c++, r.bytesIn);
        rc |= sqlite3_bind_int64(st, c++, r.bytesOut);
        rc |= bindText(c++, attempts);
        rc |= bindText(c++, r.tags);
        rc |= sqlite3_bind_int64(st, c++, r.savedMicros);
        const int stepped = rc == SQLITE_OK ? sqlite3_step(st) : SQLITE_ERROR;
        sqlite3_reset(st);
        if (stepped != SQLITE_DONE)
            return fail();
    }
    sqlite3_clear_bindings(st);
    return true;
}

bool UsageStore::insert(const QList<UsageRecord> &records, const QList<std::optional<qint64>> &costs,
                        QString *error)
{
    if (records.isEmpty())
        return true;
    Transaction t(m_db);
    if (!t.active()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!(m_postgres ? insertRowsQt(records, costs, error) : insertRowsSqlite(records, costs, error)) ||
        !insertBodies(records, error))
        return false;
    QHash<RollupKey, UsageRow> rollups;
    QHash<LatencyKey, qint64> latencies;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const UsageRecord &r = records[i];
        const std::optional<qint64> cost = costs.value(i);
        const qint64 hour = r.startedAtMs / kHourMs;
        UsageRow &agg = rollups[RollupKey{hour, r.app, r.route, r.provider, r.model}];
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
        latencies[LatencyKey{hour, r.provider, r.model, latencyBucket(r.latencyMs)}] += 1;
    }
    // The same sums into the hourly and the daily rollups.
    for (const bool daily : {false, true}) {
        QHash<RollupKey, UsageRow> sums;
        if (daily) {
            for (auto it = rollups.cbegin(); it != rollups.cend(); ++it) {
                RollupKey k = it.key();
                k.hour /= 24;
                UsageRow &d = sums[k];
                const UsageRow &h = it.value();
                d.requests += h.requests;
                d.errors += h.errors;
                d.inputTokens += h.inputTokens;
                d.outputTokens += h.outputTokens;
                d.cachedReadTokens += h.cachedReadTokens;
                d.cacheWriteTokens += h.cacheWriteTokens;
                d.reasoningTokens += h.reasoningTokens;
                d.costMicros += h.costMicros;
                d.unpriced += h.unpriced;
                d.estimated += h.estimated;
                d.cacheHits += h.cacheHits;
                d.savedMicros += h.savedMicros;
                d.latencyMsSum += h.latencyMsSum;
            }
        }
        const QHash<RollupKey, UsageRow> &rows = daily ? sums : rollups;
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
        QSqlQuery upsert(m_db);
        upsert.prepare(
            QStringLiteral("INSERT INTO %1 (%2, app, route, provider, model, %3) VALUES "
                           "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (%2, app, route, provider, "
                           "model) DO UPDATE SET %4")
                .arg(table, period, columns.join(QStringLiteral(", ")), sets.join(QStringLiteral(", "))));
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const RollupKey &k = it.key();
            const UsageRow &a = it.value();
            int c = 0;
            for (const QVariant &v :
                 {QVariant(k.hour), text(k.app), text(k.route), text(k.provider), text(k.model),
                  QVariant(a.requests), QVariant(a.errors), QVariant(a.inputTokens), QVariant(a.outputTokens),
                  QVariant(a.cachedReadTokens), QVariant(a.cacheWriteTokens), QVariant(a.reasoningTokens),
                  QVariant(a.costMicros), QVariant(a.unpriced), QVariant(a.estimated), QVariant(a.cacheHits),
                  QVariant(a.latencyMsSum), QVariant(a.savedMicros)})
                upsert.bindValue(c++, v);
            if (!upsert.exec()) {
                if (error)
                    *error = upsert.lastError().text();
                return false;
            }
        }
    }
    QSqlQuery latency(m_db);
    latency.prepare(
        QStringLiteral("INSERT INTO latency_hourly (hour, provider, model, bucket, count) VALUES (?,?,?,?,?) "
                       "ON CONFLICT (hour, provider, model, bucket) DO UPDATE SET count = "
                       "latency_hourly.count + excluded.count"));
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it) {
        latency.bindValue(0, it.key().hour);
        latency.bindValue(1, text(it.key().provider));
        latency.bindValue(2, text(it.key().model));
        latency.bindValue(3, it.key().bucket);
        latency.bindValue(4, it.value());
        if (!latency.exec()) {
            if (error)
                *error = latency.lastError().text();
            return false;
        }
    }
    if (!t.commit()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool UsageStore::insertBodies(const QList<UsageRecord> &records, QString *error)
{
    QSqlQuery q(m_db);
    bool prepared = false;
    for (const UsageRecord &r : records) {
        if (!r.bodiesLogged)
            continue;
        if (!prepared) {
            q.prepare(m_postgres
                          ? QStringLiteral("INSERT INTO request_bodies (request_id, started_at, request, "
                                           "response) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                          : QStringLiteral("INSERT OR IGNORE INTO request_bodies (request_id, started_at, "
                                           "request, response) VALUES (?, ?, ?, ?)"));
            prepared = true;
        }
        q.bindValue(0, QString::fromLatin1(r.requestId));
        q.bindValue(1, r.startedAtMs);
        q.bindValue(2, redactedBody(r.requestBody));
        q.bindValue(3, redactedBody(r.responseBody));
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
    q.prepare(QStringLiteral("SELECT request, response FROM request_bodies WHERE request_id = ?"));
    q.bindValue(0, QString::fromLatin1(requestId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LoggedBodies{q.value(0).toByteArray(), q.value(1).toByteArray()};
}

qint64 UsageStore::purgeBefore(qint64 beforeMs)
{
    {
        QSqlQuery bodies(m_db);
        bodies.prepare(QStringLiteral("DELETE FROM request_bodies WHERE started_at < ?"));
        bodies.bindValue(0, beforeMs);
        bodies.exec();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM requests WHERE started_at < ?"));
    q.bindValue(0, beforeMs);
    return q.exec() ? q.numRowsAffected() : 0;
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

// The raw-row columns as the rows() queries select them, and their names in the JSON rows.
const QString kRowColumns = QStringLiteral(
    "request_id, started_at, app, endpoint, dialect, requested_model, route, provider, "
    "model, status, error_code, stream, translated, cache_hit, input_tokens, output_tokens, "
    "cached_read_tokens, cache_write_tokens, reasoning_tokens, usage_known, usage_estimated, "
    "cost_micros, latency_ms, first_byte_ms, bytes_in, bytes_out, attempts, tags, saved_micros");
const char *const kRowNames[] = {"requestId",
                                 "startedAt",
                                 "app",
                                 "endpoint",
                                 "dialect",
                                 "requestedModel",
                                 "route",
                                 "provider",
                                 "model",
                                 "status",
                                 "errorCode",
                                 "stream",
                                 "translated",
                                 "cacheHit",
                                 "inputTokens",
                                 "outputTokens",
                                 "cachedReadTokens",
                                 "cacheWriteTokens",
                                 "reasoningTokens",
                                 "usageKnown",
                                 "usageEstimated",
                                 "costMicros",
                                 "latencyMs",
                                 "firstByteMs",
                                 "bytesIn",
                                 "bytesOut",
                                 "attempts",
                                 "tags"};

// One row of kRowColumns read from `q` starting at column `first`.
QJsonObject rowObject(const QSqlQuery &q, int first)
{
    QJsonObject o;
    for (int i = 0; i < int(std::size(kRowNames)); ++i) {
        const QVariant v = q.value(first + i);
        const QLatin1StringView name(kRowNames[i]);
        if (name == QLatin1StringView("attempts"))
            o.insert(name, QJsonDocument::fromJson(v.toString().toUtf8()).array());
        else if (v.isNull())
            o.insert(name, QJsonValue::Null);
        else if (v.typeId() == QMetaType::QString)
            o.insert(name, v.toString());
        else
            o.insert(name, v.toLongLong());
    }
    return o;
}

} // namespace

QList<QJsonObject> UsageStore::rows(qint64 fromMs, qint64 toMs, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kRowColumns +
              QStringLiteral(" FROM requests WHERE started_at >= ? AND started_at < ? ORDER BY started_at "
                             "DESC, id DESC LIMIT ?"));
    q.bindValue(0, fromMs);
    q.bindValue(1, toMs);
    q.bindValue(2, limit);
    QList<QJsonObject> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(rowObject(q, 0));
    return out;
}

QList<QJsonObject> UsageStore::rows(const RowFilter &filter, const std::optional<RowPosition> &after,
                                    int limit, QString *error)
{
    // Ordered like the started_at index (SQLite keeps the rowid in it), so a page walks the index
    // from where the last one ended instead of sorting the table: smooth at millions of rows.
    QStringList where;
    QVariantList values;
    if (filter.fromMs > 0) {
        where << QStringLiteral("started_at >= ?");
        values << filter.fromMs;
    }
    if (filter.toMs > 0) {
        where << QStringLiteral("started_at < ?");
        values << filter.toMs;
    }
    if (after) {
        where << QStringLiteral("started_at <= ? AND (started_at < ? OR id < ?)");
        values << after->startedAtMs << after->startedAtMs << after->id;
    }
    const std::pair<const char *, const QString *> texts[] = {{"app", &filter.app},
                                                              {"route", &filter.route},
                                                              {"provider", &filter.provider},
                                                              {"model", &filter.model}};
    for (const auto &[column, value] : texts) {
        if (value->isEmpty())
            continue;
        where << QLatin1StringView(column) + QStringLiteral(" = ?");
        values << *value;
    }
    switch (filter.status) {
    case RowFilter::Status::All: break;
    case RowFilter::Status::Ok: where << QStringLiteral("status < 400"); break;
    case RowFilter::Status::Errors: where << QStringLiteral("status >= 400"); break;
    }
    if (filter.cachedOnly)
        where << QStringLiteral("cache_hit = 1");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, ") + kRowColumns + QStringLiteral(" FROM requests") +
              (where.isEmpty() ? QString()
                               : QString(QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))) +
              QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?"));
    int c = 0;
    for (const QVariant &v : std::as_const(values))
        q.bindValue(c++, v);
    q.bindValue(c, limit);
    QList<QJsonObject> out;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    const int saved = 1 + int(std::size(kRowNames));
    while (q.next()) {
        QJsonObject o = rowObject(q, 1);
        o.insert(QLatin1StringView("id"), q.value(0).toLongLong());
        o.insert(QLatin1StringView("savedMicros"), q.value(saved).toLongLong());
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
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM requests")) && q.next() ? q.value(0).toLongLong() : -1;
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
