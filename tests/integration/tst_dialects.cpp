// SPDX-License-Identifier: GPL-3.0-or-later
// Every inbound dialect against every provider dialect, end to end over real loopback sockets: a
// raw HTTP client speaking OpenAI Chat, Anthropic Messages or the Responses API on one side, the
// fake provider speaking OpenAI, Anthropic, Gemini or Azure on the other (tests/support/
// fakeupstream.h documents its exact answers and token counts), the real gateway between.
// Checks the client's answer, what the provider was sent, and the usage record of every request.

#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "testclient.h"
#include "usage/recentusage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Switchyard::Config::Config;
using Switchyard::Config::ConfigLoader;
using Switchyard::Usage::UsageRecord;

namespace {

const QByteArray kToken = "sy-dialect-token";
const QByteArray kUpstreamKey = "sk-dialects-upstream-key";

QByteArray tokenHash(const QByteArray &token)
{
    return "sha256:" + QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// An SSE body split into events, independently of Switchyard's own parser.
struct Event
{
    QByteArray name;
    QByteArray data;
    [[nodiscard]] QJsonObject json() const { return parse(data); }
};

QList<Event> events(const QByteArray &body)
{
    QList<Event> out;
    const QList<QByteArray> blocks = QByteArray(body).replace("\r\n", "\n").split('\n');
    Event current;
    bool any = false;
    for (const QByteArray &line : blocks) {
        if (line.isEmpty()) {
            if (any)
                out.append(current);
            current = Event();
            any = false;
        } else if (line.startsWith("event: ")) {
            current.name = line.mid(7);
            any = true;
        } else if (line.startsWith("data: ")) {
            current.data = line.mid(6);
            any = true;
        }
    }
    if (any)
        out.append(current);
    return out;
}

QJsonObject tool(const QString &name)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), QStringLiteral("a test tool")},
        {QStringLiteral("input_schema"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("city"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                     {QStringLiteral("required"), QJsonArray{QStringLiteral("city")}}}}};
}

// What Claude Code sends: system blocks with cache_control, tools, extended thinking, a previous
// turn with signed thinking and a tool call, and the tool's result.
QJsonObject claudeCodeBody(const QString &model, bool stream)
{
    const QJsonArray system{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QStringLiteral("You are Claude Code.")},
                    {QStringLiteral("cache_control"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("ephemeral")}}}}};
    const QJsonArray messages{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("content"), QStringLiteral("What is the weather in Paris?")}},
        QJsonObject{
            {QStringLiteral("role"), QStringLiteral("assistant")},
            {QStringLiteral("content"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                    {QStringLiteral("thinking"), QStringLiteral("I should call the tool.")},
                                    {QStringLiteral("signature"), QStringLiteral("sig-previous==")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                    {QStringLiteral("id"), QStringLiteral("toolu_prev")},
                                    {QStringLiteral("name"), QStringLiteral("get_weather")},
                                    {QStringLiteral("input"),
                                     QJsonObject{{QStringLiteral("city"), QStringLiteral("Paris")}}}}}}},
        QJsonObject{
            {QStringLiteral("role"), QStringLiteral("user")},
            {QStringLiteral("content"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                    {QStringLiteral("tool_use_id"), QStringLiteral("toolu_prev")},
                                    {QStringLiteral("content"), QStringLiteral("18 degrees, cloudy")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), QStringLiteral("And the time?")}}}}},
    };
    QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("max_tokens"), 32000},
        {QStringLiteral("system"), system},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("tools"),
         QJsonArray{tool(QStringLiteral("get_weather")), tool(QStringLiteral("get_time"))}},
        {QStringLiteral("thinking"), QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")},
                                                 {QStringLiteral("budget_tokens"), 2048}}},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("session-1")}}}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return body;
}

// What Codex CLI sends to the Responses API: instructions, a whole conversation as input items
// (store: false), function tools plus a hosted one, and a reasoning effort.
QJsonObject codexBody(const QString &model, bool stream)
{
    const QJsonArray input{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                    {QStringLiteral("role"), QStringLiteral("user")},
                    {QStringLiteral("content"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("input_text")},
                                            {QStringLiteral("text"), QStringLiteral("Weather in Paris?")}}}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("reasoning")},
                    {QStringLiteral("id"), QStringLiteral("rs_prev")},
                    {QStringLiteral("summary"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("summary_text")},
                                            {QStringLiteral("text"), QStringLiteral("Use the tool.")}}}},
                    {QStringLiteral("encrypted_content"), QStringLiteral("sig-previous==")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                    {QStringLiteral("call_id"), QStringLiteral("call_prev")},
                    {QStringLiteral("name"), QStringLiteral("get_weather")},
                    {QStringLiteral("arguments"), QStringLiteral("{\"city\":\"Paris\"}")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                    {QStringLiteral("call_id"), QStringLiteral("call_prev")},
                    {QStringLiteral("output"), QStringLiteral("18 degrees")}},
    };
    const QJsonObject fn{
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("name"), QStringLiteral("get_weather")},
        {QStringLiteral("description"), QStringLiteral("weather")},
        {QStringLiteral("parameters"), tool(QStringLiteral("x")).value(QLatin1String("input_schema"))},
        {QStringLiteral("strict"), false}};
    return QJsonObject{
        {QStringLiteral("model"), model},
        {QStringLiteral("instructions"), QStringLiteral("You are Codex.")},
        {QStringLiteral("input"), input},
        {QStringLiteral("tools"),
         QJsonArray{fn, QJsonObject{{QStringLiteral("type"), QStringLiteral("web_search")}}}},
        {QStringLiteral("tool_choice"), QStringLiteral("auto")},
        {QStringLiteral("parallel_tool_calls"), true},
        {QStringLiteral("reasoning"), QJsonObject{{QStringLiteral("effort"), QStringLiteral("high")}}},
        {QStringLiteral("store"), false},
        {QStringLiteral("stream"), stream}};
}

// A Chat Completions request with tools whose schema uses JSON Schema keywords Gemini refuses.
QJsonObject chatToolsBody(const QString &model, bool stream)
{
    const QJsonObject params{
        {QStringLiteral("$schema"), QStringLiteral("http://json-schema.org/draft-07/schema#")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("city"),
                      QJsonObject{{QStringLiteral("type"),
                                   QJsonArray{QStringLiteral("string"), QStringLiteral("null")}}}},
                     {QStringLiteral("unit"), QJsonObject{{QStringLiteral("const"), QStringLiteral("C")}}}}}};
    QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), QStringLiteral("Be brief.")}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("Weather and time in Paris?")}}}},
        {QStringLiteral("tools"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                             {QStringLiteral("parameters"), params}}}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("get_time")},
                                             {QStringLiteral("parameters"), params}}}}}},
        {QStringLiteral("parallel_tool_calls"), true}};
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return body;
}

QByteArray anthropicHeaders(const QByteArray &beta = {})
{
    QByteArray h = "anthropic-version: 2023-06-01\r\n";
    if (!beta.isEmpty())
        h += "anthropic-beta: " + beta + "\r\n";
    return h;
}

// POST with the token as Anthropic's SDKs send it (x-api-key, no Authorization).
QByteArray anthropicPost(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return TestClient::post(path, body, {}, "x-api-key: " + kToken + "\r\n" + anthropicHeaders() + extra);
}

} // namespace

class TestDialects final : public QObject
{
    Q_OBJECT

private:
    FakeUpstream m_upstream;
    std::unique_ptr<Switchyard::Gateway> m_gateway;
    quint16 m_port = 0;
    qint64 m_recordsBefore = 0;
    QTemporaryDir m_dataDir;

    Config makeConfig()
    {
        const QString origin = QString::fromLatin1(m_upstream.origin());
        const auto provider = [&](const char *id, const char *kind, const QString &base) {
            return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                               {QStringLiteral("kind"), QLatin1String(kind)},
                               {QStringLiteral("baseUrl"), base},
                               {QStringLiteral("apiKeyEnv"), QStringLiteral("SY_DIALECTS_KEY")}};
        };
        const auto route = [](const char *name, QList<std::pair<const char *, const char *>> targets,
                              const QJsonObject &cache = {}, const char *strategy = "fallback") {
            QJsonArray list;
            for (const auto &[p, m] : targets)
                list.append(QJsonObject{{QStringLiteral("provider"), QLatin1String(p)},
                                        {QStringLiteral("model"), QLatin1String(m)}});
            QJsonObject o{{QStringLiteral("name"), QLatin1String(name)},
                          {QStringLiteral("strategy"), QLatin1String(strategy)},
                          {QStringLiteral("targets"), list}};
            if (!cache.isEmpty())
                o.insert(QStringLiteral("cache"), cache);
            return o;
        };
        const QJsonObject cacheOn{{QStringLiteral("enabled"), true}, {QStringLiteral("ttlSeconds"), 60}};
        const QJsonObject config{
            {QStringLiteral("version"), 1},
            {QStringLiteral("server"), QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                   {QStringLiteral("port"), 0},
                                                   {QStringLiteral("requireToken"), true},
                                                   {QStringLiteral("workers"), 2}}},
            {QStringLiteral("upstream"), QJsonObject{{QStringLiteral("firstByteTimeoutMs"), 5000},
                                                     {QStringLiteral("idleTimeoutMs"), 700}}},
            {QStringLiteral("providers"),
             QJsonArray{provider("oa", "openai", origin + QStringLiteral("/v1")),
                        provider("an", "anthropic", origin),
                        provider("ge", "gemini", origin + QStringLiteral("/v1beta")),
                        provider("az", "azure", origin)}},
            {QStringLiteral("routes"),
             QJsonArray{
                 route("claude-code", {{"oa", "tools"}}), route("codex", {{"an", "tools"}}),
                 route("gemini-tools", {{"ge", "tools"}}),
                 route("cross-fallback", {{"an", "fail-529"}, {"oa", "rescued"}}),
                 route("catalogued", {{"an", "claude-sonnet-4-5-20250929"}}),
                 route("rotating", {{"oa", "gpt-test"}, {"an", "claude-test"}}, {}, "round-robin"),
                 [] {
                     QJsonObject r{
                         {QStringLiteral("name"), QStringLiteral("sticky")},
                         {QStringLiteral("strategy"), QStringLiteral("round-robin")},
                         {QStringLiteral("sticky"),
                          QJsonObject{
                              {QStringLiteral("header"), QStringLiteral("x-claude-code-session-id")}}},
                         {QStringLiteral("targets"),
                          QJsonArray{QJsonObject{{QStringLiteral("provider"), QStringLiteral("oa")},
                                                 {QStringLiteral("model"), QStringLiteral("gpt-test")}},
                                     QJsonObject{{QStringLiteral("provider"), QStringLiteral("an")},
                                                 {QStringLiteral("model"), QStringLiteral("claude-test")}}}}};
                     return r;
                 }(),
                 route("priced-fallback", {{"oa", "tools"}, {"an", "claude-sonnet-4-5"}}),
                 route("cached", {{"an", "claude-sonnet-4-5"}}, cacheOn),
                 route("cached-translated", {{"oa", "tools"}}, cacheOn),
                 route("cached-short", {{"an", "claude-sonnet-4-5"}},
                       QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("ttlSeconds"), 1}}),
                 route("cached-any", {{"oa", "gpt-test"}},
                       QJsonObject{{QStringLiteral("enabled"), true},
                                   {QStringLiteral("nonDeterministic"), true}}),
                 route("cached-errors", {{"oa", "fail-400"}}, cacheOn)}},
            // The user's own price for a model the catalog does not know.
            {QStringLiteral("prices"),
             QJsonArray{QJsonObject{{QStringLiteral("provider"), QStringLiteral("oa")},
                                    {QStringLiteral("model"), QStringLiteral("reasoning")},
                                    {QStringLiteral("input"), 1},
                                    {QStringLiteral("output"), 2}}}},
            {QStringLiteral("tokens"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("dialects")},
                             {QStringLiteral("hash"), QString::fromLatin1(tokenHash(kToken))}},
                 // $0.0004 a month, warned from half of it.
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("budgeted")},
                             {QStringLiteral("hash"), QString::fromLatin1(tokenHash("sy-budget-token"))},
                             {QStringLiteral("budget"), QJsonObject{{QStringLiteral("monthlyUsd"), 0.0004},
                                                                    {QStringLiteral("warnAtPercent"), 50}}}},
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("big-budget")},
                             {QStringLiteral("hash"), QString::fromLatin1(tokenHash("sy-big-budget-token"))},
                             {QStringLiteral("budget"), QJsonObject{{QStringLiteral("dailyUsd"), 100}}}}}}};
        QStringList errors;
        auto parsed = ConfigLoader::fromJson(compact(config), &errors);
        if (!parsed)
            qFatal("test config invalid: %s", qPrintable(errors.join(QLatin1Char('\n'))));
        return *parsed;
    }

    TestResponse call(const QByteArray &raw, int timeoutMs = 5000)
    {
        TestClient client(m_port);
        if (!client.connect())
            return {};
        return client.roundTrip(raw, timeoutMs);
    }

    TestResponse chat(const QJsonObject &body)
    {
        return call(TestClient::post("/v1/chat/completions", compact(body), kToken));
    }

    // The one request the provider saw last.
    FakeUpstream::Request lastUpstream()
    {
        const QList<FakeUpstream::Request> requests = m_upstream.requests();
        return requests.isEmpty() ? FakeUpstream::Request() : requests.last();
    }

    // The usage record of the last request (records are written as the answer completes).
    UsageRecord lastRecord()
    {
        // Records are written as the answer completes, on a worker thread.
        (void)QTest::qWaitFor([&] { return m_gateway->recentUsage().total() > m_recordsBefore; }, 2000);
        const QList<UsageRecord> records = m_gateway->recentUsage().records();
        return records.isEmpty() || m_gateway->recentUsage().total() == m_recordsBefore ? UsageRecord()
                                                                                        : records.constLast();
    }

    static void verifyUsage(const UsageRecord &r, qint64 input, qint64 output, qint64 cachedRead,
                            qint64 cacheWrite, qint64 reasoning)
    {
        QVERIFY2(r.usage.known, "the provider's own token counts must be recorded");
        QVERIFY(!r.usage.estimated);
        QCOMPARE(r.usage.inputTokens, input);
        QCOMPARE(r.usage.outputTokens, output);
        QCOMPARE(r.usage.cachedReadTokens, cachedRead);
        QCOMPARE(r.usage.cacheWriteTokens, cacheWrite);
        QCOMPARE(r.usage.reasoningTokens, reasoning);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("SY_DIALECTS_KEY", kUpstreamKey);
        QVERIFY(m_upstream.start());
        m_gateway = std::make_unique<Switchyard::Gateway>();
        QString error;
        QVERIFY2(m_gateway->enableUsageStore(m_dataDir.filePath(QStringLiteral("usage.sqlite")), 90, &error),
                 qPrintable(error));
        QVERIFY2(m_gateway->enableResponseCache(m_dataDir.filePath(QStringLiteral("cache.sqlite")), 16 << 20,
                                                &error),
                 qPrintable(error));
        QVERIFY2(m_gateway->start(makeConfig(), &error), qPrintable(error));
        m_port = m_gateway->port();
    }

    void init()
    {
        m_upstream.clear();
        m_recordsBefore = m_gateway->recentUsage().total();
    }

    void cleanupTestCase() { m_gateway.reset(); }

    // ---- Done-when 1: a Claude-Code-shaped request served by an OpenAI-kind upstream -------------

    void claudeCodeServedByOpenAi()
    {
        const TestResponse r = call(anthropicPost(
            "/v1/messages?beta=true", compact(claudeCodeBody(QStringLiteral("claude-code"), false)),
            "anthropic-beta: interleaved-thinking-2025-05-14\r\n"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-translated"), QByteArray("true"));
        const QJsonObject m = r.json();
        QCOMPARE(m.value(QLatin1String("type")).toString(), QStringLiteral("message"));
        QCOMPARE(m.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
        QVERIFY(m.value(QLatin1String("id")).toString().startsWith(QLatin1String("msg_")));
        QCOMPARE(m.value(QLatin1String("stop_reason")).toString(), QStringLiteral("tool_use"));
        const QJsonArray content = m.value(QLatin1String("content")).toArray();
        QCOMPARE(content.size(), 2);
        QCOMPARE(content[0][QLatin1String("type")].toString(), QStringLiteral("tool_use"));
        QCOMPARE(content[0][QLatin1String("id")].toString(), QStringLiteral("call_1"));
        QCOMPARE(content[0][QLatin1String("name")].toString(), QStringLiteral("get_weather"));
        QCOMPARE(content[0][QLatin1String("input")].toObject(),
                 QJsonObject({{QStringLiteral("city"), QStringLiteral("Paris")}}));
        QCOMPARE(content[1][QLatin1String("input")].toObject(),
                 QJsonObject({{QStringLiteral("tz"), QStringLiteral("Europe/Paris")}}));
        // OpenAI's prompt_tokens 20 include 4 cached; Anthropic counts them beside input_tokens.
        const QJsonObject usage = m.value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 16);
        QCOMPARE(usage.value(QLatin1String("cache_read_input_tokens")).toInt(), 4);
        QCOMPARE(usage.value(QLatin1String("cache_creation_input_tokens")).toInt(), 0);
        QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 9);

        // What the OpenAI-kind provider was sent: a valid Chat Completions request.
        const FakeUpstream::Request up = lastUpstream();
        QCOMPARE(up.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(up.headers.value("authorization"), "Bearer " + kUpstreamKey);
        QVERIFY(!up.headers.contains("x-api-key"));
        const QJsonObject sent = parse(up.body);
        QCOMPARE(sent.value(QLatin1String("model")).toString(), QStringLiteral("tools"));
        QVERIFY(!sent.contains(QLatin1String("thinking")));
        const QJsonArray msgs = sent.value(QLatin1String("messages")).toArray();
        QCOMPARE(msgs.size(), 5); // system, user, assistant(tool_calls), tool, user
        QCOMPARE(msgs[0][QLatin1String("role")].toString(), QStringLiteral("system"));
        QCOMPARE(msgs[0][QLatin1String("content")].toString(), QStringLiteral("You are Claude Code."));
        QCOMPARE(msgs[2][QLatin1String("role")].toString(), QStringLiteral("assistant"));
        const QJsonObject call = msgs[2][QLatin1String("tool_calls")].toArray().first().toObject();
        QCOMPARE(call.value(QLatin1String("id")).toString(), QStringLiteral("toolu_prev"));
        QCOMPARE(parse(call.value(QLatin1String("function"))
                           .toObject()
                           .value(QLatin1String("arguments"))
                           .toString()
                           .toUtf8()),
                 QJsonObject({{QStringLiteral("city"), QStringLiteral("Paris")}}));
        QCOMPARE(msgs[3][QLatin1String("role")].toString(), QStringLiteral("tool"));
        QCOMPARE(msgs[3][QLatin1String("tool_call_id")].toString(), QStringLiteral("toolu_prev"));
        QCOMPARE(msgs[3][QLatin1String("content")].toString(), QStringLiteral("18 degrees, cloudy"));
        QCOMPARE(msgs[4][QLatin1String("content")].toString(), QStringLiteral("And the time?"));
        const QJsonArray tools = sent.value(QLatin1String("tools")).toArray();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(tools[0][QLatin1String("type")].toString(), QStringLiteral("function"));
        QCOMPARE(tools[0][QLatin1String("function")][QLatin1String("name")].toString(),
                 QStringLiteral("get_weather"));
        QCOMPARE(sent.value(QLatin1String("user")).toString(), QStringLiteral("session-1"));

        const UsageRecord rec = lastRecord();
        QCOMPARE(rec.app, QStringLiteral("dialects"));
        QCOMPARE(rec.dialect, QStringLiteral("anthropic-messages"));
        QCOMPARE(rec.route, QStringLiteral("claude-code"));
        QCOMPARE(rec.provider, QStringLiteral("oa"));
        QCOMPARE(rec.status, 200);
        QVERIFY(rec.translated);
        verifyUsage(rec, 20, 9, 4, 0, 3);
    }

    void claudeCodeStreamedByOpenAi()
    {
        const TestResponse r = call(anthropicPost(
            "/v1/messages?beta=true", compact(claudeCodeBody(QStringLiteral("claude-code"), true))));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/event-stream"));
        const QList<Event> ev = events(r.body);
        QVERIFY(ev.size() > 6);
        // Anthropic's event order: message_start, ping, blocks, message_delta, message_stop.
        QCOMPARE(ev.first().name, QByteArray("message_start"));
        QCOMPARE(ev.at(1).name, QByteArray("ping"));
        QCOMPARE(ev.at(ev.size() - 2).name, QByteArray("message_delta"));
        QCOMPARE(ev.last().name, QByteArray("message_stop"));
        QMap<int, QString> inputs;
        QMap<int, QString> names;
        int open = -1;
        for (const Event &e : ev) {
            const QJsonObject o = e.json();
            QCOMPARE(o.value(QLatin1String("type")).toString(), QString::fromLatin1(e.name));
            const int index = o.value(QLatin1String("index")).toInt(-1);
            if (e.name == "content_block_start") {
                QCOMPARE(open, -1); // blocks never interleave
                open = index;
                names[index] = o[QLatin1String("content_block")][QLatin1String("name")].toString();
            } else if (e.name == "content_block_delta") {
                QCOMPARE(index, open);
                inputs[index] += o[QLatin1String("delta")][QLatin1String("partial_json")].toString();
            } else if (e.name == "content_block_stop") {
                QCOMPARE(index, open);
                open = -1;
            }
        }
        QCOMPARE(names.value(0), QStringLiteral("get_weather"));
        QCOMPARE(names.value(1), QStringLiteral("get_time"));
        QCOMPARE(parse(inputs.value(0).toUtf8()),
                 QJsonObject({{QStringLiteral("city"), QStringLiteral("Paris")}}));
        QCOMPARE(parse(inputs.value(1).toUtf8()),
                 QJsonObject({{QStringLiteral("tz"), QStringLiteral("Europe/Paris")}}));
        const QJsonObject delta = ev.at(ev.size() - 2).json();
        QCOMPARE(delta[QLatin1String("delta")][QLatin1String("stop_reason")].toString(),
                 QStringLiteral("tool_use"));
        QCOMPARE(delta[QLatin1String("usage")][QLatin1String("input_tokens")].toInt(), 16);
        QCOMPARE(delta[QLatin1String("usage")][QLatin1String("cache_read_input_tokens")].toInt(), 4);
        QCOMPARE(delta[QLatin1String("usage")][QLatin1String("output_tokens")].toInt(), 9);
        // Usage was asked of the OpenAI upstream, although the client's dialect has no such option.
        const QJsonObject sent = parse(lastUpstream().body);
        QCOMPARE(sent[QLatin1String("stream_options")][QLatin1String("include_usage")].toBool(), true);
        const UsageRecord rec = lastRecord();
        QVERIFY(rec.stream);
        verifyUsage(rec, 20, 9, 4, 0, 3);
    }

    void countTokens()
    {
        // OpenAI-kind route: no upstream counter, so Switchyard estimates and says so.
        QJsonObject body = claudeCodeBody(QStringLiteral("claude-code"), false);
        body.remove(QStringLiteral("max_tokens"));
        TestResponse r = call(anthropicPost("/v1/messages/count_tokens?beta=true", compact(body)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-estimated"), QByteArray("true"));
        const int estimate = r.json().value(QLatin1String("input_tokens")).toInt();
        QVERIFY2(estimate > 20 && estimate < 1000, r.body.constData());
        QVERIFY(m_upstream.requests().isEmpty());

        // Anthropic-kind target: the provider counts.
        body.insert(QStringLiteral("model"), QStringLiteral("an/claude-test"));
        r = call(anthropicPost("/v1/messages/count_tokens", compact(body)));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("x-switchyard-estimated").isEmpty());
        const FakeUpstream::Request up = lastUpstream();
        QCOMPARE(up.path, QByteArray("/v1/messages/count_tokens"));
        QCOMPARE(up.headers.value("x-api-key"), kUpstreamKey);
        const qint64 expected = QJsonDocument(parse(up.body).value(QLatin1String("messages")).toArray())
                                    .toJson(QJsonDocument::Compact)
                                    .size() /
                                4;
        QCOMPARE(r.json().value(QLatin1String("input_tokens")).toInteger(), expected);
    }

    // ---- Done-when 2: a Codex-shaped Responses request served by an Anthropic-kind upstream -----

    void codexServedByAnthropic()
    {
        const TestResponse r = call(
            TestClient::post("/v1/responses", compact(codexBody(QStringLiteral("codex"), false)), kToken));
        QCOMPARE(r.status, 200);
        const QJsonObject resp = r.json();
        QCOMPARE(resp.value(QLatin1String("object")).toString(), QStringLiteral("response"));
        QCOMPARE(resp.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        const QJsonArray output = resp.value(QLatin1String("output")).toArray();
        QCOMPARE(output.size(), 4); // reasoning, message, two function calls
        QCOMPARE(output[0][QLatin1String("type")].toString(), QStringLiteral("reasoning"));
        QCOMPARE(output[0][QLatin1String("encrypted_content")].toString(), QStringLiteral("sig-abc123=="));
        QCOMPARE(output[1][QLatin1String("type")].toString(), QStringLiteral("message"));
        QCOMPARE(output[1][QLatin1String("content")][0][QLatin1String("text")].toString(),
                 QStringLiteral("Checking."));
        QCOMPARE(output[2][QLatin1String("type")].toString(), QStringLiteral("function_call"));
        QCOMPARE(output[2][QLatin1String("call_id")].toString(), QStringLiteral("toolu_1"));
        QCOMPARE(output[2][QLatin1String("arguments")].toString(), QStringLiteral("{\"city\":\"Paris\"}"));
        QCOMPARE(output[3][QLatin1String("name")].toString(), QStringLiteral("get_time"));
        // Anthropic: input 11 + cache write 3 + cache read 5 = 19 prompt tokens, 5 of them cached.
        const QJsonObject usage = resp.value(QLatin1String("usage")).toObject();
        QCOMPARE(usage.value(QLatin1String("input_tokens")).toInt(), 19);
        QCOMPARE(usage[QLatin1String("input_tokens_details")][QLatin1String("cached_tokens")].toInt(), 5);
        QCOMPARE(usage.value(QLatin1String("output_tokens")).toInt(), 24);
        QCOMPARE(usage.value(QLatin1String("total_tokens")).toInt(), 43);

        // What the Anthropic-kind provider was sent.
        const FakeUpstream::Request up = lastUpstream();
        QCOMPARE(up.path, QByteArray("/v1/messages"));
        QCOMPARE(up.headers.value("x-api-key"), kUpstreamKey);
        QCOMPARE(up.headers.value("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!up.headers.contains("authorization"));
        const QJsonObject sent = parse(up.body);
        QCOMPARE(sent[QLatin1String("system")][0][QLatin1String("text")].toString(),
                 QStringLiteral("You are Codex."));
        QCOMPARE(sent[QLatin1String("thinking")][QLatin1String("budget_tokens")].toInt(), 16384);
        QVERIFY(sent.value(QLatin1String("max_tokens")).toInt() > 16384);
        const QJsonArray tools = sent.value(QLatin1String("tools")).toArray();
        QCOMPARE(tools.size(), 1); // the hosted web_search tool cannot run elsewhere
        QCOMPARE(tools[0][QLatin1String("input_schema")][QLatin1String("type")].toString(),
                 QStringLiteral("object"));
        const QJsonArray msgs = sent.value(QLatin1String("messages")).toArray();
        QCOMPARE(msgs.size(), 3); // user, assistant (thinking + tool_use), user (tool_result)
        const QJsonArray assistant = msgs[1][QLatin1String("content")].toArray();
        QCOMPARE(assistant[0][QLatin1String("type")].toString(), QStringLiteral("thinking"));
        QCOMPARE(assistant[0][QLatin1String("signature")].toString(), QStringLiteral("sig-previous=="));
        QCOMPARE(assistant[1][QLatin1String("type")].toString(), QStringLiteral("tool_use"));
        QCOMPARE(assistant[1][QLatin1String("id")].toString(), QStringLiteral("call_prev"));
        QCOMPARE(msgs[2][QLatin1String("content")][0][QLatin1String("type")].toString(),
                 QStringLiteral("tool_result"));
        QCOMPARE(msgs[2][QLatin1String("content")][0][QLatin1String("tool_use_id")].toString(),
                 QStringLiteral("call_prev"));

        const UsageRecord rec = lastRecord();
        QCOMPARE(rec.dialect, QStringLiteral("openai-responses"));
        QCOMPARE(rec.endpoint, QStringLiteral("responses"));
        verifyUsage(rec, 19, 24, 5, 3, 0);
    }

    void codexStreamedByAnthropic()
    {
        const TestResponse r = call(
            TestClient::post("/v1/responses", compact(codexBody(QStringLiteral("codex"), true)), kToken));
        QCOMPARE(r.status, 200);
        const QList<Event> ev = events(r.body);
        QVERIFY(ev.size() > 10);
        QCOMPARE(ev.first().name, QByteArray("response.created"));
        QCOMPARE(ev.at(1).name, QByteArray("response.in_progress"));
        QCOMPARE(ev.last().name, QByteArray("response.completed"));
        qint64 sequence = -1;
        int openItems = 0;
        QMap<QString, QString> arguments; // item id → concatenated deltas
        QMap<QString, QString> finalArguments;
        for (const Event &e : ev) {
            const QJsonObject o = e.json();
            QCOMPARE(o.value(QLatin1String("type")).toString(), QString::fromLatin1(e.name));
            const qint64 n = o.value(QLatin1String("sequence_number")).toInteger(-1);
            QVERIFY2(n == sequence + 1, e.data.constData());
            sequence = n;
            if (e.name == "response.output_item.added")
                ++openItems;
            if (e.name == "response.output_item.done") {
                --openItems;
                const QJsonObject item = o.value(QLatin1String("item")).toObject();
                if (item.value(QLatin1String("type")).toString() == QLatin1String("reasoning"))
                    QCOMPARE(item.value(QLatin1String("encrypted_content")).toString(),
                             QStringLiteral("sig-abc123=="));
            }
            QVERIFY(openItems == 0 || openItems == 1);
            if (e.name == "response.function_call_arguments.delta")
                arguments[o.value(QLatin1String("item_id")).toString()] +=
                    o.value(QLatin1String("delta")).toString();
            if (e.name == "response.function_call_arguments.done")
                finalArguments[o.value(QLatin1String("item_id")).toString()] =
                    o.value(QLatin1String("arguments")).toString();
        }
        QCOMPARE(openItems, 0);
        QCOMPARE(finalArguments.size(), 2);
        QCOMPARE(arguments, finalArguments);
        QVERIFY(finalArguments.values().contains(QStringLiteral("{\"city\":\"Paris\"}")));
        const QJsonObject completed = ev.last().json().value(QLatin1String("response")).toObject();
        QCOMPARE(completed.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(completed.value(QLatin1String("output")).toArray().size(), 4);
        QCOMPARE(completed[QLatin1String("usage")][QLatin1String("input_tokens")].toInt(), 19);
        QCOMPARE(completed[QLatin1String("usage")][QLatin1String("output_tokens")].toInt(), 24);
        QCOMPARE(parse(lastUpstream().body).value(QLatin1String("stream")).toBool(), true);
        verifyUsage(lastRecord(), 19, 24, 5, 3, 0);
    }

    void responsesRefusesServerState()
    {
        QJsonObject body = codexBody(QStringLiteral("codex"), false);
        body.insert(QStringLiteral("previous_response_id"), QStringLiteral("resp_123"));
        const TestResponse r = call(TestClient::post("/v1/responses", compact(body), kToken));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("param")].toString(),
                 QStringLiteral("previous_response_id"));
        QVERIFY(m_upstream.requests().isEmpty());
    }

    // ---- Done-when 3: streamed parallel tool calls served by a Gemini-kind upstream -------------

    void chatParallelToolsStreamedByGemini()
    {
        const TestResponse r = chat(chatToolsBody(QStringLiteral("gemini-tools"), true));
        QCOMPARE(r.status, 200);
        const QList<Event> ev = events(r.body);
        QCOMPARE(ev.last().data, QByteArray("[DONE]"));
        QMap<int, QString> ids, names, args;
        QString finish;
        QJsonObject usage;
        for (const Event &e : ev.first(ev.size() - 1)) {
            const QJsonObject chunk = e.json();
            QCOMPARE(chunk.value(QLatin1String("object")).toString(),
                     QStringLiteral("chat.completion.chunk"));
            const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
            if (choices.isEmpty()) {
                usage = chunk.value(QLatin1String("usage")).toObject();
                continue;
            }
            const QJsonObject delta = choices[0][QLatin1String("delta")].toObject();
            for (const QJsonValue &v : delta.value(QLatin1String("tool_calls")).toArray()) {
                const int index = v[QLatin1String("index")].toInt();
                if (v.toObject().contains(QLatin1String("id"))) {
                    ids[index] = v[QLatin1String("id")].toString();
                    names[index] = v[QLatin1String("function")][QLatin1String("name")].toString();
                }
                args[index] += v[QLatin1String("function")][QLatin1String("arguments")].toString();
            }
            if (choices[0][QLatin1String("finish_reason")].isString())
                finish = choices[0][QLatin1String("finish_reason")].toString();
        }
        QCOMPARE(names.value(0), QStringLiteral("get_weather"));
        QCOMPARE(names.value(1), QStringLiteral("get_time"));
        QCOMPARE(parse(args.value(0).toUtf8()),
                 QJsonObject({{QStringLiteral("city"), QStringLiteral("Paris")}}));
        QCOMPARE(parse(args.value(1).toUtf8()),
                 QJsonObject({{QStringLiteral("tz"), QStringLiteral("Europe/Paris")}}));
        // Gemini's thought signature rides in the call id so that it comes back with the result.
        QVERIFY2(ids.value(0).endsWith(QLatin1String("__thought__gsig-1")), qPrintable(ids.value(0)));
        QVERIFY(!ids.value(1).contains(QLatin1String("__thought__")));
        QCOMPARE(finish, QStringLiteral("tool_calls"));
        // Gemini: prompt 12 (2 cached), candidates 10 + thoughts 4 = 14 output tokens.
        QCOMPARE(usage.value(QLatin1String("prompt_tokens")).toInt(), 12);
        QCOMPARE(usage.value(QLatin1String("completion_tokens")).toInt(), 14);
        QCOMPARE(usage[QLatin1String("prompt_tokens_details")][QLatin1String("cached_tokens")].toInt(), 2);
        QCOMPARE(usage[QLatin1String("completion_tokens_details")][QLatin1String("reasoning_tokens")].toInt(),
                 4);

        // The key went in a header, never in the URL; the schema was cleaned for Gemini.
        const FakeUpstream::Request up = lastUpstream();
        QCOMPARE(up.path, QByteArray("/v1beta/models/tools:streamGenerateContent?alt=sse"));
        QCOMPARE(up.headers.value("x-goog-api-key"), kUpstreamKey);
        QVERIFY(!up.path.contains("key="));
        QVERIFY(!up.body.contains(kUpstreamKey));
        const QJsonObject sent = parse(up.body);
        const QJsonObject params = sent[QLatin1String("tools")][0][QLatin1String("functionDeclarations")][0]
                                       [QLatin1String("parameters")]
                                           .toObject();
        QVERIFY(!params.contains(QLatin1String("additionalProperties")));
        QVERIFY(!params.contains(QLatin1String("$schema")));
        QCOMPARE(
            params[QLatin1String("properties")][QLatin1String("city")][QLatin1String("nullable")].toBool(),
            true);
        QCOMPARE(sent[QLatin1String("systemInstruction")][QLatin1String("parts")][0][QLatin1String("text")]
                     .toString(),
                 QStringLiteral("Be brief."));
        verifyUsage(lastRecord(), 12, 14, 2, 0, 4);

        // The next turn: the calls and their results go back, with Gemini's signature restored.
        QJsonObject next = chatToolsBody(QStringLiteral("gemini-tools"), false);
        QJsonArray messages = next.value(QLatin1String("messages")).toArray();
        QJsonArray calls;
        for (int i : {0, 1})
            calls.append(QJsonObject{
                {QStringLiteral("id"), ids.value(i)},
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), names.value(i)},
                                                         {QStringLiteral("arguments"), args.value(i)}}}});
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                    {QStringLiteral("content"), QJsonValue::Null},
                                    {QStringLiteral("tool_calls"), calls}});
        for (int i : {0, 1})
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                        {QStringLiteral("tool_call_id"), ids.value(i)},
                                        {QStringLiteral("content"), i == 0 ? QStringLiteral("{\"temp\":18}")
                                                                           : QStringLiteral("14:05")}});
        next.insert(QStringLiteral("messages"), messages);
        next.insert(QStringLiteral("model"), QStringLiteral("ge/gemini-test"));
        const TestResponse second = chat(next);
        QCOMPARE(second.status, 200);
        QCOMPARE(
            second.json()[QLatin1String("choices")][0][QLatin1String("message")][QLatin1String("content")]
                .toString(),
            QStringLiteral("Hello from gemini-test!"));
        const QJsonArray contents = parse(lastUpstream().body).value(QLatin1String("contents")).toArray();
        QCOMPARE(contents.size(), 3); // user, model (two calls), user (two responses)
        QCOMPARE(contents[1][QLatin1String("role")].toString(), QStringLiteral("model"));
        const QJsonArray modelParts = contents[1][QLatin1String("parts")].toArray();
        QCOMPARE(modelParts[0][QLatin1String("thoughtSignature")].toString(), QStringLiteral("gsig-1"));
        QCOMPARE(modelParts[0][QLatin1String("functionCall")][QLatin1String("name")].toString(),
                 QStringLiteral("get_weather"));
        const QJsonArray results = contents[2][QLatin1String("parts")].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][QLatin1String("functionResponse")][QLatin1String("name")].toString(),
                 QStringLiteral("get_weather"));
        QCOMPARE(
            results[0][QLatin1String("functionResponse")][QLatin1String("response")][QLatin1String("temp")]
                .toInt(),
            18);
        QCOMPARE(
            results[1][QLatin1String("functionResponse")][QLatin1String("response")][QLatin1String("result")]
                .toString(),
            QStringLiteral("14:05"));
        verifyUsage(lastRecord(), 12, 6, 2, 0, 0);
    }

    void imagesAcrossDialects()
    {
        // Anthropic client with a base64 image → OpenAI-kind upstream: a data: URL image part.
        const QJsonObject image{{QStringLiteral("type"), QStringLiteral("image")},
                                {QStringLiteral("source"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("base64")},
                                             {QStringLiteral("media_type"), QStringLiteral("image/png")},
                                             {QStringLiteral("data"), QStringLiteral("iVBORw0KGgo=")}}}};
        const QJsonObject text{{QStringLiteral("type"), QStringLiteral("text")},
                               {QStringLiteral("text"), QStringLiteral("What is this?")}};
        const QJsonObject body{
            {QStringLiteral("model"), QStringLiteral("oa/gpt-vision")},
            {QStringLiteral("max_tokens"), 100},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QJsonArray{image, text}}}}}};
        TestResponse r = call(anthropicPost("/v1/messages", compact(body)));
        QCOMPARE(r.status, 200);
        QJsonArray parts =
            parse(lastUpstream().body)[QLatin1String("messages")][0][QLatin1String("content")].toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][QLatin1String("type")].toString(), QStringLiteral("image_url"));
        QCOMPARE(parts[0][QLatin1String("image_url")][QLatin1String("url")].toString(),
                 QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
        QCOMPARE(parts[1][QLatin1String("text")].toString(), QStringLiteral("What is this?"));

        // OpenAI client with data: and https: images → Anthropic (base64 and url sources) and Gemini.
        const QJsonArray content{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QStringLiteral("Compare")}},
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("image_url")},
                {QStringLiteral("image_url"),
                 QJsonObject{{QStringLiteral("url"), QStringLiteral("data:image/jpeg;base64,/9j/4AAQ")}}}},
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("image_url")},
                {QStringLiteral("image_url"),
                 QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.com/cat.png")}}}}};
        QJsonObject chatBody{{QStringLiteral("model"), QStringLiteral("an/claude-vision")},
                             {QStringLiteral("messages"),
                              QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                     {QStringLiteral("content"), content}}}}};
        r = chat(chatBody);
        QCOMPARE(r.status, 200);
        parts = parse(lastUpstream().body)[QLatin1String("messages")][0][QLatin1String("content")].toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[1][QLatin1String("source")][QLatin1String("type")].toString(),
                 QStringLiteral("base64"));
        QCOMPARE(parts[1][QLatin1String("source")][QLatin1String("media_type")].toString(),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(parts[1][QLatin1String("source")][QLatin1String("data")].toString(),
                 QStringLiteral("/9j/4AAQ"));
        QCOMPARE(parts[2][QLatin1String("source")][QLatin1String("type")].toString(), QStringLiteral("url"));
        QCOMPARE(parts[2][QLatin1String("source")][QLatin1String("url")].toString(),
                 QStringLiteral("https://example.com/cat.png"));

        chatBody.insert(QStringLiteral("model"), QStringLiteral("ge/gemini-vision"));
        r = chat(chatBody);
        QCOMPARE(r.status, 200);
        parts = parse(lastUpstream().body)[QLatin1String("contents")][0][QLatin1String("parts")].toArray();
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[1][QLatin1String("inlineData")][QLatin1String("mimeType")].toString(),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(parts[1][QLatin1String("inlineData")][QLatin1String("data")].toString(),
                 QStringLiteral("/9j/4AAQ"));
        QCOMPARE(parts[2][QLatin1String("fileData")][QLatin1String("fileUri")].toString(),
                 QStringLiteral("https://example.com/cat.png"));
        QCOMPARE(parts[2][QLatin1String("fileData")][QLatin1String("mimeType")].toString(),
                 QStringLiteral("image/png"));
    }

    // ---- passthrough keeps bytes and still accounts --------------------------------------------

    void openAiPassthroughStreamStripsInjectedUsage()
    {
        QJsonObject body = chatToolsBody(QStringLiteral("oa/gpt-test"), false);
        body.insert(QStringLiteral("stream"), true); // no include_usage: the client did not ask
        const TestResponse r = chat(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-translated"), QByteArray("false"));
        const QList<Event> ev = events(r.body);
        QCOMPARE(ev.last().data, QByteArray("[DONE]"));
        for (const Event &e : ev)
            QVERIFY2(!e.data.contains("\"usage\":{"), e.data.constData());
        // The bytes are the upstream's own, not re-framed: its keep-alive comment is still there.
        QVERIFY2(r.body.startsWith(": keep-alive\n\ndata: {"), r.body.left(80).constData());
        QCOMPARE(parse(lastUpstream().body)[QLatin1String("stream_options")][QLatin1String("include_usage")]
                     .toBool(),
                 true);
        const UsageRecord rec = lastRecord();
        QVERIFY(!rec.translated);
        verifyUsage(rec, 12, 5, 0, 0, 0);
    }

    void anthropicPassthroughStream()
    {
        QJsonObject body = claudeCodeBody(QStringLiteral("an/claude-test"), true);
        const TestResponse r = call(
            anthropicPost("/v1/messages", compact(body), "anthropic-beta: prompt-caching-2024-07-31\r\n"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-translated"), QByteArray("false"));
        const QList<Event> ev = events(r.body);
        QCOMPARE(ev.first().name, QByteArray("message_start"));
        QCOMPARE(ev.last().name, QByteArray("message_stop"));
        const FakeUpstream::Request up = lastUpstream();
        QCOMPARE(up.headers.value("anthropic-beta"), QByteArray("prompt-caching-2024-07-31"));
        // Passthrough: the body went out as the client wrote it, model swapped.
        QJsonObject expected = body;
        expected.insert(QStringLiteral("model"), QStringLiteral("claude-test"));
        QCOMPARE(parse(up.body), expected);
        verifyUsage(lastRecord(), 19, 7, 5, 3, 0);
    }

    void azureDeployment()
    {
        const TestResponse r =
            chat(QJsonObject{{QStringLiteral("model"), QStringLiteral("az/my-deployment")},
                             {QStringLiteral("messages"),
                              QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                     {QStringLiteral("content"), QStringLiteral("hi")}}}}});
        QCOMPARE(r.status, 200);
        const FakeUpstream::Request up = lastUpstream();
        QCOMPARE(up.path,
                 QByteArray("/openai/deployments/my-deployment/chat/completions?api-version=2024-10-21"));
        QCOMPARE(up.headers.value("api-key"), kUpstreamKey);
        QVERIFY(!up.headers.contains("authorization"));
        verifyUsage(lastRecord(), 12, 5, 0, 0, 0);
    }

    void embeddingsAndCompletions()
    {
        TestResponse r = call(
            TestClient::post("/v1/embeddings", "{\"model\":\"oa/embed\",\"input\":[\"a\",\"b\"]}", kToken));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("data")).toArray().size(), 2);
        QCOMPARE(lastUpstream().path, QByteArray("/v1/embeddings"));
        QCOMPARE(lastRecord().usage.inputTokens, 8);
        r = call(
            TestClient::post("/v1/completions", "{\"model\":\"oa/complete\",\"prompt\":\"def f(\"}", kToken));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("object")).toString(), QStringLiteral("text_completion"));
        QCOMPARE(lastUpstream().path, QByteArray("/v1/completions"));
        // No embeddings at Anthropic: a clear 400, not a wrong answer.
        m_upstream.clear();
        r = call(TestClient::post("/v1/embeddings", "{\"model\":\"an/embed\",\"input\":\"a\"}", kToken));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("unsupported_endpoint"));
        QVERIFY(m_upstream.requests().isEmpty());
    }

    // ---- errors in the client's own envelope --------------------------------------------------

    void errorsInTheClientsDialect()
    {
        // Anthropic client, OpenAI-kind upstream rate limiting: Anthropic's 429 with Retry-After.
        TestResponse r = call(
            anthropicPost("/v1/messages", compact(claudeCodeBody(QStringLiteral("oa/fail-429"), false))));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(QLatin1String("type")).toString(), QStringLiteral("error"));
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("rate_limit_error"));
        QCOMPARE(r.header("retry-after"), QByteArray("7"));

        // Overload: 529 for Anthropic clients, 503 for OpenAI clients.
        r = call(
            anthropicPost("/v1/messages", compact(claudeCodeBody(QStringLiteral("an/fail-529"), false))));
        QCOMPARE(r.status, 529);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("overloaded_error"));
        r = chat(chatToolsBody(QStringLiteral("an/fail-529"), false));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("overloaded_error"));
        r = chat(chatToolsBody(QStringLiteral("ge/fail-503"), false));
        QCOMPARE(r.status, 503);

        // Context too long: a 400 the client can act on, whoever said it.
        r = chat(chatToolsBody(QStringLiteral("an/context-length"), false));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("context_length_exceeded"));
        QVERIFY(r.json()[QLatin1String("error")][QLatin1String("message")].toString().contains(
            QLatin1String("too long")));

        // Gemini's RESOURCE_EXHAUSTED to an Anthropic client.
        r = call(
            anthropicPost("/v1/messages", compact(claudeCodeBody(QStringLiteral("ge/fail-429"), false))));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("rate_limit_error"));

        // The wire layer's and the access checks' errors also come in Anthropic's envelope.
        r = call(TestClient::post("/v1/messages",
                                  compact(claudeCodeBody(QStringLiteral("claude-code"), false)), {},
                                  anthropicHeaders()));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("authentication_error"));
        r = call(anthropicPost("/v1/messages", "{\"model\": oops"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("invalid_request_error"));
        r = call(
            anthropicPost("/v1/messages", compact(claudeCodeBody(QStringLiteral("no-such-route"), false))));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("not_found_error"));
        const UsageRecord rec = lastRecord();
        QCOMPARE(rec.status, 404);
        QCOMPARE(rec.errorCode, QStringLiteral("model_not_found"));
    }

    void fallbackAcrossDialects()
    {
        // First target speaks Anthropic and is overloaded; the OpenAI-kind backup answers.
        const TestResponse r = chat(chatToolsBody(QStringLiteral("cross-fallback"), false));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("2"));
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("oa"));
        QCOMPARE(r.json()[QLatin1String("choices")][0][QLatin1String("message")][QLatin1String("content")]
                     .toString(),
                 QStringLiteral("Hello from rescued!"));
        const UsageRecord rec = lastRecord();
        QCOMPARE(rec.attempts.size(), 2);
        QCOMPARE(rec.attempts[0].provider, QStringLiteral("an"));
        QCOMPARE(rec.attempts[0].status, 529);
        QCOMPARE(rec.attempts[1].status, 200);
    }

    void failureAfterFirstByteEndsWithDialectErrorEvent()
    {
        // The upstream sends one chunk, then stalls past upstream.idleTimeoutMs (700 ms).
        TestResponse r = call(
            anthropicPost("/v1/messages", compact(claudeCodeBody(QStringLiteral("oa/slow-stream"), true))),
            5000);
        QCOMPARE(r.status, 200);
        QList<Event> ev = events(r.body);
        QCOMPARE(ev.first().name, QByteArray("message_start"));
        QCOMPARE(ev.last().name, QByteArray("error"));
        QCOMPARE(ev.last().json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("timeout_error"));
        for (const Event &e : ev)
            QVERIFY(e.name != "message_stop");

        r = call(TestClient::post("/v1/responses", compact(codexBody(QStringLiteral("oa/slow-stream"), true)),
                                  kToken),
                 5000);
        ev = events(r.body);
        QCOMPARE(ev.last().name, QByteArray("error"));
        for (const Event &e : ev)
            QVERIFY(e.name != "response.completed");
        QCOMPARE(lastRecord().status, 504);
    }

    void modelsWithContextWindows()
    {
        const TestResponse r = call(TestClient::get("/v1/models", kToken));
        QCOMPARE(r.status, 200);
        QJsonObject route, direct, unknown;
        for (const QJsonValue &v : r.json().value(QLatin1String("data")).toArray()) {
            const QString id = v[QLatin1String("id")].toString();
            if (id == QLatin1String("catalogued"))
                route = v.toObject();
            else if (id == QLatin1String("an/claude-sonnet-4-5-20250929"))
                direct = v.toObject();
            else if (id == QLatin1String("oa/tools"))
                unknown = v.toObject();
        }
        // A route is described by its first target; a dated version matches its catalog entry.
        QCOMPARE(route.value(QLatin1String("context_window")).toInteger(), 200000);
        QCOMPARE(direct.value(QLatin1String("context_window")).toInteger(), 200000);
        QCOMPARE(direct.value(QLatin1String("max_output_tokens")).toInteger(), 64000);
        QVERIFY(!unknown.isEmpty());
        QVERIFY(!unknown.contains(QLatin1String("context_window"))); // unknown: absent, never a guess
    }

    void requestIds()
    {
        TestResponse r = call(
            anthropicPost("/v1/messages", compact(claudeCodeBody(QStringLiteral("claude-code"), false))));
        QVERIFY(r.header("request-id").startsWith("req_sy_"));
        QCOMPARE(lastRecord().requestId, r.header("request-id"));
        r = chat(chatToolsBody(QStringLiteral("ge/gemini-test"), false));
        QVERIFY(r.header("x-request-id").startsWith("req_sy_"));
    }

    void usageStoredAndQueryable()
    {
        // The same model streamed and not: the store holds both with the same exact tokens and cost.
        const QJsonObject body = claudeCodeBody(QStringLiteral("an/claude-sonnet-4-5"), false);
        QJsonObject streamed = body;
        streamed.insert(QStringLiteral("stream"), true);
        QTest::qWait(5); // the earlier tests' requests all started before `from`
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(call(anthropicPost("/v1/messages", compact(body))).status, 200);
        QCOMPARE(call(anthropicPost("/v1/messages", compact(streamed))).status, 200);
        QCOMPARE(chat(chatToolsBody(QStringLiteral("an/claude-sonnet-4-5"), true)).status,
                 200); // translated stream

        TestResponse r =
            call(TestClient::get("/v1/switchyard/requests?from=" + QByteArray::number(from), kToken));
        QCOMPARE(r.status, 200);
        const QJsonArray rows = r.json().value(QLatin1String("data")).toArray();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[QLatin1String("app")].toString(), QStringLiteral("dialects"));
            QCOMPARE(row[QLatin1String("provider")].toString(), QStringLiteral("an"));
            QCOMPARE(row[QLatin1String("inputTokens")].toInt(), 19);
            QCOMPARE(row[QLatin1String("cachedReadTokens")].toInt(), 5);
            QCOMPARE(row[QLatin1String("cacheWriteTokens")].toInt(), 3);
            QCOMPARE(row[QLatin1String("outputTokens")].toInt(), 7);
            QCOMPARE(row[QLatin1String("usageEstimated")].toInt(), 0);
            QCOMPARE(row[QLatin1String("costMicros")], rows[0][QLatin1String("costMicros")]); // same cost
            QCOMPARE(row[QLatin1String("attempts")].toArray().size(), 1);
        }
        // Claude Sonnet 4.5 at $3 in, $0.30 cache read, $3.75 cache write, $15 out (the catalog):
        // 11 × 3 + 5 × 0.3 + 3 × 3.75 + 7 × 15 = 150.75 micro-dollars → 151.
        QCOMPARE(rows[0][QLatin1String("costMicros")].toInteger(), 151);
        // One of each: plain, streamed, and streamed through translation (the three may share a
        // millisecond, so their order is not asserted).
        QSet<QString> kinds;
        for (const QJsonValue &row : rows)
            kinds << QStringLiteral("%1/%2")
                         .arg(row[QLatin1String("stream")].toInt())
                         .arg(row[QLatin1String("translated")].toInt());
        QCOMPARE(kinds, QSet<QString>({QStringLiteral("0/0"), QStringLiteral("1/0"), QStringLiteral("1/1")}));

        r = call(TestClient::get(
            "/v1/switchyard/usage?bucket=none&groupBy=model&from=" + QByteArray::number(from), kToken));
        QCOMPARE(r.status, 200);
        QJsonObject sonnet;
        for (const QJsonValue &row : r.json().value(QLatin1String("rows")).toArray()) {
            if (row[QLatin1String("group")].toString() == QLatin1String("an/claude-sonnet-4-5"))
                sonnet = row.toObject();
        }
        QCOMPARE(sonnet.value(QLatin1String("requests")).toInt(), 3);
        QCOMPARE(sonnet.value(QLatin1String("inputTokens")).toInt(), 57);
        QCOMPARE(sonnet.value(QLatin1String("outputTokens")).toInt(), 21);
        QCOMPARE(sonnet.value(QLatin1String("costMicros")).toInt(), 453);
        QCOMPARE(sonnet.value(QLatin1String("unpricedRequests")).toInt(), 0);

        // A model the catalog does not price is recorded as unpriced, never as $0. (Rollups are
        // hourly: compare this hour's count before and after.)
        auto unpricedTools = [&] {
            const TestResponse u =
                call(TestClient::get("/v1/switchyard/usage?bucket=none&groupBy=model", kToken));
            for (const QJsonValue &row : u.json().value(QLatin1String("rows")).toArray()) {
                if (row[QLatin1String("group")].toString() == QLatin1String("oa/tools"))
                    return std::pair{row[QLatin1String("unpricedRequests")].toInt(),
                                     row[QLatin1String("costMicros")].toInt()};
            }
            return std::pair{0, 0};
        };
        const auto before = unpricedTools();
        QCOMPARE(chat(chatToolsBody(QStringLiteral("oa/tools"), false)).status, 200);
        r = call(TestClient::get("/v1/switchyard/requests?limit=1", kToken));
        QVERIFY(r.json()[QLatin1String("data")][0][QLatin1String("costMicros")].isNull());
        const auto after = unpricedTools();
        QCOMPARE(after.first, before.first + 1);
        QCOMPARE(after.second, 0);

        r = call(
            TestClient::get("/v1/switchyard/requests?format=csv&from=" + QByteArray::number(from), kToken));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/csv"));
        QCOMPARE(r.body.count("\r\n"), 5); // header + 4 rows
        QVERIFY(r.body.startsWith("requestId,startedAt,app,"));

        r = call(TestClient::get("/v1/switchyard/usage?from=yesterday", kToken));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("invalid_time_range"));
    }

    void priceOverrides()
    {
        // oa/reasoning at the config's $1 in / $2 out per 1M: 20 × 1 + 9 × 2 = 38 micro-dollars.
        QCOMPARE(chat(chatToolsBody(QStringLiteral("oa/reasoning"), false)).status, 200);
        const UsageRecord rec = lastRecord();
        QVERIFY(rec.costMicros);
        QCOMPARE(*rec.costMicros, 38);
        // Per-target latency and error rate in the usage API.
        const TestResponse r =
            call(TestClient::get("/v1/switchyard/usage?bucket=none&groupBy=model", kToken));
        bool seen = false;
        for (const QJsonValue &row : r.json().value(QLatin1String("rows")).toArray()) {
            if (row[QLatin1String("group")].toString() != QLatin1String("oa/reasoning"))
                continue;
            seen = true;
            QVERIFY(row[QLatin1String("latency")][QLatin1String("p95Ms")].toInteger() >= 1);
            QVERIFY(row.toObject().contains(QLatin1String("errorRate")));
        }
        QVERIFY(seen);
    }

    void budgets()
    {
        // Claude Sonnet 4.5 answers cost 151 micro-dollars each (see usageStoredAndQueryable).
        const QByteArray body = compact(claudeCodeBody(QStringLiteral("an/claude-sonnet-4-5"), false));
        auto post = [&](const QByteArray &token, const QByteArray &json) {
            return call(TestClient::post("/v1/messages", json, token, anthropicHeaders()));
        };
        TestResponse r = post("sy-budget-token", body); // spent 0 → 151
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("x-switchyard-budget-warning").isEmpty());
        r = post("sy-budget-token", body); // 151 → 302
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("x-switchyard-budget-warning").isEmpty());
        r = post("sy-budget-token", body); // 302 is past half of 400: warned, still served → 453
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("x-switchyard-budget-warning").contains("monthly budget of $0.000400"),
                 r.header("x-switchyard-budget-warning").constData());
        const qint64 upstreamBefore = m_upstream.requests().size();
        r = post("sy-budget-token", body); // over budget: refused before any provider is called
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("type")].toString(),
                 QStringLiteral("rate_limit_error"));
        const QString message = r.json()[QLatin1String("error")][QLatin1String("message")].toString();
        QVERIFY2(message.contains(
                     QLatin1String("'budgeted' has spent $0.000453 of its monthly budget of $0.000400")),
                 qPrintable(message));
        QCOMPARE(m_upstream.requests().size(), upstreamBefore);
        QCOMPARE(lastRecord().errorCode, QStringLiteral("budget_exceeded"));
        // Other apps are not affected.
        QCOMPARE(call(anthropicPost("/v1/messages", body)).status, 200);

        // A budget never spends on an unknown price: unpriced targets are skipped…
        r = chat(
            chatToolsBody(QStringLiteral("priced-fallback"), false)); // the unbudgeted app uses the first
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("oa"));
        r = call(TestClient::post("/v1/chat/completions",
                                  compact(chatToolsBody(QStringLiteral("priced-fallback"), false)),
                                  "sy-big-budget-token"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("x-switchyard-provider"), QByteArray("an"));
        QCOMPARE(r.header("x-switchyard-attempts"), QByteArray("2"));
        // …and with none left, the request is refused with the reason.
        r = call(TestClient::post("/v1/chat/completions",
                                  compact(chatToolsBody(QStringLiteral("oa/tools"), false)),
                                  "sy-big-budget-token"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json()[QLatin1String("error")][QLatin1String("code")].toString(),
                 QStringLiteral("budget_unpriced_model"));
    }

    void responseCache()
    {
        // Anthropic passthrough, temperature 0: the second identical request never reaches the provider.
        QJsonObject body = claudeCodeBody(QStringLiteral("cached"), false);
        body.insert(QStringLiteral("temperature"), 0);
        TestResponse first = call(anthropicPost("/v1/messages", compact(body)));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("x-switchyard-cache"), QByteArray("miss"));
        const qsizetype upstreamAfterFirst = m_upstream.requests().size();
        TestResponse second = call(anthropicPost("/v1/messages", compact(body)));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("x-switchyard-cache"), QByteArray("hit"));
        QCOMPARE(second.header("x-switchyard-provider"), QByteArray("an"));
        QCOMPARE(m_upstream.requests().size(), upstreamAfterFirst);
        QCOMPARE(second.json()[QLatin1String("content")], first.json()[QLatin1String("content")]);
        for (const char *field :
             {"input_tokens", "cache_read_input_tokens", "cache_creation_input_tokens", "output_tokens"})
            QCOMPARE(second.json()[QLatin1String("usage")][QLatin1String(field)],
                     first.json()[QLatin1String("usage")][QLatin1String(field)]);
        // The hit cost nothing and saved what the first answer cost (151 micro-dollars).
        UsageRecord rec = lastRecord();
        QVERIFY(rec.cacheHit);
        QCOMPARE(*rec.costMicros, 0);
        QCOMPARE(rec.savedMicros, 151);

        // Asked as a stream, the cached answer is replayed as one, in the client's event order.
        QJsonObject streamed = body;
        streamed.insert(QStringLiteral("stream"), true);
        TestResponse replay = call(anthropicPost("/v1/messages", compact(streamed)));
        QCOMPARE(replay.header("x-switchyard-cache"), QByteArray("hit"));
        QList<Event> ev = events(replay.body);
        QCOMPARE(ev.first().name, QByteArray("message_start"));
        QCOMPARE(ev.last().name, QByteArray("message_stop"));
        QString text;
        for (const Event &e : ev) {
            if (e.name == "content_block_delta")
                text += e.json()[QLatin1String("delta")][QLatin1String("text")].toString();
        }
        QCOMPARE(text, QStringLiteral("Hello from claude-sonnet-4-5!"));
        QCOMPARE(m_upstream.requests().size(), upstreamAfterFirst);

        // Bypass: Cache-Control: no-cache fetches afresh; x-switchyard-cache: off neither reads nor writes.
        TestResponse r = call(anthropicPost("/v1/messages", compact(body), "Cache-Control: no-cache\r\n"));
        QCOMPARE(r.header("x-switchyard-cache"), QByteArray("bypass"));
        QCOMPARE(m_upstream.requests().size(), upstreamAfterFirst + 1);
        r = call(anthropicPost("/v1/messages", compact(body), "x-switchyard-cache: off\r\n"));
        QCOMPARE(r.header("x-switchyard-cache"), QByteArray("bypass"));
        QCOMPARE(m_upstream.requests().size(), upstreamAfterFirst + 2);

        // A translated, streamed answer is cached too, and replayed to a non-streaming client.
        QJsonObject tools = chatToolsBody(QStringLiteral("cached-translated"), true);
        tools.insert(QStringLiteral("temperature"), 0);
        QCOMPARE(chat(tools).header("x-switchyard-cache"), QByteArray("miss"));
        tools.remove(QStringLiteral("stream"));
        tools.remove(QStringLiteral("stream_options"));
        r = chat(tools);
        QCOMPARE(r.header("x-switchyard-cache"), QByteArray("hit"));
        const QJsonArray calls =
            r.json()[QLatin1String("choices")][0][QLatin1String("message")][QLatin1String("tool_calls")]
                .toArray();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[1][QLatin1String("function")][QLatin1String("arguments")].toString(),
                 QStringLiteral("{\"tz\":\"Europe/Paris\"}"));

        // Sampled requests are not cached unless the route says so.
        QJsonObject sampled = claudeCodeBody(QStringLiteral("cached"), false);
        QCOMPARE(call(anthropicPost("/v1/messages", compact(sampled))).header("x-switchyard-cache"),
                 QByteArray("skip"));
        QJsonObject any = chatToolsBody(QStringLiteral("cached-any"), false);
        QCOMPARE(chat(any).header("x-switchyard-cache"), QByteArray("miss"));
        QCOMPARE(chat(any).header("x-switchyard-cache"), QByteArray("hit"));

        // Errors are never cached.
        QJsonObject failing = chatToolsBody(QStringLiteral("cached-errors"), false);
        failing.insert(QStringLiteral("temperature"), 0);
        const qsizetype before = m_upstream.requests().size();
        QCOMPARE(chat(failing).status, 400);
        QCOMPARE(chat(failing).status, 400);
        QCOMPARE(m_upstream.requests().size(), before + 2);

        // Entries expire.
        QJsonObject shortLived = claudeCodeBody(QStringLiteral("cached-short"), false);
        shortLived.insert(QStringLiteral("temperature"), 0);
        QCOMPARE(call(anthropicPost("/v1/messages", compact(shortLived))).header("x-switchyard-cache"),
                 QByteArray("miss"));
        QCOMPARE(call(anthropicPost("/v1/messages", compact(shortLived))).header("x-switchyard-cache"),
                 QByteArray("hit"));
        QTest::qWait(1100);
        QCOMPARE(call(anthropicPost("/v1/messages", compact(shortLived))).header("x-switchyard-cache"),
                 QByteArray("miss"));

        // The usage API reports hits and what they saved.
        r = call(TestClient::get("/v1/switchyard/usage?bucket=none&groupBy=route", kToken));
        for (const QJsonValue &row : r.json().value(QLatin1String("rows")).toArray()) {
            if (row[QLatin1String("group")].toString() == QLatin1String("cached")) {
                QCOMPARE(row[QLatin1String("cacheHits")].toInt(), 2);
                QCOMPARE(row[QLatin1String("savedMicros")].toInt(), 302);
            }
        }
    }

    void prometheusMetrics()
    {
        QCOMPARE(chat(chatToolsBody(QStringLiteral("gemini-tools"), false)).status, 200);
        TestResponse r = call(TestClient::get("/metrics", kToken));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain; version=0.0.4"));
        QVERIFY2(r.body.contains(
                     "switchyard_requests_total{route=\"gemini-tools\",provider=\"ge\",model=\"tools\","
                     "status=\"200\"}"),
                 r.body.constData());
        QVERIFY(
            r.body.contains("switchyard_tokens_total{provider=\"ge\",model=\"tools\",type=\"reasoning\"}"));
        QVERIFY(r.body.contains(
            "switchyard_request_duration_seconds_bucket{route=\"gemini-tools\",le=\"+Inf\"}"));
        QVERIFY(r.body.contains("switchyard_in_flight_requests 0"));
        // Once a usage query has brought the store up to date, no record is waiting for it.
        QCOMPARE(call(TestClient::get("/v1/switchyard/usage?bucket=none", kToken)).status, 200);
        r = call(TestClient::get("/metrics", kToken));
        QVERIFY2(r.body.contains("\nswitchyard_usage_records_pending 0\n"), r.body.constData());
        // Like every API path, it needs a token.
        r = call(TestClient::get("/metrics", {}));
        QCOMPARE(r.status, 401);
    }

    void roundRobinAcrossDialects()
    {
        // One keep-alive connection (so one worker and its counter): the two targets take turns, and
        // each answer comes back in the client's dialect whichever provider gave it.
        TestClient client(m_port);
        QVERIFY(client.connect());
        QByteArrayList providers;
        for (int i = 0; i < 4; ++i) {
            const TestResponse r = client.roundTrip(TestClient::post(
                "/v1/chat/completions", compact(chatToolsBody(QStringLiteral("rotating"), false)), kToken));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("x-switchyard-strategy"), QByteArray("round-robin"));
            QCOMPARE(r.json().value(QLatin1String("object")).toString(), QStringLiteral("chat.completion"));
            providers << r.header("x-switchyard-provider");
        }
        QVERIFY(providers[0] != providers[1]);
        QCOMPARE(providers[2], providers[0]);
        QCOMPARE(providers[3], providers[1]);
    }

    void stickySessions()
    {
        // A session id keeps every request of the session on one target, whatever worker or connection
        // serves it; different sessions spread over the targets.
        QSet<QByteArray> seen;
        for (int session = 0; session < 8; ++session) {
            const QByteArray header = "x-claude-code-session-id: s-" + QByteArray::number(session) + "\r\n";
            QByteArray first;
            for (int i = 0; i < 3; ++i) {
                const TestResponse r = call(anthropicPost(
                    "/v1/messages", compact(claudeCodeBody(QStringLiteral("sticky"), false)), header));
                QCOMPARE(r.status, 200);
                if (i == 0)
                    first = r.header("x-switchyard-provider");
                QCOMPARE(r.header("x-switchyard-provider"), first);
            }
            seen << first;
        }
        QCOMPARE(seen.size(), 2);
    }

    void modelsInAnthropicShape()
    {
        const TestResponse r = call(TestClient::get("/v1/models", kToken, anthropicHeaders()));
        QCOMPARE(r.status, 200);
        const QJsonObject list = r.json();
        QCOMPARE(list.value(QLatin1String("has_more")).toBool(true), false);
        const QJsonArray data = list.value(QLatin1String("data")).toArray();
        QVERIFY(!data.isEmpty());
        QCOMPARE(data[0][QLatin1String("type")].toString(), QStringLiteral("model"));
        QCOMPARE(data[0][QLatin1String("id")].toString(), QStringLiteral("claude-code"));
        QVERIFY(data[0][QLatin1String("created_at")].toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(list.value(QLatin1String("first_id")).toString(), QStringLiteral("claude-code"));
    }
};

QTEST_GUILESS_MAIN(TestDialects)
#include "tst_dialects.moc"
