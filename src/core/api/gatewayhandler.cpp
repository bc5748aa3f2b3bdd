// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatewayhandler.h"

#include "accesspolicy.h"
#include "http/httpexchange.h"
#include "llmproxy.h"
#include "openaierror.h"
#include "providers/modelcatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace Switchyard::Api {

namespace {

struct Endpoint
{
    QByteArrayView path;
    QByteArrayView methods; // for 405's Allow header
};

// Paths are matched exactly; every /v1/x is also served as /x, because some clients strip or
// double the /v1 of their base URL.
struct ProxyEndpoint
{
    QByteArrayView path;
    LlmProxy::Endpoint endpoint;
};

constexpr Endpoint kEndpoints[] = {
    {"/", "GET, HEAD"},
    {"/healthz", "GET, HEAD"},
    {"/v1/models", "GET"},
    {"/models", "GET"},
    {"/v1/chat/completions", "POST"},
    {"/chat/completions", "POST"},
    {"/v1/messages", "POST"},
    {"/messages", "POST"},
    {"/v1/messages/count_tokens", "POST"},
    {"/messages/count_tokens", "POST"},
    {"/v1/responses", "POST"},
    {"/responses", "POST"},
    {"/v1/embeddings", "POST"},
    {"/embeddings", "POST"},
    {"/v1/completions", "POST"},
    {"/completions", "POST"},
    {"/metrics", "GET"},
    {"/v1/switchyard/usage", "GET"},
    {"/v1/switchyard/requests", "GET"},
    {"/v1/switchyard/explain", "POST"},
};

constexpr ProxyEndpoint kProxyEndpoints[] = {
    {"/v1/chat/completions", LlmProxy::Endpoint::ChatCompletions},
    {"/chat/completions", LlmProxy::Endpoint::ChatCompletions},
    {"/v1/messages", LlmProxy::Endpoint::Messages},
    {"/messages", LlmProxy::Endpoint::Messages},
    {"/v1/messages/count_tokens", LlmProxy::Endpoint::CountTokens},
    {"/messages/count_tokens", LlmProxy::Endpoint::CountTokens},
    {"/v1/responses", LlmProxy::Endpoint::Responses},
    {"/responses", LlmProxy::Endpoint::Responses},
    {"/v1/embeddings", LlmProxy::Endpoint::Embeddings},
    {"/embeddings", LlmProxy::Endpoint::Embeddings},
    {"/v1/completions", LlmProxy::Endpoint::Completions},
    {"/completions", LlmProxy::Endpoint::Completions},
};

// Anthropic's clients expect Anthropic's error envelope from /v1/messages, also for the errors the
// wire layer and the access checks produce (which are written in OpenAI's).
bool isAnthropicPath(QByteArrayView path)
{
    return path.startsWith("/v1/messages") || path.startsWith("/messages");
}

void toAnthropicError(Http::HttpResponse &response)
{
    const QJsonObject error =
        QJsonDocument::fromJson(response.body).object().value(QLatin1StringView("error")).toObject();
    if (error.isEmpty())
        return;
    Llm::Error e;
    e.status = response.status;
    e.kind = Llm::Error::kindForStatus(response.status);
    e.message = error.value(QLatin1StringView("message")).toString();
    response.body = Llm::encodeError(Llm::Dialect::AnthropicMessages, e);
}

const Endpoint *findEndpoint(QByteArrayView path)
{
    for (const Endpoint &e : kEndpoints) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

} // namespace

GatewayHandler::GatewayHandler(std::shared_ptr<GatewayContext> context) : m_context(std::move(context))
{
    const Config::ConfigSnapshot config = m_context->config();
    m_pool = std::make_unique<Http::UpstreamPool>(config ? config->upstream.maxIdlePerHost : 64,
                                                  config ? config->upstream.maxConnectionsPerHost : 256);
}

GatewayHandler::~GatewayHandler() = default;

const Config::ConfigSnapshot &GatewayHandler::config()
{
    const quint64 generation = m_context->generation();
    if (generation != m_configGeneration) {
        m_config = m_context->config();
        m_configGeneration = generation;
    }
    return m_config;
}

Secrets::KeyRing::Status GatewayHandler::providerKey(const Config::Provider &provider, QByteArray *key)
{
    const quint64 generation = m_context->keys().generation();
    if (generation != m_keysGeneration) {
        m_keys = m_context->keys().snapshot();
        m_keysGeneration = generation;
    }
    return Secrets::KeyRing::lookup(*m_keys, provider, key);
}

const Providers::ProviderWire &GatewayHandler::wireFor(const Config::Provider &provider)
{
    auto it = m_wires.find(provider.id);
    if (it == m_wires.end() || it->baseUrl != provider.baseUrl || it->kind != provider.kind ||
        it->apiVersion != provider.apiVersion || (it->preset ? it->preset->id : QString()) != provider.preset)
        it = m_wires.insert(provider.id, Providers::resolveWire(provider));
    return *it;
}

void GatewayHandler::orderTargets(const Config::Config &config, Routing::Plan &plan,
                                  const QByteArray &stickyKey, qint64 promptTokens, qint64 outputTokens,
                                  bool peek)
{
    Routing::OrderInput in;
    // Peeking (explain) shows the next round-robin turn without taking it.
    in.tick = [this, peek](const QString &route) {
        return peek ? m_roundRobin.value(route) : m_roundRobin[route]++;
    };
    in.random = [this] { return m_random.generateDouble(); };
    in.stickyKey = stickyKey;
    in.health = &m_context->health();
    in.nowMs = QDateTime::currentMSecsSinceEpoch();
    in.promptTokens = promptTokens;
    in.outputTokens = outputTokens;
    in.prices = &config.prices;
    in.explain = peek;
    Routing::Router::order(config, plan, in);
    Routing::Router::admit(plan, m_context->health(), in.nowMs);
}

std::optional<Http::HttpResponse> GatewayHandler::checkHeaders(Http::HttpRequest &request)
{
    std::optional<Http::HttpResponse> refused =
        AccessPolicy::check(*config(), request, m_context->accessState());
    if (refused && isAnthropicPath(request.path))
        toAnthropicError(*refused);
    return refused;
}

Http::HttpResponse GatewayHandler::errorResponse(int status, const QByteArray &message,
                                                 const Http::HttpRequest &request)
{
    OpenAiError e;
    e.status = status;
    e.message = QString::fromLatin1(message);
    switch (status) {
    case 408: e.code = QStringLiteral("request_timeout"); break;
    case 413:
        e.code = QStringLiteral("request_too_large");
        if (const Config::ConfigSnapshot &c = config())
            e.message += QStringLiteral(" (%1 bytes; server.maxBodyBytes)").arg(c->server.maxBodyBytes);
        break;
    case 431: e.code = QStringLiteral("headers_too_large"); break;
    default: e.code = QStringLiteral("bad_request"); break;
    }
    Http::HttpResponse r = e.response();
    if (isAnthropicPath(request.path))
        toAnthropicError(r);
    AccessPolicy::addCorsHeaders(request, r.headers);
    return r;
}

void GatewayHandler::respondJson(Http::HttpExchange *exchange, int status, const QByteArray &json)
{
    Http::HttpHeaders headers;
    headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    AccessPolicy::addCorsHeaders(exchange->request(), headers);
    exchange->respond(status, std::move(headers), json);
}

void GatewayHandler::handle(Http::HttpExchange *exchange)
{
    const Http::HttpRequest &request = exchange->request();
    const Endpoint *endpoint = findEndpoint(request.path);
    const bool known = endpoint != nullptr;
    const QByteArray &method = request.method;
    if (known && method == "POST" && request.path == "/v1/switchyard/explain") {
        // The body is the request as a client would send it; ?endpoint= says to which API (default
        // chat/completions), ?app= decides as for another app.
        const QUrlQuery query(QString::fromUtf8(request.query));
        const QString name = query.queryItemValue(QStringLiteral("endpoint"));
        LlmProxy::Endpoint which = LlmProxy::Endpoint::ChatCompletions;
        if (name == QLatin1StringView("messages"))
            which = LlmProxy::Endpoint::Messages;
        else if (name == QLatin1StringView("responses"))
            which = LlmProxy::Endpoint::Responses;
        else if (!name.isEmpty() && name != QLatin1StringView("chat.completions") &&
                 name != QLatin1StringView("chat/completions")) {
            OpenAiError e;
            e.status = 400;
            e.message = QStringLiteral("unknown endpoint '%1' (chat.completions, messages or responses)")
                            .arg(name.left(100));
            e.code = QStringLiteral("invalid_value");
            e.param = QStringLiteral("endpoint");
            respondError(exchange, e.response());
            return;
        }
        auto *proxy = new LlmProxy(exchange, this, which);
        proxy->explain(query.queryItemValue(QStringLiteral("app")));
        return;
    }
    if (known && method == "POST") {
        for (const ProxyEndpoint &p : kProxyEndpoints) {
            if (p.path == request.path) {
                auto *proxy = new LlmProxy(exchange, this, p.endpoint);
                proxy->start();
                return;
            }
        }
    }
    if (known && (method == "GET" || method == "HEAD")) {
        if (request.path == "/") {
            const QJsonObject info{{QStringLiteral("name"), QStringLiteral("Switchyard")},
                                   {QStringLiteral("version"), QStringLiteral(SWITCHYARD_VERSION)},
                                   {QStringLiteral("api"), QStringLiteral("/v1")}};
            respondJson(exchange, 200, QJsonDocument(info).toJson(QJsonDocument::Compact));
            return;
        }
        if (request.path == "/healthz") {
            respondJson(exchange, 200, QByteArrayLiteral("{\"status\":\"ok\"}"));
            return;
        }
        if (method == "GET" && (request.path == "/v1/models" || request.path == "/models")) {
            serveModels(exchange, *config());
            return;
        }
        if (method == "GET" && request.path == "/metrics") {
            serveMetrics(exchange);
            return;
        }
        if (method == "GET" && request.path.startsWith("/v1/switchyard/")) {
            serveUsage(exchange, request.path == "/v1/switchyard/requests");
            return;
        }
    }
    OpenAiError e;
    if (known) {
        e.status = 405;
        e.message = QStringLiteral("%1 is not allowed on %2 (allowed: %3)")
                        .arg(QString::fromLatin1(method), QString::fromLatin1(request.path),
                             QString::fromLatin1(endpoint->methods.data(), endpoint->methods.size()));
        e.code = QStringLiteral("method_not_allowed");
        Http::HttpResponse r = e.response();
        r.headers.add(QByteArrayLiteral("Allow"), endpoint->methods.toByteArray());
        respondError(exchange, std::move(r));
        return;
    }
    e.status = 404;
    e.message = QStringLiteral("unknown endpoint %1 %2")
                    .arg(QString::fromLatin1(method), QString::fromLatin1(request.path.left(200)));
    e.code = QStringLiteral("unknown_url");
    respondError(exchange, e.response());
}

void GatewayHandler::respondError(Http::HttpExchange *exchange, Http::HttpResponse response)
{
    const Http::HttpRequest &request = exchange->request();
    if (isAnthropicPath(request.path))
        toAnthropicError(response);
    AccessPolicy::addCorsHeaders(request, response.headers);
    exchange->respond(std::move(response));
}

void GatewayHandler::serveModels(Http::HttpExchange *exchange, const Config::Config &config)
{
    // OpenAI's list shape (https://platform.openai.com/docs/api-reference/models/list): routes first,
    // then every provider/model a route mentions, each once.
    QStringList allowed;
    const QByteArray &principal = exchange->request().principal;
    if (!principal.isEmpty()) {
        for (const Config::AccessToken &t : config.tokens) {
            if (t.name == QString::fromUtf8(principal))
                allowed = t.routes;
        }
    }
    const qint64 created = m_context->startedAt();
    // Anthropic's SDKs list models with an anthropic-version header, and expect Anthropic's shape.
    const bool anthropic = !exchange->request().headers.value("anthropic-version").isEmpty();
    const QString createdAt = QDateTime::fromSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODate);
    QJsonArray data;
    QSet<QString> seen;
    // Context window of what the id names: the model itself, or a route's first target.
    auto describe = [&](QJsonObject &o, const Config::Provider *provider, const QString &model) {
        if (!provider)
            return;
        if (const auto info = Providers::ModelCatalog::builtin().find(*provider, model)) {
            o.insert(QStringLiteral("context_window"), info->contextWindow);
            o.insert(QStringLiteral("context_length"), info->contextWindow); // OpenRouter's name for it
            if (info->maxOutputTokens > 0)
                o.insert(QStringLiteral("max_output_tokens"), info->maxOutputTokens);
        }
    };
    auto add = [&](const QString &id, const QString &owner, const Config::Provider *provider,
                   const QString &model) {
        if (seen.contains(id))
            return;
        seen.insert(id);
        if (anthropic) {
            // https://docs.anthropic.com/en/api/models-list (checked 2026-11-25)
            data.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("model")},
                                    {QStringLiteral("id"), id},
                                    {QStringLiteral("display_name"), id},
                                    {QStringLiteral("created_at"), createdAt}});
            return;
        }
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("object"), QStringLiteral("model")},
                      {QStringLiteral("created"), created},
                      {QStringLiteral("owned_by"), owner}};
        describe(o, provider, model);
        data.append(o);
    };
    for (const Config::Route &route : config.routes) {
        if (allowed.isEmpty() || allowed.contains(route.name))
            add(route.name, QStringLiteral("switchyard"),
                route.targets.isEmpty() ? nullptr : config.provider(route.targets.first().provider),
                route.targets.isEmpty() ? QString() : route.targets.first().model);
    }
    for (const Config::Route &route : config.routes) {
        for (const Config::RouteTarget &t : route.targets) {
            const QString id = t.provider + QLatin1Char('/') + t.model;
            if (allowed.isEmpty() || allowed.contains(id) ||
                allowed.contains(t.provider + QLatin1String("/*")))
                add(id, t.provider, config.provider(t.provider), t.model);
        }
    }
    if (anthropic) {
        const QJsonObject list{
            {QStringLiteral("data"), data},
            {QStringLiteral("has_more"), false},
            {QStringLiteral("first_id"),
             data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.first()[QLatin1StringView("id")]},
            {QStringLiteral("last_id"),
             data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.last()[QLatin1StringView("id")]}};
        respondJson(exchange, 200, QJsonDocument(list).toJson(QJsonDocument::Compact));
        return;
    }
    const QJsonObject list{{QStringLiteral("object"), QStringLiteral("list")},
                           {QStringLiteral("data"), data}};
    respondJson(exchange, 200, QJsonDocument(list).toJson(QJsonDocument::Compact));
}

void GatewayHandler::serveMetrics(Http::HttpExchange *exchange)
{
    const std::shared_ptr<Usage::UsageWriter> writer = m_context->usageWriter();
    Http::HttpHeaders headers;
    headers.add(QByteArrayLiteral("Content-Type"),
                QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
    exchange->respond(
        200, std::move(headers),
        m_context->metrics().exposition(writer ? writer->dropped() : 0, writer ? writer->pending() : 0) +
            m_context->health().exposition(QDateTime::currentMSecsSinceEpoch()));
}

Usage::UsageStore *GatewayHandler::usageReader()
{
    const std::shared_ptr<Usage::UsageWriter> writer = m_context->usageWriter();
    if (!writer)
        return nullptr;
    if (!m_usageReader) {
        m_usageReader = std::make_unique<Usage::UsageStore>();
        QString error;
        if (!m_usageReader->open(writer->path(), &error)) {
            m_usageReader.reset();
            return nullptr;
        }
    }
    // Read your own writes: what was recorded before this query is committed first.
    writer->flush();
    return m_usageReader.get();
}

namespace {

std::optional<qint64> parseTime(const QByteArray &value, qint64 fallback)
{
    if (value.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    if (ok)
        return ms;
    const QDateTime t =
        QDateTime::fromString(QString::fromUtf8(QByteArray::fromPercentEncoding(value)), Qt::ISODateWithMs);
    if (t.isValid())
        return t.toMSecsSinceEpoch();
    return std::nullopt;
}

QByteArray csvField(const QJsonValue &v)
{
    QByteArray s = v.isString()   ? v.toString().toUtf8()
                   : v.isDouble() ? QByteArray::number(v.toDouble(), 'g', 17)
                   : v.isNull()
                       ? QByteArray()
                       : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (s.contains(',') || s.contains('"') || s.contains('\n')) {
        s.replace('"', "\"\"");
        s = '"' + s + '"';
    }
    return s;
}

QByteArray toCsv(const QList<QJsonObject> &rows, const QStringList &columns)
{
    QByteArray out = columns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const QJsonObject &row : rows) {
        QByteArrayList fields;
        for (const QString &c : columns)
            fields << csvField(row.value(c));
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QJsonObject usageRowJson(const Usage::UsageRow &r, bool withStart)
{
    QJsonObject o{
        {QStringLiteral("group"), r.group},
        {QStringLiteral("requests"), r.requests},
        {QStringLiteral("errors"), r.errors},
        {QStringLiteral("inputTokens"), r.inputTokens},
        {QStringLiteral("outputTokens"), r.outputTokens},
        {QStringLiteral("cachedReadTokens"), r.cachedReadTokens},
        {QStringLiteral("cacheWriteTokens"), r.cacheWriteTokens},
        {QStringLiteral("reasoningTokens"), r.reasoningTokens},
        {QStringLiteral("costMicros"), r.costMicros},
        {QStringLiteral("costUsd"), double(r.costMicros) / 1e6},
        {QStringLiteral("unpricedRequests"), r.unpriced},
        {QStringLiteral("estimatedRequests"), r.estimated},
        {QStringLiteral("cacheHits"), r.cacheHits},
        {QStringLiteral("savedMicros"), r.savedMicros},
        {QStringLiteral("savedUsd"), double(r.savedMicros) / 1e6},
        {QStringLiteral("avgLatencyMs"), r.requests ? double(r.latencyMsSum) / double(r.requests) : 0.0}};
    if (withStart)
        o.insert(QStringLiteral("start"),
                 QDateTime::fromMSecsSinceEpoch(r.bucketStartMs, Qt::UTC).toString(Qt::ISODate));
    return o;
}

} // namespace

void GatewayHandler::serveUsage(Http::HttpExchange *exchange, bool rawRows)
{
    // GET
    // /v1/switchyard/usage?from&to&bucket=hour|day|none&groupBy=provider|model|route|app|none&format=json|csv
    // GET /v1/switchyard/requests?from&to&limit&format=json|csv
    const Http::HttpRequest &request = exchange->request();
    auto fail = [&](int status, const QString &message, const QString &code) {
        OpenAiError e;
        e.status = status;
        e.message = message;
        e.code = code;
        respondError(exchange, e.response());
    };
    Usage::UsageStore *store = usageReader();
    if (!store) {
        fail(404,
             QStringLiteral("usage is not being stored by this instance (start it with a data directory)"),
             QStringLiteral("usage_store_disabled"));
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<qint64> to = parseTime(request.queryValue("to"), now + 1);
    const std::optional<qint64> from =
        parseTime(request.queryValue("from"), to.value_or(now) - 30LL * 86'400'000);
    if (!from || !to || *from >= *to) {
        fail(400,
             QStringLiteral("'from' and 'to' must be epoch milliseconds or ISO 8601 times, from before to"),
             QStringLiteral("invalid_time_range"));
        return;
    }
    const QByteArray format = request.queryValue("format");
    const bool csv = format == "csv";
    if (!format.isEmpty() && !csv && format != "json") {
        fail(400, QStringLiteral("'format' must be json or csv"), QStringLiteral("invalid_format"));
        return;
    }
    QByteArray body;
    if (rawRows) {
        bool ok = true;
        const QByteArray limitValue = request.queryValue("limit");
        const int limit = limitValue.isEmpty() ? 1000 : limitValue.toInt(&ok);
        if (!ok || limit < 1 || limit > 1'000'000) {
            fail(400, QStringLiteral("'limit' must be between 1 and 1000000"),
                 QStringLiteral("invalid_limit"));
            return;
        }
        const QList<QJsonObject> rows = store->rows(*from, *to, limit);
        if (csv) {
            body = toCsv(rows, {QStringLiteral("requestId"),
                                QStringLiteral("startedAt"),
                                QStringLiteral("app"),
                                QStringLiteral("endpoint"),
                                QStringLiteral("dialect"),
                                QStringLiteral("requestedModel"),
                                QStringLiteral("route"),
                                QStringLiteral("provider"),
                                QStringLiteral("model"),
                                QStringLiteral("status"),
                                QStringLiteral("errorCode"),
                                QStringLiteral("stream"),
                                QStringLiteral("translated"),
                                QStringLiteral("cacheHit"),
                                QStringLiteral("inputTokens"),
                                QStringLiteral("outputTokens"),
                                QStringLiteral("cachedReadTokens"),
                                QStringLiteral("cacheWriteTokens"),
                                QStringLiteral("reasoningTokens"),
                                QStringLiteral("usageEstimated"),
                                QStringLiteral("costMicros"),
                                QStringLiteral("latencyMs"),
                                QStringLiteral("firstByteMs"),
                                QStringLiteral("attempts")});
        } else {
            QJsonArray data;
            for (const QJsonObject &r : rows)
                data.append(r);
            body = QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                             {QStringLiteral("data"), data}})
                       .toJson(QJsonDocument::Compact);
        }
    } else {
        Usage::UsageQuery query;
        query.fromMs = *from;
        query.toMs = *to;
        const QByteArray bucket = request.queryValue("bucket");
        const QByteArray groupBy = request.queryValue("groupBy");
        if (bucket == "hour")
            query.bucket = Usage::UsageQuery::Bucket::Hour;
        else if (bucket == "day" || bucket.isEmpty())
            query.bucket = Usage::UsageQuery::Bucket::Day;
        else if (bucket != "none") {
            fail(400, QStringLiteral("'bucket' must be hour, day or none"), QStringLiteral("invalid_bucket"));
            return;
        }
        if (groupBy == "provider")
            query.groupBy = Usage::UsageQuery::GroupBy::Provider;
        else if (groupBy == "model")
            query.groupBy = Usage::UsageQuery::GroupBy::Model;
        else if (groupBy == "route")
            query.groupBy = Usage::UsageQuery::GroupBy::Route;
        else if (groupBy == "app")
            query.groupBy = Usage::UsageQuery::GroupBy::App;
        else if (!groupBy.isEmpty() && groupBy != "none") {
            fail(400, QStringLiteral("'groupBy' must be provider, model, route, app or none"),
                 QStringLiteral("invalid_group_by"));
            return;
        }
        const QList<Usage::UsageRow> rows = store->aggregate(query);
        QList<QJsonObject> objects;
        Usage::UsageRow total;
        for (const Usage::UsageRow &r : rows) {
            objects.append(usageRowJson(r, query.bucket != Usage::UsageQuery::Bucket::None));
            // Per target: latency percentiles from the histograms, beside the error counts.
            if (!csv && (query.groupBy == Usage::UsageQuery::GroupBy::Provider ||
                         query.groupBy == Usage::UsageQuery::GroupBy::Model)) {
                const QString provider = r.group.section(QLatin1Char('/'), 0, 0);
                const QString model = query.groupBy == Usage::UsageQuery::GroupBy::Model
                                          ? r.group.section(QLatin1Char('/'), 1)
                                          : QString();
                const qint64 bucketEnd =
                    query.bucket == Usage::UsageQuery::Bucket::Hour  ? r.bucketStartMs + 3'600'000
                    : query.bucket == Usage::UsageQuery::Bucket::Day ? r.bucketStartMs + 86'400'000
                                                                     : *to;
                const qint64 bucketStart =
                    query.bucket == Usage::UsageQuery::Bucket::None ? *from : r.bucketStartMs;
                const Usage::LatencyStats l = store->latency(bucketStart, bucketEnd, provider, model);
                objects.last().insert(QStringLiteral("latency"),
                                      QJsonObject{{QStringLiteral("p50Ms"), l.p50Ms},
                                                  {QStringLiteral("p95Ms"), l.p95Ms},
                                                  {QStringLiteral("p99Ms"), l.p99Ms}});
                objects.last().insert(QStringLiteral("errorRate"),
                                      r.requests ? double(r.errors) / double(r.requests) : 0.0);
            }
            total.requests += r.requests;
            total.errors += r.errors;
            total.inputTokens += r.inputTokens;
            total.outputTokens += r.outputTokens;
            total.cachedReadTokens += r.cachedReadTokens;
            total.cacheWriteTokens += r.cacheWriteTokens;
            total.reasoningTokens += r.reasoningTokens;
            total.costMicros += r.costMicros;
            total.unpriced += r.unpriced;
            total.estimated += r.estimated;
            total.cacheHits += r.cacheHits;
            total.savedMicros += r.savedMicros;
            total.latencyMsSum += r.latencyMsSum;
        }
        if (csv) {
            body =
                toCsv(objects, {QStringLiteral("start"), QStringLiteral("group"), QStringLiteral("requests"),
                                QStringLiteral("errors"), QStringLiteral("inputTokens"),
                                QStringLiteral("outputTokens"), QStringLiteral("cachedReadTokens"),
                                QStringLiteral("cacheWriteTokens"), QStringLiteral("reasoningTokens"),
                                QStringLiteral("costUsd"), QStringLiteral("unpricedRequests"),
                                QStringLiteral("estimatedRequests"), QStringLiteral("cacheHits"),
                                QStringLiteral("savedUsd"), QStringLiteral("avgLatencyMs")});
        } else {
            const Usage::LatencyStats latency = store->latency(*from, *to);
            QJsonArray data;
            for (const QJsonObject &o : objects)
                data.append(o);
            body =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("from"),
                         QDateTime::fromMSecsSinceEpoch(*from, Qt::UTC).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("to"),
                         QDateTime::fromMSecsSinceEpoch(*to, Qt::UTC).toString(Qt::ISODateWithMs)},
                        {QStringLiteral("bucket"),
                         QString::fromLatin1(bucket.isEmpty() ? QByteArray("day") : bucket)},
                        {QStringLiteral("groupBy"),
                         QString::fromLatin1(groupBy.isEmpty() ? QByteArray("none") : groupBy)},
                        {QStringLiteral("rows"), data},
                        {QStringLiteral("totals"), usageRowJson(total, false)},
                        {QStringLiteral("latency"), QJsonObject{{QStringLiteral("count"), latency.count},
                                                                {QStringLiteral("p50Ms"), latency.p50Ms},
                                                                {QStringLiteral("p95Ms"), latency.p95Ms},
                                                                {QStringLiteral("p99Ms"), latency.p99Ms}}}})
                    .toJson(QJsonDocument::Compact);
        }
    }
    Http::HttpHeaders headers;
    headers.add(QByteArrayLiteral("Content-Type"),
                csv ? QByteArrayLiteral("text/csv; charset=utf-8") : QByteArrayLiteral("application/json"));
    if (csv)
        headers.add(QByteArrayLiteral("Content-Disposition"),
                    rawRows ? QByteArrayLiteral("attachment; filename=\"switchyard-requests.csv\"")
                            : QByteArrayLiteral("attachment; filename=\"switchyard-usage.csv\""));
    AccessPolicy::addCorsHeaders(request, headers);
    exchange->respond(200, std::move(headers), std::move(body));
}

} // namespace Switchyard::Api
