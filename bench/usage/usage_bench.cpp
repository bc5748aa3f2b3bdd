// SPDX-License-Identifier: GPL-3.0-or-later
// Usage store benchmark: how fast the writer takes records (and what it costs a serving thread to
// hand one over), and how fast the chart queries answer over a million rows. Every figure is printed
// next to a baseline measured in the same run on the same machine:
//   - writing: plain SQLite inserts of the same rows in one transaction, no rollups;
//   - queries: the same aggregate computed from the raw rows instead of the hourly rollups.
// Usage: switchyard-usage-bench [ROWS] (default 1000000)

#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    const qsizetype rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::printf("generating %lld synthetic records over 30 days...\n", qlonglong(rows));
    std::vector<Usage::UsageRecord> records = makeRecords(rows, now);

    // ---- baseline: plain inserts, one transaction, no rollups ----------------------------------
    const QString basePath = dir.filePath(QStringLiteral("baseline.sqlite"));
    double baselineRate = 0;
    {
        Usage::UsageStore schema; // same schema and pragmas
        QString error;
        if (!schema.open(basePath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        schema.close();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(basePath);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
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
    std::printf("  baseline (plain inserts, one transaction, no rollups): %9.0f records/s\n", baselineRate);
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
    raw.setDatabaseName(path);
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
    raw.close();
    return 0;
}
