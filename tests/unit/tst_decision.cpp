// SPDX-License-Identifier: GPL-3.0-or-later
// routing/decision.h: deciding like the explain API does (rules, resolve, order, admit, the token's
// routes, budgets) on any config, three-valued rule evaluation over unknown inputs, and the replay of
// logged requests (what changes, what cannot be told, what it would cost).

#include "config/configloader.h"
#include "llm/codec.h"
#include "routing/decision.h"
#include "routing/targethealth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Switchyard::Config::Config;
using Switchyard::Config::ConfigLoader;
namespace Routing = Switchyard::Routing;
using Routing::Decision;
using Routing::Replayed;
using Routing::Truth;

namespace {

const QByteArray kBase = R"("version": 1,
  "providers": [
    {"id": "openai", "kind": "openai", "baseUrl": "https://api.openai.com/v1"},
    {"id": "local", "kind": "openai", "baseUrl": "http://127.0.0.1:11434/v1"}
  ],
  "routes": [
    {"name": "default", "targets": [{"provider": "openai", "model": "gpt-4o-mini"},
                                    {"provider": "local", "model": "llama3.2"}]},
    {"name": "long", "targets": [{"provider": "openai", "model": "gpt-4.1"}]},
    {"name": "local", "targets": [{"provider": "local", "model": "llama3.2"}]},
    {"name": "capped", "budget": {"dailyUsd": 1}, "targets": [{"provider": "local", "model": "llama3.2"}]}
  ],
  "prices": [
    {"provider": "openai", "model": "gpt-4o-mini", "input": 1, "output": 2},
    {"provider": "openai", "model": "gpt-4.1", "input": 10, "output": 20}
  ],
  "tokens": [
    {"name": "cli", "hash": "sha256:0000000000000000000000000000000000000000000000000000000000000000",
     "routes": ["default"]}
  ])";

Config load(const QByteArray &rules, const QByteArray &defaultRule = R"({"then": {"route": "default"}})")
{
    QByteArray json = "{" + kBase;
    if (!rules.isEmpty())
        json += ", \"rules\": " + rules;
    if (!defaultRule.isEmpty())
        json += ", \"defaultRule\": " + defaultRule;
    json += "}";
    QStringList errors;
    const std::optional<Config> config = ConfigLoader::fromJson(json, &errors);
    if (!config)
        qFatal("invalid test config: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return *config;
}

// {"model", "app", "tokens", "text", "images", "tools", "stream", "headers": {name: value}}
Routing::DecisionInput inputFrom(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Routing::DecisionInput in;
    in.rule.requestedModel = o.value(QLatin1String("model")).toString(QStringLiteral("default"));
    in.rule.app = o.value(QLatin1String("app")).toString();
    in.rule.promptTokens = o.value(QLatin1String("tokens")).toInteger();
    in.rule.lastUserText = o.value(QLatin1String("text")).toString();
    in.rule.hasImages = o.value(QLatin1String("images")).toBool();
    in.rule.hasTools = o.value(QLatin1String("tools")).toBool();
    in.rule.stream = o.value(QLatin1String("stream")).toBool();
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    in.rule.header = [headers](QByteArrayView name) {
        return headers.value(QString::fromLatin1(name)).toString().toUtf8();
    };
    in.rule.now = QDateTime(QDate(2025, 1, 7), QTime(10, 30)); // a Tuesday
    return in;
}

const QByteArray kLongRule = R"({"name": "long prompts", "when": {"promptTokens": {"min": 1000}},
                                 "then": {"route": "long"}})";
const QByteArray kSecretsRule = R"({"name": "secrets", "when": {"lastUserMessage": {"contains": "password"}},
                                    "then": {"route": "local"}})";

} // namespace

class TestDecision final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QByteArray>("defaultRule");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("message");

        QTest::newRow("no-rules") << QByteArray() << QByteArray() << QByteArray(R"({"model": "default"})")
                                  << "routed" << QString() << "default"
                                  << "openai/gpt-4o-mini" << QString();
        QTest::newRow("long-prompt") << "[" + kLongRule + "]"
                                     << QByteArray(R"({"then": {"route": "default"}})")
                                     << QByteArray(R"({"model": "anything", "tokens": 5000})") << "routed"
                                     << "long prompts"
                                     << "long"
                                     << "openai/gpt-4.1" << QString();
        QTest::newRow("short-prompt-default")
            << "[" + kLongRule + "]" << QByteArray(R"({"then": {"route": "default"}})")
            << QByteArray(R"({"model": "anything", "tokens": 999})") << "routed"
            << "default"
            << "default"
            << "openai/gpt-4o-mini" << QString();
        QTest::newRow("direct-target")
            << QByteArray(R"([{"name": "t", "when": {"model": "x*"}, "then": {"target": "local/qwen3"}}])")
            << QByteArray() << QByteArray(R"({"model": "xyz"})") << "routed"
            << "t" << QString() << "local/qwen3" << QString();
        QTest::newRow("refused")
            << QByteArray(R"([{"name": "no images", "when": {"hasImages": true}, "then": {"refuse": "no"}}])")
            << QByteArray() << QByteArray(R"({"images": true})") << "refused"
            << "no images" << QString() << QString() << "refused by rule 'no images': no";
        QTest::newRow("not-found") << QByteArray() << QByteArray() << QByteArray(R"({"model": "nope"})")
                                   << "not found" << QString() << QString() << QString()
                                   << "The model 'nope' does not exist";
        QTest::newRow("token-not-allowed")
            << "[" + kLongRule + "]" << QByteArray()
            << QByteArray(R"({"model": "default", "app": "cli", "tokens": 2000})") << "not allowed"
            << "long prompts"
            << "long"
            << "openai/gpt-4.1"
            << "the app token 'cli' may not use 'default'";
        QTest::newRow("tags-only-borrows-default")
            << QByteArray(R"([{"name": "tag", "when": {"stream": true}, "then": {"tags": ["s"]}}])")
            << QByteArray(R"({"then": {"route": "local"}})")
            << QByteArray(R"({"model": "default", "stream": true})") << "routed"
            << "tag"
            << "local"
            << "local/llama3.2" << QString();
    }

    void decide()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QByteArray, defaultRule);
        QFETCH(QByteArray, input);
        const Config config = load(rules, defaultRule);
        const Decision d = Routing::decide(config, inputFrom(input));
        QTEST(Decision::outcomeName(d.outcome), "outcome");
        QTEST(d.ruleName, "rule");
        QTEST(d.plan.route, "route");
        QTEST(d.firstTarget(), "first");
        QFETCH(QString, message);
        QVERIFY2(d.message.startsWith(message), qPrintable(d.message));
        QCOMPARE(message.isEmpty(), d.message.isEmpty());
        if (!d.ruleName.isEmpty())
            QVERIFY2(!d.trace.isEmpty(), "a trace when rules were evaluated");
    }

    void decideExplainsEveryTarget()
    {
        const Config config =
            load(QByteArray(R"([{"name": "off", "enabled": false, "then": {"route": "long"}}])"));
        const Decision d = Routing::decide(config, inputFrom(R"({"model": "x"})"));
        QCOMPARE(d.trace.first(), QStringLiteral("rule 'off': disabled → skipped"));
        QCOMPARE(d.trace.last(), QStringLiteral("no rule matched: default → route 'default'"));
        QCOMPARE(d.plan.targets.size(), 2);
        QCOMPARE(d.plan.targets[0].reason, QStringLiteral("fallback: position 1 in the route's order"));
        QCOMPARE(d.plan.targets[1].name(), QStringLiteral("local/llama3.2"));
    }

    void decideWithHealthAndBudgets()
    {
        const Config config = load({}, QByteArray()); // no rules: the model names the route
        // The first target's circuit is open: it is skipped, with the reason.
        Routing::TargetHealth health;
        const Routing::BreakerSettings breaker{1, 60'000};
        const QString key =
            Routing::TargetHealth::key(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"));
        health.begin(key, 1000);
        health.end(key, Routing::Outcome{Routing::Outcome::Kind::Failure}, 1000, breaker);
        Routing::DecisionInput in = inputFrom(R"({"model": "default"})");
        in.health = &health;
        in.nowMs = 2000;
        Decision d = Routing::decide(config, in);
        QCOMPARE(d.firstTarget(), QStringLiteral("local/llama3.2"));
        QCOMPARE(d.plan.skipped.size(), 1);
        QCOMPARE(d.plan.skipped[0].target.name(), QStringLiteral("openai/gpt-4o-mini"));

        // A route's daily budget spent: refused with the budget named; below it, a warning past 80%.
        in = inputFrom(R"({"model": "capped"})");
        qint64 spent = 1'000'000;
        in.spend = [&spent](const QString &k) {
            return k == Switchyard::Usage::SpendTracker::routeKey(QStringLiteral("capped"))
                       ? Switchyard::Usage::SpendTracker::Spend{spent, spent}
                       : Switchyard::Usage::SpendTracker::Spend{};
        };
        d = Routing::decide(config, in);
        QCOMPARE(d.outcome, Decision::Outcome::OverBudget);
        QVERIFY2(
            d.message.startsWith(QLatin1String("the route 'capped' has spent $1.00 of its daily budget")),
            qPrintable(d.message));
        spent = 900'000;
        d = Routing::decide(config, in);
        QCOMPARE(d.outcome, Decision::Outcome::Routed);
        QVERIFY2(d.budgetWarning.startsWith(QLatin1String("$0.90 of the daily budget")),
                 qPrintable(d.budgetWarning));
    }

    void truth_data()
    {
        QTest::addColumn<QByteArray>("when");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QStringList>("why");
        const QStringList none;
        QTest::newRow("known-true") << QByteArray(R"({"model": "def*"})") << int(Truth::True) << none;
        QTest::newRow("unknown-leaf") << QByteArray(R"({"hasImages": true})") << int(Truth::Unknown)
                                      << QStringList{QStringLiteral("whether it had images")};
        QTest::newRow("all-false-decides")
            << QByteArray(R"({"all": [{"model": "other"}, {"hasImages": true}]})") << int(Truth::False)
            << none;
        QTest::newRow("all-unknown") << QByteArray(R"({"all": [{"model": "default"}, {"header": "x-team"}]})")
                                     << int(Truth::Unknown)
                                     << QStringList{QStringLiteral("the header x-team")};
        QTest::newRow("any-true-decides")
            << QByteArray(R"({"any": [{"hasTools": true}, {"model": "default"}]})") << int(Truth::True)
            << QStringList{QStringLiteral("whether it had tools")};
        QTest::newRow("not-unknown") << QByteArray(R"({"not": {"lastUserMessage": {"matches": "x"}}})")
                                     << int(Truth::Unknown)
                                     << QStringList{QStringLiteral("the last user message")};
        QTest::newRow("not-known") << QByteArray(R"({"not": {"stream": true}})") << int(Truth::True) << none;
        QTest::newRow("spend") << QByteArray(R"({"spend": {"scope": "app", "period": "day", "aboveUsd": 1}})")
                               << int(Truth::Unknown)
                               << QStringList{QStringLiteral("the app spend at the time")};
    }

    void truth()
    {
        QFETCH(QByteArray, when);
        const Config config =
            load("[{\"name\": \"r\", \"when\": " + when + ", \"then\": {\"route\": \"long\"}}]");
        QStringList why;
        const quint8 unknown = Routing::UnknownImages | Routing::UnknownTools | Routing::UnknownText |
                               Routing::UnknownHeaders | Routing::UnknownSpend;
        const Truth t = Routing::conditionTruth(config.rules[0].when,
                                                inputFrom(R"({"model": "default"})").rule, unknown, &why);
        QTEST(int(t), "expected");
        QTEST(why, "why");
        // Nothing unknown: the same as the rules' own evaluation.
        const bool holds =
            Routing::conditionHolds(config.rules[0].when, inputFrom(R"({"model": "default"})").rule);
        QCOMPARE(Routing::conditionTruth(config.rules[0].when, inputFrom(R"({"model": "default"})").rule, 0),
                 holds ? Truth::True : Truth::False);
    }

    void replay_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QByteArray>("logged"); // {"model", "route", "first", "in", "out", "cost", "error"}
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<qint64>("newCost"); // -1: unpriced
        QTest::addColumn<QString>("reason");

        const QByteArray longAndSecrets = "[" + kLongRule + "," + kSecretsRule + "]";
        const QByteArray secretsAndLong = "[" + kSecretsRule + "," + kLongRule + "]";
        // 5000 in, 100 out at gpt-4.1's $10/$20 per 1M: 0.05 + 0.002 dollars.
        QTest::newRow("changed-to-long")
            << longAndSecrets
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 5000, "out": 100, "cost": 5200})")
            << int(Replayed::Change::Changed) << "route 'default'"
            << "route 'long'" << qint64(52'000) << QString();
        QTest::newRow("unchanged-keeps-logged-cost")
            << "[" + kLongRule + "]"
            << QByteArray(R"({"model": "default", "route": "default", "first": "local/llama3.2",
                              "in": 10, "out": 5, "cost": 7})")
            << int(Replayed::Change::Unchanged) << "route 'default'"
            << "route 'default'" << qint64(7) << QString();
        QTest::newRow("unknown-text-could-change")
            << longAndSecrets
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 10, "out": 5, "cost": 7})")
            << int(Replayed::Change::Undetermined) << "route 'default'"
            << "route 'default'" << qint64(-1)
            << "rule 'secrets' depends on the last user message (not logged)";
        // The text rule comes first and could send it to "local"; a long prompt is no help.
        QTest::newRow("unknown-before-certain")
            << secretsAndLong
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 5000, "out": 100, "cost": 5200})")
            << int(Replayed::Change::Undetermined) << "route 'default'"
            << "route 'long'" << qint64(-1) << "rule 'secrets' depends on the last user message (not logged)";
        // A long prompt is decided before the unknown rule is reached.
        QTest::newRow("certain-before-unknown")
            << longAndSecrets
            << QByteArray(R"({"model": "default", "route": "long", "first": "openai/gpt-4.1",
                              "in": 5000, "out": 100, "cost": 52000})")
            << int(Replayed::Change::Unchanged) << "route 'long'"
            << "route 'long'" << qint64(52'000) << QString();
        // Both possibilities end on the same route: it does not matter.
        QTest::newRow("unknown-but-same-place")
            << QByteArray(R"([{"name": "imgs", "when": {"hasImages": true}, "then": {"route": "default"}}])")
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 10, "out": 5, "cost": 7})")
            << int(Replayed::Change::Unchanged) << "route 'default'"
            << "route 'default'" << qint64(7) << QString();
        QTest::newRow("unpriced-target")
            << QByteArray(R"([{"name": "loc", "when": {"model": "default"}, "then": {"route": "local"}}])")
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 10, "out": 5, "cost": 20})")
            << int(Replayed::Change::Changed) << "route 'default'"
            << "route 'local'" << qint64(-1) << QString();
        QTest::newRow("refused-now")
            << QByteArray(R"([{"name": "no", "when": {"stream": false}, "then": {"refuse": "x"}}])")
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 10, "out": 5, "cost": 20})")
            << int(Replayed::Change::Changed) << "route 'default'"
            << "refused" << qint64(0) << QString();
        QTest::newRow("refused-before")
            << QByteArray()
            << QByteArray(R"({"model": "default", "error": "refused_by_rule", "in": 0, "out": 0, "cost": 0})")
            << int(Replayed::Change::Changed) << "refused"
            << "route 'default'" << qint64(0) << QString();
        QTest::newRow("failed-before-routing")
            << QByteArray()
            << QByteArray(R"({"model": "default", "error": "invalid_request_error", "in": 0, "out": 0})")
            << int(Replayed::Change::Undetermined) << QString() << "route 'default'" << qint64(-1)
            << "it failed before routing (invalid_request_error)";
        // With body logging on, the text is known: the same request is decided after all.
        QTest::newRow("logged-body-decides-text")
            << longAndSecrets
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 10, "out": 5, "cost": 7, "body": {"model": "default", "messages":
                              [{"role": "user", "content": "my password is hunter2"}]}})")
            << int(Replayed::Change::Changed) << "route 'default'"
            << "route 'local'" << qint64(-1) << QString();
        QTest::newRow("logged-body-without-the-keyword")
            << longAndSecrets
            << QByteArray(R"({"model": "default", "route": "default", "first": "openai/gpt-4o-mini",
                              "in": 10, "out": 5, "cost": 7, "body": {"model": "default", "messages":
                              [{"role": "user", "content": "hello"}]}})")
            << int(Replayed::Change::Unchanged) << "route 'default'"
            << "route 'default'" << qint64(7) << QString();
        QTest::newRow("direct-target")
            << QByteArray(R"([{"name": "t", "when": {"app": "ide"}, "then": {"target": "openai/gpt-4.1"}}])")
            << QByteArray(R"({"model": "openai/gpt-4o-mini", "app": "ide", "first": "openai/gpt-4o-mini",
                              "in": 1000, "out": 0, "cost": 1000})")
            << int(Replayed::Change::Changed) << "target 'openai/gpt-4o-mini'"
            << "target 'openai/gpt-4.1'" << qint64(10'000) << QString();
    }

    void replay()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QByteArray, logged);
        const Config config = load(rules);
        const QJsonObject o = QJsonDocument::fromJson(logged).object();
        Routing::LoggedRequest r;
        r.startedAtMs = QDateTime(QDate(2025, 1, 7), QTime(10, 30)).toMSecsSinceEpoch();
        r.requestedModel = o.value(QLatin1String("model")).toString();
        r.app = o.value(QLatin1String("app")).toString();
        r.route = o.value(QLatin1String("route")).toString();
        r.firstTarget = o.value(QLatin1String("first")).toString();
        r.errorCode = o.value(QLatin1String("error")).toString();
        r.usage.inputTokens = o.value(QLatin1String("in")).toInteger();
        r.usage.outputTokens = o.value(QLatin1String("out")).toInteger();
        r.tokensKnown = r.usage.inputTokens > 0;
        if (o.contains(QLatin1String("cost")))
            r.costMicros = o.value(QLatin1String("cost")).toInteger();
        if (o.contains(QLatin1String("body"))) {
            Switchyard::Llm::Request request;
            QVERIFY(!Switchyard::Llm::decodeRequest(Switchyard::Llm::Dialect::OpenAiChat,
                                                    o.value(QLatin1String("body")).toObject(), request));
            r.content = request;
        }
        const Replayed out = Routing::replay(config, r);
        QTEST(int(out.change), "change");
        QTEST(out.before, "before");
        QTEST(out.after, "after");
        QFETCH(qint64, newCost);
        QCOMPARE(out.newCostMicros.value_or(-1), newCost);
        QTEST(out.reason, "reason");
    }
};

QTEST_GUILESS_MAIN(TestDecision)
#include "tst_decision.moc"
