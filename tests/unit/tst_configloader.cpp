// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using Switchyard::Config::ConfigLoader;

namespace {
const QByteArray kValid =
    "{\n"
    "  \"version\": 1,\n"
    "  \"comment\": \"my gateway\",\n"
    "  \"server\": { \"host\": \"127.0.0.1\", \"port\": 4141, \"requireToken\": true },\n"
    "  \"providers\": [\n"
    "    { \"id\": \"openai\", \"kind\": \"openai\", \"baseUrl\": \"https://api.openai.com/v1\", "
    "\"apiKeyEnv\": \"OPENAI_API_KEY\" },\n"
    "    { \"id\": \"local\", \"kind\": \"openai\", \"baseUrl\": \"http://127.0.0.1:11434/v1\" }\n"
    "  ],\n"
    "  \"routes\": [\n"
    "    { \"name\": \"smart\", \"strategy\": \"fallback\",\n"
    "      \"targets\": [ { \"provider\": \"openai\", \"model\": \"gpt-4o\" }, { \"provider\": \"local\", "
    "\"model\": \"llama3.2\" } ] }\n"
    "  ],\n"
    "  \"tokens\": [ { \"name\": \"vscode\", \"hash\": "
    "\"sha256:0000000000000000000000000000000000000000000000000000000000000000\", \"routes\": [\"smart\"] } "
    "]\n"
    "}";

// A config with one provider ("openai") and one route ("r"), then `rest` (",\"rules\": …}").
QByteArray withRules(const char *rest)
{
    return QByteArray(
               "{\"version\":1,\"providers\":[{\"id\":\"openai\",\"kind\":\"openai\",\"baseUrl\":"
               "\"https://api.openai.com/v1\"}],\"routes\":[{\"name\":\"r\",\"targets\":[{\"provider\":"
               "\"openai\",\"model\":\"gpt-4o\"}]}]") +
           rest;
}

// Every condition kind and action field, for the round trip.
const char kAllRules[] = R"(,
  "rules": [
    {"name": "long prompts", "when": {"promptTokens": {"min": 100000}}, "then": {"route": "r"}},
    {"name": "range", "when": {"promptTokens": {"min": 10, "max": 20}}, "then": {"route": "r"}},
    {"name": "cheap images", "when": {"all": [{"model": "cheap*"}, {"hasImages": true}, {"hasTools": false}]},
     "then": {"target": "openai/gpt-4o"}},
    {"name": "office hours", "when": {"time": {"from": "09:00", "to": "18:00",
     "days": ["mon", "tue", "wed", "thu", "fri"]}}, "then": {"tags": ["work", "office"]}},
    {"name": "night", "when": {"time": {"from": "22:30", "to": "06:00"}}, "then": {"tags": ["night"]}},
    {"name": "all week", "when": {"time": {"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}},
     "then": {"tags": ["any day"]}},
    {"name": "till midnight", "when": {"time": {"from": "20:00", "to": "24:00", "days": ["sat"]}},
     "then": {"tags": ["late"]}},
    {"name": "cap cli", "when": {"app": "cli"}, "then": {"capMaxTokens": 4096,
     "set": {"temperature": 0, "reasoning_effort": "low", "metadata": {"a": [1, 2.5]}}}},
    {"name": "apps", "when": {"app": ["cli", "ci-*"]}, "then": {"route": "r"}},
    {"name": "over budget", "when": {"spend": {"scope": "app", "period": "day", "aboveUsd": 5}},
     "then": {"refuse": "daily spend over $5", "tags": ["refused"]}},
    {"name": "route spend", "when": {"spend": {"scope": "route", "period": "month", "aboveUsd": 0.25}},
     "then": {"route": "r"}},
    {"name": "total spend", "when": {"spend": {"scope": "total", "period": "month", "aboveUsd": 1000}},
     "then": {"refuse": "no"}},
    {"name": "secrets", "when": {"lastUserMessage": {"matches": "(?i)password"}}, "then": {"route": "r"}},
    {"name": "keyword", "when": {"lastUserMessage": {"contains": "Deploy"}}, "then": {"route": "r"}},
    {"name": "team", "when": {"header": "X-Team", "equals": ["ml", "infra"]}, "then": {"route": "r"}},
    {"name": "one team", "when": {"header": "x-team", "equals": "ml"}, "then": {"route": "r"}},
    {"name": "agent", "when": {"header": "user-agent", "matches": "^claude-cli/"}, "then": {"route": "r"}},
    {"name": "has header", "when": {"header": "x-a"}, "then": {"route": "r"}},
    {"name": "no header", "when": {"header": "x-b", "present": false}, "then": {"route": "r"}},
    {"name": "not streaming", "enabled": false, "when": {"not": {"stream": true}}, "then": {"route": "r"}},
    {"name": "any", "when": {"any": [{"model": ["a", "b?"]}, {"not": {"all": [{"stream": false}]}}]},
     "then": {"route": "r"}},
    {"name": "always", "then": {"tags": ["seen"]}}
  ],
  "defaultRule": {"then": {"target": "openai/gpt-4o-mini", "tags": ["default"]}}
})";
} // namespace

class TestConfigLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid()
    {
        QStringList errors;
        const auto config = ConfigLoader::fromJson(kValid, &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(config->providers.size(), 2);
        QCOMPARE(config->route(u"smart")->targets.at(1).model, QStringLiteral("llama3.2"));
        QCOMPARE(config->tokens.at(0).sha256.size(), 32);
        QCOMPARE(config->server.port, quint16(4141));
    }

    void roundTrip()
    {
        const auto config = ConfigLoader::fromJson(kValid, nullptr);
        QVERIFY(config);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QString error;
        QVERIFY2(ConfigLoader::save(*config, path, &error), qPrintable(error));
        QStringList errors;
        const auto again = ConfigLoader::fromFile(path, &errors);
        QVERIFY2(again, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(*again, *config);
        QCOMPARE(again->comment, QStringLiteral("my gateway")); // notes survive a save
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void fuzzSeedsRoundTrip()
    {
        // What fuzz_config checks, on the seed corpus: every valid config survives a save and reload.
        QDirIterator it(QStringLiteral(SWITCHYARD_SOURCE_DIR "/tests/fuzz/corpus/config"), QDir::Files);
        int valid = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto config = ConfigLoader::fromJson(f.readAll(), nullptr);
            if (!config)
                continue;
            ++valid;
            const auto again =
                ConfigLoader::fromJson(QJsonDocument(ConfigLoader::toJson(*config)).toJson(), nullptr);
            QVERIFY2(again, qPrintable(f.fileName()));
            QCOMPARE(again->server, config->server);
            QCOMPARE(again->upstream, config->upstream);
            QCOMPARE(again->usage, config->usage);
            QCOMPARE(again->cache, config->cache);
            QCOMPARE(again->providers, config->providers);
            QCOMPARE(again->routes, config->routes);
            QCOMPARE(again->tokens, config->tokens);
            QCOMPARE(again->prices, config->prices);
            QVERIFY2(*again == *config, qPrintable(f.fileName()));
        }
        QVERIFY(valid > 0);
    }

    void rulesRoundTrip()
    {
        using Kind = Switchyard::Config::RuleCondition::Kind;
        QStringList errors;
        const auto config = ConfigLoader::fromJson(withRules(kAllRules), &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(config->rules.size(), 22);
        const auto &office = config->rules.at(3).when;
        QCOMPARE(office.kind, Kind::Time);
        QCOMPARE(office.fromMinute, 9 * 60);
        QCOMPARE(office.toMinute, 18 * 60);
        QCOMPARE(office.days, quint8(0x1f));
        QCOMPARE(config->rules.at(6).when.toMinute, 24 * 60);
        QCOMPARE(config->rules.at(6).when.days, quint8(0x20));
        QCOMPARE(config->rules.at(7).action.capMaxTokens, qint64(4096));
        QCOMPARE(config->rules.at(9).when.min, qint64(5'000'000));
        QCOMPARE(config->rules.at(9).when.scope, QStringLiteral("app"));
        QCOMPARE(config->rules.at(10).when.min, qint64(250'000));
        QCOMPARE(config->rules.at(14).when.name, QStringLiteral("x-team")); // header names lower-cased
        QCOMPARE(config->rules.at(14).when.values,
                 (QStringList{QStringLiteral("ml"), QStringLiteral("infra")}));
        QVERIFY(!config->rules.at(18).when.present);
        QVERIFY(!config->rules.at(19).enabled);
        QCOMPARE(config->rules.at(19).when.kind, Kind::Not);
        QCOMPARE(config->rules.at(19).when.children.size(), 1);
        QCOMPARE(config->rules.at(20).when.children.at(1).children.at(0).children.at(0).kind, Kind::Stream);
        QCOMPARE(config->rules.at(21).when, Switchyard::Config::RuleCondition()); // no "when": always
        QCOMPARE(config->defaultRule.target, QStringLiteral("openai/gpt-4o-mini"));

        const QJsonObject saved = ConfigLoader::toJson(*config);
        const auto again = ConfigLoader::fromJson(QJsonDocument(saved).toJson(), &errors);
        QVERIFY2(again, qPrintable(errors.join(QLatin1Char('\n'))));
        for (qsizetype i = 0; i < config->rules.size(); ++i)
            QVERIFY2(again->rules.at(i) == config->rules.at(i), qPrintable(config->rules.at(i).name));
        QCOMPARE(again->defaultRule, config->defaultRule);
        QVERIFY(*again == *config);
        QCOMPARE(ConfigLoader::toJson(*again), saved); // and the saved form is stable
        // Nothing written for a config without rules.
        QVERIFY(!ConfigLoader::toJson(Switchyard::Config::Config()).contains(QLatin1String("rules")));
        QVERIFY(!ConfigLoader::toJson(Switchyard::Config::Config()).contains(QLatin1String("defaultRule")));
    }

    void embeddedDefaultIsValid()
    {
        QStringList errors;
        const auto config =
            ConfigLoader::fromFile(QStringLiteral(":/switchyard/default-config.json"), &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(config->server.host, QStringLiteral("127.0.0.1"));
        QVERIFY(config->server.requireToken);
    }

    void presets()
    {
        QStringList errors;
        const auto config = ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":[{\"id\":\"c\",\"preset\":\"anthropic\",\"apiKeyEnv\":\"K\"},"
            "{\"id\":\"g\",\"preset\":\"groq\",\"baseUrl\":\"https://proxy.example/groq/v1\"},"
            "{\"id\":\"a\",\"kind\":\"azure\",\"baseUrl\":\"https://r.openai.azure.com\"}],"
            "\"usage\":{\"retentionDays\":30},\"tokens\":[{\"name\":\"t\",\"hash\":\"sha256:"
            "0000000000000000000000000000000000000000000000000000000000000000\",\"budget\":{\"monthlyUsd\":"
            "12.5}}]}",
            &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        // A preset fills kind and base URL; an explicit base URL wins; Azure gets the GA api-version.
        QCOMPARE(config->providers[0].kind, QStringLiteral("anthropic"));
        QCOMPARE(config->providers[0].baseUrl.toString(), QStringLiteral("https://api.anthropic.com"));
        QCOMPARE(config->providers[1].kind, QStringLiteral("openai"));
        QCOMPARE(config->providers[1].baseUrl.toString(), QStringLiteral("https://proxy.example/groq/v1"));
        QCOMPARE(config->providers[2].apiVersion, QStringLiteral("2024-10-21"));
        QCOMPARE(config->usage.retentionDays, 30);
        QCOMPARE(config->tokens[0].budget.monthlyMicros, 12'500'000);
        QCOMPARE(config->tokens[0].budget.dailyMicros, 0);
        // And survive a save.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QString error;
        QVERIFY2(ConfigLoader::save(*config, path, &error), qPrintable(error));
        const auto again = ConfigLoader::fromFile(path, &errors);
        QVERIFY(again);
        QCOMPARE(*again, *config);

        // Any other OpenAI-compatible service: its own base URL is required, the kind is OpenAI's.
        const auto compatible = ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":[{\"id\":\"corp\",\"preset\":\"openai-compatible\","
            "\"baseUrl\":\"https://llm.example.com/v1\"}]}",
            &errors);
        QVERIFY2(compatible, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(compatible->providers[0].kind, QStringLiteral("openai"));
        QVERIFY(!ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":[{\"id\":\"corp\",\"preset\":\"openai-compatible\"}]}", &errors));
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("$.providers[0].baseUrl")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not-json") << QByteArray("{ \"version\": 1,\n  oops }")
                                  << QStringLiteral("$: invalid JSON at line 2");
        QTest::newRow("not-object") << QByteArray("[1]")
                                    << QStringLiteral("$: the config must be a JSON object");
        QTest::newRow("no-version") << QByteArray("{}") << QStringLiteral("$.version: is required");
        QTest::newRow("future-version")
            << QByteArray("{\"version\": 9}") << QStringLiteral("$.version: 9 is newer");
        QTest::newRow("unknown-key") << QByteArray("{\"version\":1,\"servr\":{}}")
                                     << QStringLiteral("$.servr: unknown setting");
        QTest::newRow("port-type") << QByteArray("{\"version\":1,\"server\":{\"port\":\"80\"}}")
                                   << QStringLiteral("$.server.port: must be an integer");
        QTest::newRow("port-range") << QByteArray("{\"version\":1,\"server\":{\"port\":70000}}")
                                    << QStringLiteral("$.server.port: must be between 0 and 65535");
        QTest::newRow("port-huge") << QByteArray("{\"version\":1,\"server\":{\"port\":6.6e104}}")
                                   << QStringLiteral("$.server.port: must be between 0 and 65535");
        QTest::newRow("port-fraction") << QByteArray("{\"version\":1,\"server\":{\"port\":80.5}}")
                                       << QStringLiteral("$.server.port: must be an integer");
        QTest::newRow("version-huge")
            << QByteArray("{\"version\":1e300}") << QStringLiteral("$.version: must be between");
        QTest::newRow("lan-without-token")
            << QByteArray("{\"version\":1,\"server\":{\"host\":\"0.0.0.0\",\"requireToken\":false}}")
            << QStringLiteral("$.server.requireToken: must be true when host 0.0.0.0");
        QTest::newRow("host-name") << QByteArray("{\"version\":1,\"server\":{\"host\":\"example.com\"}}")
                                   << QStringLiteral("$.server.host: must be an IP address");
        QTest::newRow("provider-kind") << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"kind\":"
                                                     "\"nope\",\"baseUrl\":\"http://a/v1\"}]}")
                                       << QStringLiteral("$.providers[0].kind: unknown kind 'nope'");
        QTest::newRow("provider-preset")
            << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"preset\":\"opneai\"}]}")
            << QStringLiteral("$.providers[0].preset: unknown preset 'opneai' (known: openai, anthropic");
        QTest::newRow("provider-no-kind")
            << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"baseUrl\":\"http://a/v1\"}]}")
            << QStringLiteral("$.providers[0].kind: is required");
        QTest::newRow("azure-preset-no-url")
            << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"preset\":\"azure\"}]}")
            << QStringLiteral("$.providers[0].baseUrl: is required");
        QTest::newRow("provider-url")
            << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"kind\":\"openai\",\"baseUrl\":\"ftp:"
                          "//a\"}]}")
            << QStringLiteral("$.providers[0].baseUrl: must be an http:// or https:// URL");
        QTest::newRow("provider-dup")
            << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"kind\":\"openai\",\"baseUrl\":"
                          "\"http://a\"},{\"id\":\"x\",\"kind\":\"openai\",\"baseUrl\":\"http://b\"}]}")
            << QStringLiteral("$.providers[1].id: duplicate provider id 'x'");
        QTest::newRow("plain-key") << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"kind\":"
                                                 "\"openai\",\"baseUrl\":\"http://a\",\"apiKey\":\"sk-1\"}]}")
                                   << QStringLiteral(
                                          "$.providers[0].apiKey: keys are never stored in the config");
        QTest::newRow("url-credentials")
            << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"x\",\"kind\":\"openai\",\"baseUrl\":"
                          "\"http://u:p@a/v1\"}]}")
            << QStringLiteral("$.providers[0].baseUrl: must not carry credentials");
        QTest::newRow("route-provider")
            << QByteArray("{\"version\":1,\"routes\":[{\"name\":\"r\",\"targets\":[{\"provider\":\"opnai\","
                          "\"model\":\"m\"}]}]}")
            << QStringLiteral("$.routes[0].targets[0].provider: unknown provider 'opnai'");
        QTest::newRow("route-no-targets")
            << QByteArray("{\"version\":1,\"routes\":[{\"name\":\"r\",\"targets\":[]}]}")
            << QStringLiteral("$.routes[0].targets: must list at least one target");
        QTest::newRow("route-slash") << QByteArray(
                                            "{\"version\":1,\"routes\":[{\"name\":\"a/b\",\"targets\":[]}]}")
                                     << QStringLiteral("$.routes[0].name: may hold only");
        QTest::newRow("route-strategy")
            << QByteArray(
                   "{\"version\":1,\"routes\":[{\"name\":\"r\",\"strategy\":\"magic\",\"targets\":[]}]}")
            << QStringLiteral("$.routes[0].strategy: unknown strategy 'magic'");
        QTest::newRow("token-hash")
            << QByteArray("{\"version\":1,\"tokens\":[{\"name\":\"t\",\"hash\":\"plaintext\"}]}")
            << QStringLiteral("$.tokens[0].hash: must be \"sha256:\"");
        QTest::newRow("budget")
            << QByteArray("{\"version\":1,\"tokens\":[{\"name\":\"t\",\"hash\":\"sha256:"
                          "0000000000000000000000000000000000000000000000000000000000000000\",\"budget\":{"
                          "\"monthlyUsd\":-5}}]}")
            << QStringLiteral("$.tokens[0].budget.monthlyUsd: must be an amount in US dollars");
        QTest::newRow("sticky-empty")
            << QByteArray("{\"version\":1,\"providers\":[{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":"
                          "\"http://x/v1\"}],"
                          "\"routes\":[{\"name\":\"r\",\"strategy\":\"weighted\",\"sticky\":{},\"targets\":[{"
                          "\"provider\":\"a\",\"model\":\"m\"}]}]}")
            << QStringLiteral("$.routes[0].sticky: needs \"header\" or \"field\"");
        // Routing rules
        QTest::newRow("rule-no-condition")
            << withRules(R"(,"rules":[{"name":"a","when":{"modle":"x"},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when: needs one condition (all, any, not, model, app, header, "
                              "promptTokens, hasImages, hasTools, stream, lastUserMessage, time, spend)");
        QTest::newRow("rule-unknown-key")
            << withRules(R"(,"rules":[{"name":"a","when":{"modle":"x"},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.modle: unknown setting");
        QTest::newRow("rule-two-conditions")
            << withRules(R"(,"rules":[{"name":"a","when":{"model":"x","app":"y"},"then":{"route":"r"}}]})")
            << QStringLiteral(
                   "$.rules[0].when: holds several conditions (model, app): put them in \"all\" or "
                   "\"any\"");
        QTest::newRow("rule-nested-integer")
            << withRules(R"(,"rules":[{"name":"a","then":{"route":"r"}},{"name":"b","then":{"route":"r"}},)"
                         R"({"name":"c","when":{"all":[{"model":"x"},{"promptTokens":{"min":"many"}}]},)"
                         R"("then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[2].when.all[1].promptTokens.min: must be an integer");
        QTest::newRow("rule-tokens-range")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"promptTokens":{"min":10,"max":5}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.promptTokens.max: must be at least min");
        QTest::newRow("rule-tokens-empty")
            << withRules(R"(,"rules":[{"name":"a","when":{"promptTokens":{}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.promptTokens: needs \"min\" and/or \"max\"");
        QTest::newRow("rule-bad-regex")
            // (ordinary literals: moc misreads raw strings holding an unbalanced bracket)
            << withRules(",\"rules\":[{\"name\":\"a\",\"when\":{\"lastUserMessage\":{\"matches\":\"(pass\"}},"
                         "\"then\":{\"route\":\"r\"}}]}")
            << QStringLiteral(
                   "$.rules[0].when.lastUserMessage.matches: invalid regular expression at offset 5: "
                   "missing closing parenthesis");
        QTest::newRow("rule-bad-header-regex")
            << withRules(",\"rules\":[{\"name\":\"a\",\"when\":{\"header\":\"x-a\",\"matches\":\"[a\"},"
                         "\"then\":{\"route\":\"r\"}}]}")
            << QStringLiteral("$.rules[0].when.matches: invalid regular expression at offset 2");
        QTest::newRow("rule-message-neither")
            << withRules(R"(,"rules":[{"name":"a","when":{"lastUserMessage":{}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.lastUserMessage: needs either \"contains\" (a keyword) or "
                              "\"matches\" (a regex)");
        QTest::newRow("rule-header-name")
            << withRules(R"(,"rules":[{"name":"a","when":{"header":"x team"},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.header: must be an HTTP header name");
        QTest::newRow("rule-header-two-tests")
            << withRules(R"(,"rules":[{"name":"a","when":{"header":"x-a","equals":"1","present":false},)"
                         R"("then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when: a header condition takes one of \"equals\", \"matches\" or "
                              "\"present\"");
        QTest::newRow("rule-equals-elsewhere")
            << withRules(R"(,"rules":[{"name":"a","when":{"model":"x","equals":"1"},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.equals: unknown setting");
        QTest::newRow("rule-model-type")
            << withRules(R"(,"rules":[{"name":"a","when":{"model":5},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.model: must be a string or an array of strings");
        QTest::newRow("rule-model-empty")
            << withRules(R"(,"rules":[{"name":"a","when":{"app":[]},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.app: must list at least one name");
        QTest::newRow("rule-flag-type")
            << withRules(R"(,"rules":[{"name":"a","when":{"hasImages":"yes"},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.hasImages: must be true or false");
        QTest::newRow("rule-bad-time")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"time":{"from":"25:00","to":"18:00"}},"then":{"route":"r"}}]})")
            << QStringLiteral(
                   "$.rules[0].when.time.from: must be a local time \"HH:MM\" from 00:00 to 23:59, not "
                   "\"25:00\"");
        QTest::newRow("rule-bad-minutes")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"time":{"from":"09:00","to":"9:75"}},"then":{"route":"r"}}]})")
            << QStringLiteral(
                   "$.rules[0].when.time.to: must be a local time \"HH:MM\" from 00:00 to 24:00, not "
                   "\"9:75\"");
        QTest::newRow("rule-time-half")
            << withRules(R"(,"rules":[{"name":"a","when":{"time":{"from":"09:00"}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.time: needs both \"from\" and \"to\"");
        QTest::newRow("rule-time-same")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"time":{"from":"09:00","to":"09:00"}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.time.to: must differ from \"from\"");
        QTest::newRow("rule-bad-day")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"time":{"days":["mon","funday"]}},"then":{"route":"r"}}]})")
            << QStringLiteral(
                   "$.rules[0].when.time.days: unknown day 'funday' (mon, tue, wed, thu, fri, sat, sun)");
        QTest::newRow("rule-no-days")
            << withRules(R"(,"rules":[{"name":"a","when":{"time":{"days":[]}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.time.days: must list at least one day");
        QTest::newRow("rule-spend-scope")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"spend":{"scope":"team","period":"day","aboveUsd":1}},)"
                   R"("then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.spend.scope: unknown scope 'team' (app, route, total)");
        QTest::newRow("rule-spend-period")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"spend":{"scope":"app","period":"week","aboveUsd":1}},)"
                   R"("then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.spend.period: unknown period 'week' (day, month)");
        QTest::newRow("rule-spend-amount")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"spend":{"scope":"app","period":"day"}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.spend.aboveUsd: is required");
        QTest::newRow("rule-not-list")
            << withRules(
                   R"(,"rules":[{"name":"a","when":{"not":[{"stream":true},{"app":"x"}]},"then":{"route":"r"}}]})")
            << QStringLiteral(
                   "$.rules[0].when.not: must be one condition object (put several in \"all\" or \"any\")");
        QTest::newRow("rule-not-empty")
            << withRules(R"(,"rules":[{"name":"a","when":{"not":{}},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.not: needs one condition");
        QTest::newRow("rule-all-empty")
            << withRules(R"(,"rules":[{"name":"a","when":{"all":[]},"then":{"route":"r"}}]})")
            << QStringLiteral("$.rules[0].when.all: must list at least one condition");
        QTest::newRow("rule-too-deep")
            << withRules(R"(,"rules":[{"name":"a","when":)"
                         R"({"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":)"
                         R"({"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":)"
                         R"({"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":{"not":)"
                         R"({"not":{"not":{"not":{"stream":true})"
                         R"(}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}},"then":{"route":"r"}}]})")
            << QStringLiteral("conditions nest more than 32 deep");
        QTest::newRow("rule-action-empty")
            << withRules(R"(,"rules":[{"name":"a","then":{}}]})")
            << QStringLiteral("$.rules[0].then: needs at least one of \"route\", \"target\", \"refuse\", "
                              "\"capMaxTokens\", \"set\" or \"tags\"");
        QTest::newRow("rule-action-exclusive")
            << withRules(R"(,"rules":[{"name":"a","then":{"route":"r","refuse":"no"}}]})")
            << QStringLiteral("$.rules[0].then: takes one of \"route\", \"target\" or \"refuse\"");
        QTest::newRow("rule-unknown-route")
            << withRules(R"(,"rules":[{"name":"a","then":{"route":"nope"}}]})")
            << QStringLiteral("$.rules[0].then.route: unknown route 'nope'");
        QTest::newRow("rule-target-form")
            << withRules(R"(,"rules":[{"name":"a","then":{"target":"gpt-4o"}}]})")
            << QStringLiteral("$.rules[0].then.target: must be \"provider/model\", not 'gpt-4o'");
        QTest::newRow("rule-target-provider")
            << withRules(R"(,"rules":[{"name":"a","then":{"target":"opnai/gpt-4o"}}]})")
            << QStringLiteral("$.rules[0].then.target: unknown provider 'opnai'");
        QTest::newRow("rule-cap") << withRules(R"(,"rules":[{"name":"a","then":{"capMaxTokens":0}}]})")
                                  << QStringLiteral(
                                         "$.rules[0].then.capMaxTokens: must be between 1 and 100000000");
        QTest::newRow("rule-set-model")
            << withRules(R"(,"rules":[{"name":"a","then":{"set":{"model":"x"}}}]})")
            << QStringLiteral("$.rules[0].then.set: must not set \"model\"");
        QTest::newRow("rule-set-type")
            << withRules(R"(,"rules":[{"name":"a","then":{"set":[1]}}]})")
            << QStringLiteral("$.rules[0].then.set: must be an object of request fields");
        QTest::newRow("rule-then-missing") << withRules(R"(,"rules":[{"name":"a","when":{"stream":true}}]})")
                                           << QStringLiteral("$.rules[0].then: is required");
        QTest::newRow("rule-name-missing") << withRules(R"(,"rules":[{"then":{"route":"r"}}]})")
                                           << QStringLiteral("$.rules[0].name: is required");
        QTest::newRow("rule-duplicate")
            << withRules(
                   R"(,"rules":[{"name":"a","then":{"route":"r"}},{"name":"a","then":{"tags":["x"]}}]})")
            << QStringLiteral("$.rules[1].name: duplicate rule name 'a'");
        QTest::newRow("default-rule-route")
            << withRules(R"(,"defaultRule":{"then":{"route":"nope"}}})")
            << QStringLiteral("$.defaultRule.then.route: unknown route 'nope'");
        QTest::newRow("default-rule-then") << withRules(R"(,"defaultRule":{"route":"r"}})")
                                           << QStringLiteral("$.defaultRule.then: is required");
        QTest::newRow("origin") << QByteArray(
                                       "{\"version\":1,\"server\":{\"allowedOrigins\":[\"not a url/\"]}}")
                                << QStringLiteral("$.server.allowedOrigins[0]: must be an origin");
    }

    void invalid()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QStringList errors;
        QVERIFY(!ConfigLoader::fromJson(json, &errors));
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(expected),
                 qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(expected, all)));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
