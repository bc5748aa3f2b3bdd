// SPDX-License-Identifier: GPL-3.0-or-later
// The routing engine end to end over real loopback sockets, against a fake provider that fails in
// patterns (tests/support/fakeupstream.h: flaky-N, ratelimited-MS, hang, delay-N, context-length):
// retries with backoff and Retry-After, fallback triggers, the circuit breaker, split timeouts,
// per-target limits, every strategy, nested routes, route and overall budgets, rules, the explain
// API (checked against what really happened) and live reload. The config is
// tests/fixtures/routing/config.json.

#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "llm/codec.h"
#include "routing/decision.h"
#include "testclient.h"
#include "usage/recentusage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using Switchyard::Config::Config;
using Switchyard::Config::ConfigLoader;
using Switchyard::Usage::UsageRecord;

namespace {

const QByteArray kToken = "sy-routing-token";
const QByteArray kCliToken = "sy-routing-cli-token";

QByteArray tokenHash(const QByteArray &token)
{
    return "sha256:" + QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray chatBody(const QString &model, const QString &text = QStringLiteral("Hello"), int maxTokens = 0)
{
    QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), text}}}}};
    if (maxTokens > 0)
        body.insert(QStringLiteral("max_tokens"), maxTokens);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestRouting final : public QObject
{
    Q_OBJECT

private:
    FakeUpstream m_upstream;
    std::unique_ptr<Switchyard::Gateway> m_gateway;
    quint16 m_port = 0;

    Config loadConfig(const QByteArray &patch = {})
    {
        QFile f(QStringLiteral(SWITCHYARD_FIXTURES_DIR "/routing/config.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the routing fixture");
        QByteArray json = f.readAll();
        json.replace("@ORIGIN@", m_upstream.origin());
        json.replace("@HASH_ROUTING@", tokenHash(kToken));
        json.replace("@HASH_CLI@", tokenHash(kCliToken));
        static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        json.replace("@TODAY@", kDays[QDate::currentDate().dayOfWeek() - 1]);
        QJsonObject root = parse(json);
        const QJsonObject extra = parse(patch);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            root.insert(it.key(), it.value());
        QStringList errors;
        auto config = ConfigLoader::fromJson(QJsonDocument(root).toJson(), &errors);
        if (!config)
            qFatal("routing fixture invalid: %s", qPrintable(errors.join(QLatin1Char('\n'))));
        return *config;
    }

    TestResponse call(const QByteArray &raw, int timeoutMs = 8000)
    {
        TestClient client(m_port);
        if (!client.connect())
            return {};
        return client.roundTrip(raw, timeoutMs);
    }

    TestResponse chat(const QString &model, const QByteArray &token = kToken, const QByteArray &headers = {})
    {
        return call(TestClient::post("/v1/chat/completions", chatBody(model), token, headers));
    }

    QJsonObject explain(const QByteArray &body, const QByteArray &query = {})
    {
        const TestResponse r = call(TestClient::post("/v1/switchyard/explain" + query, body, kToken));
        if (r.status != 200)
            qWarning() << "explain answered" << r.status << r.body;
        return r.json();
    }

    // The usage record of the last request that asked for `model` (the tests run one at a time; the
    // record is written as the answer completes).
    UsageRecord recordOf(const QString &model)
    {
        UsageRecord found;
        (void)QTest::qWaitFor(
            [&] {
                const QList<UsageRecord> records = m_gateway->recentUsage().records();
                for (auto it = records.crbegin(); it != records.crend(); ++it) {
                    if (it->requestedModel == model) {
                        found = *it;
                        return true;
                    }
                }
                return false;
            },
            3000);
        return found;
    }

    QStringList upstreamModels()
    {
        QStringList out;
        for (const FakeUpstream::Request &r : m_upstream.requests())
            out.append(parse(r.body).value(QLatin1String("model")).toString());
        return out;
    }

    static QString attemptsOf(const UsageRecord &r)
    {
        QStringList out;
        for (const Switchyard::Usage::Attempt &a : r.attempts)
            out.append(QStringLiteral("%1/%2:%3%4")
                           .arg(a.provider, a.model)
                           .arg(a.status)
                           .arg(a.errorCode.isEmpty() ? QString() : QLatin1Char(' ') + a.errorCode));
        return out.join(QLatin1String(", "));
    }

    static QStringList targetNames(const QJsonObject &decision, const char *list = "targets")
    {
        QStringList out;
        for (const QJsonValue &t : decision.value(QLatin1StringView(list)).toArray())
            out.append(t[QLatin1String("provider")].toString() + QLatin1Char('/') +
                       t[QLatin1String("model")].toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SY_ROUTING_KEY", "sk-routing-upstream");
        QVERIFY(m_upstream.start());
        m_gateway = std::make_unique<Switchyard::Gateway>();
        QString error;
        QVERIFY2(m_gateway->start(loadConfig(), &error), qPrintable(error));
        m_port = m_gateway->port();
    }

    void init() { m_upstream.clear(); }

    void cleanupTestCase() { m_gateway.reset(); }

    // ---- resilience --------------------------------------------------------------------------------

    void retriesWithBackoffThenSucceeds()
    {
        const TestResponse r = chat(QStringLiteral("retrying"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("flaky-2"));
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("3"));
        QCOMPARE(r.json()[QLatin1String("model")].toString(), QStringLiteral("recovered"));
        // The same target three times; the fallback was never needed.
        QCOMPARE(upstreamModels(), QStringList({QStringLiteral("flaky-2"), QStringLiteral("flaky-2"),
                                                QStringLiteral("flaky-2")}));
        QCOMPARE(attemptsOf(recordOf(QStringLiteral("retrying"))),
                 QStringLiteral("oa/flaky-2:503 upstream_overloaded, oa/flaky-2:503 "
                                "upstream_overloaded, oa/flaky-2:200"));
    }

    void withoutRetriesFallsBack()
    {
        const TestResponse r = chat(QStringLiteral("no-retry"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("an"));
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("2"));
        QCOMPARE(upstreamModels(), QStringList({QStringLiteral("flaky-1"), QStringLiteral("claude-test")}));
    }

    void retryAfterIsHonoured()
    {
        QElapsedTimer clock;
        clock.start();
        const TestResponse r = chat(QStringLiteral("retry-after"));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("2"));
        // The provider asked for 400 ms (retry-after-ms); the backoff alone would have been ~10 ms.
        QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
        QCOMPARE(upstreamModels(),
                 QStringList({QStringLiteral("ratelimited-400"), QStringLiteral("ratelimited-400")}));
    }

    void retryAfterLongerThanTheRetryCapFallsOver()
    {
        QElapsedTimer clock;
        clock.start();
        TestResponse r = chat(QStringLiteral("retry-after-too-long"));
        QCOMPARE(r.status, 200);
        QVERIFY2(clock.elapsed() < 1000, "must not wait 9 s for a retry capped at 1 s");
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("an"));
        // The target cools down for as long as the provider asked: the next request skips it, and
        // explain says why.
        m_upstream.clear();
        r = chat(QStringLiteral("retry-after-too-long"));
        QCOMPARE(r.status, 200);
        QCOMPARE(upstreamModels(), QStringList({QStringLiteral("claude-test")}));
        const QJsonObject d = explain(chatBody(QStringLiteral("retry-after-too-long")));
        QCOMPARE(targetNames(d), QStringList({QStringLiteral("an/claude-test")}));
        QCOMPARE(targetNames(d, "skipped"), QStringList({QStringLiteral("oa/ratelimited-9000")}));
        const QString reason = d[QLatin1String("skipped")][0][QLatin1String("reason")].toString();
        QVERIFY2(reason.startsWith(QLatin1String("cooling down for ")), qPrintable(reason));
    }

    void circuitBreakerOpensAfterRepeatedFailures()
    {
        // failureThreshold 3: three requests fail over from flaky-99, then it is skipped for 60 s.
        for (int i = 0; i < 3; ++i) {
            const TestResponse r = chat(QStringLiteral("breaker"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("2"));
        }
        m_upstream.clear();
        const TestResponse r = chat(QStringLiteral("breaker"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("1"));
        QCOMPARE(r.header("x-switchyard-skipped"), QByteArray("oa/flaky-99=cooling-down"));
        QCOMPARE(upstreamModels(), QStringList({QStringLiteral("claude-test")}));
        // explain agrees, and calls no provider.
        m_upstream.clear();
        const QJsonObject d = explain(chatBody(QStringLiteral("breaker")));
        QCOMPARE(d[QLatin1String("outcome")].toString(), QStringLiteral("routed"));
        QCOMPARE(targetNames(d), QStringList({QStringLiteral("an/claude-test")}));
        const QJsonObject skipped = d[QLatin1String("skipped")][0].toObject();
        QCOMPARE(skipped[QLatin1String("model")].toString(), QStringLiteral("flaky-99"));
        QVERIFY2(skipped[QLatin1String("reason")].toString().endsWith(
                     QLatin1String("after 3 consecutive failure(s)")),
                 qPrintable(skipped[QLatin1String("reason")].toString()));
        QCOMPARE(skipped[QLatin1String("health")][QLatin1String("consecutiveFailures")].toInt(), 3);
        QVERIFY(skipped[QLatin1String("health")][QLatin1String("cooldownSeconds")].toInt() > 50);
        QVERIFY(m_upstream.requests().isEmpty());
        // And Prometheus sees the open circuit.
        const TestResponse metrics = call(TestClient::get("/metrics", kToken));
        QVERIFY2(
            metrics.body.contains("switchyard_target_circuit_open{provider=\"oa\",model=\"flaky-99\"} 1\n"),
            metrics.body.constData());
        QVERIFY(metrics.body.contains(
            "switchyard_target_circuit_open{provider=\"an\",model=\"claude-test\"} 0\n"));
    }

    void triggersDecideWhatFallsBack()
    {
        // fallbackOn ["429"]: a 503 goes to the client, the second target is never asked.
        TestResponse r = chat(QStringLiteral("only-on-429"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("upstream_overloaded"));
        QCOMPARE(upstreamModels(), QStringList({QStringLiteral("flaky-98")}));
        // fallbackOn ["context_length"]: a prompt too long for the first model goes to the next.
        m_upstream.clear();
        r = chat(QStringLiteral("context-fallback"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("claude-long"));
        // The default triggers do not include it: the client gets the provider's 400.
        m_upstream.clear();
        r = chat(QStringLiteral("no-context-fallback"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("context_length_exceeded"));
        QCOMPARE(upstreamModels(), QStringList({QStringLiteral("context-length")}));
    }

    void connectErrorsAndContentFiltersFallBack()
    {
        TestResponse r = chat(QStringLiteral("connect-fallback"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("an"));
        QCOMPARE(attemptsOf(recordOf(QStringLiteral("connect-fallback"))),
                 QStringLiteral("dead/x:0 upstream_connect_failed, an/claude-test:200"));
        // A prompt the provider's safety system refuses goes on only where the route says so.
        r = chat(QStringLiteral("content-fallback"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("an"));
        m_upstream.clear();
        r = chat(QStringLiteral("content-no-fallback"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("content_policy_violation"));
        QCOMPARE(upstreamModels(), QStringList({QStringLiteral("content-filter")}));
    }

    void totalAndFirstByteTimeoutsPerTarget()
    {
        QElapsedTimer clock;
        clock.start();
        TestResponse r = chat(QStringLiteral("total-timeout"));
        QCOMPARE(r.status, 200);
        QVERIFY2(clock.elapsed() >= 300 && clock.elapsed() < 1400,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("an"));
        QCOMPARE(attemptsOf(recordOf(QStringLiteral("total-timeout"))),
                 QStringLiteral("oa/delay-1500:0 upstream_total_timeout, an/claude-test:200"));
        clock.restart();
        r = chat(QStringLiteral("first-byte-timeout"));
        QCOMPARE(r.status, 200);
        QVERIFY2(clock.elapsed() >= 200 && clock.elapsed() < 2000,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(attemptsOf(recordOf(QStringLiteral("first-byte-timeout"))),
                 QStringLiteral("oa/hang:0 upstream_first_byte_timeout, an/claude-test:200"));
    }

    // ---- limits ------------------------------------------------------------------------------------

    void concurrencyLimitSpillsOver()
    {
        TestClient first(m_port);
        QVERIFY(first.connect());
        first.send(TestClient::post("/v1/chat/completions", chatBody(QStringLiteral("concurrency")), kToken));
        QTest::qWait(150); // the first is in flight on oa/delay-600 (maxConcurrent 1)
        const TestResponse second = chat(QStringLiteral("concurrency"));
        const TestResponse firstAnswer = first.read(5000);
        QCOMPARE(firstAnswer.status, 200);
        QCOMPARE(firstAnswer.header("x-switchyard-model"), QByteArray("delay-600"));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("x-switchyard-model"), QByteArray("claude-test"));
        QCOMPARE(second.header("x-switchyard-skipped"), QByteArray("oa/delay-600=concurrency-limit"));
        // Once it is back, the limited target takes requests again.
        QCOMPARE(chat(QStringLiteral("concurrency")).header("x-switchyard-model"), QByteArray("delay-600"));
    }

    void requestsPerMinuteLimit()
    {
        // Not across a minute boundary: the window is the clock minute.
        while (QDateTime::currentMSecsSinceEpoch() % 60'000 > 55'000)
            QTest::qWait(200);
        const qint64 minute = QDateTime::currentMSecsSinceEpoch() / 60'000;
        QCOMPARE(chat(QStringLiteral("per-minute")).status, 200);
        QCOMPARE(chat(QStringLiteral("per-minute")).status, 200);
        const TestResponse r = chat(QStringLiteral("per-minute"));
        if (QDateTime::currentMSecsSinceEpoch() / 60'000 != minute)
            QSKIP("a minute boundary passed during the test");
        QCOMPARE(r.status, 429);
        const QJsonObject error = r.json()[QLatin1String("error")].toObject();
        QCOMPARE(error[QLatin1String("code")].toString(), QStringLiteral("route_limits_reached"));
        QVERIFY2(error[QLatin1String("message")].toString().contains(
                     QLatin1String("oa/rpm-model: at its request limit (2 of 2 this minute)")),
                 qPrintable(error[QLatin1String("message")].toString()));
        QCOMPARE(upstreamModels().size(), 2);
    }

    void tokensPerMinuteLimit()
    {
        while (QDateTime::currentMSecsSinceEpoch() % 60'000 > 55'000)
            QTest::qWait(200);
        const qint64 minute = QDateTime::currentMSecsSinceEpoch() / 60'000;
        // Each answer uses 17 tokens (12 in, 5 out); the limit is 20 a minute: two fit, the third
        // spills over to the next target.
        QCOMPARE(chat(QStringLiteral("per-minute-tokens")).header("x-switchyard-model"),
                 QByteArray("tpm-model"));
        QCOMPARE(chat(QStringLiteral("per-minute-tokens")).header("x-switchyard-model"),
                 QByteArray("tpm-model"));
        const TestResponse r = chat(QStringLiteral("per-minute-tokens"));
        if (QDateTime::currentMSecsSinceEpoch() / 60'000 != minute)
            QSKIP("a minute boundary passed during the test");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("claude-test"));
        QCOMPARE(r.header("x-switchyard-skipped"), QByteArray("oa/tpm-model=token-limit"));
    }

    // ---- strategies --------------------------------------------------------------------------------

    void weightedFollowsTheWeights()
    {
        int heavy = 0;
        for (int i = 0; i < 20; ++i) {
            const TestResponse r = chat(QStringLiteral("weighted"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-switchyard-strategy"), QByteArray("weighted"));
            heavy += r.header("x-switchyard-model") == "w-heavy" ? 1 : 0;
        }
        // 9 to 1: fewer than 12 of 20 has a probability under 1e-4.
        QVERIFY2(heavy >= 12, qPrintable(QString::number(heavy)));
        const QJsonObject d = explain(chatBody(QStringLiteral("weighted")));
        const QString reason = d[QLatin1String("targets")][0][QLatin1String("reason")].toString();
        QVERIFY2(reason.startsWith(QLatin1String("weighted: drawn (weight ")), qPrintable(reason));
    }

    void leastBusyTakesTheIdleTarget()
    {
        TestClient first(m_port);
        QVERIFY(first.connect());
        first.send(TestClient::post("/v1/chat/completions", chatBody(QStringLiteral("least-busy")), kToken));
        QTest::qWait(150);
        const TestResponse second = chat(QStringLiteral("least-busy"));
        const TestResponse firstAnswer = first.read(5000);
        QCOMPARE(firstAnswer.header("x-switchyard-strategy"), QByteArray("least-busy"));
        QCOMPARE(firstAnswer.header("x-switchyard-model"), QByteArray("delay-500")); // ties: config order
        QCOMPARE(second.header("x-switchyard-model"), QByteArray("delay-501")); // the busy one is skipped
    }

    void leastLatencyPrefersTheFasterTarget()
    {
        // The first requests measure both (unmeasured targets go first), then the fast one wins (a
        // 5% exploration now and then re-measures the slow one).
        for (int i = 0; i < 2; ++i)
            QCOMPARE(chat(QStringLiteral("least-latency")).status, 200);
        int fast = 0;
        for (int i = 0; i < 10; ++i) {
            const TestResponse r = chat(QStringLiteral("least-latency"));
            QCOMPARE(r.status, 200);
            fast += r.header("x-switchyard-model") == "fast" ? 1 : 0;
        }
        QVERIFY2(fast >= 7, qPrintable(QString::number(fast)));
        const QJsonObject d = explain(chatBody(QStringLiteral("least-latency")));
        const QString reason = d[QLatin1String("targets")][0][QLatin1String("reason")].toString();
        QVERIFY2(reason.startsWith(QLatin1String("least-latency: ")), qPrintable(reason));
    }

    void lowestCostPicksTheCheapest()
    {
        const TestResponse r = chat(QStringLiteral("lowest-cost"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-strategy"), QByteArray("lowest-cost"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("cheap"));
        const QJsonObject d = explain(chatBody(QStringLiteral("lowest-cost")));
        QCOMPARE(targetNames(d), QStringList({QStringLiteral("oa/cheap"), QStringLiteral("oa/pricey")}));
    }

    void nestedRouteRotatesInside()
    {
        QSet<QByteArray> served;
        for (int i = 0; i < 4; ++i) {
            const TestResponse r = chat(QStringLiteral("outer"));
            QCOMPARE(r.status, 200);
            served.insert(r.header("x-switchyard-model"));
        }
        // Whichever worker served them, one of the two saw both turns of the inner round-robin.
        QCOMPARE(served, QSet<QByteArray>({"inner-1", "inner-2"}));
        const QJsonObject d = explain(chatBody(QStringLiteral("outer")));
        QCOMPARE(d[QLatin1String("targets")][0][QLatin1String("via")].toString(), QStringLiteral("inner"));
        QCOMPARE(d[QLatin1String("targets")][2][QLatin1String("model")].toString(),
                 QStringLiteral("claude-test"));
    }

    // ---- budgets -----------------------------------------------------------------------------------

    void routeBudgetRefusesOncePassed()
    {
        // capped-model costs $1000 per 1M tokens: 17 tokens = $0.017, over the route's $0.01 a day.
        TestResponse r = chat(QStringLiteral("budgeted"));
        QCOMPARE(r.status, 200);
        r = chat(QStringLiteral("budgeted"));
        QCOMPARE(r.status, 429);
        const QJsonObject error = r.json()[QLatin1String("error")].toObject();
        QCOMPARE(error[QLatin1String("code")].toString(), QStringLiteral("budget_exceeded"));
        QVERIFY2(error[QLatin1String("message")].toString().startsWith(
                     QLatin1String("the route 'budgeted' has spent $0.02 of its daily budget of $0.01")),
                 qPrintable(error[QLatin1String("message")].toString()));
        const QJsonObject d = explain(chatBody(QStringLiteral("budgeted")));
        QCOMPARE(d[QLatin1String("outcome")].toString(), QStringLiteral("refused"));
        QCOMPARE(d[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("budget_exceeded"));
    }

    // ---- rules -------------------------------------------------------------------------------------

    void rulesRouteByPromptSize()
    {
        const QString longText = QString(QStringLiteral("lorem ipsum ")).repeated(1000); // ~3000 tokens
        const TestResponse r = call(
            TestClient::post("/v1/chat/completions", chatBody(QStringLiteral("auto"), longText), kToken));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("long prompts"));
        QCOMPARE(r.header("x-switchyard-route"), QByteArray("long-context"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("claude-long"));
    }

    void rulesMatchTheLastUserMessageAndTag()
    {
        const TestResponse r = call(TestClient::post(
            "/v1/chat/completions",
            chatBody(QStringLiteral("auto"), QStringLiteral("my Password is hunter2")), kToken));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("secrets stay local"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("local-model"));
        QCOMPARE(recordOf(QStringLiteral("auto")).tags, QStringLiteral("private"));
        // The disabled rule before the catch-all never decides.
        const TestResponse plain = chat(QStringLiteral("auto"));
        QCOMPARE(plain.header("x-switchyard-rule"), QByteArray("auto otherwise"));
        QCOMPARE(plain.header("x-switchyard-route"), QByteArray("general"));
    }

    void rulesOnHeadersAppsAndRefusals()
    {
        TestResponse r = chat(QStringLiteral("general"), kToken, "x-team: ml\r\n");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("team ml"));
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("an"));

        m_upstream.clear();
        r = chat(QStringLiteral("blocked-gpt"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("refused_by_rule"));
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("message")].toString(),
                 QStringLiteral("refused by rule 'no blocked': this model family is not allowed here"));
        QVERIFY(m_upstream.requests().isEmpty());

        // The cli app's requests are capped and made deterministic, and tagged.
        r = call(TestClient::post("/v1/chat/completions",
                                  chatBody(QStringLiteral("general"), QStringLiteral("hi"), 5000),
                                  kCliToken));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("cap the cli"));
        const QJsonObject sent = parse(m_upstream.requests().last().body);
        QCOMPARE(sent[QLatin1String("max_tokens")].toInt(), 100);
        QCOMPARE(sent[QLatin1String("temperature")].toInt(), 0);
        QCOMPARE(sent[QLatin1String("model")].toString(), QStringLiteral("general"));
        QCOMPARE(recordOf(QStringLiteral("general")).tags, QStringLiteral("cli"));
    }

    void rulesOnContentTimeAndSpend()
    {
        auto post = [&](const QByteArray &body) {
            return call(TestClient::post("/v1/chat/completions", body, kToken));
        };
        TestResponse r = post("{\"model\":\"rich\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":"
                              "\"text\",\"text\":\"what is this?\"},{\"type\":\"image_url\",\"image_url\":{"
                              "\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}}]}]}");
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("images"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("vision"));
        r = post(
            "{\"model\":\"rich\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"tools\":[{"
            "\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}]}");
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("tools"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("tool-user"));
        r = post(
            "{\"model\":\"rich\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("streams"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("streamer"));
        QVERIFY(r.body.contains("data: [DONE]"));
        QCOMPARE(chat(QStringLiteral("rich")).header("x-switchyard-rule"), QByteArray("plain rich"));
        // A time condition: today's weekday, all day long.
        r = chat(QStringLiteral("dated"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("today"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("today-model"));
        // Spend so far through a route: the first request costs $0.017, the rule then refuses.
        r = chat(QStringLiteral("spendy"));
        QCOMPARE(r.status, 200);
        r = chat(QStringLiteral("spendy"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("message")].toString(),
                 QStringLiteral("refused by rule 'route spend': the spendy route spent over $0.001 today"));
    }

    void explainShowsTheRuleAndTouchesNothing()
    {
        const qint64 recordsBefore = m_gateway->recentUsage().total();
        QJsonObject d = explain(chatBody(QStringLiteral("auto"), QStringLiteral("what is my password?")));
        QCOMPARE(d[QLatin1String("object")].toString(), QStringLiteral("switchyard.explain"));
        QCOMPARE(d[QLatin1String("rule")][QLatin1String("name")].toString(),
                 QStringLiteral("secrets stay local"));
        QCOMPARE(d[QLatin1String("rule")][QLatin1String("index")].toInt(), 1);
        const QJsonArray trace = d[QLatin1String("rule")][QLatin1String("trace")].toArray();
        QVERIFY(trace.size() >= 2);
        QVERIFY2(trace[0].toString().startsWith(QLatin1String("rule 'long prompts'")),
                 qPrintable(trace[0].toString()));
        QCOMPARE(d[QLatin1String("route")].toString(), QStringLiteral("local"));
        QCOMPARE(targetNames(d), QStringList({QStringLiteral("oa/local-model")}));
        QCOMPARE(d[QLatin1String("tags")].toArray(), QJsonArray({QStringLiteral("private")}));
        // As another app: the cli rule rewrites the request, and explain shows it.
        d = explain(chatBody(QStringLiteral("general"), QStringLiteral("hi"), 5000), "?app=cli");
        QCOMPARE(d[QLatin1String("app")].toString(), QStringLiteral("cli"));
        QCOMPARE(d[QLatin1String("rule")][QLatin1String("name")].toString(), QStringLiteral("cap the cli"));
        QCOMPARE(d[QLatin1String("request")][QLatin1String("max_tokens")].toInt(), 100);
        // Refusals are explained, not raised.
        d = explain(chatBody(QStringLiteral("blocked-x")));
        QCOMPARE(d[QLatin1String("outcome")].toString(), QStringLiteral("refused"));
        QCOMPARE(d[QLatin1String("error")][QLatin1String("status")].toInt(), 403);
        // Anthropic-shaped requests through ?endpoint=messages.
        d = explain(
            "{\"model\":\"auto\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
            "?endpoint=messages");
        QCOMPARE(d[QLatin1String("endpoint")].toString(), QStringLiteral("messages"));
        QCOMPARE(d[QLatin1String("route")].toString(), QStringLiteral("general"));
        // No provider was called and nothing was recorded.
        QVERIFY(m_upstream.requests().isEmpty());
        QTest::qWait(50);
        QCOMPARE(m_gateway->recentUsage().total(), recordsBefore);
        // A bad endpoint name is the caller's error.
        const TestResponse bad = call(TestClient::post("/v1/switchyard/explain?endpoint=nope", "{}", kToken));
        QCOMPARE(bad.status, 400);
    }

    // The rule editor's tester decides with Routing::decide(), the proxy with its own request path: the
    // two must agree on the rule, the route, the order of the targets and the outcome, or the tester
    // would show something the gateway does not do. (Strategies that draw or rotate, and lowest-cost,
    // which the proxy prices from the body's size, are left out: their answer depends on state or an
    // estimate the tester does not share.)
    void decideAgreesWithExplain_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxTokens");
        QTest::addColumn<QString>("app");
        QTest::newRow("secrets") << "auto"
                                 << "what is my password?" << 0 << "routing";
        QTest::newRow("long prompt") << "auto" << QString(12000, QLatin1Char('x')) << 0 << "routing";
        QTest::newRow("auto otherwise") << "auto"
                                        << "hi" << 0 << "routing";
        QTest::newRow("refused") << "blocked-x"
                                 << "hi" << 0 << "routing";
        QTest::newRow("plain rich") << "rich"
                                    << "hi" << 0 << "routing";
        QTest::newRow("direct") << "oa/plain"
                                << "hi" << 0 << "routing";
        QTest::newRow("unknown") << "no-such-route"
                                 << "hi" << 0 << "routing";
        QTest::newRow("least-busy") << "least-busy"
                                    << "hi" << 0 << "routing";
        QTest::newRow("fallback chain") << "retrying"
                                        << "hi" << 0 << "routing";
        QTest::newRow("cli capped") << "general"
                                    << "hi" << 5000 << "cli";
    }

    void decideAgreesWithExplain()
    {
        QFETCH(QString, model);
        QFETCH(QString, text);
        QFETCH(int, maxTokens);
        QFETCH(QString, app);
        const QByteArray body = chatBody(model, text, maxTokens);
        const QJsonObject explained =
            explain(body, app == QLatin1String("routing") ? QByteArray() : "?app=" + app.toUtf8());
        QVERIFY(!explained.isEmpty());

        const Switchyard::Config::ConfigSnapshot config = m_gateway->config();
        Switchyard::Routing::DecisionInput in;
        in.rule.requestedModel = model;
        in.rule.app = app;
        in.rule.now = QDateTime::currentDateTime();
        in.rule.route = config->route(model) ? model : QString();
        Switchyard::Llm::Request request;
        QVERIFY(!Switchyard::Llm::decodeRequest(Switchyard::Llm::Dialect::OpenAiChat,
                                                QJsonDocument::fromJson(body).object(), request));
        Switchyard::Routing::fillContent(in.rule, request);
        if (maxTokens > 0)
            in.outputTokens = maxTokens;
        in.health = &m_gateway->health();
        in.nowMs = QDateTime::currentMSecsSinceEpoch();
        in.spend = [this, nowMs = in.nowMs](const QString &key) { return m_gateway->spend(key, nowMs); };
        const Switchyard::Routing::Decision decided = Switchyard::Routing::decide(*config, in);

        QCOMPARE(decided.outcome == Switchyard::Routing::Decision::Outcome::Routed
                     ? QStringLiteral("routed")
                     : QStringLiteral("refused"),
                 explained[QLatin1String("outcome")].toString());
        QCOMPARE(decided.ruleName, explained[QLatin1String("rule")][QLatin1String("name")].toString());
        if (decided.outcome != Switchyard::Routing::Decision::Outcome::Routed)
            return;
        QCOMPARE(decided.plan.route, explained[QLatin1String("route")].toString());
        QStringList order;
        for (const Switchyard::Routing::Target &t : decided.plan.targets)
            order << t.name();
        QCOMPARE(order, targetNames(explained));
    }

    // ---- live reload -------------------------------------------------------------------------------

    void reloadKeepsInFlightRequestsAndHealth()
    {
        TestClient inFlight(m_port);
        QVERIFY(inFlight.connect());
        inFlight.send(
            TestClient::post("/v1/chat/completions", chatBody(QStringLiteral("concurrency")), kToken));
        QTest::qWait(150);
        // The new config sends "concurrency" elsewhere; the request already on its way is not dropped.
        Config next = loadConfig();
        for (Switchyard::Config::Route &route : next.routes) {
            if (route.name == QLatin1String("concurrency")) {
                route.targets.removeFirst();
                route.targets.first().model = QStringLiteral("after-reload");
            }
        }
        m_gateway->applyConfig(next);
        const TestResponse after = chat(QStringLiteral("concurrency"));
        QCOMPARE(after.status, 200);
        QCOMPARE(after.header("x-switchyard-model"), QByteArray("after-reload"));
        const TestResponse before = inFlight.read(5000);
        QCOMPARE(before.status, 200);
        QCOMPARE(before.header("x-switchyard-model"), QByteArray("delay-600"));
        // Health survived the reload: the breaker opened earlier still skips flaky-99.
        const QJsonObject d = explain(chatBody(QStringLiteral("breaker")));
        QCOMPARE(targetNames(d, "skipped"), QStringList({QStringLiteral("oa/flaky-99")}));
    }

    // ---- the overall budget and the default rule (a gateway of their own) ---------------------------

    void overallBudgetAndDefaultRule()
    {
        const Config c = loadConfig("{\"budget\":{\"dailyUsd\":0.01},\"defaultRule\":{\"then\":{\"route\":"
                                    "\"budgeted-2\"}},\"rules\":[],"
                                    "\"routes\":[{\"name\":\"budgeted-2\",\"targets\":[{\"provider\":\"oa\","
                                    "\"model\":\"capped-model\"}]}]}");
        Switchyard::Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(c, &error), qPrintable(error));
        auto ask = [&](const QString &model) {
            TestClient client(gateway.port());
            return client.connect()
                       ? client.roundTrip(TestClient::post("/v1/chat/completions", chatBody(model), kToken))
                       : TestResponse();
        };
        TestResponse r = ask(QStringLiteral("whatever-you-ask"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-rule"), QByteArray("default"));
        QCOMPARE(r.header("x-switchyard-route"), QByteArray("budgeted-2"));
        r = ask(QStringLiteral("general"));
        QCOMPARE(r.status, 429);
        QVERIFY2(r.json()[QLatin1String("error")][QLatin1String("message")].toString().startsWith(
                     QLatin1String("Switchyard as a whole has spent $0.02 of its daily budget of $0.01")),
                 qPrintable(r.json()[QLatin1String("error")][QLatin1String("message")].toString()));
        gateway.shutdown(1000);
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
