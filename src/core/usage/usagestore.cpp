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

#include <QVarLengthArray>

#include <sqlite3.h>

#include <array>
#include <charconv>
#include <cmath>
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

// Request ids are Latin-1 bytes (Llm::newRequestId(), or an id the store read back).
void appendLatin1(std::string &out, const QByteArray &latin1)
{
    for (const char c : latin1) {
        const auto b = uchar(c);
        if (b < 0x80) {
            out.push_back(c);
        } else {
            out.push_back(char(0xc0 | (b >> 6)));
            out.push_back(char(0x80 | (b & 0x3f)));
        }
    }
}

void appendNumber(std::string &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, size_t(end - digits));
}

// As jsonEscaped(), in UTF-8.
void appendJsonString(std::string &out, QStringView s)
{
    out.push_back('"');
    qsizetype plain = 0; // start of the run not yet written
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        appendUtf8(out, s.sliced(plain, i - plain));
        plain = i + 1;
        if (c < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xf]);
        } else {
            out.push_back('\\');
            out.push_back(char(c));
        }
    }
    appendUtf8(out, s.sliced(plain));
    out.push_back('"');
}

// As attemptsText(), in UTF-8.
void appendAttempts(std::string &out, const QList<Attempt> &attempts)
{
    out.push_back('[');
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        const Attempt &a = attempts[i];
        if (i)
            out.push_back(',');
        out.append("{\"provider\":");
        appendJsonString(out, a.provider);
        out.append(",\"model\":");
        appendJsonString(out, a.model);
        out.append(",\"status\":");
        appendNumber(out, a.status);
        out.append(",\"error\":");
        appendJsonString(out, a.errorCode);
        out.append(",\"latencyMs\":");
        appendNumber(out, a.latencyMs);
        out.push_back('}');
    }
    out.push_back(']');
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
    for (sqlite3_stmt **st :
         {&m_insertRow, &m_insertRows, &m_upsertHourly, &m_upsertDaily, &m_upsertLatency}) {
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
bool UsageStore::insertRowsQt(std::span<const PricedRecord> batch, QString *error)
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
    const qsizetype count = qsizetype(batch.size());
    QSqlQuery many(m_db);
    QSqlQuery one(m_db);
    if (count >= kRowsPerStatement)
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
    while (next < count) {
        const bool chunk = count - next >= kRowsPerStatement;
        QSqlQuery &q = chunk ? many : one;
        const qsizetype rows = chunk ? kRowsPerStatement : 1;
        for (qsizetype k = 0; k < rows; ++k) {
            const PricedRecord &item = batch[size_t(next + k)];
            bindRow(q, int(k) * kColumns, *item.record, item.cost);
        }
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        next += rows;
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

// Rows go 16 per statement (the rest one by one): most of what SQLite spends per statement run —
// starting it, halting it, resetting it — is then paid once for 16 rows.
bool UsageStore::insertRowsSqlite(std::span<const PricedRecord> batch, QString *error)
{
    constexpr int kColumns = 29;
    constexpr size_t kRowsPerStatement = 16;
    auto sql = [](size_t rows) {
        QByteArray text =
            "INSERT INTO requests (request_id, started_at, app, endpoint, dialect, requested_model, "
            "route, provider, model, status, error_code, stream, translated, cache_hit, "
            "input_tokens, output_tokens, cached_read_tokens, cache_write_tokens, "
            "reasoning_tokens, usage_known, usage_estimated, cost_micros, latency_ms, "
            "first_byte_ms, bytes_in, bytes_out, attempts, tags, saved_micros) VALUES ";
        for (size_t i = 0; i < rows; ++i)
            text += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                      : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        return text;
    };
    static const QByteArray kOneRow = sql(1);
    static const QByteArray kManyRows = sql(kRowsPerStatement);
    size_t next = 0;
    while (next < batch.size()) {
        const size_t rows = batch.size() - next >= kRowsPerStatement ? kRowsPerStatement : 1;
        sqlite3_stmt *st =
            rows == 1 ? prepared(m_insertRow, kOneRow, error) : prepared(m_insertRows, kManyRows, error);
        if (!st)
            return false;
        TextColumns texts(m_utf8);
        int rc = SQLITE_OK;
        for (size_t k = 0; k < rows; ++k) {
            const PricedRecord &item = batch[next + k];
            const UsageRecord &r = *item.record;
            const int c = int(k) * kColumns; // the row's first column is c + 1
            texts.write(c + 1, [&r](std::string &out) { appendLatin1(out, r.requestId); });
            texts.add(c + 3, r.app);
            texts.add(c + 4, r.endpoint);
            texts.add(c + 5, r.dialect);
            texts.add(c + 6, r.requestedModel);
            texts.add(c + 7, r.route);
            texts.add(c + 8, r.provider);
            texts.add(c + 9, r.model);
            texts.add(c + 11, r.errorCode);
            texts.write(c + 27, [&r](std::string &out) { appendAttempts(out, r.attempts); });
            texts.add(c + 28, r.tags);
            rc |= sqlite3_bind_int64(st, c + 2, r.startedAtMs);
            rc |= sqlite3_bind_int64(st, c + 10, r.status);
            rc |= sqlite3_bind_int(st, c + 12, int(r.stream));
            rc |= sqlite3_bind_int(st, c + 13, int(r.translated));
            rc |= sqlite3_bind_int(st, c + 14, int(r.cacheHit));
            rc |= sqlite3_bind_int64(st, c + 15, r.usage.inputTokens);
            rc |= sqlite3_bind_int64(st, c + 16, r.usage.outputTokens);
            rc |= sqlite3_bind_int64(st, c + 17, r.usage.cachedReadTokens);
            rc |= sqlite3_bind_int64(st, c + 18, r.usage.cacheWriteTokens);
            rc |= sqlite3_bind_int64(st, c + 19, r.usage.reasoningTokens);
            rc |= sqlite3_bind_int(st, c + 20, int(r.usage.known));
            rc |= sqlite3_bind_int(st, c + 21, int(r.usage.estimated));
            rc |= item.cost ? sqlite3_bind_int64(st, c + 22, *item.cost) : sqlite3_bind_null(st, c + 22);
            rc |= sqlite3_bind_int64(st, c + 23, r.latencyMs);
            rc |= sqlite3_bind_int64(st, c + 24, r.firstByteMs);
            rc |= sqlite3_bind_int64(st, c + 25, r.bytesIn);
            rc |= sqlite3_bind_int64(st, c + 26, r.bytesOut);
            rc |= sqlite3_bind_int64(st, c + 29, r.savedMicros);
        }
        rc |= texts.bind(st);
        if (!step(st, rc, error))
            return false;
        next += rows;
    }
    // Nothing left pointing into m_utf8. (Every run binds all of its values first, so this is needed
    // once per batch, not per run.)
    for (sqlite3_stmt *st : {m_insertRow, m_insertRows}) {
        if (st)
            sqlite3_clear_bindings(st);
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
    if (!(m_postgres ? insertRowsQt(batch, error) : insertRowsSqlite(batch, error)) ||
        !insertBodies(batch, error) || !insertRollups(batch, error))
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
