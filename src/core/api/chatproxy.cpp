// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatproxy.h"

#include "accesspolicy.h"
#include "gatewayhandler.h"
#include "http/httpexchange.h"
#include "providers/openaiadapter.h"
#include "secrets/redaction.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProxy, "switchyard.api", QtWarningMsg)

namespace Switchyard::Api {

namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024;

bool isEventStream(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("text/event-stream");
}

OpenAiError makeError(int status, QString message, QString code, QString param = {})
{
    OpenAiError e;
    e.status = status;
    e.message = std::move(message);
    e.code = std::move(code);
    e.param = std::move(param);
    return e;
}

} // namespace

ChatProxy::ChatProxy(Http::HttpExchange *exchange, GatewayHandler *handler)
    : QObject(exchange), m_exchange(exchange), m_handler(handler)
{
    connect(exchange, &Http::HttpExchange::aborted, this, &ChatProxy::onClientAborted);
    connect(exchange, &Http::HttpExchange::writable, this, &ChatProxy::onClientWritable);
    m_clock.start();
}

ChatProxy::~ChatProxy()
{
    if (m_call)
        m_call->abort();
}

void ChatProxy::start()
{
    const Http::HttpRequest &request = m_exchange->request();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        finishWithError(makeError(400,
                                  QStringLiteral("the request body is not valid JSON (%1 at offset %2)")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset),
                                  QStringLiteral("invalid_json")));
        return;
    }
    if (!doc.isObject()) {
        finishWithError(makeError(400, QStringLiteral("the request body must be a JSON object"),
                                  QStringLiteral("invalid_json")));
        return;
    }
    m_parsed = doc.object();
    const QJsonValue model = m_parsed.value(QLatin1String("model"));
    if (!model.isString() || model.toString().isEmpty()) {
        finishWithError(makeError(400,
                                  QStringLiteral("you must provide a model parameter (a route name or "
                                                 "provider/model)"),
                                  QStringLiteral("missing_required_parameter"), QStringLiteral("model")));
        return;
    }
    const QJsonValue messages = m_parsed.value(QLatin1String("messages"));
    if (!messages.isArray()) {
        finishWithError(makeError(400, QStringLiteral("'messages' must be an array of message objects"),
                                  QStringLiteral("invalid_type"), QStringLiteral("messages")));
        return;
    }
    const QJsonValue stream = m_parsed.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool()) {
        finishWithError(makeError(400, QStringLiteral("'stream' must be a boolean"),
                                  QStringLiteral("invalid_type"), QStringLiteral("stream")));
        return;
    }
    m_stream = stream.toBool(false);
    m_requestedModel = model.toString();

    m_config = m_handler->config();
    std::optional<Routing::Plan> plan = Routing::Router::resolve(*m_config, m_requestedModel);
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
    if (!request.principal.isEmpty()) {
        const QString app = QString::fromUtf8(request.principal);
        for (const Config::AccessToken &t : m_config->tokens) {
            if (t.name == app && !Routing::Router::isAllowed(t.routes, m_requestedModel, m_plan)) {
                finishWithError(makeError(403,
                                          QStringLiteral("the app token '%1' may not use '%2'")
                                              .arg(app, m_requestedModel.left(200)),
                                          QStringLiteral("model_not_allowed"), QStringLiteral("model")));
                return;
            }
        }
    }
    tryNext();
}

void ChatProxy::tryNext()
{
    while (m_next < m_plan.targets.size()) {
        m_target = &m_plan.targets[m_next++];
        const Config::Provider &provider = *m_target->provider;
        QByteArray &key = m_key;
        key.clear();
        if (m_handler->providerKey(provider, &key) == Secrets::KeyRing::Status::Missing) {
            ++m_attempts;
            attemptFailed(0, makeError(502, Secrets::KeyRing::missingKeyHint(provider),
                                       QStringLiteral("missing_provider_key")));
            continue;
        }
        ++m_attempts;
        m_upstreamStatus = 0;
        m_upstreamHeaders.clear();
        m_buffer.clear();
        const GatewayHandler::ProviderRoute &route = m_handler->routeFor(provider);
        Http::UpstreamRequest request = Providers::OpenAiAdapter::chatCompletion(
            route.chatPath, key, m_exchange->request().body, m_parsed, m_target->model, m_stream);
        const Config::UpstreamSettings &up = m_config->upstream;
        m_call = new Http::UpstreamCall(
            &m_handler->pool(), route.endpoint, std::move(request),
            Http::UpstreamTimeouts{up.connectTimeoutMs, up.firstByteTimeoutMs, up.idleTimeoutMs}, this, this);
        m_call->start();
        return;
    }
    finishWithError(m_lastError);
}

void ChatProxy::attemptFailed(int status, const OpenAiError &error)
{
    Q_UNUSED(status);
    qCInfo(lcProxy) << "attempt" << m_attempts << "on" << (m_target ? m_target->provider->id : QString())
                    << "failed:" << error.message;
    m_lastError = error;
}

void ChatProxy::upstreamHeaders(int status, const Http::HttpHeaders &headers)
{
    m_upstreamStatus = status;
    m_upstreamHeaders = headers;
    if (status >= 200 && status < 300 && isEventStream(headers.value("content-type"))) {
        Http::HttpHeaders out;
        out.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream; charset=utf-8"));
        out.add(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        out.add(QByteArrayLiteral("X-Accel-Buffering"), QByteArrayLiteral("no"));
        copyUpstreamHeaders(headers, out);
        addRoutingHeaders(out);
        AccessPolicy::addCorsHeaders(m_exchange->request(), out);
        m_streaming = true;
        // When events came with the headers, the head leaves with them in one write.
        m_exchange->beginStream(200, std::move(out), !m_call->hasBodyInThisRead());
    }
}

void ChatProxy::upstreamData(const QByteArray &data)
{
    if (m_streaming) {
        m_exchange->writeStream(data, !m_call->isDeliveringLast());
        // A write can find the client gone and abort us synchronously (onClientAborted()).
        if (!m_call)
            return;
        m_tail = data.right(2);
        if (!m_exchange->canWrite())
            m_call->setPaused(true); // resumed by onClientWritable()
        return;
    }
    if (m_upstreamStatus >= 300 && m_buffer.size() + data.size() > kMaxErrorBody)
        return; // keep the start of a huge error page only
    m_buffer += data;
}

void ChatProxy::upstreamFinished()
{
    // The finished call stays a child of this proxy (freed with it): deleting it here would pull
    // the object out from under its own callback, and deleteLater() costs an event per request.
    m_call = nullptr;
    if (m_streaming) {
        m_exchange->endStream();
        return;
    }
    const int status = m_upstreamStatus;
    if (status >= 200 && status < 300) {
        Http::HttpHeaders out;
        QByteArray type = m_upstreamHeaders.value("content-type");
        out.add(QByteArrayLiteral("Content-Type"),
                type.isEmpty() ? QByteArrayLiteral("application/json") : type);
        copyUpstreamHeaders(m_upstreamHeaders, out);
        addRoutingHeaders(out);
        AccessPolicy::addCorsHeaders(m_exchange->request(), out);
        m_exchange->respond(status, std::move(out), std::exchange(m_buffer, {}));
        return;
    }
    OpenAiError error = errorFromUpstreamBody(status);
    if (Routing::Router::isFallbackStatus(status)) {
        attemptFailed(status, error);
        tryNext();
        return;
    }
    finishWithError(error);
}

void ChatProxy::upstreamFailed(Http::UpstreamError error, const QString &message)
{
    // The finished call stays a child of this proxy (freed with it): deleting it here would pull
    // the object out from under its own callback, and deleteLater() costs an event per request.
    m_call = nullptr;
    const bool timeout = error == Http::UpstreamError::ConnectTimeout ||
                         error == Http::UpstreamError::FirstByteTimeout ||
                         error == Http::UpstreamError::IdleTimeout;
    OpenAiError e =
        makeError(timeout ? 504 : 502,
                  QStringLiteral("upstream provider '%1' failed: %2").arg(m_target->provider->id, message),
                  QStringLiteral("upstream_") + Http::upstreamErrorName(error));
    if (m_streaming) {
        // Bytes already reached the client: no fallback. End the stream with an error event and no
        // [DONE], so the client knows the answer is incomplete.
        if (m_tail != "\n\n")
            m_exchange->writeStream("\n\n");
        m_exchange->writeStream(e.sseEvent());
        m_exchange->endStream();
        return;
    }
    attemptFailed(e.status, e);
    tryNext();
}

OpenAiError ChatProxy::errorFromUpstreamBody(int status) const
{
    // Keep the upstream's own message: it says what the provider objected to.
    QString message;
    QString code;
    QString param;
    QString type;
    const QJsonDocument doc = QJsonDocument::fromJson(m_buffer);
    if (doc.isObject()) {
        const QJsonValue err = doc.object().value(QLatin1String("error"));
        if (err.isObject()) {
            const QJsonObject o = err.toObject();
            message = o.value(QLatin1String("message")).toString();
            type = o.value(QLatin1String("type")).toString();
            const QJsonValue c = o.value(QLatin1String("code"));
            code = c.isString() ? c.toString() : (c.isDouble() ? QString::number(c.toInt()) : QString());
            param = o.value(QLatin1String("param")).toString();
        } else if (err.isString()) {
            message = err.toString();
        } else {
            message = doc.object().value(QLatin1String("message")).toString();
        }
    }
    if (message.isEmpty())
        message = QString::fromUtf8(m_buffer.left(500)).simplified();
    if (message.isEmpty())
        message = QStringLiteral("HTTP %1 with no body").arg(status);
    // Providers echo (masked) keys in auth errors; none of it goes to a client or a log.
    message = Secrets::redactSecrets(message, {m_key});
    const QString provider = m_target->provider->id;

    OpenAiError e;
    e.param = param;
    if (status == 429) {
        e.status = 429;
        e.type = QStringLiteral("rate_limit_error");
        e.code = code.isEmpty() ? QStringLiteral("rate_limit_exceeded") : code;
        e.message = QStringLiteral("upstream provider '%1' is rate limiting: %2").arg(provider, message);
    } else if (status >= 500) {
        e.status = 502;
        e.type = QStringLiteral("upstream_error");
        e.code = QStringLiteral("upstream_http_%1").arg(status);
        e.message = QStringLiteral("upstream provider '%1' answered HTTP %2: %3")
                        .arg(provider)
                        .arg(status)
                        .arg(message);
    } else if (status == 401 || status == 403) {
        // The provider refused *our* key; the client's own token was fine.
        e.status = 502;
        e.type = QStringLiteral("upstream_error");
        e.code = QStringLiteral("upstream_auth_failed");
        e.message =
            QStringLiteral("upstream provider '%1' rejected Switchyard's API key for it (HTTP %2): %3")
                .arg(provider)
                .arg(status)
                .arg(message);
    } else {
        // The request itself was refused (bad parameter, context too long…): the client's to fix.
        e.status = status;
        e.type = type.isEmpty() ? OpenAiError::typeForStatus(status) : type;
        e.code = code;
        e.message = message;
    }
    return e;
}

void ChatProxy::finishWithError(const OpenAiError &error)
{
    if (!m_exchange)
        return;
    Http::HttpResponse response = error.response();
    if (m_upstreamStatus == 429 || m_upstreamStatus == 503)
        copyUpstreamHeaders(m_upstreamHeaders, response.headers); // Retry-After, rate-limit state
    if (m_target)
        addRoutingHeaders(response.headers);
    AccessPolicy::addCorsHeaders(m_exchange->request(), response.headers);
    m_exchange->respond(std::move(response));
}

void ChatProxy::onClientAborted()
{
    // The client is gone: stop the upstream request now, so the provider stops generating (and billing).
    if (m_call) {
        m_call->abort();
        m_call = nullptr;
    }
}

void ChatProxy::onClientWritable()
{
    if (m_call)
        m_call->setPaused(false);
}

void ChatProxy::addRoutingHeaders(Http::HttpHeaders &headers) const
{
    if (!m_plan.route.isEmpty())
        headers.add(QByteArrayLiteral("x-switchyard-route"), m_plan.route.toUtf8());
    if (m_target) {
        headers.add(QByteArrayLiteral("x-switchyard-provider"), m_target->provider->id.toUtf8());
        headers.add(QByteArrayLiteral("x-switchyard-model"), m_target->model.toUtf8());
    }
    headers.add(QByteArrayLiteral("x-switchyard-attempts"), QByteArray::number(m_attempts));
}

void ChatProxy::copyUpstreamHeaders(const Http::HttpHeaders &from, Http::HttpHeaders &to) const
{
    // Headers a client can act on (rate-limit state, retry hints, request ids for support tickets).
    // Nothing hop-by-hop, no cookies, nothing naming the provider account.
    for (const auto &[name, value] : from.fields()) {
        const QByteArrayView n(name);
        const bool forward = (n.size() > 12 && Http::HttpHeaders::nameEquals(n.first(12), "x-ratelimit-")) ||
                             Http::HttpHeaders::nameEquals(n, "retry-after") ||
                             Http::HttpHeaders::nameEquals(n, "retry-after-ms") ||
                             Http::HttpHeaders::nameEquals(n, "x-request-id") ||
                             Http::HttpHeaders::nameEquals(n, "openai-processing-ms");
        if (forward)
            to.add(name, value);
    }
}

} // namespace Switchyard::Api
