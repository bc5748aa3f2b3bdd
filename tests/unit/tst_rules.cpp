// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"
#include "routing/rules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>

using Switchyard::Config::ConfigLoader;
using Switchyard::Config::RuleCondition;
using Switchyard::Routing::RuleInput;
using Switchyard::Routing::RuleMatch;
namespace Routing = Switchyard::Routing;

namespace {

const QByteArray kBase =
    R"("version": 1,
  "providers": [
    {"id": "openai", "kind": "openai", "baseUrl": "https://api.openai.com/v1"},
    {"id": "local", "kind": "openai", "baseUrl": "http://127.0.0.1:11434/v1"}
  ],
  "routes": [
    {"name": "long-context", "targets": [{"provider": "openai", "model": "gpt-4.1"}]},
    {"name": "local", "targets": [{"provider": "local", "model": "llama3.2"}]},
    {"name": "fast", "targets": [{"provider": "openai", "model": "gpt-4o-mini"}]},
    {"name": "default", "targets": [{"provider": "openai", "model": "gpt-4o"}]}
  ])";

// A config with these rules (a JSON array) and default rule (a JSON object, or nothing), through the
// real loader.
std::optional<Switchyard::Config::Config> load(const QByteArray &rules, const QByteArray &defaultRule,
                                               QString *errors)
{
    QByteArray json = "{" + kBase + ", \"rules\": " + rules;
    if (!defaultRule.isEmpty())
        json += ", \"defaultRule\": " + defaultRule;
    json += "}";
    QStringList errs;
    auto config = ConfigLoader::fromJson(json, &errs);
    *errors = errs.join(QLatin1Char('\n'));
    return config;
}

// A request described in JSON: {"model", "app", "headers": {lower-case name: value}, "promptTokens",
// "images", "tools", "stream", "text", "now" (ISO local time), "route", "spend": {"scope/period/key":
// micro-dollars}}. Without "spend" there is no spend data at all.
RuleInput inputFrom(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    RuleInput in;
    in.requestedModel = o.value(QLatin1String("model")).toString(QStringLiteral("gpt-4o"));
    in.app = o.value(QLatin1String("app")).toString();
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    in.header = [headers](QByteArrayView name) {
        return headers.value(QString::fromLatin1(name)).toString().toUtf8();
    };
    in.promptTokens = o.value(QLatin1String("promptTokens")).toInteger();
    in.hasImages = o.value(QLatin1String("images")).toBool();
    in.hasTools = o.value(QLatin1String("tools")).toBool();
    in.stream = o.value(QLatin1String("stream")).toBool();
    in.lastUserText = o.value(QLatin1String("text")).toString();
    in.now = o.contains(QLatin1String("now"))
                 ? QDateTime::fromString(o.value(QLatin1String("now")).toString(), Qt::ISODate)
                 : QDateTime(QDate(2025, 1, 7), QTime(10, 30)); // a Tuesday
    in.route = o.value(QLatin1String("route")).toString();
    if (o.contains(QLatin1String("spend"))) {
        const QJsonObject spend = o.value(QLatin1String("spend")).toObject();
        in.spentMicros = [spend](const QString &scope, const QString &period, const QString &key) {
            const QString k = scope + QLatin1Char('/') + period + QLatin1Char('/') + key;
            return qint64(spend.value(k).toDouble());
        };
    }
    return in;
}

} // namespace

class TestRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conditions_data()
    {
        QTest::addColumn<QByteArray>("when");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("trace");

        // model: exact or glob, case-insensitive, one name or a list
        QTest::newRow("model-exact") << QByteArray(R"({"model": "gpt-4o"})")
                                     << QByteArray(R"({"model": "gpt-4o"})") << true
                                     << QStringLiteral("model 'gpt-4o' matches 'gpt-4o'");
        QTest::newRow("model-case") << QByteArray(R"({"model": "GPT-4O"})")
                                    << QByteArray(R"({"model": "gpt-4o"})") << true
                                    << QStringLiteral("model 'gpt-4o' matches 'GPT-4O'");
        QTest::newRow("model-exact-no")
            << QByteArray(R"({"model": "gpt-4o"})") << QByteArray(R"({"model": "gpt-4o-mini"})") << false
            << QStringLiteral("model 'gpt-4o-mini' matches none of 'gpt-4o'");
        QTest::newRow("model-star") << QByteArray(R"({"model": "cheap*"})")
                                    << QByteArray(R"({"model": "cheap-llama"})") << true
                                    << QStringLiteral("model 'cheap-llama' matches 'cheap*'");
        QTest::newRow("model-star-prefix-only")
            << QByteArray(R"({"model": "cheap*"})") << QByteArray(R"({"model": "llama-cheap"})") << false
            << QStringLiteral("model 'llama-cheap' matches none of 'cheap*'");
        QTest::newRow("model-star-middle")
            << QByteArray(R"({"model": "*sonnet*"})") << QByteArray(R"({"model": "claude-sonnet-4"})") << true
            << QStringLiteral("model 'claude-sonnet-4' matches '*sonnet*'");
        QTest::newRow("model-question")
            << QByteArray(R"({"model": "gpt-?o"})") << QByteArray(R"({"model": "gpt-4o"})") << true
            << QStringLiteral("model 'gpt-4o' matches 'gpt-?o'");
        QTest::newRow("model-question-one-char")
            << QByteArray(R"({"model": "gpt-?o"})") << QByteArray(R"({"model": "gpt-40o"})") << false
            << QStringLiteral("model 'gpt-40o' matches none of 'gpt-?o'");
        QTest::newRow("model-list") << QByteArray(R"({"model": ["gpt-4o", "claude-*"]})")
                                    << QByteArray(R"({"model": "claude-opus-4"})") << true
                                    << QStringLiteral("model 'claude-opus-4' matches 'claude-*'");
        QTest::newRow("model-list-no")
            << QByteArray(R"({"model": ["gpt-4o", "claude-*"]})") << QByteArray(R"({"model": "gemini-2.5"})")
            << false << QStringLiteral("model 'gemini-2.5' matches none of 'gpt-4o', 'claude-*'");

        // app
        QTest::newRow("app") << QByteArray(R"({"app": "cli"})") << QByteArray(R"({"app": "cli"})") << true
                             << QStringLiteral("app 'cli' matches 'cli'");
        QTest::newRow("app-other") << QByteArray(R"({"app": "cli"})") << QByteArray(R"({"app": "vscode"})")
                                   << false << QStringLiteral("app 'vscode' matches none of 'cli'");
        QTest::newRow("app-none") << QByteArray(R"({"app": "*"})") << QByteArray("{}") << false
                                  << QStringLiteral("no app");
        QTest::newRow("app-list-glob")
            << QByteArray(R"({"app": ["cli", "ci-*"]})") << QByteArray(R"({"app": "ci-nightly"})") << true
            << QStringLiteral("app 'ci-nightly' matches 'ci-*'");

        // header: present / absent / equals / matches; names are looked up lower-case
        QTest::newRow("header-present")
            << QByteArray(R"({"header": "X-Team"})") << QByteArray(R"({"headers": {"x-team": "ml"}})") << true
            << QStringLiteral("header x-team present");
        QTest::newRow("header-present-missing") << QByteArray(R"({"header": "x-team"})") << QByteArray("{}")
                                                << false << QStringLiteral("header x-team absent");
        QTest::newRow("header-absent") << QByteArray(R"({"header": "x-team", "present": false})")
                                       << QByteArray("{}") << true << QStringLiteral("header x-team absent");
        QTest::newRow("header-absent-but-there") << QByteArray(R"({"header": "x-team", "present": false})")
                                                 << QByteArray(R"({"headers": {"x-team": "ml"}})") << false
                                                 << QStringLiteral("header x-team present");
        QTest::newRow("header-equals") << QByteArray(R"({"header": "x-team", "equals": ["ml", "infra"]})")
                                       << QByteArray(R"({"headers": {"x-team": "infra"}})") << true
                                       << QStringLiteral("header x-team equals one of 'ml', 'infra'");
        QTest::newRow("header-equals-no") << QByteArray(R"({"header": "x-team", "equals": ["ml", "infra"]})")
                                          << QByteArray(R"({"headers": {"x-team": "ops"}})") << false
                                          << QStringLiteral("header x-team equals none of 'ml', 'infra'");
        QTest::newRow("header-equals-case-sensitive")
            << QByteArray(R"({"header": "x-team", "equals": "ml"})")
            << QByteArray(R"({"headers": {"x-team": "ML"}})") << false
            << QStringLiteral("header x-team equals none of 'ml'");
        QTest::newRow("header-equals-absent")
            << QByteArray(R"({"header": "x-team", "equals": "ml"})") << QByteArray("{}") << false
            << QStringLiteral("header x-team absent");
        QTest::newRow("header-matches")
            << QByteArray(R"({"header": "user-agent", "matches": "^claude-cli/"})")
            << QByteArray(R"({"headers": {"user-agent": "claude-cli/1.0.3"}})") << true
            << QStringLiteral("header user-agent matches /^claude-cli//");
        QTest::newRow("header-matches-no")
            << QByteArray(R"({"header": "user-agent", "matches": "^claude-cli/"})")
            << QByteArray(R"({"headers": {"user-agent": "curl/8.5"}})") << false
            << QStringLiteral("header user-agent does not match /^claude-cli//");

        // promptTokens: inclusive bounds
        QTest::newRow("tokens-below-min")
            << QByteArray(R"({"promptTokens": {"min": 100000}})") << QByteArray(R"({"promptTokens": 1200})")
            << false << QStringLiteral("promptTokens 1200 < min 100000");
        QTest::newRow("tokens-at-min")
            << QByteArray(R"({"promptTokens": {"min": 100000}})") << QByteArray(R"({"promptTokens": 100000})")
            << true << QStringLiteral("promptTokens 100000 in range");
        QTest::newRow("tokens-above-max")
            << QByteArray(R"({"promptTokens": {"max": 1000}})") << QByteArray(R"({"promptTokens": 1001})")
            << false << QStringLiteral("promptTokens 1001 > max 1000");
        QTest::newRow("tokens-at-max")
            << QByteArray(R"({"promptTokens": {"max": 1000}})") << QByteArray(R"({"promptTokens": 1000})")
            << true << QStringLiteral("promptTokens 1000 in range");
        QTest::newRow("tokens-range")
            << QByteArray(R"({"promptTokens": {"min": 10, "max": 20}})")
            << QByteArray(R"({"promptTokens": 15})") << true << QStringLiteral("promptTokens 15 in range");
        QTest::newRow("tokens-range-below")
            << QByteArray(R"({"promptTokens": {"min": 10, "max": 20}})")
            << QByteArray(R"({"promptTokens": 9})") << false << QStringLiteral("promptTokens 9 < min 10");

        // presence flags
        QTest::newRow("images") << QByteArray(R"({"hasImages": true})") << QByteArray(R"({"images": true})")
                                << true << QStringLiteral("hasImages true = true");
        QTest::newRow("images-no") << QByteArray(R"({"hasImages": true})") << QByteArray("{}") << false
                                   << QStringLiteral("hasImages false ≠ true");
        QTest::newRow("images-false") << QByteArray(R"({"hasImages": false})") << QByteArray("{}") << true
                                      << QStringLiteral("hasImages false = false");
        QTest::newRow("tools") << QByteArray(R"({"hasTools": true})") << QByteArray(R"({"tools": true})")
                               << true << QStringLiteral("hasTools true = true");
        QTest::newRow("tools-no") << QByteArray(R"({"hasTools": true})") << QByteArray(R"({"images": true})")
                                  << false << QStringLiteral("hasTools false ≠ true");
        QTest::newRow("stream") << QByteArray(R"({"stream": true})") << QByteArray(R"({"stream": true})")
                                << true << QStringLiteral("stream true = true");
        QTest::newRow("stream-no") << QByteArray(R"({"stream": false})") << QByteArray(R"({"stream": true})")
                                   << false << QStringLiteral("stream true ≠ false");

        // lastUserMessage: keyword (case-insensitive) or regex
        QTest::newRow("keyword") << QByteArray(R"({"lastUserMessage": {"contains": "Password"}})")
                                 << QByteArray(R"({"text": "my password is hunter2"})") << true
                                 << QStringLiteral("last user message contains 'Password'");
        QTest::newRow("keyword-no") << QByteArray(R"({"lastUserMessage": {"contains": "password"}})")
                                    << QByteArray(R"({"text": "hello"})") << false
                                    << QStringLiteral("last user message does not contain 'password'");
        QTest::newRow("regex") << QByteArray(R"({"lastUserMessage": {"matches": "(?i)\\bapi[_ ]?key\\b"}})")
                               << QByteArray(R"({"text": "here is my API key"})") << true
                               << QStringLiteral("last user message matches /(?i)\\bapi[_ ]?key\\b/");
        QTest::newRow("regex-no")
            << QByteArray(R"({"lastUserMessage": {"matches": "(?i)\\bapi[_ ]?key\\b"}})")
            << QByteArray(R"({"text": "capi keys"})") << false
            << QStringLiteral("last user message does not match /(?i)\\bapi[_ ]?key\\b/");

        // time: [from, to) local, wrapping midnight; days of the moment itself (2025-01-07 is a Tuesday)
        const QByteArray office = R"({"time": {"from": "09:00", "to": "18:00"}})";
        QTest::newRow("time-inside") << office << QByteArray(R"({"now": "2025-01-07T10:30:00"})") << true
                                     << QStringLiteral("time tue 10:30 within 09:00-18:00");
        QTest::newRow("time-at-from") << office << QByteArray(R"({"now": "2025-01-07T09:00:00"})") << true
                                      << QStringLiteral("time tue 09:00 within 09:00-18:00");
        QTest::newRow("time-before") << office << QByteArray(R"({"now": "2025-01-07T08:59:59"})") << false
                                     << QStringLiteral("time tue 08:59 outside 09:00-18:00");
        QTest::newRow("time-at-to") << office << QByteArray(R"({"now": "2025-01-07T18:00:00"})") << false
                                    << QStringLiteral("time tue 18:00 outside 09:00-18:00");
        const QByteArray night = R"({"time": {"from": "22:00", "to": "06:00"}})";
        QTest::newRow("night-late") << night << QByteArray(R"({"now": "2025-01-07T23:30:00"})") << true
                                    << QStringLiteral("time tue 23:30 within 22:00-06:00");
        QTest::newRow("night-early") << night << QByteArray(R"({"now": "2025-01-08T02:00:00"})") << true
                                     << QStringLiteral("time wed 02:00 within 22:00-06:00");
        QTest::newRow("night-end") << night << QByteArray(R"({"now": "2025-01-08T06:00:00"})") << false
                                   << QStringLiteral("time wed 06:00 outside 22:00-06:00");
        QTest::newRow("night-noon") << night << QByteArray(R"({"now": "2025-01-08T12:00:00"})") << false
                                    << QStringLiteral("time wed 12:00 outside 22:00-06:00");
        QTest::newRow("until-midnight") << QByteArray(R"({"time": {"from": "20:00", "to": "24:00"}})")
                                        << QByteArray(R"({"now": "2025-01-07T23:59:00"})") << true
                                        << QStringLiteral("time tue 23:59 within 20:00-24:00");
        const QByteArray weekend = R"({"time": {"days": ["sat", "Sun"]}})";
        QTest::newRow("weekend") << weekend << QByteArray(R"({"now": "2025-01-11T12:00:00"})") << true
                                 << QStringLiteral("time sat 12:00: day in sat, sun");
        QTest::newRow("weekend-sunday") << weekend << QByteArray(R"({"now": "2025-01-12T23:59:00"})") << true
                                        << QStringLiteral("time sun 23:59: day in sat, sun");
        QTest::newRow("weekend-weekday") << weekend << QByteArray(R"({"now": "2025-01-07T12:00:00"})")
                                         << false << QStringLiteral("time tue 12:00: day not in sat, sun");
        const QByteArray workdays =
            R"({"time": {"from": "09:00", "to": "17:00", "days": ["mon", "tue", "wed", "thu", "fri"]}})";
        QTest::newRow("workday") << workdays << QByteArray(R"({"now": "2025-01-06T16:59:00"})") << true
                                 << QStringLiteral("time mon 16:59 within 09:00-17:00");
        QTest::newRow("workday-saturday")
            << workdays << QByteArray(R"({"now": "2025-01-11T10:00:00"})") << false
            << QStringLiteral("time sat 10:00: day not in mon, tue, wed, thu, fri");

        // spend: at or above the threshold, per app / route / total
        const QByteArray appDay = R"({"spend": {"scope": "app", "period": "day", "aboveUsd": 5}})";
        QTest::newRow("spend-above") << appDay
                                     << QByteArray(R"({"app": "cli", "spend": {"app/day/cli": 6000000}})")
                                     << true << QStringLiteral("spend app day 'cli' $6.00 ≥ $5.00");
        QTest::newRow("spend-at") << appDay
                                  << QByteArray(R"({"app": "cli", "spend": {"app/day/cli": 5000000}})")
                                  << true << QStringLiteral("spend app day 'cli' $5.00 ≥ $5.00");
        QTest::newRow("spend-below") << appDay
                                     << QByteArray(R"({"app": "cli", "spend": {"app/day/cli": 4999999}})")
                                     << false << QStringLiteral("spend app day 'cli' $5.00 < $5.00");
        QTest::newRow("spend-other-app")
            << appDay
            << QByteArray(R"({"app": "cli", "spend": {"app/day/ci": 9000000, "app/month/cli": 9000000}})")
            << false << QStringLiteral("spend app day 'cli' $0.00 < $5.00");
        QTest::newRow("spend-no-app") << appDay << QByteArray(R"({"spend": {"app/day/": 9000000}})") << false
                                      << QStringLiteral("spend app day: no app");
        QTest::newRow("spend-route")
            << QByteArray(R"({"spend": {"scope": "route", "period": "month", "aboveUsd": 100}})")
            << QByteArray(R"({"route": "fast", "spend": {"route/month/fast": 150000000}})") << true
            << QStringLiteral("spend route month 'fast' $150.00 ≥ $100.00");
        QTest::newRow("spend-total")
            << QByteArray(R"({"spend": {"scope": "total", "period": "month", "aboveUsd": 0.5}})")
            << QByteArray(R"({"spend": {"total/month/": 600000}})") << true
            << QStringLiteral("spend total month $0.60 ≥ $0.50");
        QTest::newRow("spend-unknown")
            << QByteArray(R"({"spend": {"scope": "total", "period": "month", "aboveUsd": 0}})")
            << QByteArray("{}") << false << QStringLiteral("spend total month: not known");

        // all / any / not, nested; all and any stop at the first decisive child
        const QByteArray cheapImages = R"({"all": [{"model": "cheap*"}, {"hasImages": true}]})";
        QTest::newRow("all") << cheapImages << QByteArray(R"({"model": "cheap-1", "images": true})") << true
                             << QStringLiteral(
                                    "all(model 'cheap-1' matches 'cheap*', hasImages true = true)");
        QTest::newRow("all-first-fails")
            << cheapImages << QByteArray(R"({"model": "gpt-4o", "images": true})") << false
            << QStringLiteral("all(model 'gpt-4o' matches none of 'cheap*')");
        QTest::newRow("all-second-fails")
            << cheapImages << QByteArray(R"({"model": "cheap-1"})") << false
            << QStringLiteral("all(model 'cheap-1' matches 'cheap*', hasImages false ≠ true)");
        const QByteArray cliOrStream = R"({"any": [{"app": "cli"}, {"stream": true}]})";
        QTest::newRow("any-first") << cliOrStream << QByteArray(R"({"app": "cli"})") << true
                                   << QStringLiteral("any(app 'cli' matches 'cli')");
        QTest::newRow("any-second") << cliOrStream << QByteArray(R"({"app": "vscode", "stream": true})")
                                    << true
                                    << QStringLiteral(
                                           "any(app 'vscode' matches none of 'cli', stream true = true)");
        QTest::newRow("any-none") << cliOrStream << QByteArray(R"({"app": "vscode"})") << false
                                  << QStringLiteral(
                                         "any(app 'vscode' matches none of 'cli', stream false ≠ true)");
        QTest::newRow("not") << QByteArray(R"({"not": {"stream": true}})") << QByteArray("{}") << true
                             << QStringLiteral("not(stream false ≠ true)");
        QTest::newRow("not-false") << QByteArray(R"({"not": {"stream": true}})")
                                   << QByteArray(R"({"stream": true})") << false
                                   << QStringLiteral("not(stream true = true)");
        const QByteArray nested =
            R"({"all": [{"any": [{"model": "a*"}, {"model": "b*"}]}, {"not": {"app": "ci"}}]})";
        QTest::newRow("nested") << nested << QByteArray(R"({"model": "b1", "app": "dev"})") << true
                                << QStringLiteral(
                                       "all(any(model 'b1' matches none of 'a*', model 'b1' matches "
                                       "'b*'), not(app 'dev' matches none of 'ci'))");
        QTest::newRow("nested-not") << nested << QByteArray(R"({"model": "a1", "app": "ci"})") << false
                                    << QStringLiteral(
                                           "all(any(model 'a1' matches 'a*'), not(app 'ci' matches 'ci'))");
    }

    void conditions()
    {
        QFETCH(QByteArray, when);
        QFETCH(QByteArray, input);
        QFETCH(bool, expected);
        QFETCH(QString, trace);
        QString errors;
        const auto config =
            load("[{\"name\": \"r\", \"when\": " + when + ", \"then\": {\"tags\": [\"t\"]}}]", {}, &errors);
        QVERIFY2(config, qPrintable(errors));
        const RuleInput in = inputFrom(input);

        QStringList fragments;
        QCOMPARE(Routing::conditionHolds(config->rules.at(0).when, in, &fragments), expected);
        QCOMPARE(fragments.join(QLatin1String(", ")), trace);
        QCOMPARE(Routing::conditionHolds(config->rules.at(0).when, in), expected); // the same without a trace

        const RuleMatch m = Routing::evaluateRules(*config, in, true);
        QCOMPARE(m.index, expected ? 0 : -1);
        const QString line = QStringLiteral("rule 'r': ") + trace +
                             (expected ? QStringLiteral(" → match") : QStringLiteral(" → no"));
        QCOMPARE(m.trace.at(0), line);
    }

    void headerLookupIsLowerCase()
    {
        QString errors;
        const auto config =
            load(R"([{"name": "r", "when": {"header": "X-Team"}, "then": {"route": "fast"}}])", {}, &errors);
        QVERIFY2(config, qPrintable(errors));
        QCOMPARE(config->rules.at(0).when.name, QStringLiteral("x-team"));
        QList<QByteArray> asked;
        RuleInput in;
        in.header = [&asked](QByteArrayView name) {
            asked.append(name.toByteArray());
            return QByteArray("ml");
        };
        QCOMPARE(Routing::evaluateRules(*config, in).route, QStringLiteral("fast"));
        QCOMPARE(asked, QList<QByteArray>{"x-team"});
        in.header = nullptr; // no header source: every header absent
        QCOMPARE(Routing::evaluateRules(*config, in).index, -1);
    }

    void firstMatchWins()
    {
        QString errors;
        const auto config = load(R"([
            {"name": "gpt", "when": {"model": "gpt*"}, "then": {"route": "fast"}},
            {"name": "gpt-4o", "when": {"model": "gpt-4o"}, "then": {"route": "local"}},
            {"name": "claude", "when": {"model": "claude*"}, "then": {"target": "openai/gpt-4o"}}
        ])",
                                 R"({"then": {"route": "default"}})", &errors);
        QVERIFY2(config, qPrintable(errors));

        RuleMatch m = Routing::evaluateRules(*config, inputFrom(R"({"model": "gpt-4o"})"));
        QCOMPARE(m.index, 0);
        QCOMPARE(m.name, QStringLiteral("gpt"));
        QCOMPARE(m.action, &config->rules.at(0).action);
        QCOMPARE(m.route, QStringLiteral("fast"));
        QVERIFY(m.trace.isEmpty()); // no trace unless asked for

        m = Routing::evaluateRules(*config, inputFrom(R"({"model": "claude-sonnet-4"})"));
        QCOMPARE(m.index, 2);
        QCOMPARE(m.route, QString());
        QCOMPARE(m.target, QStringLiteral("openai/gpt-4o"));

        m = Routing::evaluateRules(*config, inputFrom(R"({"model": "gemini-2.5-pro"})"), true);
        QCOMPARE(m.index, -1);
        QCOMPARE(m.name, QStringLiteral("default"));
        QCOMPARE(m.action, &config->defaultRule);
        QCOMPARE(m.route, QStringLiteral("default"));
        const QStringList expected{
            QStringLiteral("rule 'gpt': model 'gemini-2.5-pro' matches none of 'gpt*' → no"),
            QStringLiteral("rule 'gpt-4o': model 'gemini-2.5-pro' matches none of 'gpt-4o' → no"),
            QStringLiteral("rule 'claude': model 'gemini-2.5-pro' matches none of 'claude*' → no"),
            QStringLiteral("no rule matched: default → route 'default'"),
        };
        QCOMPARE(m.trace, expected);
    }

    void disabledRulesAreSkipped()
    {
        QString errors;
        const auto config = load(R"([
            {"name": "off", "enabled": false, "when": {"model": "*"}, "then": {"refuse": "no"}},
            {"name": "on", "when": {"model": "*"}, "then": {"route": "local"}}
        ])",
                                 {}, &errors);
        QVERIFY2(config, qPrintable(errors));
        QVERIFY(!config->rules.at(0).enabled);
        const RuleMatch m = Routing::evaluateRules(*config, inputFrom("{}"), true);
        QCOMPARE(m.index, 1);
        QCOMPARE(m.refuse, QString());
        QCOMPARE(m.route, QStringLiteral("local"));
        const QStringList expected{QStringLiteral("rule 'off': disabled → skipped"),
                                   QStringLiteral("rule 'on': model 'gpt-4o' matches '*' → match"),
                                   QStringLiteral("→ route 'local'")};
        QCOMPARE(m.trace, expected);
    }

    void ruleWithoutWhenMatchesAll()
    {
        QString errors;
        const auto config = load(R"([{"name": "everything", "then": {"tags": ["seen"]}}])", {}, &errors);
        QVERIFY2(config, qPrintable(errors));
        const RuleMatch m = Routing::evaluateRules(*config, inputFrom(R"({"model": "x"})"), true);
        QCOMPARE(m.index, 0);
        QCOMPARE(m.action->tags, QStringList{QStringLiteral("seen")});
        const QStringList expected{QStringLiteral("rule 'everything': always → match"),
                                   QStringLiteral("→ the requested model 'x'")};
        QCOMPARE(m.trace, expected);
    }

    void modifierOnlyRuleTakesDefaultDestination()
    {
        QString errors;
        const auto config = load(R"([
            {"name": "cap cli", "when": {"app": "cli"},
             "then": {"capMaxTokens": 4096, "set": {"temperature": 0}, "tags": ["cli"]}},
            {"name": "later", "when": {"app": "cli"}, "then": {"route": "fast"}}
        ])",
                                 R"({"then": {"route": "default", "tags": ["unmatched"]}})", &errors);
        QVERIFY2(config, qPrintable(errors));

        // The first match ends the search; its modifications apply, the default's destination is used.
        RuleMatch m = Routing::evaluateRules(*config, inputFrom(R"({"app": "cli"})"), true);
        QCOMPARE(m.index, 0);
        QCOMPARE(m.action->capMaxTokens, qint64(4096));
        QCOMPARE(m.action->set, QJsonObject({{QStringLiteral("temperature"), 0}}));
        QCOMPARE(m.action->tags, QStringList{QStringLiteral("cli")});
        QCOMPARE(m.route, QStringLiteral("default"));
        QCOMPARE(m.trace.last(), QStringLiteral("→ route 'default' (the default rule's)"));

        // Unmatched: the default rule as a whole, tags included.
        m = Routing::evaluateRules(*config, inputFrom(R"({"app": "vscode"})"));
        QCOMPARE(m.index, -1);
        QCOMPARE(m.action->tags, QStringList{QStringLiteral("unmatched")});
        QCOMPARE(m.route, QStringLiteral("default"));
    }

    void defaultRefusalOnlyWhenNothingMatched()
    {
        QString errors;
        const auto config = load(R"([{"name": "known apps", "when": {"app": ["cli", "vscode"]},
                                      "then": {"tags": ["known"]}}])",
                                 R"({"then": {"refuse": "unknown app"}})", &errors);
        QVERIFY2(config, qPrintable(errors));
        RuleMatch m = Routing::evaluateRules(*config, inputFrom(R"({"app": "cli"})"), true);
        QCOMPARE(m.index, 0);
        QCOMPARE(m.refuse, QString());
        QCOMPARE(m.route, QString());
        QCOMPARE(m.trace.last(), QStringLiteral("→ the requested model 'gpt-4o'"));
        m = Routing::evaluateRules(*config, inputFrom(R"({"app": "other"})"), true);
        QCOMPARE(m.index, -1);
        QCOMPARE(m.refuse, QStringLiteral("unknown app"));
        QCOMPARE(m.trace.last(), QStringLiteral("no rule matched: default → refuse: unknown app"));
    }

    void refusal()
    {
        QString errors;
        const auto config = load(
            R"([{"name": "over budget", "when": {"spend": {"scope": "app", "period": "day", "aboveUsd": 5}},
                      "then": {"refuse": "daily spend over $5", "tags": ["refused"]}}])",
            R"({"then": {"route": "default"}})", &errors);
        QVERIFY2(config, qPrintable(errors));
        const RuleMatch m = Routing::evaluateRules(
            *config, inputFrom(R"({"app": "cli", "spend": {"app/day/cli": 7000000}})"));
        QCOMPARE(m.index, 0);
        QCOMPARE(m.refuse, QStringLiteral("daily spend over $5"));
        QCOMPARE(m.route, QString()); // a refusal never falls through to the default's route
        QCOMPARE(m.action->tags, QStringList{QStringLiteral("refused")});
    }

    void noRulesNoDefault()
    {
        QString errors;
        const auto config = load("[]", {}, &errors);
        QVERIFY2(config, qPrintable(errors));
        const RuleMatch m = Routing::evaluateRules(*config, inputFrom(R"({"model": "fast"})"), true);
        QCOMPARE(m.index, -1);
        QVERIFY(m.action);
        QVERIFY(m.action->isEmpty());
        QCOMPARE(m.route, QString());
        QCOMPARE(m.target, QString());
        QCOMPARE(m.refuse, QString());
        QCOMPARE(m.trace,
                 QStringList{QStringLiteral("no rule matched: default → the requested model 'fast'")});
    }

    void traceHidesSecrets()
    {
        QString errors;
        const auto config = load(R"([
            {"name": "auth", "when": {"header": "authorization", "matches": "^Bearer x"}, "then": {"route": "fast"}},
            {"name": "secret", "when": {"lastUserMessage": {"contains": "password"}}, "then": {"route": "local"}}
        ])",
                                 {}, &errors);
        QVERIFY2(config, qPrintable(errors));
        const RuleMatch m = Routing::evaluateRules(
            *config,
            inputFrom(
                R"({"headers": {"authorization": "Bearer sk-secret-1"}, "text": "my password is hunter2"})"),
            true);
        QCOMPARE(m.index, 1);
        const QString all = m.trace.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String("sk-secret")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("hunter2")), qPrintable(all));
    }

    void needs_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QByteArray("[]") << 0;
        QTest::newRow("cheap") << QByteArray(R"([{"name": "a", "when": {"all": [{"model": "x"}, {"app": "y"},
            {"stream": true}]}, "then": {"route": "fast"}}])")
                               << 0;
        QTest::newRow("time")
            << QByteArray(
                   R"([{"name": "a", "when": {"time": {"days": ["mon"]}}, "then": {"route": "fast"}}])")
            << int(Routing::NeedsTime);
        QTest::newRow("tokens")
            << QByteArray(
                   R"([{"name": "a", "when": {"promptTokens": {"min": 1}}, "then": {"route": "fast"}}])")
            << int(Routing::NeedsContent);
        QTest::newRow("images")
            << QByteArray(R"([{"name": "a", "when": {"hasImages": true}, "then": {"route": "fast"}}])")
            << int(Routing::NeedsContent);
        QTest::newRow("tools")
            << QByteArray(R"([{"name": "a", "when": {"hasTools": true}, "then": {"route": "fast"}}])")
            << int(Routing::NeedsContent);
        QTest::newRow("text")
            << QByteArray(
                   R"([{"name": "a", "when": {"lastUserMessage": {"contains": "x"}}, "then": {"route": "fast"}}])")
            << int(Routing::NeedsContent);
        QTest::newRow("spend")
            << QByteArray(
                   R"([{"name": "a", "when": {"spend": {"scope": "total", "period": "day", "aboveUsd": 1}}, "then": {"route": "fast"}}])")
            << int(Routing::NeedsSpend);
        QTest::newRow("header")
            << QByteArray(R"([{"name": "a", "when": {"header": "x-a"}, "then": {"route": "fast"}}])")
            << int(Routing::NeedsHeaders);
        QTest::newRow("nested") << QByteArray(R"([
            {"name": "a", "when": {"any": [{"not": {"header": "x-a"}}, {"all": [{"hasTools": true}]}]}, "then": {"route": "fast"}},
            {"name": "b", "when": {"spend": {"scope": "total", "period": "day", "aboveUsd": 1}}, "then": {"route": "fast"}}])")
                                << int(Routing::NeedsHeaders | Routing::NeedsContent | Routing::NeedsSpend);
        QTest::newRow("disabled-not-counted") << QByteArray(R"([
            {"name": "a", "enabled": false, "when": {"header": "x-a"}, "then": {"route": "fast"}},
            {"name": "b", "when": {"hasImages": true}, "then": {"route": "fast"}}])")
                                              << int(Routing::NeedsContent);
    }

    void needs()
    {
        QFETCH(QByteArray, rules);
        QFETCH(int, expected);
        QString errors;
        const auto config = load(rules, {}, &errors);
        QVERIFY2(config, qPrintable(errors));
        QCOMPARE(int(Routing::needs(*config)), expected);
    }

    void globs_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("star-empty") << QStringLiteral("*") << QString() << true;
        QTest::newRow("empty-empty") << QString() << QString() << true;
        QTest::newRow("empty-text") << QString() << QStringLiteral("a") << false;
        QTest::newRow("stars") << QStringLiteral("a*b*c") << QStringLiteral("axxbyyc") << true;
        QTest::newRow("stars-backtrack") << QStringLiteral("a*bc") << QStringLiteral("abcbc") << true;
        QTest::newRow("stars-no") << QStringLiteral("a*b*c") << QStringLiteral("axxbyy") << false;
        QTest::newRow("question-end") << QStringLiteral("gpt-4?") << QStringLiteral("gpt-4") << false;
        QTest::newRow("trailing-stars") << QStringLiteral("gpt**") << QStringLiteral("gpt") << true;
        QTest::newRow("case") << QStringLiteral("Claude-*") << QStringLiteral("cLAUDE-x") << true;
        QTest::newRow("slash") << QStringLiteral("openrouter/*") << QStringLiteral("openrouter/a/b") << true;
    }

    void globs()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(Routing::globMatches(pattern, text), expected);
    }

    void regexCacheEviction()
    {
        // More patterns than the per-thread cache holds: it is cleared and refilled, results stay right.
        RuleInput in;
        in.lastUserText = QStringLiteral("token-150 and token-299");
        RuleCondition c;
        c.kind = RuleCondition::Kind::LastUserMessage;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 300; ++i) {
                c.pattern = QStringLiteral("token-%1\\b").arg(i);
                QCOMPARE(Routing::conditionHolds(c, in), i == 150 || i == 299);
            }
        }
        c.pattern = QStringLiteral("(unclosed"); // the loader refuses it; by hand it never matches
        QVERIFY(!Routing::conditionHolds(c, in));
    }

    void concurrentEvaluation()
    {
        QString errors;
        const auto config = load(R"([
            {"name": "secret", "when": {"lastUserMessage": {"matches": "(?i)pass(word)?"}}, "then": {"route": "local"}},
            {"name": "cli", "when": {"all": [{"app": "cli*"}, {"header": "x-team", "matches": "^m"}]}, "then": {"route": "fast"}}
        ])",
                                 R"({"then": {"route": "default"}})", &errors);
        QVERIFY2(config, qPrintable(errors));
        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 2000; ++i) {
                    const int kind = (i + t) % 3;
                    const RuleInput in =
                        inputFrom(kind == 0   ? R"({"text": "the PASSWORD"})"
                                  : kind == 1 ? R"({"app": "cli-2", "headers": {"x-team": "ml"}})"
                                              : R"({"app": "cli-2"})");
                    const QString expected = kind == 0   ? QStringLiteral("local")
                                             : kind == 1 ? QStringLiteral("fast")
                                                         : QStringLiteral("default");
                    if (Routing::evaluateRules(*config, in, i % 7 == 0).route != expected)
                        ++wrong;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(wrong.load(), 0);
    }

    void speed()
    {
        // Eight rules, the last one matching: what every request pays before any strategy runs.
        QString errors;
        const auto config = load(R"([
            {"name": "1", "when": {"promptTokens": {"min": 100000}}, "then": {"route": "long-context"}},
            {"name": "2", "when": {"all": [{"model": "cheap*"}, {"hasImages": true}]}, "then": {"target": "openai/gpt-4o"}},
            {"name": "3", "when": {"header": "x-team", "equals": ["ml", "infra"]}, "then": {"route": "fast"}},
            {"name": "4", "when": {"spend": {"scope": "app", "period": "day", "aboveUsd": 5}}, "then": {"refuse": "over"}},
            {"name": "5", "when": {"lastUserMessage": {"matches": "(?i)password"}}, "then": {"route": "local"}},
            {"name": "6", "when": {"not": {"stream": true}}, "then": {"route": "local"}},
            {"name": "7", "when": {"time": {"from": "22:00", "to": "06:00"}}, "then": {"route": "local"}},
            {"name": "8", "when": {"app": ["cli", "ci-*"]}, "then": {"capMaxTokens": 4096}}
        ])",
                                 R"({"then": {"route": "default"}})", &errors);
        QVERIFY2(config, qPrintable(errors));
        const RuleInput in = inputFrom(R"({"app": "ci-nightly", "stream": true, "promptTokens": 5000,
            "text": "please summarise this long document for me", "headers": {"x-team": "ops"},
            "spend": {"app/day/ci-nightly": 1000000}})");
        QCOMPARE(Routing::evaluateRules(*config, in).index, 7);
        QBENCHMARK
        {
            const RuleMatch m = Routing::evaluateRules(*config, in);
            QCOMPARE(m.index, 7);
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
