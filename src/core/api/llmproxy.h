// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "http/upstreamclient.h"
#include "llm/canonicaljson.h"
#include "llm/codec.h"
#include "providers/provideradapter.h"
#include "routing/router.h"
#include "routing/rules.h"
#include "usage/usagerecord.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Switchyard::Http {
class HttpExchange;
}

namespace Switchyard::Api {

class GatewayHandler;

// One model request on the local endpoint, in any inbound dialect: resolve the model to a route,
// try its targets in order (fallback on connect errors, timeouts, 5xx and 429 while nothing has
// reached the client), and answer in the client's dialect.
//
// Per attempt it either passes the body through (the client and the provider speak the same
// dialect: only the model name is swapped, bytes are forwarded, usage is read off the answer) or
// translates through the canonical model (llm/): decode the client's request once, encode it for
// the provider, and decode/encode the answer or the stream event by event.
//
// Lives as a child of the exchange: a client that goes away takes the upstream request with it.
class LlmProxy final : public QObject, private Http::UpstreamListener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmProxy)

public:
    enum class Endpoint
    {
        ChatCompletions,
        Messages,
        Responses,
        CountTokens,
        Embeddings,
        Completions
    };

    LlmProxy(Http::HttpExchange *exchange, GatewayHandler *handler, Endpoint endpoint);
    ~LlmProxy() override;

    void start();
    // Decides as start() would (rules, route, order, limits, budgets) and answers with the decision as
    // JSON instead of calling a provider. `app`: decide as for that app (else the caller's token).
    void explain(const QString &app);

    static Llm::Dialect dialectOf(Endpoint endpoint);
    static QString endpointName(Endpoint endpoint);

private:
    void upstreamHeaders(int status, const Http::HttpHeaders &headers) override;
    void upstreamData(const QByteArray &data) override;
    void upstreamFinished() override;
    void upstreamFailed(Http::UpstreamError error, const QString &message) override;

    bool validate();
    const Llm::Request *canonical(); // decoded on first use; null after answering with an error
    void tryNext();
    bool buildBody(const Providers::ProviderWire &wire, QByteArray &body);
    static bool replaceTopLevelStringOk(QByteArray &body, const QString &model);
    void answerCountTokensLocally();
    // False: refused (answered). `who` names the spender in the message, `key` is its SpendTracker key.
    bool checkBudget(const Config::Budget &budget, const QString &who, const QString &key,
                     const QString &setting);
    // Runs the config's rules: sets where the request goes, applies tags and parameter overrides.
    // False: refused or undecodable (answered).
    bool applyRules(QString &destination);
    qint64 estimatedPromptTokens() const; // cheap: from the body's size, for lowest-cost routing
    qint64 expectedOutputTokens() const;  // the request's own cap, else a typical answer's length
    // Resilience: which fallback trigger a failure is, whether the route falls back on it, and
    // retries of the same target with backoff (true: one is scheduled).
    bool fallsBack(quint8 trigger) const;
    static qint64 retryAfterMs(const Http::HttpHeaders &headers);
    bool retryOrNext(quint8 trigger, qint64 retryAfterMs);
    void upstreamFailedWith(const Llm::Error &error, quint8 trigger);
    void onTotalTimeout();
    // Reports the current attempt's outcome to the targets' health (once per attempt).
    void endAttempt(Routing::Outcome::Kind kind, qint64 retryAfterMs = 0);
    bool lookUpCache(); // true: answered from the cache
    void storeInCache(const Llm::Response &response);
    void beginClientStream();
    void handleStreamData(const QByteArray &data);
    bool passthroughEvent(const Llm::SseEvent &event); // false: hold the event back
    void translatedEvents(QList<Llm::StreamEvent> &events, QByteArray &out);
    void endClientStream(const std::optional<Llm::Error> &error);
    void finishNonStream();
    void respondSynthesizedStream(const Llm::Response &response);
    void attemptFailed(int status, const Llm::Error &error);
    void finishWithError(const Llm::Error &error);
    Llm::Error errorFromUpstream(int status) const;
    void onClientAborted();
    void onClientWritable();
    void addRoutingHeaders(Http::HttpHeaders &headers) const;
    void copyUpstreamHeaders(const Http::HttpHeaders &from, Http::HttpHeaders &to) const;
    void record(int status, const QString &errorCode);
    // Bytes of the answer on their way to the client: counted, and kept when bodies are logged.
    void sent(QByteArrayView bytes);
    // Header lines for body logging, credentials replaced by [redacted].
    static QByteArray loggedHeaders(const Http::HttpHeaders &headers);
    void respondExplain(const std::optional<Llm::Error> &refusal);

    QPointer<Http::HttpExchange> m_exchange;
    GatewayHandler *m_handler;
    Endpoint m_endpoint;
    Llm::Dialect m_inbound;
    Providers::Operation m_operation;
    Config::ConfigSnapshot m_config; // keeps m_plan's pointers alive
    Routing::Plan m_plan;
    QString m_requestedModel;
    QJsonObject m_parsed;
    std::optional<Llm::Request> m_request; // canonical, when some attempt translates
    bool m_stream = false;
    bool m_clientWantsUsage = false; // OpenAI include_usage as the client sent it
    bool m_bodyRewritten = false;    // a rule changed parameters: passthrough re-serialises m_parsed
    QString m_ruleName;              // the rule that decided (x-switchyard-rule), empty when none
    int m_ruleIndex = -1;
    QStringList m_ruleTrace; // explain only
    bool m_explain = false;  // explain mode: decide, answer with the decision, call no provider
    QString m_explainApp;    // explain: decide as for this app

    // The current attempt.
    int m_next = 0; // index of the next target to try
    const Routing::Target *m_target = nullptr;
    Providers::ProviderWire m_wire;
    bool m_translate = false;
    bool m_injectedUsage = false; // we asked an OpenAI upstream for stream usage the client did not
    Http::UpstreamCall *m_call = nullptr;
    int m_upstreamStatus = 0;
    Http::HttpHeaders m_upstreamHeaders;
    QByteArray m_buffer; // non-streamed body, or an error body
    QByteArray m_key;    // the current attempt's provider key, to redact it from upstream messages
    qint64 m_attemptStartMs = 0;
    qint64 m_attemptFirstByteMs = 0;
    bool m_healthOpen = false; // the attempt is counted in its target's health, not yet ended
    QString m_healthKey;       // the attempt's target as TargetHealth knows it ("provider/model")
    int m_retryIndex = -1;     // the target index m_retries counts for
    int m_retries = 0;
    QList<qint64> m_retryDelaysMs;
    QTimer *m_totalTimer = nullptr;
    Llm::Error m_lastError;
    bool m_lastErrorSet = false;

    // Streaming to the client.
    bool m_streaming = false; // headers have gone to the client: no more fallback
    bool m_sawEnd = false;    // the upstream stream reached its dialect's end marker
    Llm::SseParser m_sse;
    QByteArray m_rawPending; // passthrough: upstream bytes not yet forwarded (an unfinished event)
    qint64 m_rawBase = 0;    // the stream offset of m_rawPending's first byte
    std::unique_ptr<Llm::StreamDecoder> m_decoder;
    std::unique_ptr<Llm::StreamEncoder> m_encoder;
    qint64 m_contentEvents = 0; // for an estimate when an upstream reports no usage

    QByteArray m_requestId;
    bool m_budgeted = false;    // the app has a budget: unpriced targets are skipped
    QByteArray m_budgetWarning; // past warnAtPercent: sent as x-switchyard-budget-warning

    // Response cache: the key when this request's answer is to be stored, its lifetime, and what
    // the x-switchyard-cache header says (hit, miss, bypass, skip; empty when caching is off).
    QByteArray m_cacheKey;
    qint64 m_cacheTtlMs = 0;
    QByteArray m_cacheStatus;
    std::unique_ptr<Llm::StreamDecoder> m_cacheDecoder; // passthrough streams: decoded on the side
    std::unique_ptr<Llm::StreamAccumulator> m_cacheAnswer;
    Usage::UsageRecord m_record;
    bool m_recorded = false;
    bool m_counted = false; // counted in the in-flight gauge
    QElapsedTimer m_clock;
};

} // namespace Switchyard::Api
