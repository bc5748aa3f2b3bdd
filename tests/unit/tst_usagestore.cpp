// SPDX-License-Identifier: GPL-3.0-or-later
// The usage store on a real SQLite file: schema and migrations, batched inserts with rollups that
// equal the raw sums, latency percentiles, retention, the writer thread (many producers, flush,
// stop), and cost maths per provider convention.

#include "usage/pricing.h"
#include "usage/recordcodec.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <limits>
#include <thread>

using namespace Switchyard;
using Usage::Price;
using Usage::UsageRecord;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kBase = 1'794'960'000'000; // a fixed instant (2026-11-18) at midnight UTC
static_assert(kBase % (24 * kHour) == 0);

UsageRecord makeRecord(QRandomGenerator &rng, qint64 startedAt)
{
    static const QString providers[] = {QStringLiteral("openai"), QStringLiteral("claude"),
                                        QStringLiteral("gemini")};
    static const QString models[] = {QStringLiteral("gpt-4o"), QStringLiteral("claude-sonnet-4-5"),
                                     QStringLiteral("gemini-2.5-flash")};
    UsageRecord r;
    const int p = int(rng.bounded(3));
    r.requestId = "req_" + QByteArray::number(rng.generate64());
    r.startedAtMs = startedAt;
    r.app = rng.bounded(2) ? QStringLiteral("vscode") : QStringLiteral("scripts");
    r.endpoint = QStringLiteral("chat");
    r.dialect = QStringLiteral("openai-chat");
    r.requestedModel = QStringLiteral("smart");
    r.route = QStringLiteral("smart");
    r.provider = providers[p];
    r.providerKind = QStringLiteral("openai");
    r.model = models[p];
    r.status = rng.bounded(10) == 0 ? 502 : 200;
    r.usage.inputTokens = rng.bounded(5000);
    r.usage.cachedReadTokens = rng.bounded(int(r.usage.inputTokens) + 1);
    r.usage.outputTokens = rng.bounded(2000);
    r.usage.reasoningTokens = rng.bounded(int(r.usage.outputTokens) + 1);
    r.usage.known = true;
    r.latencyMs = rng.bounded(30'000);
    r.attempts.append(Usage::Attempt{r.provider, r.model, r.status, {}, r.latencyMs});
    return r;
}

// The same tests run on SQLite, and on PostgreSQL when SWITCHYARD_TEST_POSTGRES holds a database
// URL (scripts/test.sh starts a throwaway server and runs them as tst_usagestore_postgres).
QString postgresUrl()
{
    if (qEnvironmentVariable("SWITCHYARD_TEST_BACKEND") != QLatin1String("postgres"))
        return {};
    return qEnvironmentVariable("SWITCHYARD_TEST_POSTGRES");
}

// A clean store location: a file in `dir`, or the PostgreSQL test database emptied.
QString freshLocation(const QTemporaryDir &dir)
{
    const QString url = postgresUrl();
    if (url.isEmpty())
        return dir.filePath(QStringLiteral("usage.sqlite"));
    {
        Usage::UsageStore store; // connects (and migrates); then everything is dropped
        QString error;
        if (!store.open(url, &error))
            qFatal("cannot reach the PostgreSQL test database: %s", qPrintable(error));
    }
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-reset"));
    db.setHostName(QUrlQuery(parsed).queryItemValue(QStringLiteral("host")));
    db.setPort(parsed.port());
    db.setDatabaseName(parsed.path().mid(1));
    db.setUserName(parsed.userName());
    if (db.open())
        QSqlQuery(db).exec(
            QStringLiteral("DROP TABLE IF EXISTS requests, usage_hourly, usage_daily, "
                           "latency_hourly, request_bodies, request_pages, switchyard_schema CASCADE"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pg-reset"));
    return url;
}

// The one-row-per-request table of schema versions 1 to 4 (with `saved` false: as version 1 made it).
bool createLegacyRequestsTable(QSqlDatabase &db, bool saved)
{
    return QSqlQuery(db).exec(
               QStringLiteral(
                   "CREATE TABLE requests (id INTEGER PRIMARY KEY, request_id TEXT NOT NULL, "
                   "started_at INTEGER NOT NULL, app TEXT NOT NULL, endpoint TEXT NOT NULL, "
                   "dialect TEXT NOT NULL, requested_model TEXT NOT NULL, route TEXT NOT NULL, "
                   "provider TEXT NOT NULL, model TEXT NOT NULL, status INTEGER NOT NULL, "
                   "error_code TEXT NOT NULL, stream INTEGER NOT NULL, translated INTEGER NOT NULL, "
                   "cache_hit INTEGER NOT NULL, input_tokens INTEGER NOT NULL, "
                   "output_tokens INTEGER NOT NULL, cached_read_tokens INTEGER NOT NULL, "
                   "cache_write_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL, "
                   "usage_known INTEGER NOT NULL, usage_estimated INTEGER NOT NULL, "
                   "cost_micros INTEGER, latency_ms INTEGER NOT NULL, first_byte_ms INTEGER NOT NULL, "
                   "bytes_in INTEGER NOT NULL, bytes_out INTEGER NOT NULL, attempts TEXT NOT NULL, "
                   "tags TEXT NOT NULL") +
               (saved ? QStringLiteral(", saved_micros INTEGER NOT NULL DEFAULT 0)")
                      : QStringLiteral(")"))) &&
           QSqlQuery(db).exec(QStringLiteral("CREATE INDEX requests_started_at ON requests (started_at)"));
}

} // namespace

class TestUsageStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("SWITCHYARD_TEST_BACKEND") == QLatin1String("postgres") &&
            postgresUrl().isEmpty()) {
            if (qEnvironmentVariableIntValue("REQUIRE_POSTGRES") == 1)
                QFAIL("SWITCHYARD_TEST_POSTGRES is not set, but REQUIRE_POSTGRES=1");
            QSKIP("no PostgreSQL test server (set SWITCHYARD_TEST_POSTGRES, as scripts/test.sh does)");
        }
    }

    void costMaths_data()
    {
        QTest::addColumn<Price>("price");
        QTest::addColumn<qint64>("input");
        QTest::addColumn<qint64>("cachedRead");
        QTest::addColumn<qint64>("cacheWrite");
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("reasoning");
        QTest::addColumn<qint64>("expectedMicros");

        // OpenAI gpt-4o: $2.50 in, $1.25 cached, $10 out. 1000 prompt tokens of which 400 cached,
        // 200 out: 600 × 2.5 + 400 × 1.25 + 200 × 10 = 1500 + 500 + 2000 = 4000 micro-dollars.
        Price gpt4o{Price::fromDollars(2.5), Price::fromDollars(10), Price::fromDollars(1.25)};
        QTest::newRow("openai-cached")
            << gpt4o << qint64(1000) << qint64(400) << qint64(0) << qint64(200) << qint64(0) << qint64(4000);
        // Reasoning billed as output when not priced apart: o-series 1000 in, 500 out of which 400
        // reasoning at $2/$8: 2000 + 4000 = 6000.
        Price o3{Price::fromDollars(2), Price::fromDollars(8), Price::fromDollars(0.5)};
        QTest::newRow("openai-reasoning")
            << o3 << qint64(1000) << qint64(0) << qint64(0) << qint64(500) << qint64(400) << qint64(6000);
        // Anthropic Sonnet: $3 in, $15 out, $0.30 cache read, $3.75 cache write. Canonical input
        // 19 = 11 uncached + 5 read + 3 written; 24 out:
        // 11 × 3 + 5 × 0.3 + 3 × 3.75 + 24 × 15 = 33 + 1.5 + 11.25 + 360 = 405.75 → 406.
        Price sonnet{Price::fromDollars(3), Price::fromDollars(15), Price::fromDollars(0.3),
                     Price::fromDollars(3.75)};
        QTest::newRow("anthropic-cache")
            << sonnet << qint64(19) << qint64(5) << qint64(3) << qint64(24) << qint64(0) << qint64(406);
        // Reasoning priced apart (a provider that does): 100 out of which 60 reasoning at $1 vs $4.
        Price split{Price::fromDollars(1), Price::fromDollars(4), -1, -1, Price::fromDollars(1)};
        QTest::newRow("reasoning-priced")
            << split << qint64(0) << qint64(0) << qint64(0) << qint64(100) << qint64(60) << qint64(220);
        // Gemini 2.5 Pro long-context tier: above 200k prompt tokens, $2.50/$15 instead of $1.25/$10.
        Price pro{Price::fromDollars(1.25), Price::fromDollars(10), Price::fromDollars(0.31)};
        pro.tierAboveInputTokens = 200'000;
        pro.tierInput = Price::fromDollars(2.5);
        pro.tierOutput = Price::fromDollars(15);
        pro.tierCachedInput = Price::fromDollars(0.625);
        QTest::newRow("gemini-short") << pro << qint64(200'000) << qint64(0) << qint64(0) << qint64(1000)
                                      << qint64(0) << qint64(260'000);
        QTest::newRow("gemini-long") << pro << qint64(300'000) << qint64(0) << qint64(0) << qint64(1000)
                                     << qint64(0) << qint64(765'000);
        // Rounding to the nearest micro-dollar: 1 token at $0.10 / 1M is 0.1 µ$ → 0; 5 tokens → 0.5 → 1.
        Price cheap{Price::fromDollars(0.1), Price::fromDollars(0.1)};
        QTest::newRow("round-down") << cheap << qint64(1) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                    << qint64(0);
        QTest::newRow("round-half-up")
            << cheap << qint64(5) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(1);
        // Inconsistent counts (cached above input) are clamped, never negative.
        QTest::newRow("clamped") << gpt4o << qint64(100) << qint64(500) << qint64(0) << qint64(0) << qint64(0)
                                 << qint64(125);
    }

    void costMaths()
    {
        QFETCH(Price, price);
        QFETCH(qint64, input);
        QFETCH(qint64, cachedRead);
        QFETCH(qint64, cacheWrite);
        QFETCH(qint64, output);
        QFETCH(qint64, reasoning);
        QFETCH(qint64, expectedMicros);
        Llm::Usage u;
        u.inputTokens = input;
        u.cachedReadTokens = cachedRead;
        u.cacheWriteTokens = cacheWrite;
        u.outputTokens = output;
        u.reasoningTokens = reasoning;
        QCOMPARE(Usage::costMicros(u, price), expectedMicros);
    }

    void schemaAndMigration()
    {
        if (!postgresUrl().isEmpty())
            QSKIP("edits SQLite's user_version directly; PostgreSQL runs every migration in the other tests");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.sqlite"));
        {
            Usage::UsageStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), Usage::UsageStore::latestSchemaVersion());
            QCOMPARE(store.rowCount(), 0);
        }
        {
            // Reopening migrates nothing and keeps the data.
            Usage::UsageStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), Usage::UsageStore::latestSchemaVersion());
            QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        }
        {
            // A database from a newer Switchyard is refused, not damaged.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=999"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Usage::UsageStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    }

    // Body logging: kept apart from the rows, only for records that logged them, with anything shaped
    // like a key or a token redacted, and purged with the rows.
    void bodiesKeptOnlyWhenLogged()
    {
        QTemporaryDir dir;
        Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(freshLocation(dir), &error), qPrintable(error));
        QRandomGenerator rng(7);
        UsageRecord logged = makeRecord(rng, 1'000'000);
        logged.requestId = "req_logged";
        logged.bodiesLogged = true;
        logged.requestBody =
            R"({"model":"smart","messages":[{"role":"user","content":"my key is sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"}]})";
        logged.responseBody = "data: {\"choices\":[]}\n\n";
        logged.requestHeaders =
            "Content-Type: application/json\nX-Note: key sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123\n";
        logged.upstreamHeaders = "x-request-id: abc\n";
        UsageRecord plain = makeRecord(rng, 2'000'000);
        plain.requestId = "req_plain";
        UsageRecord empty = makeRecord(rng, 3'000'000);
        empty.requestId = "req_empty_answer";
        empty.bodiesLogged = true;
        empty.requestBody = "{}";
        QVERIFY2(store.insert({logged, plain, empty}, {std::nullopt, std::nullopt, std::nullopt}, &error),
                 qPrintable(error));

        const std::optional<Usage::LoggedBodies> got = store.bodies("req_logged");
        QVERIFY(got);
        QVERIFY2(got->request.contains("\"content\":\"my key is "), got->request.constData());
        QVERIFY2(!got->request.contains("abcdefghijklmnopqrstuvwxyz0123456789"), got->request.constData());
        QCOMPARE(got->response, logged.responseBody);
        QVERIFY2(got->requestHeaders.startsWith("Content-Type: application/json\nX-Note: key "),
                 got->requestHeaders.constData());
        QVERIFY2(!got->requestHeaders.contains("abcdefghijklmnopqrstuvwxyz0123"),
                 got->requestHeaders.constData());
        QCOMPARE(got->upstreamHeaders, logged.upstreamHeaders);
        QVERIFY(!store.bodies("req_plain"));
        QVERIFY(store.bodies("req_empty_answer"));
        QCOMPARE(store.bodies("req_empty_answer")->response, QByteArray());
        // Nowhere in the store, rows and pages included, is a secret kept.
        if (postgresUrl().isEmpty()) {
            QByteArray everything;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile f(dir.filePath(QStringLiteral("usage.sqlite")) + suffix);
                if (f.open(QIODevice::ReadOnly))
                    everything += f.readAll();
            }
            QVERIFY(everything.contains("req_logged"));
            QVERIFY(!everything.contains("abcdefghijklmnopqrstuvwxyz0123"));
        }

        QCOMPARE(store.purgeBefore(2'500'000), 2);
        QVERIFY(!store.bodies("req_logged"));
        QVERIFY(store.bodies("req_empty_answer"));
    }

    // Text is written to SQLite as UTF-8 by the store itself (and the attempts as JSON text): what is
    // read back equals what went in, whatever the characters, in the 16-row statements and the
    // single-row ones alike, and in the rollups' keys.
    void textRoundTrips()
    {
        QTemporaryDir dir;
        Usage::UsageStore store;
        QString error;
        const QString location = freshLocation(dir);
        QVERIFY2(store.open(location, &error), qPrintable(error));
        const QString odd[] = {QStringLiteral("caf\u00e9 \u65e5\u672c \U0001F600"),
                               QStringLiteral("quote\" back\\slash"),
                               QStringLiteral("tab\tnew\nline\u0001end"), QString(), QStringLiteral("plain")};
        QRandomGenerator rng(3);
        QList<UsageRecord> records;
        QList<std::optional<qint64>> costs;
        for (int i = 0; i < 21; ++i) { // one 16-row statement, then 5 single rows
            UsageRecord r = makeRecord(rng, kBase + i);
            r.requestId = "req_text_" + QByteArray::number(i);
            r.app = odd[i % 5];
            r.model = odd[(i + 1) % 5];
            r.tags = odd[(i + 2) % 5];
            r.errorCode = odd[(i + 3) % 5];
            r.attempts = {Usage::Attempt{odd[(i + 4) % 5], r.model, 502, odd[i % 5], 12},
                          Usage::Attempt{QStringLiteral("b"), odd[(i + 2) % 5], 200, {}, -1}};
            records.append(r);
            costs.append(i % 2 ? std::optional<qint64>(i) : std::nullopt);
        }
        QVERIFY2(store.insert(records, costs, &error), qPrintable(error));
        const QList<QJsonObject> rows = store.rows(kBase, kBase + 1000, 100);
        QCOMPARE(rows.size(), records.size());
        for (const QJsonObject &o : rows) {
            const int i = o.value(QLatin1String("requestId")).toString().mid(9).toInt();
            const UsageRecord &r = records[i];
            QCOMPARE(o.value(QLatin1String("app")).toString(), r.app.isNull() ? QStringLiteral("") : r.app);
            QCOMPARE(o.value(QLatin1String("model")).toString(),
                     r.model.isNull() ? QStringLiteral("") : r.model);
            QCOMPARE(o.value(QLatin1String("tags")).toString(),
                     r.tags.isNull() ? QStringLiteral("") : r.tags);
            QCOMPARE(o.value(QLatin1String("errorCode")).toString(),
                     r.errorCode.isNull() ? QStringLiteral("") : r.errorCode);
            QCOMPARE(o.value(QLatin1String("startedAt")).toInteger(), r.startedAtMs);
            QCOMPARE(o.value(QLatin1String("costMicros")).isNull(), !costs[i]);
            const QJsonArray attempts = o.value(QLatin1String("attempts")).toArray();
            QCOMPARE(attempts.size(), 2);
            for (int a = 0; a < 2; ++a) {
                const QJsonObject got = attempts[a].toObject();
                QCOMPARE(got.value(QLatin1String("provider")).toString(), r.attempts[a].provider);
                QCOMPARE(got.value(QLatin1String("model")).toString(), r.attempts[a].model);
                QCOMPARE(got.value(QLatin1String("status")).toInt(), r.attempts[a].status);
                QCOMPARE(got.value(QLatin1String("error")).toString(), r.attempts[a].errorCode);
                QCOMPARE(got.value(QLatin1String("latencyMs")).toInteger(), r.attempts[a].latencyMs);
            }
        }
        // The rollups group by the same text.
        Usage::UsageQuery byApp;
        byApp.fromMs = kBase;
        byApp.toMs = kBase + kHour;
        byApp.groupBy = Usage::UsageQuery::GroupBy::App;
        QHash<QString, qint64> requests;
        for (const Usage::UsageRow &row : store.aggregate(byApp))
            requests[row.group] += row.requests;
        QCOMPARE(requests.size(), 5);
        for (const QString &app : odd)
            QCOMPARE(requests.value(app.isNull() ? QStringLiteral("") : app),
                     21 / 5 + (app == odd[0] ? 1 : 0));
    }

    void rollupsEqualRawSums()
    {
        QTemporaryDir dir;
        Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(freshLocation(dir), &error), qPrintable(error));
        QRandomGenerator rng(42);
        QList<UsageRecord> all;
        // Five batches over three days, some hours shared between batches (rollups add up).
        for (int batch = 0; batch < 5; ++batch) {
            QList<UsageRecord> records;
            QList<std::optional<qint64>> costs;
            for (int i = 0; i < 400; ++i) {
                records.append(
                    makeRecord(rng, kBase + qint64(rng.bounded(72)) * kHour + rng.bounded(int(kHour))));
                costs.append(i % 7 == 0 ? std::nullopt : std::optional<qint64>(rng.bounded(5000)));
            }
            QVERIFY2(store.insert(records, costs, &error), qPrintable(error));
            for (qsizetype i = 0; i < records.size(); ++i) {
                records[i].tags = costs[i] ? QString::number(*costs[i]) : QStringLiteral("unpriced");
                all.append(records[i]);
            }
        }
        QCOMPARE(store.rowCount(), 2000);

        // Totals over everything, grouped by provider, from the rollups…
        Usage::UsageQuery q;
        q.fromMs = kBase;
        q.toMs = kBase + 72 * kHour;
        q.groupBy = Usage::UsageQuery::GroupBy::Provider;
        const QList<Usage::UsageRow> rows = store.aggregate(q);
        QCOMPARE(rows.size(), 3);
        // …equal the sums over the raw records.
        for (const Usage::UsageRow &row : rows) {
            Usage::UsageRow expected;
            expected.bucketStartMs = kBase;
            expected.group = row.group;
            for (const UsageRecord &r : all) {
                if (r.provider != row.group)
                    continue;
                ++expected.requests;
                expected.errors += r.status >= 400;
                expected.inputTokens += r.usage.inputTokens;
                expected.outputTokens += r.usage.outputTokens;
                expected.cachedReadTokens += r.usage.cachedReadTokens;
                expected.reasoningTokens += r.usage.reasoningTokens;
                if (r.tags == QLatin1String("unpriced"))
                    expected.unpriced += (r.usage.inputTokens > 0 || r.usage.outputTokens > 0);
                else
                    expected.costMicros += r.tags.toLongLong();
                expected.latencyMsSum += r.latencyMs;
            }
            QCOMPARE(row, expected);
        }
        // Daily buckets sum to the same totals; a window of one day sees only that day.
        q.groupBy = Usage::UsageQuery::GroupBy::None;
        q.bucket = Usage::UsageQuery::Bucket::Day;
        const QList<Usage::UsageRow> days = store.aggregate(q);
        qint64 requests = 0;
        for (const Usage::UsageRow &d : days)
            requests += d.requests;
        QCOMPARE(requests, 2000);
        q.fromMs = kBase + 24 * kHour;
        q.toMs = kBase + 48 * kHour;
        q.bucket = Usage::UsageQuery::Bucket::None;
        const QList<Usage::UsageRow> one = store.aggregate(q);
        QCOMPARE(one.size(), 1);
        qint64 inDay = 0;
        for (const UsageRecord &r : all)
            inDay += r.startedAtMs >= q.fromMs && r.startedAtMs < q.toMs;
        QCOMPARE(one.first().requests, inDay);

        // Hourly buckets add up to the same as daily ones.
        q.fromMs = kBase;
        q.toMs = kBase + 72 * kHour;
        q.bucket = Usage::UsageQuery::Bucket::Hour;
        qint64 hourlyRequests = 0, hourlyCost = 0;
        for (const Usage::UsageRow &h : store.aggregate(q)) {
            hourlyRequests += h.requests;
            hourlyCost += h.costMicros;
        }
        QCOMPARE(hourlyRequests, 2000);
        q.bucket = Usage::UsageQuery::Bucket::Day;
        qint64 dailyCost = 0;
        for (const Usage::UsageRow &d : store.aggregate(q))
            dailyCost += d.costMicros;
        QCOMPARE(dailyCost, hourlyCost);

        // Latency percentiles from the histogram: each bound is a bucket edge at or above the truth.
        std::vector<qint64> latencies;
        for (const UsageRecord &r : all)
            latencies.push_back(r.latencyMs);
        std::sort(latencies.begin(), latencies.end());
        const Usage::LatencyStats stats = store.latency(kBase, kBase + 72 * kHour);
        QCOMPARE(stats.count, 2000);
        const qint64 p95 = latencies[size_t(0.95 * 2000) - 1];
        QVERIFY(stats.p95Ms >= p95 && stats.p95Ms <= 2 * p95 + 1);
        QVERIFY(stats.p50Ms <= stats.p95Ms && stats.p95Ms <= stats.p99Ms);

        // Retention drops raw rows, never the rollups.
        const qint64 purged = store.purgeBefore(kBase + 24 * kHour);
        QVERIFY(purged > 0);
        QCOMPARE(store.rowCount(), 2000 - purged);
        q.fromMs = kBase;
        q.toMs = kBase + 72 * kHour;
        q.bucket = Usage::UsageQuery::Bucket::None;
        QCOMPARE(store.aggregate(q).first().requests, 2000);
    }

    void filteredRowsPageByPage()
    {
        QTemporaryDir dir;
        Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(freshLocation(dir), &error), qPrintable(error));
        QRandomGenerator rng(7);
        QList<UsageRecord> records;
        QList<std::optional<qint64>> costs;
        for (int i = 0; i < 1000; ++i) {
            // Many rows share a start time, so pages must break ties by id.
            UsageRecord r = makeRecord(rng, kBase + qint64(rng.bounded(200)) * 1000);
            r.route = i % 3 ? QStringLiteral("smart") : QStringLiteral("cheap");
            r.cacheHit = i % 5 == 0;
            r.savedMicros = r.cacheHit ? 10 : 0;
            records.append(r);
            costs.append(i % 4 ? std::optional<qint64>(i) : std::nullopt);
        }
        QVERIFY2(store.insert(records, costs, &error), qPrintable(error));

        // Reads every page of `filter` and checks the order and that no row is seen twice.
        auto readAll = [&store](const Usage::RowFilter &filter, int pageSize) {
            QList<QJsonObject> all;
            std::optional<Usage::RowPosition> after;
            QString pageError;
            for (;;) {
                const QList<QJsonObject> page = store.rows(filter, after, pageSize, &pageError);
                if (!pageError.isEmpty())
                    qFatal("rows failed: %s", qPrintable(pageError));
                all += page;
                if (page.size() < pageSize)
                    break;
                after = Usage::RowPosition{page.last().value(QLatin1String("startedAt")).toInteger(),
                                           page.last().value(QLatin1String("id")).toInteger()};
            }
            return all;
        };
        auto expected = [&](const std::function<bool(const UsageRecord &)> &match) {
            qint64 n = 0;
            for (const UsageRecord &r : records)
                n += match(r) ? 1 : 0;
            return n;
        };

        const QList<QJsonObject> all = readAll({}, 37);
        QCOMPARE(all.size(), 1000);
        QSet<qint64> ids;
        for (qsizetype i = 0; i < all.size(); ++i) {
            ids.insert(all[i].value(QLatin1String("id")).toInteger());
            if (i == 0)
                continue;
            const qint64 t0 = all[i - 1].value(QLatin1String("startedAt")).toInteger();
            const qint64 t1 = all[i].value(QLatin1String("startedAt")).toInteger();
            QVERIFY(t1 < t0 || (t1 == t0 && all[i].value(QLatin1String("id")).toInteger() <
                                                all[i - 1].value(QLatin1String("id")).toInteger()));
        }
        QCOMPARE(ids.size(), 1000);

        Usage::RowFilter f;
        f.app = QStringLiteral("vscode");
        QCOMPARE(readAll(f, 50).size(),
                 expected([](const UsageRecord &r) { return r.app == QLatin1String("vscode"); }));
        f = {};
        f.status = Usage::RowFilter::Status::Errors;
        QCOMPARE(readAll(f, 50).size(), expected([](const UsageRecord &r) { return r.status >= 400; }));
        f.status = Usage::RowFilter::Status::Ok;
        QCOMPARE(readAll(f, 50).size(), expected([](const UsageRecord &r) { return r.status < 400; }));
        f = {};
        f.cachedOnly = true;
        f.route = QStringLiteral("cheap");
        const QList<QJsonObject> cached = readAll(f, 10);
        QCOMPARE(cached.size(), expected([](const UsageRecord &r) {
                     return r.cacheHit && r.route == QLatin1String("cheap");
                 }));
        for (const QJsonObject &o : cached) {
            QCOMPARE(o.value(QLatin1String("cacheHit")).toInteger(), 1);
            QCOMPARE(o.value(QLatin1String("savedMicros")).toInteger(), 10);
        }
        f = {};
        f.provider = QStringLiteral("claude");
        f.model = QStringLiteral("claude-sonnet-4-5");
        f.fromMs = kBase + 50'000;
        f.toMs = kBase + 150'000;
        QCOMPARE(readAll(f, 20).size(), expected([](const UsageRecord &r) {
                     return r.provider == QLatin1String("claude") && r.startedAtMs >= kBase + 50'000 &&
                            r.startedAtMs < kBase + 150'000;
                 }));
        // An unpriced row reads back as null, never 0; the attempts as an array.
        qint64 unpriced = 0;
        for (const QJsonObject &o : all) {
            QCOMPARE(o.value(QLatin1String("attempts")).toArray().size(), 1);
            unpriced += o.value(QLatin1String("costMicros")).isNull() ? 1 : 0;
        }
        QCOMPARE(unpriced, 250);
    }

    void migrationBackfillsDailyRollups()
    {
        if (!postgresUrl().isEmpty())
            QSKIP("rewinds a SQLite file to schema 1");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.sqlite"));
        QRandomGenerator rng(3);
        QList<UsageRecord> records;
        QList<std::optional<qint64>> costs;
        for (int i = 0; i < 300; ++i) {
            records.append(makeRecord(rng, kBase + qint64(rng.bounded(96)) * kHour));
            costs.append(qint64(i));
        }
        {
            Usage::UsageStore store;
            QString error;
            QVERIFY(store.open(path, &error));
            QVERIFY(store.insert(records, costs, &error));
        }
        {
            // Make it a version-1 database: hourly rollups only, no saved_micros, no logged bodies.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE usage_daily")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE request_bodies")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE request_pages")));
            QVERIFY(createLegacyRequestsTable(db, false));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE usage_hourly DROP COLUMN saved_micros")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Usage::UsageStore::latestSchemaVersion());
        Usage::UsageQuery q;
        q.fromMs = kBase;
        q.toMs = kBase + 96 * kHour;
        q.bucket = Usage::UsageQuery::Bucket::Day;
        qint64 requests = 0, cost = 0;
        for (const Usage::UsageRow &d : store.aggregate(q)) {
            requests += d.requests;
            cost += d.costMicros;
        }
        QCOMPARE(requests, 300);
        QCOMPARE(cost, 299 * 300 / 2);
    }

    // Schema 5 packs the rows of the one-row-per-request table into pages: every value survives.
    void migrationMovesRowsIntoPages()
    {
        if (!postgresUrl().isEmpty())
            QSKIP("rewinds a SQLite file to schema 4");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("usage.sqlite"));
        {
            Usage::UsageStore store;
            QString error;
            QVERIFY(store.open(path, &error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE request_pages")));
            QVERIFY(createLegacyRequestsTable(db, true));
            const QString insert = QStringLiteral(
                "INSERT INTO requests (request_id, started_at, app, endpoint, dialect, requested_model, "
                "route, "
                "provider, model, status, error_code, stream, translated, cache_hit, input_tokens, "
                "output_tokens, "
                "cached_read_tokens, cache_write_tokens, reasoning_tokens, usage_known, usage_estimated, "
                "cost_micros, "
                "latency_ms, first_byte_ms, bytes_in, bytes_out, attempts, tags, saved_micros) VALUES ");
            QVERIFY(QSqlQuery(db).exec(
                insert +
                QStringLiteral(
                    "('req_a', %1, 'caf\u00e9', 'chat', 'openai-chat', 'smart', 'smart', 'gemini', "
                    "'gemini-2.5-flash', 502, 'all_attempts_failed', 1, 1, 0, 10, 20, 3, 4, 5, 1, 0, "
                    "NULL, 1500, 40, 300, 0, '[{\"provider\":\"openai\",\"model\":\"gpt\",\"status\":"
                    "429,\"error\":\"rate \\\"limited\\\"\",\"latencyMs\":12},{\"provider\":"
                    "\"gemini\",\"model\":\"gemini-2.5-flash\",\"status\":502,\"error\":\"\","
                    "\"latencyMs\":1480}]', 'a,b', 0)")
                    .arg(kBase)));
            QVERIFY(QSqlQuery(db).exec(
                insert + QStringLiteral(
                             "('req_b', %1, '', 'messages', 'anthropic', 'm', 'r', 'p', 'm', 200, '', 0, 0, "
                             "1, 1, 2, 0, 0, 0, 0, 1, 77, 9, -1, 10, 20, '[]', '', 55)")
                             .arg(kBase + 1000)));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=4")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));
        Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Usage::UsageStore::latestSchemaVersion());
        QCOMPARE(store.rowCount(), 2);
        const QList<QJsonObject> rows = store.rows(Usage::RowFilter{}, std::nullopt, 10);
        QCOMPARE(rows.size(), 2);
        const QJsonObject b = rows[0];
        const QJsonObject a = rows[1];
        QCOMPARE(a.value(QLatin1String("requestId")).toString(), QStringLiteral("req_a"));
        QCOMPARE(a.value(QLatin1String("app")).toString(), QStringLiteral("caf\u00e9"));
        QCOMPARE(a.value(QLatin1String("status")).toInt(), 502);
        QCOMPARE(a.value(QLatin1String("errorCode")).toString(), QStringLiteral("all_attempts_failed"));
        QCOMPARE(a.value(QLatin1String("stream")).toInt(), 1);
        QCOMPARE(a.value(QLatin1String("cachedReadTokens")).toInt(), 3);
        QCOMPARE(a.value(QLatin1String("reasoningTokens")).toInt(), 5);
        QVERIFY(a.value(QLatin1String("costMicros")).isNull());
        QCOMPARE(a.value(QLatin1String("firstByteMs")).toInt(), 40);
        QCOMPARE(a.value(QLatin1String("tags")).toString(), QStringLiteral("a,b"));
        const QJsonArray attempts = a.value(QLatin1String("attempts")).toArray();
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0][QLatin1String("error")].toString(), QStringLiteral("rate \"limited\""));
        QCOMPARE(attempts[0][QLatin1String("status")].toInt(), 429);
        QCOMPARE(attempts[1][QLatin1String("latencyMs")].toInt(), 1480);
        QCOMPARE(b.value(QLatin1String("requestId")).toString(), QStringLiteral("req_b"));
        QCOMPARE(b.value(QLatin1String("costMicros")).toInt(), 77);
        QCOMPARE(b.value(QLatin1String("savedMicros")).toInt(), 55);
        QCOMPARE(b.value(QLatin1String("cacheHit")).toInt(), 1);
        QCOMPARE(b.value(QLatin1String("usageEstimated")).toInt(), 1);
        QCOMPARE(b.value(QLatin1String("attempts")).toArray().size(), 0);
        // The old table is gone.
        store.close();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'requests%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    }

    void writerFromManyThreads()
    {
        QTemporaryDir dir;
        const QString path = freshLocation(dir);
        Usage::UsageWriter::Options options;
        options.flushIntervalMs = 50;
        Usage::UsageWriter writer(path, options);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        std::vector<std::thread> producers;
        for (int t = 0; t < 4; ++t) {
            producers.emplace_back([&writer, t] {
                QRandomGenerator rng{quint32(t)};
                for (int i = 0; i < 2500; ++i)
                    writer.record(makeRecord(rng, kBase + i));
            });
        }
        for (std::thread &p : producers)
            p.join();
        writer.flush();
        QCOMPARE(writer.written(), 10'000);
        QCOMPARE(writer.dropped(), 0);
        // Records still queued at stop() are written, not lost.
        QRandomGenerator rng(7);
        for (int i = 0; i < 500; ++i)
            writer.record(makeRecord(rng, kBase + i));
        writer.stop();
        Usage::UsageStore store;
        QVERIFY(store.open(path, &error));
        QCOMPARE(store.rowCount(), 10'500);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
    }

    // When the background writer gets no CPU (every core busy with requests), records still reach the
    // store within the urgent bound: a kill -9 loses at most the last second.
    void urgentWriterKeepsTheLossBound()
    {
        QTemporaryDir dir;
        const QString path = freshLocation(dir);
        Usage::UsageWriter::Options options;
        options.backgroundWriter = false; // as if it never got a core
        options.urgentAfterMs = 300;
        Usage::UsageWriter writer(path, options);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        QRandomGenerator rng(21);
        QElapsedTimer clock;
        clock.start();
        std::vector<qint64> handedAt;
        qint64 worstLagMs = 0;
        while (clock.elapsed() < 2000) {
            writer.record(makeRecord(rng, kBase + qint64(handedAt.size())));
            handedAt.push_back(clock.elapsed());
            // Every record handed over more than a second ago is written.
            const qint64 written = writer.written();
            if (written < qint64(handedAt.size()))
                worstLagMs = std::max(worstLagMs, clock.elapsed() - handedAt[size_t(written)]);
            QTest::qSleep(2);
        }
        QVERIFY2(worstLagMs < 1000, qPrintable(QStringLiteral("a record waited %1 ms").arg(worstLagMs)));
        QVERIFY2(worstLagMs >= 250, "the records were written before the urgent bound: nothing was tested");
        QVERIFY(writer.written() > 0);
        QCOMPARE(writer.writtenUrgently(), writer.written());
        writer.flush();
        QCOMPARE(writer.written(), qint64(handedAt.size()));
        QCOMPARE(writer.pending(), 0);
    }

    // The page format keeps every field of a record, whatever its text, and a filtered read skips the
    // records it does not want.
    void recordCodecRoundTrips()
    {
        QRandomGenerator rng(11);
        std::vector<UsageRecord> records;
        records.push_back(makeRecord(rng, kBase)); // plain ASCII, priced below, no bodies
        records.back().costMicros = 1234;
        UsageRecord odd = makeRecord(rng, -5); // every field set, text beyond Latin-1, negatives
        odd.app = QStringLiteral("Ünïcødé app ✓ \"quoted\" \\ \n\t");
        odd.endpoint = QStringLiteral("café"); // Latin-1, not ASCII
        odd.dialect = QString();               // empty
        odd.requestedModel = QStringLiteral("模型");
        odd.route = QString(300, QChar(0x263A));
        odd.providerKind = QStringLiteral("anthropic");
        odd.attempts.append(Usage::Attempt{QStringLiteral("ünï"), QStringLiteral("m"), 0,
                                           QStringLiteral("upstream_timeout"), -1});
        odd.errorCode = QStringLiteral("all_attempts_failed");
        odd.stream = odd.translated = odd.cacheHit = true;
        odd.tags = QStringLiteral("a,b,ç");
        odd.usage = {1, 2, 3, 4, 5, false, true};
        odd.costMicros = 0; // priced at zero is not unpriced
        odd.savedMicros = std::numeric_limits<qint64>::max();
        odd.latencyMs = std::numeric_limits<qint64>::min();
        odd.firstByteMs = -1;
        odd.bytesIn = 1LL << 40;
        odd.bytesOut = 7;
        odd.bodiesLogged = true;
        odd.requestBody = QByteArray("{\"a\":1}\0binary\xff", 16);
        odd.responseBody = QByteArray(70'000, 'x');
        odd.requestHeaders = "Authorization: [redacted]\r\n";
        records.push_back(odd);
        records.push_back(UsageRecord{}); // all defaults: unpriced, no attempts

        std::string page;
        for (const UsageRecord &r : records)
            Usage::RecordCodec::append(page, r, r.costMicros);
        QCOMPARE(page.substr(0, 4), std::string("SYU1"));
        std::vector<Usage::RecordCodec::Decoded> back;
        QString error;
        const QByteArrayView view(page.data(), qsizetype(page.size()));
        QVERIFY2(Usage::RecordCodec::decode(view, back, &error), qPrintable(error));
        QCOMPARE(back.size(), records.size());
        // Logged bodies and headers stay out of pages (they are stored redacted, apart): only the flag.
        UsageRecord oddStored = odd;
        oddStored.requestBody.clear();
        oddStored.responseBody.clear();
        oddStored.requestHeaders.clear();
        oddStored.upstreamHeaders.clear();
        QVERIFY(page.find("binary") == std::string::npos);
        QVERIFY(page.find("Authorization") == std::string::npos);
        records[1] = oddStored;
        for (size_t i = 0; i < records.size(); ++i) {
            QCOMPARE(back[i].index, int(i));
            QVERIFY2(back[i].record == records[i], qPrintable(QStringLiteral("record %1 differs").arg(i)));
        }
        QVERIFY(back[1].record.bodiesLogged);
        QVERIFY(!back[2].record.costMicros.has_value());
        QCOMPARE(back[1].record.costMicros, std::optional<qint64>(0));

        // A filter sees the head (text compared in place, Latin-1 or UTF-16) and gets only what it keeps.
        back.clear();
        QVERIFY(Usage::RecordCodec::decode(view, back, &error, [&](const Usage::RecordCodec::RecordHead &h) {
            return h.app.equals(odd.app) && h.route.equals(odd.route) && h.cacheHit &&
                   !h.app.equals(records[0].app);
        }));
        QCOMPARE(back.size(), size_t(1));
        QCOMPARE(back[0].index, 1);
        QVERIFY(back[0].record == oddStored);

        // A page cut short, a damaged length, another format: refused, with the reason.
        for (const std::string &bad :
             {page.substr(0, page.size() - 3), std::string("SYU2") + page.substr(4), std::string("SY"),
              page.substr(0, 4) + std::string("\xff\xff\xff\x7f")}) {
            back.clear();
            error.clear();
            QVERIFY(
                !Usage::RecordCodec::decode(QByteArrayView(bad.data(), qsizetype(bad.size())), back, &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void writerReportsAnUnusablePath()
    {
        if (!postgresUrl().isEmpty()) {
            // A server that is not there: a clear error naming it, without the password.
            Usage::UsageWriter writer(QStringLiteral("postgresql://user:secret-pw@127.0.0.1:1/nodb"), {});
            QString error;
            QVERIFY(!writer.start(&error));
            QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
            QVERIFY2(!error.contains(QLatin1String("secret-pw")), qPrintable(error));
            return;
        }
        Usage::UsageWriter writer(QStringLiteral("/proc/switchyard-no-such-dir/usage.sqlite"), {});
        QString error;
        QVERIFY(!writer.start(&error));
        QVERIFY2(error.contains(QLatin1String("/proc/switchyard-no-such-dir")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestUsageStore)
#include "tst_usagestore.moc"
