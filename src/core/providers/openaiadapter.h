// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "http/upstreamclient.h"

#include <QByteArray>
#include <QJsonObject>

namespace Switchyard::Providers {

// The OpenAI Chat Completions wire format, spoken by OpenAI and every OpenAI-compatible service
// (https://platform.openai.com/docs/api-reference/chat/create, checked 2026-11-25): requests go to
// `{baseUrl}/chat/completions` with `Authorization: Bearer <key>`; SSE streams end with
// `data: [DONE]`; errors are {"error":{"message","type","param","code"}}.
class OpenAiAdapter final
{
public:
    // The upstream request for a client's chat-completions body, its `model` replaced by the
    // target's model name. `body` is the client's JSON as received; `parsed` is the same, parsed;
    // `path` is endpointPath(provider, "chat/completions"), worked out once by the caller.
    static Http::UpstreamRequest chatCompletion(const QByteArray &path, const QByteArray &key,
                                                const QByteArray &body, const QJsonObject &parsed,
                                                const QString &model, bool stream);

    // The path of an endpoint below the provider's base URL ("chat/completions" →
    // "/v1/chat/completions" for https://api.openai.com/v1).
    static QByteArray endpointPath(const Config::Provider &provider, QByteArrayView endpoint);
};

} // namespace Switchyard::Providers
