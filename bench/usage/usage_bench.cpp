// SPDX-License-Identifier: GPL-3.0-or-later
// Usage store benchmark: how fast the writer takes records (and what it costs a serving thread to
// hand one over), and how fast the chart queries answer over a million rows. Every figure is printed
// next to a baseline measured in the same run on the same machine:
//   - writing: plain SQLite inserts of the same rows in one transaction, no rollups;
//   - queries: the same aggregate computed from the raw rows instead of the hourly rollups.
// Usage: switchyard-usage-bench [ROWS] (default 1000000)
//        switchyard-usage-bench --live [ROWS [single|mixed]] (default 100000, both): the writer alone on
//        live traffic, batch by batch, for profiling it (see runLive()).

#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Switchyard;

namespace {

constexpr qint64 kDayMs = 86'400'000;

std::vector<Usage::UsageRecord> makeRecords(qsizetype count, qint64 nowMs)
{
    static const QString providers[] = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                        QStringLiteral("gemini"), QStringLiteral("groq")};
    static const QString models[] = {QStringLiteral("gpt-4.1"), QStringLiteral("claude-sonnet-4-5"),
                                     QStringLiteral("gemini-2.5-flash"),
                                     QStringLiteral("llama-3.3-70b-versatile")};
    static const QString apps[] = {QStringLiteral("vscode"), QStringLiteral("claude-code"),
                                   QStringLiteral("scripts"), QStringLiteral("open-webui"),
                                   QStringLiteral("aider")};
    static const QString routes[] = {QStringLiteral("smart"), QStringLiteral("cheap"),
                                     QStringLiteral("fast")};
    QRandomGenerator rng(7);
    std::vector<Usage::UsageRecord> out;
    out.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        Usage::UsageRecord r;
        const int p = int(rng.bounded(4));
        r.requestId = "req_sy_" + QByteArray::number(i);
        r.startedAtMs = nowMs - qint64(rng.bounded(30.0 * double(kDayMs))); // 30 days of traffic
        r.app = apps[rng.bounded(5)];
        r.endpoint = QStringLiteral("chat");
        r.dialect = QStringLiteral("openai-chat");
        r.route = routes[rng.bounded(3)];
        r.requestedModel = r.route;
        r.provider = providers[p];
        r.providerKind = providers[p];
        r.model = models[p];
        r.status = rng.bounded(50) == 0 ? 502 : 200;
        r.usage.inputTokens = rng.bounded(20000);
        r.usage.cachedReadTokens = rng.bounded(int(r.usage.inputTokens) + 1);
        r.usage.outputTokens = rng.bounded(4000);
        r.usage.known = true;
        r.latencyMs = rng.bounded(60'000);
        r.attempts.append(Usage::Attempt{r.provider, r.model, r.status, {}, r.latencyMs});
        out.push_back(std::move(r));
    }
    return out;
}

// Records as the daemon files them while it serves: started within the last few seconds (the same hour
// and day, so a batch's rollups collapse to a few rows), already priced on the serving thread
// (GatewayContext::recordUsage), a request id shaped like Llm::newRequestId()'s. `mixed`: the 5 apps ×
// 3 routes × 4 providers of makeRecords() (up to 60 rollup rows per batch); otherwise one app, route and
// model, as bench/run.sh sends them (a few rollup rows per batch).
std::vector<Usage::UsageRecord> makeLiveRecords(qsizetype count, qint64 nowMs, bool mixed)
{
    std::vector<Usage::UsageRecord> out = makeRecords(count, nowMs);
    QRandomGenerator rng(11);
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (qsizetype i = 0; i < count; ++i) {
        Usage::UsageRecord &r = out[size_t(i)];
        QByteArray id = "req_sy_";
        for (int k = 0; k < 24; ++k)
            id += kAlphabet[rng.bounded(int(sizeof(kAlphabet) - 1))];
        r.requestId = id;
        // 20,000 requests/s: the order they finish in is near, not exactly, their start order.
        r.startedAtMs = nowMs - (count - i) / 20 - qint64(rng.bounded(3));
        r.latencyMs = 200 + rng.bounded(2000);
        r.firstByteMs = r.latencyMs / 4;
        r.bytesIn = 900;
        r.bytesOut = 480;
        if (!mixed) {
            static const QString bench = QStringLiteral("bench");
            static const QString model = QStringLiteral("gpt-4o-mini");
            r.app = bench;
            r.route = bench;
            r.requestedModel = bench;
            r.provider = bench;
            r.providerKind = QStringLiteral("openai");
            r.model = model;
            r.attempts.first().provider = bench;
            r.attempts.first().model = model;
        }
        r.attempts.first().latencyMs = r.latencyMs;
        r.costMicros = r.status < 400
                           ? std::optional<qint64>((r.usage.inputTokens + r.usage.outputTokens) / 4)
                           : std::nullopt;
    }
    return out;
}

// --live: one producer hands records over 200 at a time and waits for each batch to be committed, with
// the writer's timer out of the way, so every batch is exactly 200 records and the work done per record
// is the same from run to run (valgrind --tool=callgrind --toggle-collect='*UsageWriter::run*' counts
// the same instructions whatever else the machine does). Prints the writer's records/s.
int runLive(qsizetype rows, bool mixed)
{
    QTemporaryDir dir;
    // Half past a whole hour: the same rollup rows in every run.
    const qint64 hourMs = 3'600'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / hourMs * hourMs + hourMs / 2;
    std::vector<Usage::UsageRecord> records = makeLiveRecords(rows, now, mixed);
    Usage::UsageWriter::Options options;
    options.retentionDays = 0;
    options.maxQueued = rows + 1;
    options.flushIntervalMs = 3'600'000;
    Usage::UsageWriter writer(dir.filePath(QStringLiteral("usage.sqlite")), options);
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    for (qsizetype i = 0; i < rows; i += options.batchSize) {
        for (qsizetype k = i; k < qMin(rows, i + options.batchSize); ++k)
            writer.record(records[size_t(k)]);
        writer.flush();
    }
    const double rate = double(writer.written()) / (double(t.nsecsElapsed()) / 1e9);
    writer.stop();
    std::printf("live traffic, %s: %lld records written in batches of %d: %.0f records/s (dropped %lld)\n",
                mixed ? "mixed (5 apps x 3 routes x 4 providers)" : "one app/route/model (as bench/run.sh)",
                qlonglong(writer.written()), options.batchSize, rate, qlonglong(writer.dropped()));
    return writer.written() == rows ? 0 : 1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F> double timeMs(F &&f, int runs = 7)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--live") == 0) {
        const qsizetype rows = argc > 2 ? QByteArray(argv[2]).toLongLong() : 100'000;
        const QByteArray which = argc > 3 ? QByteArray(argv[3]) : QByteArray();
        int rc = 0;
        if (which != "mixed")
            rc |= runLive(rows, false);
        if (which != "single")
            rc |= runLive(rows, true);
        return rc;
    }
    const qsizetype rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::printf("generating %lld synthetic records over 30 days...\n", qlonglong(rows));
    std::vector<Usage::UsageRecord> records = makeRecords(rows, now);

    // ---- baseline: one SQLite row per request (the store's layout before schema 5), plain inserts in
    // one transaction, no rollups; also the raw rows the chart and log queries are compared against ----
    const QString basePath = dir.filePath(QStringLiteral("baseline.sqlite"));
    double baselineRate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(basePath);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        QSqlQuery(db).exec(QStringLiteral(
            "CREATE TABLE requests (id INTEGER PRIMARY KEY, request_id TEXT NOT NULL, started_at INTEGER NOT "
            "NULL, "
            "app TEXT NOT NULL, endpoint TEXT NOT NULL, dialect TEXT NOT NULL, requested_model TEXT NOT "
            "NULL, "
            "route TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL, status INTEGER NOT NULL, "
            "error_code TEXT NOT NULL, stream INTEGER NOT NULL, translated INTEGER NOT NULL, cache_hit "
            "INTEGER NOT "
            "NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, cached_read_tokens INTEGER "
            "NOT "
            "NULL, cache_write_tokens INTEGER NOT NULL, reasoning_tokens INTEGER NOT NULL, usage_known "
            "INTEGER NOT "
            "NULL, usage_estimated INTEGER NOT NULL, cost_micros INTEGER, latency_ms INTEGER NOT NULL, "
            "first_byte_ms INTEGER NOT NULL, bytes_in INTEGER NOT NULL, bytes_out INTEGER NOT NULL, attempts "
            "TEXT "
            "NOT NULL, tags TEXT NOT NULL)"));
        QSqlQuery(db).exec(QStringLiteral("CREATE INDEX requests_started_at ON requests (started_at)"));
        QElapsedTimer t;
        t.start();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO requests (request_id, started_at, app, endpoint, dialect, requested_model, "
            "route, provider, model, status, error_code, stream, translated, cache_hit, input_tokens, "
            "output_tokens, cached_read_tokens, cache_write_tokens, reasoning_tokens, usage_known, "
            "usage_estimated, cost_micros, latency_ms, first_byte_ms, bytes_in, bytes_out, attempts, "
            "tags) VALUES (?,?,?,?,?,?,?,?,?,?,'',0,0,0,?,?,?,0,0,1,0,NULL,?,0,0,0,'[]','')"));
        for (const Usage::UsageRecord &r : records) {
            q.bindValue(0, QString::fromLatin1(r.requestId));
            q.bindValue(1, r.startedAtMs);
            q.bindValue(2, r.app);
            q.bindValue(3, r.endpoint);
            q.bindValue(4, r.dialect);
            q.bindValue(5, r.requestedModel);
            q.bindValue(6, r.route);
            q.bindValue(7, r.provider);
            q.bindValue(8, r.model);
            q.bindValue(9, r.status);
            q.bindValue(10, r.usage.inputTokens);
            q.bindValue(11, r.usage.outputTokens);
            q.bindValue(12, r.usage.cachedReadTokens);
            q.bindValue(13, r.latencyMs);
            q.exec();
        }
        db.commit();
        baselineRate = double(rows) / (double(t.nsecsElapsed()) / 1e9);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));

    // ---- the writer: 4 producer threads, batched transactions with rollups ------------------------
    const QString path = dir.filePath(QStringLiteral("usage.sqlite"));
    Usage::UsageWriter::Options options;
    options.retentionDays = 0;
    options.maxQueued = rows + 1;
    Usage::UsageWriter writer(path, options);
    QString error;
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer total;
    total.start();
    std::vector<double> handOffNs(4);
    std::vector<std::thread> producers;
    const qsizetype share = rows / 4;
    for (int p = 0; p < 4; ++p) {
        producers.emplace_back([&, p] {
            QElapsedTimer t;
            t.start();
            const qsizetype end = p == 3 ? rows : (p + 1) * share;
            for (qsizetype i = p * share; i < end; ++i)
                writer.record(records[size_t(i)]);
            handOffNs[size_t(p)] = double(t.nsecsElapsed()) / double(end - p * share);
        });
    }
    for (std::thread &t : producers)
        t.join();
    writer.flush();
    const double writerRate = double(writer.written()) / (double(total.nsecsElapsed()) / 1e9);
    writer.stop();
    std::sort(handOffNs.begin(), handOffNs.end());

    std::printf("\nwriting %lld records\n", qlonglong(rows));
    std::printf("  baseline (a row each, one transaction, no rollups):    %9.0f records/s\n", baselineRate);
    std::printf("  UsageWriter (4 producers, batches + rollups):          %9.0f records/s  (%.2fx baseline; "
                "target > 20000/s)\n",
                writerRate, writerRate / baselineRate);
    std::printf("  hand-off cost on a serving thread (record()):          %9.0f ns/record (worst producer)\n",
                handOffNs.back());

    // ---- chart queries ---------------------------------------------------------------------------
    Usage::UsageStore store;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(basePath);
    raw.open();
    auto rawAggregate = [&](const QString &sql, qint64 from) {
        QSqlQuery q(raw);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.bindValue(0, from);
        q.exec();
        qint64 n = 0;
        while (q.next())
            ++n;
        return n;
    };
    struct Case
    {
        const char *name;
        Usage::UsageQuery query;
        QString rawSql;
    };
    Usage::UsageQuery spend30;
    spend30.fromMs = now - 30 * kDayMs;
    spend30.toMs = now + 1;
    spend30.bucket = Usage::UsageQuery::Bucket::Day;
    spend30.groupBy = Usage::UsageQuery::GroupBy::Provider;
    Usage::UsageQuery hourly;
    hourly.fromMs = now - kDayMs;
    hourly.toMs = now + 1;
    hourly.bucket = Usage::UsageQuery::Bucket::Hour;
    hourly.groupBy = Usage::UsageQuery::GroupBy::Model;
    Usage::UsageQuery apps;
    apps.fromMs = now - 30 * kDayMs;
    apps.toMs = now + 1;
    apps.groupBy = Usage::UsageQuery::GroupBy::App;
    const Case cases[] = {
        {"30-day spend per day by provider", spend30,
         QStringLiteral("SELECT started_at / 86400000, provider, SUM(input_tokens), SUM(output_tokens), "
                        "SUM(cost_micros), "
                        "COUNT(*) FROM requests WHERE started_at >= ? GROUP BY 1, 2")},
        {"24-hour requests per hour by model", hourly,
         QStringLiteral("SELECT started_at / 3600000, model, COUNT(*), SUM(input_tokens) FROM requests WHERE "
                        "started_at >= ? GROUP BY 1, 2")},
        {"30-day totals by app", apps,
         QStringLiteral(
             "SELECT app, COUNT(*), SUM(cost_micros) FROM requests WHERE started_at >= ? GROUP BY 1")},
    };
    std::printf("\nchart queries over %lld rows (median of 7; target < 50 ms)\n",
                qlonglong(store.rowCount()));
    for (const Case &c : cases) {
        qsizetype n = 0;
        const double fast = timeMs([&] { n = store.aggregate(c.query).size(); });
        const double slow = timeMs([&] { rawAggregate(c.rawSql, c.query.fromMs); }, 3);
        std::printf("  %-36s %8.2f ms (%lld rows)   baseline from raw rows %9.2f ms   (%.0fx faster)\n",
                    c.name, fast, qlonglong(n), slow, slow / fast);
    }
    Usage::LatencyStats stats;
    const double lat = timeMs([&] { stats = store.latency(now - 30 * kDayMs, now + 1); });
    std::printf("  %-36s %8.2f ms (p50 %lld ms, p95 %lld ms)\n", "30-day latency p50/p95/p99", lat,
                qlonglong(stats.p50Ms), qlonglong(stats.p95Ms));

    // ---- the log view: newest 200 matching rows, and the 5th page of them -------------------------
    // The store decodes pages newest first; the baseline is the same query on one row per request with an
    // index on started_at (the layout before schema 5).
    struct LogCase
    {
        const char *name;
        Usage::RowFilter filter;
        QString where;
    };
    Usage::RowFilter byApp;
    byApp.app = QStringLiteral("vscode");
    Usage::RowFilter errors;
    errors.status = Usage::RowFilter::Status::Errors;
    Usage::RowFilter rare; // matches nothing: every row is looked at
    rare.model = QStringLiteral("no-such-model");
    const LogCase logCases[] = {
        {"newest 200", {}, {}},
        {"newest 200 of one app", byApp, QStringLiteral(" WHERE app = 'vscode'")},
        {"newest 200 errors", errors, QStringLiteral(" WHERE status >= 400")},
        {"a model nobody used (all rows)", rare, QStringLiteral(" WHERE model = 'no-such-model'")},
    };
    std::printf("\nlog view queries over %lld rows (median of 7)\n", qlonglong(store.rowCount()));
    for (const LogCase &c : logCases) {
        qsizetype n = 0;
        const double first = timeMs([&] { n = store.rows(c.filter, std::nullopt, 200).size(); });
        const double fifth = timeMs([&] {
            std::optional<Usage::RowPosition> after;
            for (int page = 0; page < 5; ++page) {
                const QList<QJsonObject> got = store.rows(c.filter, after, 200);
                if (got.isEmpty())
                    break;
                after = Usage::RowPosition{got.last().value(QLatin1String("startedAt")).toInteger(),
                                           got.last().value(QLatin1String("id")).toInteger()};
            }
        });
        const double slow = timeMs(
            [&] {
                QSqlQuery q(raw);
                q.setForwardOnly(true);
                q.exec(QStringLiteral("SELECT * FROM requests") + c.where +
                       QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT 200"));
                while (q.next()) {
                }
            },
            3);
        std::printf("  %-34s %8.2f ms (%lld rows), 5 pages %8.2f ms   one row per request %8.2f ms\n", c.name,
                    first, qlonglong(n), fifth, slow);
    }
    raw.close();
    return 0;
}
