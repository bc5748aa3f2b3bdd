// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "http/upstreamclient.h"
#include "openaierror.h"
#include "routing/router.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Switchyard::Http {
class HttpExchange;
}

namespace Switchyard::Api {

class GatewayHandler;

// One POST /v1/chat/completions: resolve the model to a route, try its targets in order (fallback on
// connect errors, timeouts, 5xx and 429 while nothing has reached the client), and pass the answer
// through: SSE events flushed as they arrive with back-pressure, or one JSON body.
// Lives as a child of the exchange: a client that goes away takes the upstream request with it.
class ChatProxy final : public QObject, private Http::UpstreamListener
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatProxy)

public:
    ChatProxy(Http::HttpExchange *exchange, GatewayHandler *handler);
    ~ChatProxy() override;

    void start();

private:
    void upstreamHeaders(int status, const Http::HttpHeaders &headers) override;
    void upstreamData(const QByteArray &data) override;
    void upstreamFinished() override;
    void upstreamFailed(Http::UpstreamError error, const QString &message) override;

    void tryNext();
    void attemptFailed(int status, const OpenAiError &error);
    void finishWithError(const OpenAiError &error);
    void onClientAborted();
    void onClientWritable();
    void addRoutingHeaders(Http::HttpHeaders &headers) const;
    void copyUpstreamHeaders(const Http::HttpHeaders &from, Http::HttpHeaders &to) const;
    OpenAiError errorFromUpstreamBody(int status) const;

    QPointer<Http::HttpExchange> m_exchange;
    GatewayHandler *m_handler;
    Config::ConfigSnapshot m_config; // keeps m_plan's pointers alive
    Routing::Plan m_plan;
    QString m_requestedModel;
    QJsonObject m_parsed;
    bool m_stream = false;
    int m_next = 0; // index of the next target to try
    const Routing::Target *m_target = nullptr;
    Http::UpstreamCall *m_call = nullptr;
    int m_upstreamStatus = 0;
    Http::HttpHeaders m_upstreamHeaders;
    QByteArray m_buffer;      // non-streamed body, or an error body
    bool m_streaming = false; // headers have gone to the client: no more fallback
    QByteArray m_tail;        // last bytes sent in the stream, to close an event before an error event
    OpenAiError m_lastError;
    QByteArray m_key; // the current attempt's provider key, to redact it from upstream messages
    int m_attempts = 0;
    QElapsedTimer m_clock;
};

} // namespace Switchyard::Api
