// SPDX-License-Identifier: GPL-3.0-or-later
#include "provideradapter.h"

#include <QUrl>

namespace Switchyard::Providers {

namespace {
const QByteArray kDefaultAnthropicVersion = QByteArrayLiteral("2023-06-01");

QByteArray encodeSegment(const QString &s)
{
    return QUrl::toPercentEncoding(s, "-._~");
}
} // namespace

ProviderWire resolveWire(const Config::Provider &provider)
{
    ProviderWire w;
    w.baseUrl = provider.baseUrl;
    w.kind = provider.kind;
    w.apiVersion = provider.apiVersion;
    w.preset = findPreset(provider.preset);
    w.endpoint = Http::UpstreamEndpoint::fromUrl(provider.baseUrl);
    w.basePath = provider.baseUrl.path(QUrl::FullyEncoded).toLatin1();
    while (w.basePath.endsWith('/'))
        w.basePath.chop(1);
    if (provider.kind == QLatin1StringView("anthropic")) {
        w.dialect = Llm::Dialect::AnthropicMessages;
        w.chatPath = w.basePath + (w.basePath.endsWith("/v1") ? "/messages" : "/v1/messages");
    } else if (provider.kind == QLatin1StringView("gemini")) {
        w.dialect = Llm::Dialect::Gemini;
    } else {
        w.dialect = Llm::Dialect::OpenAiChat;
        if (!w.isAzure())
            w.chatPath = w.basePath + "/chat/completions";
    }
    return w;
}

bool supports(const ProviderWire &wire, Operation op)
{
    switch (op) {
    case Operation::Chat: return true;
    case Operation::CountTokens: return wire.dialect == Llm::Dialect::AnthropicMessages;
    case Operation::Embeddings:
    case Operation::Completions: return wire.dialect == Llm::Dialect::OpenAiChat;
    }
    return false;
}

QByteArray operationPath(const ProviderWire &wire, Operation op, const QString &model, bool stream)
{
    const char *openAiTail = op == Operation::Embeddings    ? "/embeddings"
                             : op == Operation::Completions ? "/completions"
                                                            : "/chat/completions";
    switch (wire.dialect) {
    case Llm::Dialect::AnthropicMessages:
        return op == Operation::CountTokens ? wire.chatPath + "/count_tokens" : wire.chatPath;
    case Llm::Dialect::Gemini:
        return wire.basePath + "/models/" + encodeSegment(model) +
               (stream ? QByteArrayLiteral(":streamGenerateContent?alt=sse")
                       : QByteArrayLiteral(":generateContent"));
    case Llm::Dialect::OpenAiChat:
    case Llm::Dialect::OpenAiResponses: break;
    }
    if (wire.isAzure()) {
        QByteArray base = wire.basePath.endsWith("/openai") ? wire.basePath : wire.basePath + "/openai";
        if (wire.apiVersion == QLatin1StringView("v1"))
            return base + "/v1" + openAiTail;
        return base + "/deployments/" + encodeSegment(model) + openAiTail +
               "?api-version=" + encodeSegment(wire.apiVersion);
    }
    if (op == Operation::Chat)
        return wire.chatPath;
    return wire.basePath + openAiTail;
}

Http::UpstreamRequest makeRequest(const ProviderWire &wire, QByteArray path, const QByteArray &key,
                                  QByteArray body, bool stream, const Http::HttpRequest &client)
{
    static const QByteArray userAgent = QByteArrayLiteral("Switchyard/" SWITCHYARD_VERSION);
    Http::UpstreamRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = std::move(path);
    request.body = std::move(body);
    request.headers.reserve(6);
    request.headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    request.headers.add(QByteArrayLiteral("Accept"), stream ? QByteArrayLiteral("text/event-stream")
                                                            : QByteArrayLiteral("application/json"));
    request.headers.add(QByteArrayLiteral("User-Agent"), userAgent);
    switch (wire.dialect) {
    case Llm::Dialect::AnthropicMessages: {
        if (!key.isEmpty())
            request.headers.add(QByteArrayLiteral("x-api-key"), key);
        QByteArray version = client.headers.value("anthropic-version");
        if (version.isEmpty())
            version = wire.apiVersion.isEmpty() ? kDefaultAnthropicVersion : wire.apiVersion.toLatin1();
        request.headers.add(QByteArrayLiteral("anthropic-version"), version);
        const QByteArray beta = client.headers.value("anthropic-beta");
        if (!beta.isEmpty())
            request.headers.add(QByteArrayLiteral("anthropic-beta"), beta);
        break;
    }
    case Llm::Dialect::Gemini:
        if (!key.isEmpty())
            request.headers.add(QByteArrayLiteral("x-goog-api-key"), key); // never ?key= in the URL
        break;
    case Llm::Dialect::OpenAiChat:
    case Llm::Dialect::OpenAiResponses:
        if (key.isEmpty())
            break;
        if (wire.isAzure())
            request.headers.add(QByteArrayLiteral("api-key"), key);
        else
            request.headers.add(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key);
        break;
    }
    return request;
}

void applyQuirks(const ProviderWire &wire, QJsonObject &body)
{
    if (!wire.preset)
        return;
    if (!wire.preset->streamOptions)
        body.remove(QStringLiteral("stream_options"));
    if (wire.preset->maxCompletionTokens && body.contains(QLatin1StringView("max_tokens")))
        body.insert(QStringLiteral("max_completion_tokens"), body.take(QStringLiteral("max_tokens")));
}

} // namespace Switchyard::Providers
