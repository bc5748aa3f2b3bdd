// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmproxy.h"

#include "accesspolicy.h"
#include "gatewayhandler.h"
#include "http/httpexchange.h"
#include "providers/jsonpatch.h"
#include "secrets/redaction.h"
#include "usage/pricing.h"
#include "usage/spendtracker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcProxy, "switchyard.api", QtWarningMsg)

namespace Switchyard::Api {

namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024;
constexpr qsizetype kMaxTranslatedBody = 64 * 1024 * 1024;

using L = QLatin1StringView;

bool isEventStream(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("text/event-stream");
}

Llm::Error makeError(int status, QString message, QString code, QString param = {})
{
    return Llm::Error::make(status, Llm::Error::kindForStatus(status), std::move(message), std::move(code),
                            std::move(param));
}

Providers::Operation operationOf(LlmProxy::Endpoint e)
{
    switch (e) {
    case LlmProxy::Endpoint::CountTokens: return Providers::Operation::CountTokens;
    case LlmProxy::Endpoint::Embeddings: return Providers::Operation::Embeddings;
    case LlmProxy::Endpoint::Completions: return Providers::Operation::Completions;
    case LlmProxy::Endpoint::ChatCompletions:
    case LlmProxy::Endpoint::Messages:
    case LlmProxy::Endpoint::Responses: break;
    }
    return Providers::Operation::Chat;
}

} // namespace

Llm::Dialect LlmProxy::dialectOf(Endpoint e)
{
    switch (e) {
    case Endpoint::Messages:
    case Endpoint::CountTokens: return Llm::Dialect::AnthropicMessages;
    case Endpoint::Responses: return Llm::Dialect::OpenAiResponses;
    case Endpoint::ChatCompletions:
    case Endpoint::Embeddings:
    case Endpoint::Completions: break;
    }
    return Llm::Dialect::OpenAiChat;
}

QString LlmProxy::endpointName(Endpoint e)
{
    switch (e) {
    case Endpoint::ChatCompletions: return QStringLiteral("chat");
    case Endpoint::Messages: return QStringLiteral("messages");
    case Endpoint::Responses: return QStringLiteral("responses");
    case Endpoint::CountTokens: return QStringLiteral("count_tokens");
    case Endpoint::Embeddings: return QStringLiteral("embeddings");
    case Endpoint::Completions: return QStringLiteral("completions");
    }
    return {};
}

LlmProxy::LlmProxy(Http::HttpExchange *exchange, GatewayHandler *handler, Endpoint endpoint)
    : QObject(exchange), m_exchange(exchange), m_handler(handler), m_endpoint(endpoint),
      m_inbound(dialectOf(endpoint)), m_operation(operationOf(endpoint))
{
    connect(exchange, &Http::HttpExchange::aborted, this, &LlmProxy::onClientAborted);
    connect(exchange, &Http::HttpExchange::writable, this, &LlmProxy::onClientWritable);
    m_clock.start();
    m_requestId = Llm::newRequestId();
    m_record.requestId = m_requestId;
    m_record.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_record.endpoint = endpointName(endpoint);
    m_record.dialect = Llm::dialectName(m_inbound);
}

LlmProxy::~LlmProxy()
{
    if (m_call)
        m_call->abort();
    if (!m_recorded) // the client went away mid-request: still accounted for
        record(499, QStringLiteral("client_closed_request"));
}

bool LlmProxy::validate()
{
    const Http::HttpRequest &request = m_exchange->request();
    m_record.app = m_explainApp.isNull() ? QString::fromUtf8(request.principal) : m_explainApp;
    m_record.bytesIn = request.body.size();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        finishWithError(makeError(400,
                                  QStringLiteral("the request body is not valid JSON (%1 at offset %2)")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset),
                                  QStringLiteral("invalid_json")));
        return false;
    }
    if (!doc.isObject()) {
        finishWithError(makeError(400, QStringLiteral("the request body must be a JSON object"),
                                  QStringLiteral("invalid_json")));
        return false;
    }
    m_parsed = doc.object();
    const QJsonValue model = m_parsed.value(L("model"));
    if (!model.isString() || model.toString().isEmpty()) {
        finishWithError(makeError(400,
                                  QStringLiteral("you must provide a model parameter (a route name or "
                                                 "provider/model)"),
                                  QStringLiteral("missing_required_parameter"), QStringLiteral("model")));
        return false;
    }
    m_requestedModel = model.toString();
    m_record.requestedModel = m_requestedModel;
    const QJsonValue stream = m_parsed.value(L("stream"));
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool()) {
        finishWithError(makeError(400, QStringLiteral("'stream' must be a boolean"),
                                  QStringLiteral("invalid_type"), QStringLiteral("stream")));
        return false;
    }
    m_stream =
        stream.toBool(false) && m_endpoint != Endpoint::CountTokens && m_endpoint != Endpoint::Embeddings;
    m_record.stream = m_stream;
    m_clientWantsUsage =
        m_parsed.value(L("stream_options")).toObject().value(L("include_usage")).toBool(false);
    switch (m_endpoint) {
    case Endpoint::ChatCompletions:
    case Endpoint::Messages:
    case Endpoint::CountTokens:
        if (!m_parsed.value(L("messages")).isArray()) {
            finishWithError(makeError(400, QStringLiteral("'messages' must be an array of message objects"),
                                      QStringLiteral("invalid_type"), QStringLiteral("messages")));
            return false;
        }
        break;
    case Endpoint::Responses:
        // Always translated (no provider but OpenAI has this API): decode now, so a bad request is
        // refused before any routing.
        return canonical() != nullptr;
    case Endpoint::Embeddings:
        if (!m_parsed.contains(L("input"))) {
            finishWithError(makeError(400, QStringLiteral("'input' is required"),
                                      QStringLiteral("missing_required_parameter"), QStringLiteral("input")));
            return false;
        }
        break;
    case Endpoint::Completions:
        if (!m_parsed.contains(L("prompt"))) {
            finishWithError(makeError(400, QStringLiteral("'prompt' is required"),
                                      QStringLiteral("missing_required_parameter"),
                                      QStringLiteral("prompt")));
            return false;
        }
        break;
    }
    return true;
}

const Llm::Request *LlmProxy::canonical()
{
    if (m_request)
        return &*m_request;
    Llm::Request request;
    if (std::optional<Llm::Error> error = Llm::decodeRequest(m_inbound, m_parsed, request)) {
        finishWithError(*error);
        return nullptr;
    }
    if (request.n > 1) {
        finishWithError(makeError(400,
                                  QStringLiteral("n > 1 is only supported when the provider speaks the "
                                                 "client's dialect"),
                                  QStringLiteral("unsupported_parameter"), QStringLiteral("n")));
        return nullptr;
    }
    m_request = std::move(request);
    return &*m_request;
}

void LlmProxy::explain(const QString &app)
{
    m_explain = true;
    m_recorded = true; // not a model request: no usage record, no metrics
    if (!app.isEmpty())
        m_explainApp = app;
    start();
}

void LlmProxy::start()
{
    if (!m_explain) {
        m_handler->context().metrics().requestStarted();
        m_counted = true;
    }
    if (!validate())
        return;
    m_config = m_handler->config();
    QString destination = m_requestedModel;
    if (!applyRules(destination))
        return; // refused, or the body could not be decoded for a rule (answered)
    std::optional<Routing::Plan> plan = Routing::Router::resolve(*m_config, destination);
    if (!plan || plan->targets.isEmpty()) {
        finishWithError(makeError(404,
                                  QStringLiteral("The model '%1' does not exist: it is neither a route nor "
                                                 "provider/model with a configured provider (GET /v1/models "
                                                 "lists what is available)")
                                      .arg(m_requestedModel.left(200)),
                                  QStringLiteral("model_not_found"), QStringLiteral("model")));
        return;
    }
    m_plan = std::move(*plan);
    QByteArray stickyKey;
    if (!m_plan.stickyHeader.isEmpty())
        stickyKey = m_exchange->request().headers.value(m_plan.stickyHeader.toLatin1());
    if (stickyKey.isEmpty() && !m_plan.stickyField.isEmpty()) {
        const QJsonValue v = m_parsed.value(m_plan.stickyField);
        stickyKey = v.isString() ? v.toString().toUtf8() : QByteArray();
    }
    m_handler->orderTargets(*m_config, m_plan, stickyKey, estimatedPromptTokens(), expectedOutputTokens(),
                            m_explain);
    m_record.route = m_plan.route;
    if (m_plan.targets.isEmpty()) {
        // Every target is at a limit (cooldowns alone never empty the plan: see Router::admit).
        QStringList why;
        for (const Routing::Skipped &s : std::as_const(m_plan.skipped))
            why.append(s.target.name() + QLatin1String(": ") + s.reason);
        finishWithError(makeError(429,
                                  QStringLiteral("every target of '%1' is at its limit right now (%2); retry "
                                                 "shortly")
                                      .arg(m_requestedModel.left(200), why.join(QLatin1String("; "))),
                                  QStringLiteral("route_limits_reached")));
        return;
    }
    if (!m_record.app.isEmpty()) {
        for (const Config::AccessToken &t : m_config->tokens) {
            if (t.name != m_record.app)
                continue;
            if (!Routing::Router::isAllowed(t.routes, m_requestedModel, m_plan)) {
                finishWithError(makeError(403,
                                          QStringLiteral("the app token '%1' may not use '%2'")
                                              .arg(m_record.app, m_requestedModel.left(200)),
                                          QStringLiteral("model_not_allowed"), QStringLiteral("model")));
                return;
            }
            if (t.budget.isSet() &&
                !checkBudget(t.budget, QStringLiteral("the app '%1'").arg(m_record.app), m_record.app,
                             QStringLiteral("the token's \"budget\" setting")))
                return;
        }
    }
    if (m_plan.config && m_plan.config->budget.isSet() &&
        !checkBudget(m_plan.config->budget, QStringLiteral("the route '%1'").arg(m_plan.route),
                     Usage::SpendTracker::routeKey(m_plan.route),
                     QStringLiteral("the route's \"budget\" setting")))
        return;
    if (m_config->budget.isSet() &&
        !checkBudget(m_config->budget, QStringLiteral("Switchyard as a whole"),
                     Usage::SpendTracker::totalKey(), QStringLiteral("the top-level \"budget\" setting")))
        return;
    if (m_explain) {
        respondExplain(std::nullopt);
        return;
    }
    if (m_endpoint == Endpoint::CountTokens &&
        !Providers::supports(m_handler->wireFor(*m_plan.targets.first().provider), m_operation)) {
        answerCountTokensLocally();
        return;
    }
    if (lookUpCache())
        return;
    tryNext();
}

bool LlmProxy::lookUpCache()
{
    if (m_operation != Providers::Operation::Chat)
        return false;
    const std::shared_ptr<Cache::ResponseCache> cache = m_handler->context().responseCache();
    if (!cache)
        return false;
    const Config::CacheSettings &global = m_config->cache;
    const Config::Route *route = m_plan.route.isEmpty() ? nullptr : m_config->route(m_plan.route);
    const bool enabled = route && route->cache.enabled != Config::Toggle::Default
                             ? route->cache.enabled == Config::Toggle::On
                             : global.enabled;
    if (!enabled)
        return false;
    const Http::HttpRequest &request = m_exchange->request();
    const QByteArray control = request.headers.value("cache-control").toLower();
    const QByteArray override = request.headers.value("x-switchyard-cache").toLower();
    const bool noStore = control.contains("no-store") || override == "off" || override == "bypass";
    if (noStore || control.contains("no-cache")) {
        m_cacheStatus = QByteArrayLiteral("bypass");
        if (noStore)
            return false; // neither read nor written
    }
    // The key is the request in the canonical model, so the same question asked in another dialect
    // finds the same answer. A request that cannot be decoded is simply not cached.
    if (m_parsed.value(L("n")).toInt(1) > 1)
        return false;
    if (!m_request) {
        Llm::Request decoded;
        if (Llm::decodeRequest(m_inbound, m_parsed, decoded))
            return false;
        m_request = std::move(decoded);
    }
    const bool nonDeterministic = route && route->cache.nonDeterministic != Config::Toggle::Default
                                      ? route->cache.nonDeterministic == Config::Toggle::On
                                      : global.nonDeterministic;
    if (!nonDeterministic && !(m_request->temperature && *m_request->temperature == 0.0)) {
        m_cacheStatus = QByteArrayLiteral("skip"); // sampled answers differ; caching them would be wrong
        return false;
    }
    Llm::Request normalized = *m_request;
    normalized.model = m_requestedModel;
    m_cacheKey = Cache::ResponseCache::key(m_requestedModel, Llm::normalizedRequest(normalized));
    m_cacheTtlMs =
        qint64(route && route->cache.ttlSeconds > 0 ? route->cache.ttlSeconds : global.ttlSeconds) * 1000;
    m_cacheAnswer = std::make_unique<Llm::StreamAccumulator>();
    if (m_cacheStatus == "bypass")
        return false; // no-cache: fetch afresh, then store
    std::optional<Cache::CachedAnswer> hit = cache->get(m_cacheKey, QDateTime::currentMSecsSinceEpoch());
    if (!hit) {
        m_cacheStatus = QByteArrayLiteral("miss");
        return false;
    }
    m_cacheStatus = QByteArrayLiteral("hit");
    m_cacheKey.clear(); // nothing to store
    m_record.cacheHit = true;
    m_record.provider = hit->provider;
    m_record.providerKind = hit->providerKind;
    m_record.model = hit->model;
    m_record.usage = hit->response.usage;
    m_record.costMicros = 0;
    m_record.savedMicros = hit->costMicros.value_or(0);
    if (m_stream) {
        respondSynthesizedStream(hit->response);
        return true;
    }
    Http::HttpHeaders out;
    out.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    addRoutingHeaders(out);
    AccessPolicy::addCorsHeaders(request, out);
    QByteArray body = QJsonDocument(Llm::encodeResponse(m_inbound, hit->response, *m_request))
                          .toJson(QJsonDocument::Compact);
    sent(body);
    record(200, {});
    m_exchange->respond(200, std::move(out), std::move(body));
    return true;
}

void LlmProxy::storeInCache(const Llm::Response &response)
{
    const std::shared_ptr<Cache::ResponseCache> cache = m_handler->context().responseCache();
    if (m_cacheKey.isEmpty() || !cache)
        return;
    switch (response.finishReason) {
    case Llm::FinishReason::Stop:
    case Llm::FinishReason::Length:
    case Llm::FinishReason::ToolCalls:
    case Llm::FinishReason::StopSequence: break;
    default: return; // refusals, filtered and failed answers are not kept
    }
    Cache::CachedAnswer answer;
    answer.response = response;
    answer.provider = m_record.provider;
    answer.providerKind = m_record.providerKind;
    answer.model = m_record.model;
    answer.storedAtMs = QDateTime::currentMSecsSinceEpoch();
    Usage::UsageRecord priced;
    priced.provider = m_record.provider;
    priced.providerKind = m_record.providerKind;
    priced.model = m_record.model;
    priced.status = 200;
    priced.usage = response.usage;
    answer.costMicros = Usage::priceOf(priced, m_config->prices);
    cache->put(m_cacheKey, answer, answer.storedAtMs + m_cacheTtlMs);
    m_cacheKey.clear();
}

bool LlmProxy::checkBudget(const Config::Budget &budget, const QString &who, const QString &key,
                           const QString &setting)
{
    m_budgeted = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Usage::SpendTracker::Spend spent = m_handler->context().spend().spend(key, now);
    auto usd = [](qint64 micros) {
        // Cents for everyday amounts; micro-dollars for the tiny ones, so that "$0.00" never appears.
        return QStringLiteral("$%1").arg(double(micros) / 1e6, 0, 'f', micros > 0 && micros < 10'000 ? 6 : 2);
    };
    struct Period
    {
        const char *name;
        qint64 limit;
        qint64 spent;
        QString resets;
    };
    const Period periods[] = {
        {"daily", budget.dailyMicros, spent.dayMicros, QStringLiteral("at 00:00 UTC")},
        {"monthly", budget.monthlyMicros, spent.monthMicros,
         QStringLiteral("on %1").arg(
             QDateTime::fromMSecsSinceEpoch(Usage::SpendTracker::nextMonthStartMs(now), Qt::UTC)
                 .date()
                 .toString(Qt::ISODate))},
    };
    for (const Period &p : periods) {
        if (p.limit <= 0)
            continue;
        if (p.spent >= p.limit) {
            finishWithError(makeError(
                429,
                QStringLiteral("%1 has spent %2 of its %3 budget of %4; it resets %5 (raise it in %6)")
                    .arg(who, usd(p.spent), QLatin1StringView(p.name), usd(p.limit), p.resets, setting),
                QStringLiteral("budget_exceeded")));
            return false;
        }
        if (p.spent * 100 >= p.limit * budget.warnAtPercent && m_budgetWarning.isEmpty())
            m_budgetWarning = QStringLiteral("%1 of the %2 budget of %3 spent (%4)")
                                  .arg(usd(p.spent), QLatin1StringView(p.name), usd(p.limit), who)
                                  .toUtf8();
    }
    return true;
}

bool LlmProxy::applyRules(QString &destination)
{
    const Config::Config &config = *m_config;
    if (config.rules.isEmpty() && config.defaultRule == Config::RuleAction{})
        return true;
    const quint8 need = Routing::needs(config);
    const Http::HttpRequest &request = m_exchange->request();
    Routing::RuleInput in;
    in.requestedModel = m_requestedModel;
    in.app = m_record.app;
    in.header = [&request](QByteArrayView name) { return request.headers.value(name); };
    in.stream = m_stream;
    if (need & Routing::NeedsTime)
        in.now = QDateTime::currentDateTime();
    in.route = config.route(m_requestedModel) ? m_requestedModel : QString();
    if (need & Routing::NeedsContent) {
        const Llm::Request *decoded = canonical();
        if (!decoded)
            return false;
        Routing::fillContent(in, *decoded);
    }
    Usage::SpendTracker &spend = m_handler->context().spend();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (need & Routing::NeedsSpend) {
        in.spentMicros = [&spend, nowMs](const QString &scope, const QString &period, const QString &key) {
            const QString k = scope == QLatin1StringView("app")     ? key
                              : scope == QLatin1StringView("route") ? Usage::SpendTracker::routeKey(key)
                                                                    : Usage::SpendTracker::totalKey();
            const Usage::SpendTracker::Spend s = spend.spend(k, nowMs);
            return period == QLatin1StringView("month") ? s.monthMicros : s.dayMicros;
        };
    }
    const Routing::RuleMatch match = Routing::evaluateRules(config, in, m_explain);
    m_ruleName = match.name;
    m_ruleIndex = match.index;
    m_ruleTrace = match.trace;
    if (!match.refuse.isEmpty()) {
        finishWithError(makeError(403,
                                  QStringLiteral("refused by rule '%1': %2").arg(match.name, match.refuse),
                                  QStringLiteral("refused_by_rule")));
        return false;
    }
    if (!match.route.isEmpty())
        destination = match.route;
    else if (!match.target.isEmpty())
        destination = match.target;
    const Config::RuleAction &action = *match.action;
    if (!action.tags.isEmpty())
        m_record.tags = action.tags.join(QLatin1Char(','));
    bool rewritten = false;
    for (auto it = action.set.begin(); it != action.set.end(); ++it) {
        if (it.key() == QLatin1StringView("model") || it.key() == QLatin1StringView("stream"))
            continue; // the destination and the answer's form are not a parameter to override
        m_parsed.insert(it.key(), it.value());
        rewritten = true;
    }
    if (action.capMaxTokens > 0) {
        // The field this dialect caps the answer with; a request without one gets the cap set.
        const char *field = m_endpoint == Endpoint::Responses               ? "max_output_tokens"
                            : m_parsed.contains(L("max_completion_tokens")) ? "max_completion_tokens"
                                                                            : "max_tokens";
        const QJsonValue current = m_parsed.value(QLatin1StringView(field));
        if (!current.isDouble() || current.toDouble() > double(action.capMaxTokens)) {
            m_parsed.insert(QLatin1StringView(field), double(action.capMaxTokens));
            rewritten = true;
        }
    }
    if (rewritten) {
        m_bodyRewritten = true;
        m_request.reset(); // decoded again, from the rewritten request, if an attempt translates
    }
    return true;
}

qint64 LlmProxy::estimatedPromptTokens() const
{
    // About four bytes of JSON per token: routing needs an order of magnitude, not a count.
    return m_exchange ? m_exchange->request().body.size() / 4 : 0;
}

qint64 LlmProxy::expectedOutputTokens() const
{
    for (const char *field : {"max_tokens", "max_completion_tokens", "max_output_tokens"}) {
        const QJsonValue v = m_parsed.value(QLatin1StringView(field));
        if (v.isDouble() && v.toDouble() > 0)
            return qint64(v.toDouble());
    }
    return 500; // a typical answer, when the request does not cap it
}

void LlmProxy::answerCountTokensLocally()
{
    // No upstream counter (the route's first provider is not Anthropic): count ourselves. The
    // answer has the shape of Anthropic's; it is an estimate, and the header says so.
    const Llm::Request *request = canonical();
    if (!request)
        return;
    const qint64 tokens = Llm::estimateInputTokens(*request);
    Http::HttpHeaders headers;
    headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    headers.add(QByteArrayLiteral("x-switchyard-estimated"), QByteArrayLiteral("true"));
    addRoutingHeaders(headers);
    AccessPolicy::addCorsHeaders(m_exchange->request(), headers);
    const QByteArray body = "{\"input_tokens\":" + QByteArray::number(tokens) + '}';
    sent(body);
    record(200, {});
    m_exchange->respond(200, std::move(headers), body);
}

bool LlmProxy::buildBody(const Providers::ProviderWire &wire, QByteArray &body)
{
    const QString &model = m_target->model;
    m_injectedUsage = false;
    m_translate = m_operation == Providers::Operation::Chat && wire.dialect != m_inbound;
    if (!m_translate) {
        // Passthrough: swap the model string in place and forward every other byte untouched.
        const Http::HttpRequest &client = m_exchange->request();
        body = client.body;
        const bool wantUsage = m_stream && wire.dialect == Llm::Dialect::OpenAiChat && !m_clientWantsUsage &&
                               (!wire.preset || wire.preset->streamOptions);
        if (!m_bodyRewritten && !wantUsage && replaceTopLevelStringOk(body, model))
            return true;
        if (!m_bodyRewritten && wantUsage && !m_parsed.contains(L("stream_options")) &&
            replaceTopLevelStringOk(body, model)) {
            // Ask for usage (a streamed request must be accounted for); the extra chunk is
            // dropped again on the way back, as this client did not ask for it.
            const qsizetype close = body.lastIndexOf('}');
            body.insert(close, ",\"stream_options\":{\"include_usage\":true}");
            m_injectedUsage = true;
            return true;
        }
        QJsonObject copy = m_parsed;
        copy.insert(QStringLiteral("model"), model);
        if (wantUsage) {
            QJsonObject options = copy.value(L("stream_options")).toObject();
            options.insert(QStringLiteral("include_usage"), true);
            copy.insert(QStringLiteral("stream_options"), options);
            m_injectedUsage = true;
        }
        body = QJsonDocument(copy).toJson(QJsonDocument::Compact);
        return true;
    }
    const Llm::Request *canonicalRequest = canonical();
    if (!canonicalRequest)
        return false;
    Llm::Request request = *canonicalRequest;
    request.model = model;
    QJsonObject encoded = Llm::encodeRequest(wire.dialect, request);
    Providers::applyQuirks(wire, encoded);
    body = QJsonDocument(encoded).toJson(QJsonDocument::Compact);
    return true;
}

bool LlmProxy::replaceTopLevelStringOk(QByteArray &body, const QString &model)
{
    return Providers::replaceTopLevelString(body, "model", model.toUtf8());
}

void LlmProxy::tryNext()
{
    while (m_next < m_plan.targets.size()) {
        if (m_next != m_retryIndex) { // a new target: its own retries
            m_retryIndex = m_next;
            m_retries = 0;
        }
        m_target = &m_plan.targets[m_next++];
        const Config::Provider &provider = *m_target->provider;
        m_record.provider = provider.id;
        m_record.providerKind = provider.preset.isEmpty() ? provider.kind : provider.preset;
        m_record.model = m_target->model;
        m_attemptStartMs = m_clock.elapsed();
        m_key.clear();
        if (m_handler->providerKey(provider, &m_key) == Secrets::KeyRing::Status::Missing) {
            attemptFailed(0, makeError(502, Secrets::KeyRing::missingKeyHint(provider),
                                       QStringLiteral("missing_provider_key")));
            continue;
        }
        if (m_budgeted && m_operation != Providers::Operation::CountTokens &&
            !Usage::priceFor(provider.id, provider.preset.isEmpty() ? provider.kind : provider.preset,
                             m_target->model, m_config->prices)) {
            // A budget cannot be kept on an unknown price: never spend blind.
            attemptFailed(
                0, makeError(403,
                             QStringLiteral("a budget applies to this request, and no price is known for "
                                            "%1/%2; add the model's price or route to a priced model")
                                 .arg(provider.id, m_target->model),
                             QStringLiteral("budget_unpriced_model")));
            continue;
        }
        m_wire = m_handler->wireFor(provider);
        if (!Providers::supports(m_wire, m_operation)) {
            attemptFailed(0,
                          makeError(400,
                                    QStringLiteral("provider '%1' (kind %2) has no %3 endpoint; route this "
                                                   "request to an OpenAI-compatible provider")
                                        .arg(provider.id, provider.kind, m_record.endpoint),
                                    QStringLiteral("unsupported_endpoint")));
            continue;
        }
        QByteArray body;
        if (!buildBody(m_wire, body))
            return; // the client's request cannot be translated: already answered
        m_record.translated = m_translate;
        m_upstreamStatus = 0;
        m_upstreamHeaders.clear();
        m_buffer.clear();
        const QByteArray path = Providers::operationPath(m_wire, m_operation, m_target->model, m_stream);
        Http::UpstreamRequest request =
            Providers::makeRequest(m_wire, path, m_key, std::move(body), m_stream, m_exchange->request());
        const Config::UpstreamSettings &up = m_config->upstream;
        const Config::TargetTimeouts own =
            m_target->config ? m_target->config->timeouts : Config::TargetTimeouts{};
        auto pick = [](int mine, int global) { return mine > 0 ? mine : global; };
        m_attemptFirstByteMs = 0;
        m_healthOpen = true;
        m_healthKey = m_target->key(); // built once per attempt: begin, retry check and end use it
        m_handler->context().health().begin(m_healthKey, QDateTime::currentMSecsSinceEpoch());
        if (own.totalMs > 0) {
            if (!m_totalTimer) {
                m_totalTimer = new QTimer(this);
                m_totalTimer->setSingleShot(true);
                connect(m_totalTimer, &QTimer::timeout, this, &LlmProxy::onTotalTimeout);
            }
            m_totalTimer->start(own.totalMs);
        }
        m_call = new Http::UpstreamCall(&m_handler->pool(), m_wire.endpoint, std::move(request),
                                        Http::UpstreamTimeouts{pick(own.connectMs, up.connectTimeoutMs),
                                                               pick(own.firstByteMs, up.firstByteTimeoutMs),
                                                               pick(own.idleMs, up.idleTimeoutMs)},
                                        this, this);
        m_call->start();
        return;
    }
    finishWithError(m_lastErrorSet ? m_lastError
                                   : makeError(502, QStringLiteral("no target could be tried"),
                                               QStringLiteral("no_target")));
}

void LlmProxy::attemptFailed(int status, const Llm::Error &error)
{
    qCInfo(lcProxy) << "attempt" << m_record.attempts.size() + 1 << "on"
                    << (m_target ? m_target->provider->id : QString()) << "failed:" << error.message;
    m_record.attempts.append(Usage::Attempt{
        m_target ? m_target->provider->id : QString(), m_target ? m_target->model : QString(), status,
        error.code.isEmpty() ? QStringLiteral("error") : error.code, m_clock.elapsed() - m_attemptStartMs});
    m_lastError = error;
    m_lastErrorSet = true;
}

void LlmProxy::upstreamHeaders(int status, const Http::HttpHeaders &headers)
{
    m_upstreamStatus = status;
    m_upstreamHeaders = headers;
    m_attemptFirstByteMs = m_clock.elapsed() - m_attemptStartMs;
    if (status >= 200 && status < 300 && m_stream && isEventStream(headers.value("content-type")))
        beginClientStream();
}

void LlmProxy::beginClientStream()
{
    Http::HttpHeaders out;
    out.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8"));
    out.add(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    out.add(QByteArrayLiteral("X-Accel-Buffering"), QByteArrayLiteral("no"));
    copyUpstreamHeaders(m_upstreamHeaders, out);
    m_record.attempts.append(Usage::Attempt{
        m_target->provider->id, m_target->model, m_upstreamStatus, {}, m_clock.elapsed() - m_attemptStartMs});
    addRoutingHeaders(out);
    AccessPolicy::addCorsHeaders(m_exchange->request(), out);
    m_streaming = true;
    m_sawEnd = false;
    if (!m_cacheKey.isEmpty() && !m_translate)
        m_cacheDecoder = Llm::makeStreamDecoder(m_wire.dialect);
    if (m_translate) {
        m_decoder = Llm::makeStreamDecoder(m_wire.dialect);
        Llm::Request forEncoder = *m_request;
        forEncoder.model = m_target->model;
        m_encoder = Llm::makeStreamEncoder(m_inbound, forEncoder);
    }
    m_record.firstByteMs = m_clock.elapsed();
    // When events came with the headers, the head leaves with them in one write.
    m_exchange->beginStream(200, std::move(out), !(m_call && m_call->hasBodyInThisRead()));
}

void LlmProxy::upstreamData(const QByteArray &data)
{
    if (m_streaming) {
        handleStreamData(data);
        return;
    }
    const bool ok = m_upstreamStatus >= 200 && m_upstreamStatus < 300;
    if (m_buffer.size() + data.size() > (ok ? kMaxTranslatedBody : kMaxErrorBody))
        return; // keep the start of a huge error page only
    m_buffer += data;
}

void LlmProxy::handleStreamData(const QByteArray &data)
{
    QList<Llm::SseEvent> events;
    m_sse.feed(data, events);
    QByteArray out;
    if (m_translate) {
        QList<Llm::StreamEvent> canonicalEvents;
        for (const Llm::SseEvent &e : events)
            m_decoder->feed(e, canonicalEvents);
        translatedEvents(canonicalEvents, out);
    } else {
        // Passthrough: the upstream's bytes go out unchanged, cut at event boundaries so that an event
        // can be held back (the usage chunk injected for a client that did not ask for it).
        const bool wasEmpty = m_rawPending.isEmpty();
        m_rawPending += data;
        qsizetype cut = 0;
        bool dropped = false;
        for (const Llm::SseEvent &e : events) {
            const qsizetype end = qsizetype(e.endOffset - m_rawBase);
            if (passthroughEvent(e))
                out += QByteArrayView(m_rawPending).sliced(cut, end - cut);
            else
                dropped = true;
            cut = end;
        }
        if (wasEmpty && !dropped && cut == m_rawPending.size())
            out = data; // the common case: whole events in one read, shared rather than copied
        m_rawPending.remove(0, cut);
        m_rawBase += cut;
    }
    if (m_sse.overflowed()) {
        // An event past the parser's bound (no blank line for 16 MiB): the stream cannot be followed.
        if (!out.isEmpty()) {
            sent(out);
            m_exchange->writeStream(out);
        }
        if (m_call) {
            m_call->abort();
            m_call = nullptr;
        }
        endClientStream(
            makeError(502,
                      QStringLiteral("upstream provider '%1' sent a stream event larger than %2 MiB")
                          .arg(m_target->provider->id)
                          .arg(Llm::SseParser::kMaxEventBytes / (1024 * 1024)),
                      QStringLiteral("upstream_event_too_large")));
        return;
    }
    if (out.isEmpty())
        return;
    sent(out);
    m_exchange->writeStream(out, !(m_call && m_call->isDeliveringLast()));
    // A write can find the client gone and abort us synchronously (onClientAborted()).
    if (m_call && !m_exchange->canWrite())
        m_call->setPaused(true); // resumed by onClientWritable()
}

bool LlmProxy::passthroughEvent(const Llm::SseEvent &event)
{
    const QByteArray &data = event.data;
    if (m_cacheDecoder) {
        QList<Llm::StreamEvent> decoded;
        m_cacheDecoder->feed(event, decoded);
        for (const Llm::StreamEvent &e : decoded)
            m_cacheAnswer->add(e);
    }
    if (m_inbound == Llm::Dialect::OpenAiChat) {
        if (data == "[DONE]") {
            m_sawEnd = true;
        } else if (data.contains("\"usage\"")) {
            const QJsonObject chunk = QJsonDocument::fromJson(data).object();
            const QJsonValue usage = chunk.value(L("usage"));
            if (usage.isObject())
                Llm::observeStreamUsage(m_inbound, chunk, m_record.usage);
            // The usage-only chunk (empty choices) goes only to clients that asked for it.
            if (m_injectedUsage && chunk.value(L("choices")).toArray().isEmpty())
                return false;
        } else if (data.contains("\"error\"")) {
            m_sawEnd = true; // the upstream reported its own failure in the stream
        } else {
            ++m_contentEvents;
        }
    } else {
        // Anthropic: usage in message_start and message_delta; message_stop ends the stream.
        if (event.event == "message_stop" || data.startsWith("{\"type\":\"message_stop\"")) {
            m_sawEnd = true;
        } else if (event.event == "error") {
            m_sawEnd = true;
        } else if (data.contains("\"usage\"")) {
            Llm::observeStreamUsage(m_inbound, QJsonDocument::fromJson(data).object(), m_record.usage);
        } else if (event.event == "content_block_delta") {
            ++m_contentEvents;
        }
    }
    return true;
}

void LlmProxy::translatedEvents(QList<Llm::StreamEvent> &events, QByteArray &out)
{
    for (Llm::StreamEvent &e : events) {
        switch (e.type) {
        case Llm::StreamEvent::Type::Finish:
            m_sawEnd = true;
            if (!e.usage.known) {
                // The upstream reported nothing: count ourselves, and say so in the record.
                e.usage.inputTokens = Llm::estimateInputTokens(*m_request);
                e.usage.outputTokens = m_contentEvents;
                e.usage.estimated = true;
            }
            m_record.usage = e.usage;
            break;
        case Llm::StreamEvent::Type::Error: m_sawEnd = true; break;
        case Llm::StreamEvent::Type::TextDelta:
        case Llm::StreamEvent::Type::ThinkingDelta:
        case Llm::StreamEvent::Type::ArgumentsDelta: ++m_contentEvents; break;
        default: break;
        }
        if (m_cacheAnswer && !m_cacheKey.isEmpty())
            m_cacheAnswer->add(e);
        m_encoder->encode(e, out);
    }
}

void LlmProxy::upstreamFinished()
{
    // The finished call stays a child of this proxy (freed with it): deleting it here would pull
    // the object out from under its own callback, and deleteLater() costs an event per request.
    m_call = nullptr;
    if (m_streaming) {
        endClientStream(std::nullopt);
        return;
    }
    const int status = m_upstreamStatus;
    if (status >= 200 && status < 300) {
        m_record.attempts.append(Usage::Attempt{
            m_target->provider->id, m_target->model, status, {}, m_clock.elapsed() - m_attemptStartMs});
        finishNonStream();
        return;
    }
    Llm::Error error = errorFromUpstream(status);
    const quint8 trigger = Routing::Router::triggerFor(status, error.kind, error.code);
    const qint64 retryAfter = retryAfterMs(m_upstreamHeaders);
    const bool targetFault = trigger & (Config::On5xx | Config::On429);
    endAttempt(targetFault ? Routing::Outcome::Kind::Failure : Routing::Outcome::Kind::ClientError,
               retryAfter);
    if (fallsBack(trigger)) {
        attemptFailed(status, error);
        if (!retryOrNext(trigger, retryAfter))
            tryNext();
        return;
    }
    m_record.attempts.append(Usage::Attempt{m_target->provider->id, m_target->model, status, error.code,
                                            m_clock.elapsed() - m_attemptStartMs});
    finishWithError(error);
}

void LlmProxy::endClientStream(const std::optional<Llm::Error> &failure)
{
    QByteArray out;
    std::optional<Llm::Error> error = failure;
    if (m_translate) {
        QList<Llm::StreamEvent> events;
        if (error) {
            Llm::StreamEvent e;
            e.type = Llm::StreamEvent::Type::Error;
            e.error = *error;
            events.append(e);
        } else {
            m_decoder->end(events);
            for (const Llm::StreamEvent &e : events) {
                if (e.type == Llm::StreamEvent::Type::Error)
                    error = e.error;
            }
        }
        translatedEvents(events, out);
    } else {
        if (!error && !m_sawEnd)
            error = makeError(502,
                              QStringLiteral("upstream provider '%1' ended the stream before it was complete")
                                  .arg(m_target->provider->id),
                              QStringLiteral("upstream_stream_truncated"));
        if (error) {
            // Bytes already reached the client: no fallback. End with the dialect's error event and
            // no end marker, so the client knows the answer is incomplete.
            out += "\n\n";
            out += Llm::encodeErrorEvent(m_inbound, *error);
        }
        if (!m_record.usage.known && !error) {
            m_record.usage.outputTokens = m_contentEvents;
            m_record.usage.estimated = true;
        }
    }
    if (!out.isEmpty()) {
        sent(out);
        m_exchange->writeStream(out);
    }
    if (!error && m_cacheAnswer && m_cacheAnswer->complete()) {
        Llm::Response answer = m_cacheAnswer->response();
        if (!answer.usage.known)
            answer.usage = m_record.usage; // passthrough: read off the stream
        storeInCache(answer);
    }
    // Recorded before the last bytes leave: whoever sees the answer complete finds the record.
    record(error ? Llm::errorStatus(m_inbound, *error) : 200, error ? error->code : QString());
    m_exchange->endStream();
}

void LlmProxy::finishNonStream()
{
    Http::HttpHeaders out;
    copyUpstreamHeaders(m_upstreamHeaders, out);
    addRoutingHeaders(out);
    AccessPolicy::addCorsHeaders(m_exchange->request(), out);
    if (!m_translate) {
        // Passthrough: only the usage is read off the answer, unless it is to be cached.
        if (!m_cacheKey.isEmpty()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_buffer);
            Llm::Response cached;
            if (doc.isObject())
                Llm::observeResponseUsage(m_wire.dialect, m_operation == Providers::Operation::CountTokens,
                                          doc.object(), m_record.usage);
            if (doc.isObject() && !Llm::decodeResponse(m_wire.dialect, doc.object(), cached))
                storeInCache(cached);
        } else if (m_operation != Providers::Operation::CountTokens) {
            const QJsonObject usage = Llm::usageObject(m_buffer);
            if (!usage.isEmpty())
                Llm::observeResponseUsage(m_wire.dialect, false,
                                          QJsonObject{{QStringLiteral("usage"), usage}}, m_record.usage);
        }
        const QByteArray type = m_upstreamHeaders.value("content-type");
        out.add(QByteArrayLiteral("Content-Type"),
                type.isEmpty() ? QByteArrayLiteral("application/json") : type);
        sent(m_buffer);
        record(m_upstreamStatus, {});
        m_exchange->respond(m_upstreamStatus, std::move(out), std::exchange(m_buffer, {}));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(m_buffer);
    Llm::Response response;
    std::optional<Llm::Error> error =
        doc.isObject()
            ? Llm::decodeResponse(m_wire.dialect, doc.object(), response)
            : makeError(502,
                        QStringLiteral("upstream provider '%1' answered with a body that is not JSON")
                            .arg(m_target->provider->id),
                        QStringLiteral("upstream_invalid_response"));
    if (error) {
        finishWithError(*error);
        return;
    }
    if (!response.usage.known) {
        response.usage.inputTokens = Llm::estimateInputTokens(*m_request);
        for (const Llm::Part &p : response.content)
            response.usage.outputTokens += Llm::estimateTokens(p.text) + Llm::estimateTokens(p.arguments);
        response.usage.estimated = true;
    }
    if (response.model.isEmpty())
        response.model = m_target->model;
    m_record.usage = response.usage;
    storeInCache(response);
    if (m_stream) {
        // The upstream answered in one piece although a stream was asked for: stream it anyway.
        respondSynthesizedStream(response);
        return;
    }
    out.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    QByteArray body =
        QJsonDocument(Llm::encodeResponse(m_inbound, response, *m_request)).toJson(QJsonDocument::Compact);
    sent(body);
    record(200, {});
    m_exchange->respond(200, std::move(out), std::move(body));
}

void LlmProxy::respondSynthesizedStream(const Llm::Response &response)
{
    m_streaming = true;
    m_decoder.reset();
    m_encoder = Llm::makeStreamEncoder(m_inbound, *m_request);
    QList<Llm::StreamEvent> events;
    Llm::StreamEvent start;
    start.type = Llm::StreamEvent::Type::Start;
    start.id = response.id;
    start.name = response.model;
    events.append(start);
    int index = 0;
    for (const Llm::Part &p : response.content) {
        Llm::StreamEvent b;
        b.type = Llm::StreamEvent::Type::BlockStart;
        b.index = index;
        b.blockKind = p.kind;
        b.id = p.id;
        b.name = p.name;
        if (p.kind == Llm::Part::Kind::ToolCall || p.kind == Llm::Part::Kind::RedactedThinking)
            b.text = p.kind == Llm::Part::Kind::ToolCall ? p.signature : p.data;
        events.append(b);
        Llm::StreamEvent d;
        d.index = index;
        switch (p.kind) {
        case Llm::Part::Kind::Thinking:
            d.type = Llm::StreamEvent::Type::ThinkingDelta;
            d.text = p.text;
            events.append(d);
            if (!p.signature.isEmpty()) {
                d.type = Llm::StreamEvent::Type::SignatureDelta;
                d.text = p.signature;
                events.append(d);
            }
            break;
        case Llm::Part::Kind::ToolCall:
            d.type = Llm::StreamEvent::Type::ArgumentsDelta;
            d.text = p.arguments;
            events.append(d);
            break;
        case Llm::Part::Kind::Text:
            d.type = Llm::StreamEvent::Type::TextDelta;
            d.text = p.text;
            events.append(d);
            break;
        default: break;
        }
        Llm::StreamEvent s;
        s.type = Llm::StreamEvent::Type::BlockStop;
        s.index = index++;
        events.append(s);
    }
    Llm::StreamEvent finish;
    finish.type = Llm::StreamEvent::Type::Finish;
    finish.finishReason = response.finishReason;
    finish.stopSequence = response.stopSequence;
    finish.usage = response.usage;
    events.append(finish);
    QByteArray body;
    for (const Llm::StreamEvent &e : events)
        m_encoder->encode(e, body);
    Http::HttpHeaders out;
    out.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8"));
    out.add(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    addRoutingHeaders(out);
    AccessPolicy::addCorsHeaders(m_exchange->request(), out);
    sent(body);
    m_record.firstByteMs = m_clock.elapsed();
    record(200, {});
    m_exchange->respond(200, std::move(out), std::move(body));
}

void LlmProxy::upstreamFailed(Http::UpstreamError error, const QString &message)
{
    // The finished call stays a child of this proxy (freed with it).
    m_call = nullptr;
    const bool timeout = error == Http::UpstreamError::ConnectTimeout ||
                         error == Http::UpstreamError::FirstByteTimeout ||
                         error == Http::UpstreamError::IdleTimeout;
    Llm::Error e = Llm::Error::make(
        timeout ? 504 : 502, timeout ? Llm::Error::Kind::Timeout : Llm::Error::Kind::Upstream,
        QStringLiteral("upstream provider '%1' failed: %2").arg(m_target->provider->id, message),
        QStringLiteral("upstream_") + Http::upstreamErrorName(error));
    upstreamFailedWith(e, timeout ? Config::OnTimeout : Config::OnConnect);
}

void LlmProxy::onTotalTimeout()
{
    if (!m_call)
        return;
    m_call->abort();
    m_call = nullptr;
    const int totalMs = m_target->config ? m_target->config->timeouts.totalMs : 0;
    upstreamFailedWith(
        Llm::Error::make(504, Llm::Error::Kind::Timeout,
                         QStringLiteral("upstream provider '%1' failed: no complete answer within "
                                        "the target's total timeout of %2 ms")
                             .arg(m_target->provider->id)
                             .arg(totalMs),
                         QStringLiteral("upstream_total_timeout")),
        Config::OnTimeout);
}

void LlmProxy::upstreamFailedWith(const Llm::Error &e, quint8 trigger)
{
    endAttempt(Routing::Outcome::Kind::Failure);
    if (m_streaming) {
        endClientStream(e);
        return;
    }
    attemptFailed(0, e);
    if (!fallsBack(trigger)) {
        finishWithError(e);
        return;
    }
    if (!retryOrNext(trigger, 0))
        tryNext();
}

bool LlmProxy::fallsBack(quint8 trigger) const
{
    const quint8 on = m_plan.config ? m_plan.config->fallbackOn : quint8(Config::DefaultTriggers);
    return trigger != 0 && (on & trigger) != 0;
}

qint64 LlmProxy::retryAfterMs(const Http::HttpHeaders &headers)
{
    bool ok = false;
    const QByteArray ms = headers.value("retry-after-ms");
    if (!ms.isEmpty()) {
        const double v = ms.trimmed().toDouble(&ok);
        if (ok && v >= 0)
            return qint64(v);
    }
    const QByteArray after = headers.value("retry-after").trimmed();
    if (after.isEmpty())
        return 0;
    const double secs = after.toDouble(&ok);
    if (ok)
        return secs > 0 ? qint64(secs * 1000) : 0;
    // An HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    return qMax<qint64>(0, when.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch());
}

bool LlmProxy::retryOrNext(quint8 trigger, qint64 retryAfter)
{
    const Config::RetryPolicy policy = m_plan.config ? m_plan.config->retry : Config::RetryPolicy{};
    const bool retryable = trigger & (Config::OnConnect | Config::OnTimeout | Config::On5xx | Config::On429);
    if (!retryable || !m_exchange)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool open = m_handler->context().health().stats(m_healthKey, now).cooldownUntilMs > now;
    const std::optional<qint64> wait =
        Routing::Router::retryDelay(policy, m_retries, retryAfter, open, m_handler->random());
    if (!wait)
        return false;
    const qint64 delay = *wait;
    ++m_retries;
    --m_next; // the same target again
    m_retryDelaysMs.append(delay);
    QTimer::singleShot(int(qMin<qint64>(delay, 24 * 3'600'000)), this, [this] {
        if (m_exchange && !m_recorded)
            tryNext();
    });
    return true;
}

void LlmProxy::endAttempt(Routing::Outcome::Kind kind, qint64 retryAfter)
{
    if (!m_healthOpen)
        return;
    m_healthOpen = false;
    if (m_totalTimer)
        m_totalTimer->stop();
    Routing::Outcome o;
    o.kind = kind;
    o.firstByteMs = m_attemptFirstByteMs;
    o.totalMs = m_clock.elapsed() - m_attemptStartMs;
    o.retryAfterMs = retryAfter;
    if (kind == Routing::Outcome::Kind::Success && m_record.usage.known)
        o.tokens = m_record.usage.inputTokens + m_record.usage.outputTokens;
    const Config::RoutingSettings &r = m_config->routing;
    m_handler->context().health().end(
        m_healthKey, o, QDateTime::currentMSecsSinceEpoch(),
        Routing::BreakerSettings{r.failureThreshold, qint64(r.cooldownSeconds) * 1000});
}

Llm::Error LlmProxy::errorFromUpstream(int status) const
{
    Llm::Error upstream = Llm::decodeError(m_wire.dialect, status, m_buffer);
    // Providers echo (masked) keys in auth errors; none of it goes to a client or a log.
    const QString message = Secrets::redactSecrets(upstream.message, {m_key});
    const QString provider = m_target->provider->id;
    Llm::Error e;
    e.param = upstream.param;
    if (status == 429 || upstream.kind == Llm::Error::Kind::RateLimit) {
        e.status = 429;
        e.kind = Llm::Error::Kind::RateLimit;
        e.code = upstream.code.isEmpty() || upstream.code == QLatin1StringView("RESOURCE_EXHAUSTED")
                     ? QStringLiteral("rate_limit_exceeded")
                     : upstream.code;
        e.message = QStringLiteral("upstream provider '%1' is rate limiting: %2").arg(provider, message);
    } else if (upstream.kind == Llm::Error::Kind::Overloaded || status == 529 || status == 503) {
        e.status = 503;
        e.kind = Llm::Error::Kind::Overloaded;
        e.code = QStringLiteral("upstream_overloaded");
        e.message = QStringLiteral("upstream provider '%1' is overloaded (HTTP %2): %3")
                        .arg(provider)
                        .arg(status)
                        .arg(message);
    } else if (status >= 500) {
        e.status = 502;
        e.kind = Llm::Error::Kind::Upstream;
        e.code = QStringLiteral("upstream_http_%1").arg(status);
        e.message = QStringLiteral("upstream provider '%1' answered HTTP %2: %3")
                        .arg(provider)
                        .arg(status)
                        .arg(message);
    } else if (status == 401 || status == 403) {
        // The provider refused *our* key; the client's own token was fine.
        e.status = 502;
        e.kind = Llm::Error::Kind::Upstream;
        e.code = QStringLiteral("upstream_auth_failed");
        e.message =
            QStringLiteral("upstream provider '%1' rejected Switchyard's API key for it (HTTP %2): %3")
                .arg(provider)
                .arg(status)
                .arg(message);
    } else {
        // The request itself was refused (bad parameter, context too long…): the client's to fix.
        e.status = status;
        e.kind = Llm::Error::kindForStatus(status);
        e.code = upstream.code;
        e.message = message;
    }
    return e;
}

void LlmProxy::respondExplain(const std::optional<Llm::Error> &refusal)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Routing::TargetHealth &health = m_handler->context().health();
    auto target = [&](const Routing::Target &t, const QString &reason) {
        const Routing::TargetStats s = health.stats(t.key(), now);
        QJsonObject h{{QStringLiteral("inFlight"), s.inFlight},
                      {QStringLiteral("samples"), s.samples},
                      {QStringLiteral("latencyMs"), qRound64(s.totalMs)},
                      {QStringLiteral("firstByteMs"), qRound64(s.firstByteMs)},
                      {QStringLiteral("errorRate"), qRound(s.errorRate * 1000) / 1000.0},
                      {QStringLiteral("consecutiveFailures"), s.consecutiveFailures},
                      {QStringLiteral("cooldownSeconds"),
                       s.cooldownUntilMs > now ? (s.cooldownUntilMs - now + 999) / 1000 : 0},
                      {QStringLiteral("requestsThisMinute"), s.requestsThisMinute},
                      {QStringLiteral("tokensThisMinute"), s.tokensThisMinute}};
        QJsonObject o{{QStringLiteral("provider"), t.provider->id},
                      {QStringLiteral("model"), t.model},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("health"), h}};
        if (!t.via.isEmpty())
            o.insert(QStringLiteral("via"), t.via);
        return o;
    };
    QJsonArray targets;
    for (const Routing::Target &t : std::as_const(m_plan.targets))
        targets.append(target(t, t.reason));
    QJsonArray skipped;
    for (const Routing::Skipped &s : std::as_const(m_plan.skipped))
        skipped.append(target(s.target, s.reason));
    QJsonObject out{{QStringLiteral("object"), QStringLiteral("switchyard.explain")},
                    {QStringLiteral("requestedModel"), m_requestedModel},
                    {QStringLiteral("endpoint"), m_record.endpoint},
                    {QStringLiteral("app"), m_record.app},
                    {QStringLiteral("targets"), targets},
                    {QStringLiteral("skipped"), skipped}};
    if (!m_ruleName.isEmpty()) {
        out.insert(QStringLiteral("rule"),
                   QJsonObject{{QStringLiteral("name"), m_ruleName},
                               {QStringLiteral("index"), m_ruleIndex},
                               {QStringLiteral("trace"), QJsonArray::fromStringList(m_ruleTrace)}});
    }
    if (!m_plan.strategy.isEmpty()) {
        out.insert(QStringLiteral("route"),
                   m_plan.route.isEmpty() ? QJsonValue(QJsonValue::Null) : m_plan.route);
        out.insert(QStringLiteral("strategy"), m_plan.strategy);
    }
    if (!m_record.tags.isEmpty())
        out.insert(QStringLiteral("tags"), QJsonArray::fromStringList(m_record.tags.split(QLatin1Char(','))));
    if (m_bodyRewritten)
        out.insert(QStringLiteral("request"), m_parsed); // as a rule rewrote it
    if (!m_budgetWarning.isEmpty())
        out.insert(QStringLiteral("budgetWarning"), QString::fromUtf8(m_budgetWarning));
    out.insert(QStringLiteral("outcome"), refusal ? QStringLiteral("refused") : QStringLiteral("routed"));
    if (refusal) {
        out.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("status"), refusal->status},
                                                        {QStringLiteral("code"), refusal->code},
                                                        {QStringLiteral("message"), refusal->message}});
    }
    Http::HttpHeaders headers;
    headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    AccessPolicy::addCorsHeaders(m_exchange->request(), headers);
    m_exchange->respond(200, std::move(headers), QJsonDocument(out).toJson(QJsonDocument::Compact));
}

void LlmProxy::finishWithError(const Llm::Error &error)
{
    if (!m_exchange)
        return;
    if (m_explain) {
        respondExplain(error);
        return;
    }
    const int status = Llm::errorStatus(m_inbound, error);
    Http::HttpResponse response;
    response.status = status;
    response.headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    response.body = Llm::encodeError(m_inbound, error);
    if (m_upstreamStatus == 429 || m_upstreamStatus == 503 || m_upstreamStatus == 529)
        copyUpstreamHeaders(m_upstreamHeaders, response.headers); // Retry-After, rate-limit state
    if (m_target)
        addRoutingHeaders(response.headers);
    AccessPolicy::addCorsHeaders(m_exchange->request(), response.headers);
    sent(response.body);
    record(status, error.code.isEmpty() ? QStringLiteral("error") : error.code);
    m_exchange->respond(std::move(response));
}

QByteArray LlmProxy::loggedHeaders(const Http::HttpHeaders &headers)
{
    // What a header line may carry that must never be stored: credentials and cookies, whatever their
    // value looks like (the store's redaction also catches key-shaped text anywhere).
    static constexpr std::array<QByteArrayView, 8> secret{
        "authorization", "proxy-authorization",    "x-api-key", "api-key", "x-goog-api-key", "cookie",
        "set-cookie",    "anthropic-admin-api-key"};
    QByteArray out;
    for (const Http::HttpHeaders::Field &field : headers.fields()) {
        const QByteArray &name = field.first; // not a structured binding: clang 14 cannot capture those
        const bool hidden = std::any_of(secret.begin(), secret.end(), [&name](QByteArrayView s) {
            return Http::HttpHeaders::nameEquals(name, s);
        });
        out += name + ": " + (hidden ? QByteArrayLiteral("[redacted]") : field.second) + '\n';
    }
    return out;
}

void LlmProxy::sent(QByteArrayView bytes)
{
    m_record.bytesOut += bytes.size();
    if (!m_config || !m_config->usage.logBodies)
        return;
    constexpr qsizetype cap = Config::UsageSettings::kMaxLoggedBodyBytes;
    if (m_record.responseBody.size() < cap)
        m_record.responseBody += bytes.first(qMin(bytes.size(), cap - m_record.responseBody.size()));
}

void LlmProxy::record(int status, const QString &errorCode)
{
    if (m_recorded)
        return;
    m_recorded = true;
    if (m_config && m_config->usage.logBodies && m_exchange) {
        // The bodies as the client sent and got them (cut at the cap); redacted when they are stored.
        constexpr qsizetype cap = Config::UsageSettings::kMaxLoggedBodyBytes;
        const QByteArray &body = m_exchange->request().body;
        m_record.bodiesLogged = true;
        m_record.requestBody = body.size() > cap ? body.left(cap) : body;
        m_record.requestHeaders = loggedHeaders(m_exchange->request().headers);
        m_record.upstreamHeaders = loggedHeaders(m_upstreamHeaders);
    }
    if (m_healthOpen) // the attempt that produced the answer (or was cut off by the client)
        endAttempt(status == 499                    ? Routing::Outcome::Kind::Cancelled
                   : status < 400                   ? Routing::Outcome::Kind::Success
                   : status >= 500 || status == 429 ? Routing::Outcome::Kind::Failure
                                                    : Routing::Outcome::Kind::ClientError);
    m_record.status = status;
    m_record.errorCode = errorCode;
    m_record.latencyMs = m_clock.elapsed();
    if (m_counted)
        m_handler->context().metrics().requestFinished();
    m_handler->context().recordUsage(std::move(m_record), m_config.get());
}

void LlmProxy::onClientAborted()
{
    // The client is gone: stop the upstream request now, so the provider stops generating (and billing).
    if (m_call) {
        m_call->abort();
        m_call = nullptr;
    }
}

void LlmProxy::onClientWritable()
{
    if (m_call)
        m_call->setPaused(false);
}

void LlmProxy::addRoutingHeaders(Http::HttpHeaders &headers) const
{
    if (!m_plan.route.isEmpty()) {
        headers.add(QByteArrayLiteral("x-switchyard-route"), m_plan.route.toUtf8());
        headers.add(QByteArrayLiteral("x-switchyard-strategy"), m_plan.strategy.toUtf8());
    }
    if (m_target) {
        headers.add(QByteArrayLiteral("x-switchyard-provider"), m_target->provider->id.toUtf8());
        headers.add(QByteArrayLiteral("x-switchyard-model"), m_target->model.toUtf8());
        headers.add(QByteArrayLiteral("x-switchyard-translated"),
                    m_translate ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    } else if (m_record.cacheHit) {
        headers.add(QByteArrayLiteral("x-switchyard-provider"), m_record.provider.toUtf8());
        headers.add(QByteArrayLiteral("x-switchyard-model"), m_record.model.toUtf8());
    }
    headers.add(QByteArrayLiteral("x-switchyard-attempts"),
                QByteArray::number(m_next + m_retryDelaysMs.size()));
    if (!m_ruleName.isEmpty())
        headers.add(QByteArrayLiteral("x-switchyard-rule"), m_ruleName.toUtf8());
    if (!m_plan.skipped.isEmpty()) {
        // Targets passed over before any attempt: "oa/gpt-4o=cooling-down, an/claude=concurrency-limit".
        QByteArray skipped;
        for (const Routing::Skipped &s : m_plan.skipped) {
            if (!skipped.isEmpty())
                skipped += ", ";
            skipped += s.target.name().toUtf8() + '=' + Routing::TargetHealth::admissionName(s.why);
        }
        headers.add(QByteArrayLiteral("x-switchyard-skipped"), skipped);
    }
    if (!m_budgetWarning.isEmpty())
        headers.add(QByteArrayLiteral("x-switchyard-budget-warning"), m_budgetWarning);
    if (!m_cacheStatus.isEmpty())
        headers.add(QByteArrayLiteral("x-switchyard-cache"), m_cacheStatus);
    // Our own id for this request (also in its usage record): always in x-switchyard-request-id (to find
    // it in Logs), and in the header each SDK reads it from — Anthropic's `request-id`, OpenAI's
    // `x-request-id` — unless the provider's own was passed on there.
    headers.add(QByteArrayLiteral("x-switchyard-request-id"), m_requestId);
    if (m_inbound == Llm::Dialect::AnthropicMessages)
        headers.add(QByteArrayLiteral("request-id"), m_requestId);
    else if (!headers.contains("x-request-id"))
        headers.add(QByteArrayLiteral("x-request-id"), m_requestId);
}

void LlmProxy::copyUpstreamHeaders(const Http::HttpHeaders &from, Http::HttpHeaders &to) const
{
    // Headers a client can act on (rate-limit state, retry hints, request ids for support tickets).
    // Nothing hop-by-hop, no cookies, nothing naming the provider account.
    for (const auto &[name, value] : from.fields()) {
        const QByteArrayView n(name);
        const bool forward =
            (n.size() > 12 && Http::HttpHeaders::nameEquals(n.first(12), "x-ratelimit-")) ||
            (n.size() > 20 && Http::HttpHeaders::nameEquals(n.first(20), "anthropic-ratelimit-")) ||
            Http::HttpHeaders::nameEquals(n, "retry-after") ||
            Http::HttpHeaders::nameEquals(n, "retry-after-ms") ||
            Http::HttpHeaders::nameEquals(n, "x-request-id") ||
            Http::HttpHeaders::nameEquals(n, "request-id") ||
            Http::HttpHeaders::nameEquals(n, "openai-processing-ms");
        if (forward)
            to.add(name, value);
    }
}

} // namespace Switchyard::Api
