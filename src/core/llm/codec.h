// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm.h"
#include "sse.h"

#include <QJsonObject>

#include <memory>
#include <optional>

// Entry points of the dialect translators. Every dialect implements the directions it is used in:
// OpenAI Chat and Anthropic Messages both ways, the Responses API inbound only, Gemini upstream
// only (asking for the other direction gives a clear error, never a silent wrong answer).
namespace Switchyard::Llm {

// Upstream SSE (or, for Gemini, SSE of JSON chunks) → canonical stream events.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;
    virtual void feed(const SseEvent &event, QList<StreamEvent> &out) = 0;
    // The upstream stream ended. Emits Finish if a finish reason was seen, else an Error: a stream
    // cut short must never look complete to the client.
    virtual void end(QList<StreamEvent> &out) = 0;
    [[nodiscard]] virtual bool finished() const = 0;
};

// Canonical stream events → the client's SSE bytes.
class StreamEncoder
{
public:
    virtual ~StreamEncoder() = default;
    virtual void encode(const StreamEvent &event, QByteArray &out) = 0;
};

// Client request body → canonical. Returns an error (status 400, naming the field) when the body
// does not follow the dialect.
std::optional<Error> decodeRequest(Dialect dialect, const QJsonObject &body, Request &out);
// Canonical → upstream request body. Gemini's body has no model (it is in the URL).
QJsonObject encodeRequest(Dialect dialect, const Request &request);
// Upstream response body → canonical.
std::optional<Error> decodeResponse(Dialect dialect, const QJsonObject &body, Response &out);
// Canonical → client response body.
QJsonObject encodeResponse(Dialect dialect, const Response &response, const Request &request);
std::unique_ptr<StreamDecoder> makeStreamDecoder(Dialect dialect);
std::unique_ptr<StreamEncoder> makeStreamEncoder(Dialect dialect, const Request &request);
// An upstream error body (any shape; falls back to the raw text) → canonical.
Error decodeError(Dialect dialect, int status, const QByteArray &body);
// Canonical error → the client dialect's error envelope, and as a stream event.
QByteArray encodeError(Dialect dialect, const Error &error);
QByteArray encodeErrorEvent(Dialect dialect, const Error &error);
// The HTTP status to answer a client of `dialect` with.
int errorStatus(Dialect dialect, const Error &error);

// Usage read off a passthrough answer without decoding it all: from one stream chunk/event (OpenAI
// usage chunk; Anthropic message_start / message_delta), or from a whole response body.
void observeStreamUsage(Dialect dialect, const QJsonObject &event, Usage &usage);
void observeResponseUsage(Dialect dialect, bool countTokens, const QJsonObject &body, Usage &usage);
// The body's top-level "usage" object found and parsed on its own (empty when there is none).
QJsonObject usageObject(QByteArrayView body);

// A fresh request id, "req_sy_" + 24 random alphanumerics.
QByteArray newRequestId();

// Rough token estimate (≈4 bytes per token of text, the providers' own rule of thumb) for
// count_tokens without an upstream counter and for usage when an upstream reports none.
qint64 estimateInputTokens(const Request &request);
qint64 estimateTokens(const QString &text);

} // namespace Switchyard::Llm
