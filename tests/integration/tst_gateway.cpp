// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway end to end over real loopback sockets: a raw HTTP client on one side, a fake
// OpenAI-compatible provider on the other, the real server, workers, routing and upstream pool between.

#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "http/httpserver.h"
#include "localcall.h"
#include "testclient.h"
#include "usage/recentusage.h"
#include "usage/usagestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Switchyard::Config::Config;
using Switchyard::Config::ConfigLoader;

namespace {

QByteArray tokenHash(const QByteArray &token)
{
    return "sha256:" + QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray chatBody(const QByteArray &model, bool stream = false, const QByteArray &extra = {})
{
    QByteArray body =
        "{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]";
    if (stream)
        body += ",\"stream\":true,\"stream_options\":{\"include_usage\":true}";
    return body + extra + "}";
}

// A port with nothing listening: connecting to it is refused at once.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

class TestGateway final : public QObject
{
    Q_OBJECT

private:
    FakeUpstream m_upstream;
    std::unique_ptr<Switchyard::Gateway> m_gateway;
    quint16 m_port = 0;
    QTemporaryDir m_dataDir;
    qint64 m_expectedRows = 0;
    std::shared_ptr<Switchyard::Usage::RecentUsage> m_recorded;

    Config makeConfig(const QByteArray &serverExtra = {}, const QByteArray &upstreamExtra = {})
    {
        const QByteArray base = m_upstream.baseUrl();
        const QByteArray dead = "http://127.0.0.1:" + QByteArray::number(closedPort()) + "/v1";
        QByteArray json =
            "{\n"
            "          \"version\": 1,\n"
            "          \"server\": { \"host\": \"127.0.0.1\", \"port\": 0, \"requireToken\": true, "
            "\"workers\": 2,\n"
            "                      \"allowedOrigins\": [\"https://allowed.example\"], \"headerTimeoutMs\": "
            "400, \"bodyTimeoutMs\": 400,\n"
            "                      \"idleTimeoutMs\": 5000, \"maxBodyBytes\": 65536 " +
            serverExtra +
            " },\n"
            "          \"upstream\": { \"firstByteTimeoutMs\": 5000, \"connectTimeoutMs\": 2000 " +
            upstreamExtra +
            " },\n"
            "          \"providers\": [\n"
            "            { \"id\": \"fake\", \"kind\": \"openai\", \"baseUrl\": \"" +
            base +
            "\", \"apiKeyEnv\": \"SY_TEST_UPSTREAM_KEY\" },\n"
            "            { \"id\": \"backup\", \"kind\": \"openai\", \"baseUrl\": \"" +
            base +
            "\" },\n"
            "            { \"id\": \"dead\", \"kind\": \"openai\", \"baseUrl\": \"" +
            dead +
            "\" },\n"
            "            { \"id\": \"nokey\", \"kind\": \"openai\", \"baseUrl\": \"" +
            base +
            "\", \"apiKeyEnv\": \"SY_TEST_UNSET_VARIABLE\" }\n"
            "          ],\n"
            "          \"routes\": [\n"
            "            { \"name\": \"smart\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"gpt-test\" } ] },\n"
            "            { \"name\": \"after-500\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"fail-500\" }, { \"provider\": \"backup\", \"model\": \"rescued\" } ] },\n"
            "            { \"name\": \"after-429\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"fail-429\" }, { \"provider\": \"backup\", \"model\": \"rescued\" } ] },\n"
            "            { \"name\": \"after-refused\", \"targets\": [ { \"provider\": \"dead\", \"model\": "
            "\"x\" }, { \"provider\": \"backup\", \"model\": \"rescued\" } ] },\n"
            "            { \"name\": \"after-drop\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"drop\" }, { \"provider\": \"backup\", \"model\": \"rescued\" } ] },\n"
            "            { \"name\": \"after-nokey\", \"targets\": [ { \"provider\": \"nokey\", \"model\": "
            "\"x\" }, { \"provider\": \"backup\", \"model\": \"rescued\" } ] },\n"
            "            { \"name\": \"all-500\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"fail-500\" }, { \"provider\": \"backup\", \"model\": \"fail-500\" } ] },\n"
            "            { \"name\": \"all-429\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"fail-429\" } ] },\n"
            "            { \"name\": \"client-error\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"fail-400\" }, { \"provider\": \"backup\", \"model\": \"rescued\" } ] },\n"
            "            { \"name\": \"hang\", \"targets\": [ { \"provider\": \"fake\", \"model\": \"hang\" "
            "} ] },\n"
            "            { \"name\": \"slow-stream\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"slow-stream\" } ] },\n"
            "            { \"name\": \"big-stream\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"big-stream\" } ] },\n"
            "            { \"name\": \"delayed\", \"targets\": [ { \"provider\": \"fake\", \"model\": "
            "\"delay-600\" } ] },\n"
            "            { \"name\": \"refused\", \"targets\": [ { \"provider\": \"dead\", \"model\": \"x\" "
            "} ] }\n"
            "          ],\n"
            "          \"tokens\": [\n"
            "            { \"name\": \"tests\", \"hash\": \"" +
            tokenHash("sy-test-token") +
            "\" },\n"
            "            { \"name\": \"limited\", \"hash\": \"" +
            tokenHash("sy-limited-token") +
            "\", \"routes\": [\"smart\"] },\n"
            "            { \"name\": \"revoked\", \"hash\": \"" +
            tokenHash("sy-revoked-token") +
            "\", \"enabled\": false },\n"
            "            { \"name\": \"expired\", \"hash\": \"" +
            tokenHash("sy-expired-token") +
            "\", \"expires\": \"2020-01-01T00:00:00Z\" },\n"
            "            { \"name\": \"future\", \"hash\": \"" +
            tokenHash("sy-future-token") +
            "\", \"expires\": \"2999-01-01T00:00:00Z\" },\n"
            "            { \"name\": \"throttled\", \"hash\": \"" +
            tokenHash("sy-throttled-token") +
            "\", \"requestsPerMinute\": 3 }\n"
            "          ]\n"
            "        }";
        QStringList errors;
        auto config = ConfigLoader::fromJson(json, &errors);
        if (!config)
            qFatal("test config invalid: %s", qPrintable(errors.join(QLatin1Char('\n'))));
        return *config;
    }

    // Stops the current gateway (which writes what its usage store still queues) and counts what it
    // recorded.
    void stopGateway()
    {
        if (!m_gateway)
            return;
        m_gateway.reset(); // requests still in flight are recorded as abandoned (499) as it stops
        m_expectedRows += m_recorded->total();
        m_recorded.reset();
    }

    void startGateway(const Config &config)
    {
        stopGateway();
        m_gateway = std::make_unique<Switchyard::Gateway>();
        QString error;
        // Every request of these tests is also accounted for in a real usage store.
        QVERIFY2(m_gateway->enableUsageStore(m_dataDir.filePath(QStringLiteral("usage.sqlite")), 90, &error),
                 qPrintable(error));
        m_recorded = std::make_shared<Switchyard::Usage::RecentUsage>(1); // counts what it records
        m_gateway->setUsageSink(m_recorded);
        QVERIFY2(m_gateway->start(config, &error), qPrintable(error));
        m_port = m_gateway->port();
    }

    TestResponse call(const QByteArray &raw, int timeoutMs = 5000)
    {
        TestClient client(m_port);
        if (!client.connect())
            return {};
        return client.roundTrip(raw, timeoutMs);
    }

    static QJsonObject errorOf(const TestResponse &r)
    {
        return r.json().value(QLatin1String("error")).toObject();
    }

    static void verifyOpenAiError(const TestResponse &r, int status, const QString &code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        const QJsonObject e = errorOf(r);
        QVERIFY2(!e.value(QLatin1String("message")).toString().isEmpty(), r.body.constData());
        QVERIFY(e.value(QLatin1String("type")).isString());
        QVERIFY(e.contains(QLatin1String("param")));
        QVERIFY(e.contains(QLatin1String("code")));
        if (!code.isEmpty())
            QCOMPARE(e.value(QLatin1String("code")).toString(), code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SY_TEST_UPSTREAM_KEY", "sk-upstream-secret");
        qunsetenv("SY_TEST_UNSET_VARIABLE");
        QVERIFY(m_upstream.start());
    }

    void init()
    {
        startGateway(makeConfig());
        m_upstream.clear();
    }

    void cleanup()
    {
        stopGateway();
        // Every model request this test made — answered, refused, timed out or abandoned — is in the
        // store once the gateway has stopped.
        Switchyard::Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(m_dataDir.filePath(QStringLiteral("usage.sqlite")), &error), qPrintable(error));
        const qint64 stored = store.rowCount();
        const qint64 expected = m_expectedRows;
        m_expectedRows = stored; // a miss is reported once, not again by every later test
        QCOMPARE(stored, expected);
    }

    void nonStreaming()
    {
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("smart")));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
        QCOMPARE(o.value(QLatin1String("choices"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("content"))
                     .toString(),
                 QStringLiteral("Hello from gpt-test!"));
        QCOMPARE(r.header("x-switchyard-route"), QByteArray("smart"));
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("fake"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("gpt-test"));
        QVERIFY(r.header("x-request-id").startsWith("req_fake_"));

        const auto seen = m_upstream.requests();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].path, QByteArray("/v1/chat/completions"));
        // The provider key is injected; the client's own token never leaves the machine.
        QCOMPARE(seen[0].headers.value("authorization"), QByteArray("Bearer sk-upstream-secret"));
        QVERIFY(!seen[0].body.contains("sy-test-token"));
        for (const QByteArray &v : seen[0].headers)
            QVERIFY(!v.contains("sy-test-token"));
        QCOMPARE(QJsonDocument::fromJson(seen[0].body).object().value(QLatin1String("model")).toString(),
                 QStringLiteral("gpt-test"));
        // Everything else in the body is forwarded byte for byte.
        QCOMPARE(seen[0].body, chatBody("gpt-test"));
    }

    void providerSlashModel()
    {
        const TestResponse r =
            call(TestClient::post("/chat/completions", chatBody("backup/some/vendor-model")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("backup"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("some/vendor-model"));
        QVERIFY(!r.headers.contains("x-switchyard-route"));
        // A provider without a configured key gets no Authorization header at all.
        QVERIFY(!m_upstream.requests().value(0).headers.contains("authorization"));
    }

    void streaming()
    {
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("smart", true)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QVERIFY(r.header("content-type").startsWith("text/event-stream"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-cache"));
        QCOMPARE(r.header("x-switchyard-route"), QByteArray("smart"));
        QVERIFY(r.header("transfer-encoding") == "chunked");
        QString text;
        bool sawUsage = false;
        const QList<QByteArray> events = r.body.split('\n');
        QStringList datas;
        for (const QByteArray &line : events) {
            if (!line.startsWith("data: "))
                continue;
            datas << QString::fromUtf8(line.mid(6));
            if (line == "data: [DONE]")
                continue;
            const QJsonObject chunk = QJsonDocument::fromJson(line.mid(6)).object();
            QCOMPARE(chunk.value(QLatin1String("object")).toString(),
                     QStringLiteral("chat.completion.chunk"));
            const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
            if (choices.isEmpty() && chunk.contains(QLatin1String("usage")))
                sawUsage = true;
            for (const QJsonValue &c : choices)
                text += c.toObject()
                            .value(QLatin1String("delta"))
                            .toObject()
                            .value(QLatin1String("content"))
                            .toString();
        }
        QCOMPARE(text, QStringLiteral("Hello from gpt-test!"));
        QVERIFY(sawUsage);
        QCOMPARE(datas.last(), QStringLiteral("[DONE]"));
    }

    void bigStreamPassesThroughIntact()
    {
        const TestResponse r =
            call(TestClient::post("/v1/chat/completions", chatBody("big-stream", true)), 20000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QCOMPARE(r.body.count("\"content\":\"xxxx"), 2000);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    }

    void slowReaderGetsWholeStream()
    {
        // A client that stops reading for a while: the gateway must hold the upstream back (or
        // buffer), then deliver every byte in order once the client reads again.
        TestClient client(m_port);
        client.socket().setReadBufferSize(4096);
        client.socket().setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        QVERIFY(client.connect());
        client.send(TestClient::post("/v1/chat/completions", chatBody("big-stream", true)));
        QTest::qWait(1500);
        client.socket().setReadBufferSize(0);
        const TestResponse r = client.read(20000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QCOMPARE(r.body.count("\"content\":\"xxxx"), 2000);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->server()->inFlightCount(), 0, 3000);
    }

    void keepAliveReusesConnections()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        for (int i = 0; i < 5; ++i) {
            const TestResponse r =
                client.roundTrip(TestClient::post("/v1/chat/completions", chatBody("smart", i % 2 == 1)));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("connection"), QByteArray("keep-alive"));
        }
        // Five requests on one client connection (one worker) went over one pooled upstream connection.
        QCOMPARE(m_upstream.requests().size(), 5);
        QSet<int> upstreamConnections;
        for (const auto &req : m_upstream.requests())
            upstreamConnections.insert(req.connectionId);
        QCOMPARE(upstreamConnections.size(), 1);
    }

    void upstreamClosingIdleConnectionIsNotReused()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        QCOMPARE(
            client.roundTrip(TestClient::post("/v1/chat/completions", chatBody("fake/close-after-reply")))
                .status,
            200);
        QTest::qWait(400); // the upstream has closed the pooled connection meanwhile
        const TestResponse r = client.roundTrip(TestClient::post("/v1/chat/completions", chatBody("smart")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("1"));
        const auto seen = m_upstream.requests();
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen[0].connectionId != seen[1].connectionId);
    }

    void upstreamConnectionLimitQueuesRequests()
    {
        // One worker, at most one upstream connection: three concurrent requests take turns on it.
        stopGateway();
        startGateway(makeConfig(", \"workers\": 1", ", \"maxConnectionsPerHost\": 1"));
        const int acceptedBefore = m_upstream.connectionsAccepted();
        std::vector<std::unique_ptr<TestClient>> clients;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<TestClient>(m_port));
            QVERIFY(clients.back()->connect());
            clients.back()->send(TestClient::post("/v1/chat/completions", chatBody("delayed")));
        }
        for (auto &c : clients) {
            const TestResponse r = c->read(10000);
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.contains("Hello from delayed!"));
        }
        QVERIFY(t.elapsed() >= 3 * 600 - 50); // served one after the other
        QCOMPARE(m_upstream.connectionsAccepted() - acceptedBefore, 1);
    }

    void upstreamConnectionLimitTimesOut()
    {
        stopGateway();
        startGateway(makeConfig(
            ", \"workers\": 1",
            ", \"maxConnectionsPerHost\": 1, \"connectTimeoutMs\": 300, \"firstByteTimeoutMs\": 2000"));
        TestClient first(m_port);
        QVERIFY(first.connect());
        first.send(TestClient::post("/v1/chat/completions", chatBody("hang")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_upstream.requests().isEmpty(), 3000);
        const TestResponse queued = call(TestClient::post("/v1/chat/completions", chatBody("smart")));
        verifyOpenAiError(queued, 504, QStringLiteral("upstream_connect_timeout"));
        QVERIFY(errorOf(queued)
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("maxConnectionsPerHost")));
    }

    void pipelinedRequestsAnswerInOrder()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        client.send(TestClient::post("/v1/chat/completions", chatBody("smart")) +
                    TestClient::get("/v1/models") + TestClient::get("/healthz", ""));
        const TestResponse a = client.read();
        const TestResponse b = client.read();
        const TestResponse c = client.read();
        QCOMPARE(a.json().value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
        QCOMPARE(b.json().value(QLatin1String("object")).toString(), QStringLiteral("list"));
        QCOMPARE(c.body, QByteArray("{\"status\":\"ok\"}"));
    }

    void fallback_data()
    {
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<bool>("stream");
        for (const char *route : {"after-500", "after-429", "after-refused", "after-drop", "after-nokey"}) {
            QTest::addRow("%s", route) << QByteArray(route) << false;
            QTest::addRow("%s-stream", route) << QByteArray(route) << true;
        }
    }

    void fallback()
    {
        QFETCH(QByteArray, route);
        QFETCH(bool, stream);
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody(route, stream)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("backup"));
        QCOMPARE(r.header("x-switchyard-model"), QByteArray("rescued"));
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("2"));
        QVERIFY(r.body.contains("Hello") && r.body.contains("rescued!"));
    }

    void clientErrorDoesNotFallBack()
    {
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("client-error")));
        verifyOpenAiError(r, 400, QStringLiteral("invalid_value"));
        QCOMPARE(errorOf(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("Invalid value for 'temperature'"));
        QCOMPARE(m_upstream.requests().size(), 1);
    }

    void upstreamAuthFailureIsRedacted()
    {
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("fake/fail-401")));
        verifyOpenAiError(r, 502, QStringLiteral("upstream_auth_failed"));
        QVERIFY2(!r.body.contains("sk-upstream-secret"), r.body.constData());
        QVERIFY(r.body.contains("[redacted]"));
    }

    void allTargetsFail()
    {
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("all-500")));
        verifyOpenAiError(r, 502, QStringLiteral("upstream_http_500"));
        QVERIFY(errorOf(r)
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("The server had an error")));
        QCOMPARE(m_upstream.requests().size(), 2);

        const TestResponse limited = call(TestClient::post("/v1/chat/completions", chatBody("all-429")));
        verifyOpenAiError(limited, 429, QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(limited.header("retry-after"), QByteArray("7"));
        QCOMPARE(limited.header("x-ratelimit-remaining-requests"), QByteArray("0"));

        const TestResponse refused = call(TestClient::post("/v1/chat/completions", chatBody("refused")));
        verifyOpenAiError(refused, 502, QStringLiteral("upstream_connect_failed"));
    }

    void upstreamTimeoutIs504()
    {
        stopGateway();
        startGateway(makeConfig({}, ", \"firstByteTimeoutMs\": 300"));
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("hang")));
        verifyOpenAiError(r, 504, QStringLiteral("upstream_first_byte_timeout"));
    }

    void midStreamFailureEndsWithErrorEvent()
    {
        stopGateway();
        startGateway(makeConfig({}, ", \"idleTimeoutMs\": 300"));
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("slow-stream", true)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete);
        QVERIFY(r.body.contains("chat.completion.chunk"));
        QVERIFY(r.body.contains("data: {\"error\":"));
        QVERIFY(r.body.contains("upstream_idle_timeout"));
        QVERIFY(!r.body.contains("[DONE]"));
    }

    void clientDisconnectAbortsUpstream_data()
    {
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<bool>("stream");
        QTest::newRow("waiting-for-first-byte") << QByteArray("hang") << false;
        QTest::newRow("mid-stream") << QByteArray("slow-stream") << true;
    }

    void clientDisconnectAbortsUpstream()
    {
        QFETCH(QByteArray, route);
        QFETCH(bool, stream);
        const int closedBefore = m_upstream.connectionsClosedByPeer();
        TestClient client(m_port);
        QVERIFY(client.connect());
        client.send(TestClient::post("/v1/chat/completions", chatBody(route, stream)));
        QTRY_COMPARE_WITH_TIMEOUT(m_upstream.requests().size(), 1, 3000);
        if (stream) {
            QVERIFY(client.socket().bytesAvailable() > 0 ||
                    client.socket().waitForReadyRead(3000)); // the stream has started
        }
        QTest::qWait(200);
        // The gateway must not give up on a request that waits for its upstream (no phase deadline).
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
        client.close();
        QTRY_COMPARE_WITH_TIMEOUT(m_upstream.connectionsClosedByPeer(), closedBefore + 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->server()->inFlightCount(), 0, 3000);
    }

    // The in-process path (Gateway::call, the desktop app's Playground): the same handler, headers and
    // accounting as a request from the network, without a socket or a token; cancelling aborts the
    // upstream request like a client that goes away.
    void localCallIsServedLikeANetworkRequest()
    {
        Switchyard::Http::HttpHeaders headers;
        headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
        {
            Switchyard::Gateway stopped;
            QCOMPARE(stopped.call("POST", "/v1/chat/completions", chatBody("smart"), headers, {}, nullptr),
                     nullptr);
        }
        std::unique_ptr<Switchyard::LocalCall> whole(m_gateway->call("POST", "/v1/chat/completions",
                                                                     chatBody("smart"), headers,
                                                                     QStringLiteral("local-app"), nullptr));
        QVERIFY(whole);
        QSignalSpy wholeDone(whole.get(), &Switchyard::LocalCall::finished);
        QVERIFY(wholeDone.wait(5000));
        QCOMPARE(whole->status(), 200);
        QVERIFY(!whole->isStreamed());
        QCOMPARE(whole->headers().value("x-switchyard-route"), QByteArray("smart"));
        QCOMPARE(QJsonDocument::fromJson(whole->body()).object().value(QLatin1String("object")).toString(),
                 QStringLiteral("chat.completion"));
        QCOMPARE(m_recorded->records().last().app, QStringLiteral("local-app"));
        QCOMPARE(m_recorded->records().last().status, 200);

        std::unique_ptr<Switchyard::LocalCall> streamed(
            m_gateway->call("POST", "/v1/chat/completions", chatBody("smart", true), headers,
                            QStringLiteral("local-app"), nullptr));
        QSignalSpy pieces(streamed.get(), &Switchyard::LocalCall::dataReceived);
        QSignalSpy streamDone(streamed.get(), &Switchyard::LocalCall::finished);
        QVERIFY(streamDone.wait(5000));
        QVERIFY(streamed->isStreamed());
        QByteArray received; // the pieces as they came make up the body
        for (const QList<QVariant> &piece : pieces)
            received += piece.first().toByteArray();
        QCOMPARE(received, streamed->body());
        QVERIFY(received.contains("\"content\":\"Hello"));
        QVERIFY2(streamed->body().endsWith("data: [DONE]\n\n"), streamed->body().constData());

        const int closedBefore = m_upstream.connectionsClosedByPeer();
        std::unique_ptr<Switchyard::LocalCall> cancelled(
            m_gateway->call("POST", "/v1/chat/completions", chatBody("slow-stream", true), headers,
                            QStringLiteral("local-app"), nullptr));
        QSignalSpy head(cancelled.get(), &Switchyard::LocalCall::headReceived);
        QVERIFY(head.wait(5000));
        QCOMPARE(m_gateway->server()->inFlightCount(), 1);
        cancelled->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(m_upstream.connectionsClosedByPeer(), closedBefore + 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->server()->inFlightCount(), 0, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_recorded->records().last().status, 499, 3000);
        QVERIFY(!cancelled->isFinished());
    }

    // Body logging (usage.logBodies): off by default — nothing of a prompt is kept; on, the request and
    // the answer as the client got them, streamed or not.
    void bodiesAreLoggedOnlyWhenOn()
    {
        const TestResponse before = call(TestClient::post("/v1/chat/completions", chatBody("smart")));
        QCOMPARE(before.status, 200);
        Config config = makeConfig();
        config.usage.logBodies = true;
        startGateway(config);
        const QByteArray request = chatBody("smart", false, ",\"user\":\"body-logging-test\"");
        const TestResponse whole = call(TestClient::post("/v1/chat/completions", request));
        QCOMPARE(whole.status, 200);
        const TestResponse streamed = call(TestClient::post("/v1/chat/completions", chatBody("smart", true)));
        QCOMPARE(streamed.status, 200);
        stopGateway(); // writes what is queued
        Switchyard::Usage::UsageStore store;
        QString error;
        QVERIFY2(store.open(m_dataDir.filePath(QStringLiteral("usage.sqlite")), &error), qPrintable(error));
        QVERIFY(!store.bodies(before.header("x-switchyard-request-id")));
        const std::optional<Switchyard::Usage::LoggedBodies> got =
            store.bodies(whole.header("x-switchyard-request-id"));
        QVERIFY(got);
        QCOMPARE(got->request, request);
        QCOMPARE(got->response, whole.body);
        // The headers too, with the credentials blanked: the app token the client sent never lands.
        QVERIFY2(got->requestHeaders.contains("Content-Type: application/json\n"),
                 got->requestHeaders.constData());
        QVERIFY2(got->requestHeaders.contains("Authorization: [redacted]\n"),
                 got->requestHeaders.constData());
        QVERIFY(!got->requestHeaders.contains("sy-test-token"));
        QVERIFY2(got->upstreamHeaders.toLower().contains("x-request-id: "), got->upstreamHeaders.constData());
        const std::optional<Switchyard::Usage::LoggedBodies> stream =
            store.bodies(streamed.header("x-switchyard-request-id"));
        QVERIFY(stream);
        QVERIFY2(stream->response.endsWith("data: [DONE]\n\n"), stream->response.constData());
        QCOMPARE(stream->response, streamed.body);
        startGateway(makeConfig()); // for cleanup()'s count
    }

    void clientVanishesMidStream()
    {
        // The client resets the connection while a large stream is being written to it: the write
        // fails inside the upstream callback. The gateway must drop the upstream and keep serving.
        for (int i = 0; i < 5; ++i) {
            TestClient client(m_port);
            QVERIFY(client.connect());
            client.send(TestClient::post("/v1/chat/completions", chatBody("big-stream", true)));
            QVERIFY(client.socket().bytesAvailable() > 0 || client.socket().waitForReadyRead(3000));
            client.close();
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->server()->inFlightCount(), 0, 5000);
        QCOMPARE(call(TestClient::post("/v1/chat/completions", chatBody("smart", true))).status, 200);
    }

    void malformedJson()
    {
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", "{\"model\": \"smart\", ")), 400,
                          QStringLiteral("invalid_json"));
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", "[1,2]")), 400,
                          QStringLiteral("invalid_json"));
        const TestResponse missing = call(TestClient::post("/v1/chat/completions", "{\"messages\":[]}"));
        verifyOpenAiError(missing, 400, QStringLiteral("missing_required_parameter"));
        QCOMPARE(errorOf(missing).value(QLatin1String("param")).toString(), QStringLiteral("model"));
        QCOMPARE(m_upstream.requests().size(), 0);
    }

    void malformedHttp()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        const TestResponse r = client.roundTrip(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: nope\r\n\r\n");
        verifyOpenAiError(r, 400, QStringLiteral("bad_request"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(client.waitForClosed(2000));
    }

    void unknownModel()
    {
        const TestResponse r = call(TestClient::post("/v1/chat/completions", chatBody("no-such-model")));
        verifyOpenAiError(r, 404, QStringLiteral("model_not_found"));
        QVERIFY(
            errorOf(r).value(QLatin1String("message")).toString().contains(QLatin1String("no-such-model")));
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", chatBody("nope/model"))), 404,
                          QStringLiteral("model_not_found"));
    }

    void unknownPathAndMethod()
    {
        verifyOpenAiError(call(TestClient::get("/v1/nothing-here")), 404, QStringLiteral("unknown_url"));
        const TestResponse r = call(TestClient::get("/v1/chat/completions"));
        verifyOpenAiError(r, 405, QStringLiteral("method_not_allowed"));
        QCOMPARE(r.header("allow"), QByteArray("POST"));
    }

    void oversizedBody()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        // Refused from the headers alone, before the body is read.
        const TestResponse r = client.roundTrip(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sy-test-token\r\n"
            "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");
        verifyOpenAiError(r, 413, QStringLiteral("request_too_large"));
        QVERIFY(client.waitForClosed(2000));

        // A chunked body that grows past the limit is cut off too.
        TestClient chunked(m_port);
        QVERIFY(chunked.connect());
        QByteArray raw =
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sy-test-token\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 80; ++i)
            raw += "400\r\n" + QByteArray(1024, ' ') + "\r\n";
        verifyOpenAiError(chunked.roundTrip(raw), 413, QStringLiteral("request_too_large"));
        QCOMPARE(m_upstream.requests().size(), 0);
    }

    void hugeHeaders()
    {
        const TestResponse r =
            call("GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Junk: " + QByteArray(100 * 1024, 'a') +
                 "\r\n\r\n");
        verifyOpenAiError(r, 431, QStringLiteral("headers_too_large"));
    }

    void chunkedRequestBody()
    {
        const QByteArray body = chatBody("smart");
        QByteArray raw =
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sy-test-token\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        raw += QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n";
        raw += QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) + "\r\n0\r\n\r\n";
        const TestResponse r = call(raw);
        QCOMPARE(r.status, 200);
        QCOMPARE(m_upstream.requests().value(0).body, chatBody("gpt-test"));
    }

    void expectContinue()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        const QByteArray body = chatBody("smart");
        client.send(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sy-test-token\r\n"
            "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n");
        QVERIFY(client.socket().waitForReadyRead(2000));
        QByteArray interim = client.socket().read(25);
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send(body);
        QCOMPARE(client.read().status, 200);

        // A refused request gets its final answer instead of 100 Continue, and the body is never read.
        TestClient refused(m_port);
        QVERIFY(refused.connect());
        const TestResponse r = refused.roundTrip(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer wrong\r\n"
            "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n");
        QCOMPARE(r.status, 401);
    }

    void slowClientHitsHeaderDeadline()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        client.send("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QElapsedTimer t;
        t.start();
        const TestResponse r = client.read(3000);
        verifyOpenAiError(r, 408, QStringLiteral("request_timeout"));
        QVERIFY(t.elapsed() >= 300);
        QVERIFY(client.waitForClosed(2000));
    }

    void slowClientHitsBodyDeadline()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        client.send(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sy-test-token\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"model\":");
        verifyOpenAiError(client.read(3000), 408, QStringLiteral("request_timeout"));
    }

    void idleKeepAliveIsClosed()
    {
        stopGateway();
        startGateway(makeConfig(", \"idleTimeoutMs\": 300"));
        TestClient client(m_port);
        QVERIFY(client.connect());
        QCOMPARE(client.roundTrip(TestClient::get("/healthz", "")).status, 200);
        QVERIFY(client.waitForClosed(3000));
    }

    void connectionLimit()
    {
        stopGateway();
        startGateway(makeConfig(", \"maxConnections\": 2"));
        TestClient a(m_port), b(m_port), c(m_port);
        QVERIFY(a.connect());
        QVERIFY(b.connect());
        QCOMPARE(a.roundTrip(TestClient::get("/healthz", "")).status, 200);
        QCOMPARE(b.roundTrip(TestClient::get("/healthz", "")).status, 200);
        QVERIFY(c.connect());
        const TestResponse r = c.read(3000);
        verifyOpenAiError(r, 503, QStringLiteral("too_many_connections"));
    }

    void authentication()
    {
        const QByteArray body = chatBody("smart");
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", body, "")), 401,
                          QStringLiteral("missing_api_key"));
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", body, "sy-wrong")), 401,
                          QStringLiteral("invalid_api_key"));
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", body, "sy-revoked-token")), 401,
                          QStringLiteral("invalid_api_key"));
        verifyOpenAiError(call(TestClient::get("/v1/models", "")), 401, QStringLiteral("missing_api_key"));
        // x-api-key (Anthropic-style clients) works as well as Bearer.
        QCOMPARE(
            call(TestClient::post("/v1/chat/completions", body, "", "x-api-key: sy-test-token\r\n")).status,
            200);
        // Public probes need no token.
        QCOMPARE(call("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").status, 200);
        QCOMPARE(call(TestClient::get("/healthz", "")).status, 200);
        QCOMPARE(m_upstream.requests().size(), 1);
    }

    void tokenExpiryAndRate()
    {
        const QByteArray body = chatBody("smart");
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", body, "sy-expired-token")), 401,
                          QStringLiteral("token_expired"));
        QCOMPARE(call(TestClient::post("/v1/chat/completions", body, "sy-future-token")).status, 200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call(TestClient::post("/v1/chat/completions", body, "sy-throttled-token")).status, 200);
        const TestResponse limited =
            call(TestClient::post("/v1/chat/completions", body, "sy-throttled-token"));
        verifyOpenAiError(limited, 429, QStringLiteral("rate_limit_exceeded"));
        QVERIFY(limited.header("retry-after").toInt() > 0);
        // Other apps are not affected.
        QCOMPARE(call(TestClient::post("/v1/chat/completions", body)).status, 200);
    }

    void failedAuthIsRateLimitedPerPeer()
    {
        stopGateway();
        startGateway(makeConfig(", \"maxAuthFailuresPerMinute\": 5"));
        TestClient client(m_port);
        QVERIFY(client.connect());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                client.roundTrip(TestClient::get("/v1/models", "sy-guess-" + QByteArray::number(i))).status,
                401);
        const TestResponse blocked = client.roundTrip(TestClient::get("/v1/models", "sy-guess-x"));
        verifyOpenAiError(blocked, 429, QStringLiteral("too_many_auth_failures"));
        QVERIFY(blocked.header("retry-after").toInt() > 0);
        // Even the right token is refused from this address until the minute is over.
        verifyOpenAiError(client.roundTrip(TestClient::get("/v1/models")), 429,
                          QStringLiteral("too_many_auth_failures"));
        // Health checks still work.
        QCOMPARE(client.roundTrip(TestClient::get("/healthz", "")).status, 200);
    }

    void tokenRouteLimits()
    {
        QCOMPARE(call(TestClient::post("/v1/chat/completions", chatBody("smart"), "sy-limited-token")).status,
                 200);
        verifyOpenAiError(
            call(TestClient::post("/v1/chat/completions", chatBody("after-500"), "sy-limited-token")), 403,
            QStringLiteral("model_not_allowed"));
        verifyOpenAiError(
            call(TestClient::post("/v1/chat/completions", chatBody("fake/gpt-test"), "sy-limited-token")),
            403, QStringLiteral("model_not_allowed"));
        const TestResponse models = call(TestClient::get("/v1/models", "sy-limited-token"));
        const QJsonArray data = models.json().value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).toObject().value(QLatin1String("id")).toString(), QStringLiteral("smart"));
    }

    void hostAndOrigin()
    {
        const QByteArray body = chatBody("smart");
        // DNS rebinding: a foreign name in Host.
        QByteArray rebinding = TestClient::post("/v1/chat/completions", body);
        rebinding.replace("Host: 127.0.0.1", "Host: evil.example:4141");
        verifyOpenAiError(call(rebinding), 403, QStringLiteral("host_not_allowed"));
        QByteArray local = TestClient::post("/v1/chat/completions", body);
        local.replace("Host: 127.0.0.1", "Host: localhost:4141");
        QCOMPARE(call(local).status, 200);
        // A web page's request.
        verifyOpenAiError(call(TestClient::post("/v1/chat/completions", body, "sy-test-token",
                                                "Origin: https://evil.example\r\n")),
                          403, QStringLiteral("origin_not_allowed"));
        verifyOpenAiError(
            call(
                "OPTIONS /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://evil.example\r\n"
                "Access-Control-Request-Method: POST\r\n\r\n"),
            403, QStringLiteral("origin_not_allowed"));
        // An allowed origin gets CORS, with a preflight.
        const TestResponse pre = call(
            "OPTIONS /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://allowed.example\r\n"
            "Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: authorization, "
            "content-type\r\n\r\n");
        QCOMPARE(pre.status, 204);
        QCOMPARE(pre.header("access-control-allow-origin"), QByteArray("https://allowed.example"));
        QVERIFY(pre.header("access-control-allow-methods").contains("POST"));
        const TestResponse ok = call(TestClient::post("/v1/chat/completions", body, "sy-test-token",
                                                      "Origin: https://allowed.example\r\n"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("access-control-allow-origin"), QByteArray("https://allowed.example"));
        // Form posts and text/plain (CSRF without preflight) are refused.
        QByteArray form = TestClient::post("/v1/chat/completions", body);
        form.replace("Content-Type: application/json", "Content-Type: text/plain;charset=UTF-8");
        verifyOpenAiError(call(form), 415, QStringLiteral("unsupported_media_type"));
        QCOMPARE(m_upstream.requests().size(), 2);
    }

    void tlsForLan()
    {
        // HTTPS with a user-supplied certificate (here: a fresh self-signed one for 127.0.0.1).
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
             QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
             QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(20000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        stopGateway();
        startGateway(makeConfig(", \"tls\": { \"certificate\": \"" +
                                dir.filePath(QStringLiteral("cert.pem")).toUtf8() + "\", \"privateKey\": \"" +
                                dir.filePath(QStringLiteral("key.pem")).toUtf8() + "\" }"));
        QVERIFY(m_gateway->baseUrl().startsWith(QLatin1String("https://")));
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(ca.size(), 1);
        TestClient client(m_port);
        QVERIFY(client.connectTls(ca.first()));
        const TestResponse r =
            client.roundTrip(TestClient::post("/v1/chat/completions", chatBody("smart", true)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        QCOMPARE(client.roundTrip(TestClient::get("/v1/models")).status, 200); // keep-alive over TLS
        // Plain HTTP to the TLS port gets no HTTP answer.
        TestClient plain(m_port);
        QVERIFY(plain.connect());
        QCOMPARE(plain.roundTrip(TestClient::get("/healthz", ""), 2000).status, 0);

        // A certificate that cannot be read is a clear startup error.
        const auto bad =
            ConfigLoader::fromJson("{\"version\":1,\"server\":{\"port\":0,\"tls\":{\"certificate\":\"/"
                                   "nonexistent.pem\",\"privateKey\":\"/x\"}}}",
                                   nullptr);
        QVERIFY(bad);
        Switchyard::Gateway refused;
        QString error;
        QVERIFY(!refused.start(*bad, &error));
        QVERIFY2(error.contains(QLatin1String("server.tls.certificate")), qPrintable(error));
    }

    void models()
    {
        for (const QByteArray &path : {QByteArray("/v1/models"), QByteArray("/models")}) {
            const TestResponse r = call(TestClient::get(path));
            QCOMPARE(r.status, 200);
            const QJsonObject list = r.json();
            QCOMPARE(list.value(QLatin1String("object")).toString(), QStringLiteral("list"));
            QStringList ids;
            for (const QJsonValue &m : list.value(QLatin1String("data")).toArray()) {
                QCOMPARE(m.toObject().value(QLatin1String("object")).toString(), QStringLiteral("model"));
                ids << m.toObject().value(QLatin1String("id")).toString();
            }
            QVERIFY(ids.contains(QStringLiteral("smart")));
            QVERIFY(ids.contains(QStringLiteral("fake/gpt-test")));
            QCOMPARE(ids.count(QStringLiteral("backup/rescued")), 1);
        }
        const TestResponse head = call("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
    }

    void gracefulShutdownFinishesInFlight()
    {
        TestClient client(m_port);
        QVERIFY(client.connect());
        client.send(TestClient::post("/v1/chat/completions", chatBody("delayed")));
        QTRY_COMPARE_WITH_TIMEOUT(m_upstream.requests().size(), 1, 3000);
        QSignalSpy stopped(m_gateway.get(), &Switchyard::Gateway::stopped);
        m_gateway->shutdown(5000);
        // No new connections once shutdown has begun.
        TestClient late(m_port);
        QVERIFY(!late.connect() || !late.roundTrip(TestClient::get("/healthz", ""), 1000).complete);
        // The request in flight is answered in full.
        const TestResponse r = client.read(5000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Hello from delayed!"));
        QVERIFY(stopped.wait(5000) || stopped.size() == 1);
        QCOMPARE(stopped.at(0).at(0).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
