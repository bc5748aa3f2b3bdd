// SPDX-License-Identifier: GPL-3.0-or-later
// Target ordering by strategy: deterministic for round-robin and for given draws, and a statistical
// check (seeded) that weighted first picks converge to the weights.

#include "config/configloader.h"
#include "routing/router.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Switchyard;

namespace {

QString order(const Routing::Plan &plan)
{
    QString out;
    for (const Routing::Target &t : plan.targets)
        out += t.provider->id;
    return out;
}

const QByteArray kThree = "{\"provider\":\"a\",\"model\":\"m\",\"weight\":5},"
                          "{\"provider\":\"b\",\"model\":\"m\",\"weight\":3},"
                          "{\"provider\":\"c\",\"model\":\"m\",\"weight\":2}";

// A config from a JSON fragment of routes (providers a, b, c as above).
Config::Config routesConfig(const QByteArray &routes, const QByteArray &extra = {})
{
    const QByteArray json = "{\"version\":1,\"providers\":["
                            "{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:1/v1\"},"
                            "{\"id\":\"b\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:2/v1\"},"
                            "{\"id\":\"c\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:3/v1\"}],"
                            "\"routes\":[" +
                            routes + "]" + extra + "}";
    QStringList errors;
    auto c = Config::ConfigLoader::fromJson(json, &errors);
    if (!c)
        qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    return *c;
}

// One route "r" with the given strategy over providers a, b and c.
Config::Config config(const QByteArray &strategy, const QByteArray &targets)
{
    return routesConfig("{\"name\":\"r\",\"strategy\":\"" + strategy + "\",\"targets\":[" + targets + "]}");
}

QString names(const Routing::Plan &plan)
{
    QStringList out;
    for (const Routing::Target &t : plan.targets)
        out.append(t.provider->id + QLatin1Char('/') + t.model);
    return out.join(QLatin1Char(' '));
}

Routing::Plan ordered(const Config::Config &c, const QString &route, Routing::OrderInput in)
{
    auto plan = Routing::Router::resolve(c, route);
    if (!plan)
        qFatal("no route");
    in.explain = true; // the tests read the reasons
    Routing::Router::order(c, *plan, in);
    return *plan;
}

const Routing::BreakerSettings kBreaker{3, 30'000};

Routing::Outcome success(qint64 totalMs, qint64 firstByteMs = 0)
{
    Routing::Outcome o;
    o.totalMs = totalMs;
    o.firstByteMs = firstByteMs;
    return o;
}

Routing::Outcome failure(qint64 retryAfterMs = 0)
{
    Routing::Outcome o;
    o.kind = Routing::Outcome::Kind::Failure;
    o.retryAfterMs = retryAfterMs;
    return o;
}

} // namespace

class TestRouter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fallbackKeepsTheConfigOrder()
    {
        const Config::Config c = config("fallback", kThree);
        for (quint64 tick = 0; tick < 4; ++tick) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            QVERIFY(plan);
            Routing::Router::order(*plan, tick, 0.99);
            QCOMPARE(order(*plan), QStringLiteral("abc"));
        }
    }

    void roundRobinRotates()
    {
        const Config::Config c = config("round-robin", kThree);
        const QStringList expected{QStringLiteral("abc"), QStringLiteral("bca"), QStringLiteral("cab"),
                                   QStringLiteral("abc")};
        for (quint64 tick = 0; tick < 4; ++tick) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            Routing::Router::order(*plan, tick, 0.0);
            QCOMPARE(order(*plan), expected[int(tick)]);
        }
    }

    void weightedPicksByDraw_data()
    {
        QTest::addColumn<double>("draw");
        QTest::addColumn<QString>("expected");
        // weights 5, 3, 2 of 10: [0, .5) a, [.5, .8) b, [.8, 1) c; the rest keep the config order
        QTest::newRow("0") << 0.0 << QStringLiteral("abc");
        QTest::newRow("0.49") << 0.49 << QStringLiteral("abc");
        QTest::newRow("0.5") << 0.5 << QStringLiteral("bac");
        QTest::newRow("0.79") << 0.79 << QStringLiteral("bac");
        QTest::newRow("0.8") << 0.8 << QStringLiteral("cab");
        QTest::newRow("0.9999") << 0.9999 << QStringLiteral("cab");
    }

    void weightedPicksByDraw()
    {
        QFETCH(double, draw);
        QFETCH(QString, expected);
        const Config::Config c = config("weighted", kThree); // the plan points into it
        auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
        Routing::Router::order(*plan, 0, draw);
        QCOMPARE(order(*plan), expected);
    }

    void zeroWeightIsOnlyAFallback()
    {
        const Config::Config c = config("weighted", "{\"provider\":\"a\",\"model\":\"m\",\"weight\":0},"
                                                    "{\"provider\":\"b\",\"model\":\"m\",\"weight\":1}");
        for (double draw : {0.0, 0.3, 0.7, 0.9999}) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            Routing::Router::order(*plan, 0, draw);
            QCOMPARE(order(*plan), QStringLiteral("ba"));
        }
    }

    void weightedConvergesToTheWeights()
    {
        const Config::Config c = config("weighted", kThree);
        QRandomGenerator random(42);
        QHash<QString, int> firsts;
        constexpr int kDraws = 100'000;
        for (int i = 0; i < kDraws; ++i) {
            auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
            Routing::Router::order(*plan, 0, random.generateDouble());
            ++firsts[plan->targets.first().provider->id];
        }
        // Within one percentage point of 50 / 30 / 20 (the standard error is about 0.16 points).
        QVERIFY(qAbs(firsts.value(QStringLiteral("a")) - 50'000) < 1'000);
        QVERIFY(qAbs(firsts.value(QStringLiteral("b")) - 30'000) < 1'000);
        QVERIFY(qAbs(firsts.value(QStringLiteral("c")) - 20'000) < 1'000);
    }

    void stickyKeysKeepTheirTarget()
    {
        const Config::Config c = config("weighted", kThree);
        QHash<QString, int> firsts;
        for (int session = 0; session < 300; ++session) {
            const QByteArray key = "session-" + QByteArray::number(session);
            QString first;
            for (int repeat = 0; repeat < 5; ++repeat) { // the same key, the same first target
                auto plan = Routing::Router::resolve(c, QStringLiteral("r"));
                Routing::Router::orderSticky(*plan, key);
                if (repeat == 0)
                    first = plan->targets.first().provider->id;
                QCOMPARE(plan->targets.first().provider->id, first);
                QCOMPARE(plan->targets.size(), 3); // the others stay behind as fallback
            }
            ++firsts[first];
        }
        // Different sessions still spread by weight (5 / 3 / 2 of 300, loosely).
        QVERIFY(firsts.value(QStringLiteral("a")) > 110);
        QVERIFY(firsts.value(QStringLiteral("b")) > 50);
        QVERIFY(firsts.value(QStringLiteral("c")) > 30);
        // The hash is FNV-1a: fixed across runs and machines.
        QCOMPARE(Routing::Router::stickyHash("abc"), Q_UINT64_C(0xe71fa2190541574b));
    }

    // ---- least-busy, least-latency, lowest-cost -------------------------------------------------

    void leastBusyPrefersFewestInFlight()
    {
        const Config::Config c = config("least-busy", kThree);
        Routing::TargetHealth health;
        Routing::OrderInput in;
        in.health = &health;
        QCOMPARE(order(ordered(c, QStringLiteral("r"), in)), QStringLiteral("abc")); // ties: config order
        health.begin(QStringLiteral("a/m"), 0);
        health.begin(QStringLiteral("a/m"), 0);
        health.begin(QStringLiteral("b/m"), 0);
        const Routing::Plan p = ordered(c, QStringLiteral("r"), in);
        QCOMPARE(order(p), QStringLiteral("cba"));
        QCOMPARE(p.targets[0].reason, QStringLiteral("least-busy: 0 in flight"));
        QCOMPARE(p.targets[2].reason, QStringLiteral("least-busy: 2 in flight"));
        health.end(QStringLiteral("a/m"), success(10), 0, kBreaker);
        health.end(QStringLiteral("a/m"), success(10), 0, kBreaker);
        QCOMPARE(order(ordered(c, QStringLiteral("r"), in)), QStringLiteral("acb"));
    }

    void leastLatencyMeasuresThenPrefersTheFastest()
    {
        const Config::Config c = config("least-latency", kThree);
        Routing::TargetHealth health;
        Routing::OrderInput in;
        in.health = &health;
        in.random = [] { return 0.5; }; // no exploration
        health.begin(QStringLiteral("a/m"), 0);
        health.end(QStringLiteral("a/m"), success(900, 300), 0, kBreaker);
        health.begin(QStringLiteral("b/m"), 0);
        health.end(QStringLiteral("b/m"), success(100, 40), 0, kBreaker);
        // c is unmeasured: it goes first to get a measurement, then the fastest.
        Routing::Plan p = ordered(c, QStringLiteral("r"), in);
        QCOMPARE(order(p), QStringLiteral("cba"));
        QCOMPARE(p.targets[0].reason, QStringLiteral("least-latency: not measured yet"));
        QCOMPARE(p.targets[1].reason,
                 QStringLiteral("least-latency: 100 ms on average (first byte 40 ms, 1 samples)"));
        health.begin(QStringLiteral("c/m"), 0);
        health.end(QStringLiteral("c/m"), success(500), 0, kBreaker);
        QCOMPARE(order(ordered(c, QStringLiteral("r"), in)), QStringLiteral("bca"));
        // EWMA (alpha 0.2): b slows down to 100 + 0.2 * (2100 - 100) = 500, then 820, then 1076.
        health.begin(QStringLiteral("b/m"), 0);
        health.end(QStringLiteral("b/m"), success(2100), 0, kBreaker);
        QCOMPARE(health.stats(QStringLiteral("b/m"), 0).totalMs, 500.0);
        health.begin(QStringLiteral("b/m"), 0);
        health.end(QStringLiteral("b/m"), success(2100), 0, kBreaker); // 820
        QCOMPARE(order(ordered(c, QStringLiteral("r"), in)), QStringLiteral("cba"));
        health.begin(QStringLiteral("b/m"), 0);
        health.end(QStringLiteral("b/m"), success(2100), 0, kBreaker); // 1076: slower than a now
        QCOMPARE(order(ordered(c, QStringLiteral("r"), in)), QStringLiteral("cab"));
        // A draw under kExplore puts another target first, so a slow one gets re-measured.
        in.random = [] { return 0.04; };
        p = ordered(c, QStringLiteral("r"), in);
        QCOMPARE(order(p), QStringLiteral("bca"));
        QVERIFY(p.targets[0].reason.startsWith(QLatin1String("least-latency: exploring")));
    }

    void lowestCostUsesTheCatalogAndTheRequestSize()
    {
        // gpt-4o-mini is far cheaper than gpt-4o in the shipped catalog; "unknown-model" has no price.
        const Config::Config c =
            routesConfig("{\"name\":\"r\",\"strategy\":\"lowest-cost\",\"targets\":["
                         "{\"provider\":\"a\",\"model\":\"unknown-model\"},"
                         "{\"provider\":\"b\",\"model\":\"gpt-4o\"},"
                         "{\"provider\":\"c\",\"model\":\"gpt-4o-mini\"}]}",
                         ",\"prices\":[{\"provider\":\"b\",\"model\":\"gpt-4o\",\"input\":2.5,\"output\":10},"
                         "{\"provider\":\"c\",\"model\":\"gpt-4o-mini\",\"input\":0.15,\"output\":0.6}]");
        Routing::OrderInput in;
        in.promptTokens = 1000;
        in.outputTokens = 500;
        const Routing::Plan p = ordered(c, QStringLiteral("r"), in);
        QCOMPARE(names(p), QStringLiteral("c/gpt-4o-mini b/gpt-4o a/unknown-model"));
        // 1000 * 0.15 + 500 * 0.6 = 450 micro-dollars; 1000 * 2.5 + 500 * 10 = 7500.
        QCOMPARE(p.targets[0].reason,
                 QStringLiteral("lowest-cost: about $0.000450 for ~1000 prompt + 500 output tokens"));
        QCOMPARE(p.targets[1].reason,
                 QStringLiteral("lowest-cost: about $0.007500 for ~1000 prompt + 500 output tokens"));
        QCOMPARE(p.targets[2].reason,
                 QStringLiteral("lowest-cost: no price known, tried after the priced targets"));
    }

    // ---- nesting ---------------------------------------------------------------------------------

    void nestedRoutesExpandInPlace()
    {
        const Config::Config c =
            routesConfig("{\"name\":\"outer\",\"strategy\":\"fallback\",\"targets\":["
                         "{\"route\":\"cheap\"},{\"provider\":\"c\",\"model\":\"big\"}]},"
                         "{\"name\":\"cheap\",\"strategy\":\"round-robin\",\"targets\":["
                         "{\"provider\":\"a\",\"model\":\"m\"},{\"provider\":\"b\",\"model\":\"m\"},"
                         "{\"provider\":\"c\",\"model\":\"big\"}]}");
        quint64 ticks = 0;
        Routing::OrderInput in;
        in.tick = [&ticks](const QString &route) { return route == QLatin1String("cheap") ? ticks++ : 0; };
        Routing::Plan p = ordered(c, QStringLiteral("outer"), in);
        // The nested route's own strategy orders its part; c/big appears once.
        QCOMPARE(names(p), QStringLiteral("a/m b/m c/big"));
        QCOMPARE(p.targets[0].via, QStringLiteral("cheap"));
        QVERIFY2(p.targets[0].reason.startsWith(QLatin1String("via route 'cheap'")),
                 qPrintable(p.targets[0].reason));
        p = ordered(c, QStringLiteral("outer"), in);
        QCOMPARE(names(p), QStringLiteral("b/m c/big a/m"));
        QCOMPARE(p.targets[1].via, QStringLiteral("cheap"));
    }

    void nestedRouteCyclesAreRefused()
    {
        QStringList errors;
        QVERIFY(!Config::ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":[{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":\"http://x/v1\"}],"
            "\"routes\":[{\"name\":\"x\",\"targets\":[{\"route\":\"y\"}]},"
            "{\"name\":\"y\",\"targets\":[{\"provider\":\"a\",\"model\":\"m\"},{\"route\":\"x\"}]}]}",
            &errors));
        QCOMPARE(errors.join(QLatin1Char('\n')),
                 QStringLiteral("$.routes[0]: nested routes form a cycle: x -> y -> x"));
        errors.clear();
        QVERIFY(!Config::ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":[{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":\"http://x/v1\"}],"
            "\"routes\":[{\"name\":\"x\",\"targets\":[{\"route\":\"nope\"}]}]}",
            &errors));
        QCOMPARE(errors.join(QLatin1Char('\n')),
                 QStringLiteral("$.routes[0].targets[0].route: unknown route 'nope'"));
    }

    // ---- health: circuit breaker, limits ---------------------------------------------------------

    void circuitBreakerOpensCoolsDownAndProbes()
    {
        Routing::TargetHealth h;
        const QString k = QStringLiteral("a/m");
        for (int i = 0; i < 2; ++i) {
            h.begin(k, 1000);
            h.end(k, failure(), 1000, kBreaker);
        }
        QCOMPARE(h.admit(k, nullptr, 1000), Routing::Admission::Ok); // 2 < threshold 3
        h.begin(k, 1000);
        h.end(k, failure(), 1000, kBreaker);
        QCOMPARE(h.admit(k, nullptr, 1000), Routing::Admission::CoolingDown);
        QCOMPARE(h.admit(k, nullptr, 30'999), Routing::Admission::CoolingDown);
        Routing::TargetStats s;
        QCOMPARE(h.admit(k, nullptr, 20'000, &s), Routing::Admission::CoolingDown);
        QCOMPARE(Routing::TargetHealth::describe(Routing::Admission::CoolingDown, s, nullptr, 20'000),
                 QStringLiteral("cooling down for 11 s more after 3 consecutive failure(s)"));
        // Half-open: the first request after the cooldown is the probe; others wait for its outcome.
        QCOMPARE(h.admit(k, nullptr, 31'000), Routing::Admission::Ok);
        h.begin(k, 31'000);
        QCOMPARE(h.admit(k, nullptr, 31'001), Routing::Admission::Probing);
        // The probe fails: open again for a full cooldown.
        h.end(k, failure(), 31'500, kBreaker);
        QCOMPARE(h.admit(k, nullptr, 61'499), Routing::Admission::CoolingDown);
        h.begin(k, 61'500);
        h.end(k, success(100), 61'600, kBreaker); // the next probe succeeds: closed
        QCOMPARE(h.admit(k, nullptr, 61'601), Routing::Admission::Ok);
        QCOMPARE(h.stats(k, 61'601).consecutiveFailures, 0);
        // Client errors say nothing about the target.
        Routing::Outcome clientError;
        clientError.kind = Routing::Outcome::Kind::ClientError;
        for (int i = 0; i < 5; ++i) {
            h.begin(k, 70'000);
            h.end(k, clientError, 70'000, kBreaker);
        }
        QCOMPARE(h.admit(k, nullptr, 70'000), Routing::Admission::Ok);
    }

    void retryAfterExtendsTheCooldown()
    {
        Routing::TargetHealth h;
        const QString k = QStringLiteral("a/m");
        h.begin(k, 0);
        h.end(k, failure(45'000), 0, kBreaker); // one 429 with Retry-After: 45
        QCOMPARE(h.admit(k, nullptr, 44'999), Routing::Admission::CoolingDown);
        QCOMPARE(h.admit(k, nullptr, 45'000), Routing::Admission::Ok);
    }

    void limitsSpillOverToTheNextTarget()
    {
        const Config::Config c =
            routesConfig("{\"name\":\"r\",\"targets\":["
                         "{\"provider\":\"a\",\"model\":\"m\",\"maxConcurrent\":2},"
                         "{\"provider\":\"b\",\"model\":\"m\",\"requestsPerMinute\":2},"
                         "{\"provider\":\"c\",\"model\":\"m\",\"tokensPerMinute\":1000}]}");
        Routing::TargetHealth h;
        Routing::OrderInput in;
        in.health = &h;
        auto admitted = [&](qint64 now) -> QString {
            Routing::Plan p = ordered(c, QStringLiteral("r"), in);
            Routing::Router::admit(p, h, now);
            QStringList skipped;
            for (const Routing::Skipped &s : p.skipped)
                skipped.append(s.target.provider->id + QLatin1String(": ") + s.reason);
            return order(p) + QLatin1Char('|') + skipped.join(QLatin1String("; "));
        };
        QCOMPARE(admitted(0), QStringLiteral("abc|"));
        h.begin(QStringLiteral("a/m"), 0);
        h.begin(QStringLiteral("a/m"), 0);
        QCOMPARE(admitted(0), QStringLiteral("bc|a: at its concurrency limit (2 of 2 in flight)"));
        h.begin(QStringLiteral("b/m"), 0);
        h.end(QStringLiteral("b/m"), success(10), 0, kBreaker);
        h.begin(QStringLiteral("b/m"), 0);
        h.end(QStringLiteral("b/m"), success(10), 0, kBreaker);
        Routing::Outcome big = success(10);
        big.tokens = 1000;
        h.begin(QStringLiteral("c/m"), 0);
        h.end(QStringLiteral("c/m"), big, 0, kBreaker);
        QCOMPARE(admitted(59'999), QStringLiteral("|a: at its concurrency limit (2 of 2 in flight); "
                                                  "b: at its request limit (2 of 2 this minute); "
                                                  "c: at its token limit (1000 of 1000 tokens this minute)"));
        // A new minute: the rates reset (a still has two in flight).
        QCOMPARE(admitted(60'000), QStringLiteral("bc|a: at its concurrency limit (2 of 2 in flight)"));
    }

    void everyTargetCoolingDownIsTriedAnyway()
    {
        const Config::Config c = config("fallback", kThree);
        Routing::TargetHealth h;
        Routing::OrderInput in;
        const Routing::BreakerSettings one{1, 10'000};
        h.begin(QStringLiteral("a/m"), 0);
        h.end(QStringLiteral("a/m"), failure(), 5000, one); // open until 15000
        h.begin(QStringLiteral("b/m"), 0);
        h.end(QStringLiteral("b/m"), failure(), 0, one); // open until 10000
        Routing::Plan p = ordered(c, QStringLiteral("r"), in);
        Routing::Router::admit(p, h, 1000);
        QCOMPARE(order(p), QStringLiteral("c"));
        QCOMPARE(p.skipped.size(), 2);
        h.begin(QStringLiteral("c/m"), 0);
        h.end(QStringLiteral("c/m"), failure(), 0, one);
        p = ordered(c, QStringLiteral("r"), in);
        Routing::Router::admit(p, h, 1000);
        QCOMPARE(order(p), QStringLiteral("bca")); // soonest to recover first (b and c at 10000)
        QVERIFY(p.targets[0].reason.startsWith(QLatin1String("last resort: every target is cooling down")));
        QVERIFY(p.skipped.isEmpty());
    }

    void triggersOfUpstreamErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("trigger");
        using K = Llm::Error::Kind;
        QTest::newRow("429") << 429 << int(K::RateLimit) << QStringLiteral("rate_limit_exceeded")
                             << int(Config::On429);
        QTest::newRow("gemini quota as 400") << 400 << int(K::RateLimit) << QString() << int(Config::On429);
        QTest::newRow("500") << 500 << int(K::Upstream) << QString() << int(Config::On5xx);
        QTest::newRow("529 overloaded") << 529 << int(K::Overloaded) << QString() << int(Config::On5xx);
        QTest::newRow("503") << 503 << int(K::Overloaded) << QString() << int(Config::On5xx);
        QTest::newRow("context") << 400 << int(K::InvalidRequest) << QStringLiteral("context_length_exceeded")
                                 << int(Config::OnContextLength);
        QTest::newRow("content policy")
            << 400 << int(K::InvalidRequest) << QStringLiteral("content_policy_violation")
            << int(Config::OnContentFilter);
        QTest::newRow("content filter") << 400 << int(K::InvalidRequest) << QStringLiteral("content_filter")
                                        << int(Config::OnContentFilter);
        QTest::newRow("bad parameter")
            << 400 << int(K::InvalidRequest) << QStringLiteral("invalid_value") << 0;
        QTest::newRow("not found") << 404 << int(K::NotFound) << QString() << 0;
    }

    void triggersOfUpstreamErrors()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(int, trigger);
        QCOMPARE(int(Routing::Router::triggerFor(status, Llm::Error::Kind(kind), code)), trigger);
    }

    void retryDelaysBackOffWithJitter()
    {
        const Config::RetryPolicy p{4, 100, 1000};
        using Routing::Router;
        // Steps 100, 200, 400, 800 (capped at 1000): half for sure, half by the draw.
        QCOMPARE(Router::retryDelay(p, 0, 0, false, 0.0), std::optional<qint64>(50));
        QCOMPARE(Router::retryDelay(p, 0, 0, false, 0.999), std::optional<qint64>(99));
        QCOMPARE(Router::retryDelay(p, 1, 0, false, 0.5), std::optional<qint64>(150));
        QCOMPARE(Router::retryDelay(p, 2, 0, false, 0.0), std::optional<qint64>(200));
        QCOMPARE(Router::retryDelay(p, 3, 0, false, 1.0), std::optional<qint64>(800));
        QCOMPARE(Router::retryDelay(p, 4, 0, false, 0.5), std::nullopt); // no retries left
        const Config::RetryPolicy capped{9, 300, 1000};
        QCOMPARE(Router::retryDelay(capped, 5, 0, false, 1.0), std::optional<qint64>(1000)); // 9600 capped
        // Retry-After wins when within maxMs, even over an open circuit; beyond it: move on.
        QCOMPARE(Router::retryDelay(p, 0, 700, false, 0.3), std::optional<qint64>(700));
        QCOMPARE(Router::retryDelay(p, 0, 700, true, 0.3), std::optional<qint64>(700));
        QCOMPARE(Router::retryDelay(p, 0, 1001, false, 0.3), std::nullopt);
        // The breaker opened on this failure: retrying the same target is pointless.
        QCOMPARE(Router::retryDelay(p, 0, 0, true, 0.3), std::nullopt);
        // No policy: no retry.
        QCOMPARE(Router::retryDelay(Config::RetryPolicy{}, 0, 0, false, 0.3), std::nullopt);
    }

    void weightedNeedsSomeWeight()
    {
        QStringList errors;
        QVERIFY(!Config::ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":[{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":\"http://x/v1\"}],"
            "\"routes\":[{\"name\":\"r\",\"strategy\":\"weighted\",\"targets\":[{\"provider\":\"a\","
            "\"model\":\"m\","
            "\"weight\":0}]}]}",
            &errors));
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("weight above 0")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
