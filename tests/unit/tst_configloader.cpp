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
}

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
