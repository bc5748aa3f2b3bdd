// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "http/httprequest.h"
#include "http/upstreamclient.h"
#include "llm/llm.h"
#include "presets.h"

#include <QJsonObject>

namespace Switchyard::Providers {

enum class Operation
{
    Chat,
    CountTokens,
    Embeddings,
    Completions
};

// How to reach one configured provider: its wire dialect, endpoint (with proxy settings) and
// paths. Worked out once per worker and provider, not per request.
struct ProviderWire
{
    QUrl baseUrl; // to notice a config change under the same provider id
    QString kind;
    QString apiVersion;
    Llm::Dialect dialect = Llm::Dialect::OpenAiChat;
    Http::UpstreamEndpoint endpoint;
    QByteArray basePath; // the base URL's path, without a trailing '/'
    QByteArray chatPath; // for kinds whose chat path does not depend on the model
    const Preset *preset = nullptr;

    [[nodiscard]] bool isAzure() const { return kind == QLatin1StringView("azure"); }
};

ProviderWire resolveWire(const Config::Provider &provider);

// Whether the provider's API has the operation (embeddings and raw completions are OpenAI-only).
bool supports(const ProviderWire &wire, Operation op);

// The request path (with query) for an operation on a model.
//   openai     {base}/chat/completions (https://platform.openai.com/docs/api-reference) anthropic
//   {base}/v1/messages[/count_tokens]              (https://docs.anthropic.com/en/api/messages) gemini
//   {base}/models/{model}:generateContent | :streamGenerateContent?alt=sse
//                                                             (https://ai.google.dev/api/generate-content)
//   azure      {base}/openai/deployments/{model}/chat/completions?api-version=V, or with apiVersion
//              "v1" the model-in-body {base}/openai/v1/chat/completions
//              (https://learn.microsoft.com/azure/ai-foundry/openai/reference; all checked 2026-11-25)
QByteArray operationPath(const ProviderWire &wire, Operation op, const QString &model, bool stream);

// The upstream request: method, path, the provider's auth header for `key`, content headers, and
// the Anthropic version/beta headers (the client's when it sent them).
Http::UpstreamRequest makeRequest(const ProviderWire &wire, QByteArray path, const QByteArray &key,
                                  QByteArray body, bool stream, const Http::HttpRequest &client);

// Provider quirks applied to a body Switchyard encoded itself (never to a passthrough body).
void applyQuirks(const ProviderWire &wire, QJsonObject &body);

} // namespace Switchyard::Providers
