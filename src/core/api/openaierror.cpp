// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Switchyard::Api {

QByteArray OpenAiError::body() const
{
    const QJsonObject error{
        {QStringLiteral("message"), message},
        {QStringLiteral("type"), type.isEmpty() ? typeForStatus(status) : type},
        {QStringLiteral("param"), param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param)},
        {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

Http::HttpResponse OpenAiError::response() const
{
    Http::HttpResponse r;
    r.status = status;
    r.headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.body = body();
    return r;
}

QByteArray OpenAiError::sseEvent() const
{
    return QByteArrayLiteral("data: ") + body() + QByteArrayLiteral("\n\n");
}

QString OpenAiError::typeForStatus(int status)
{
    switch (status) {
    case 401: return QStringLiteral("authentication_error");
    case 403: return QStringLiteral("permission_error");
    case 404: return QStringLiteral("not_found_error");
    case 408: return QStringLiteral("timeout_error");
    case 429: return QStringLiteral("rate_limit_error");
    case 502: return QStringLiteral("upstream_error");
    case 503: return QStringLiteral("server_error");
    case 504: return QStringLiteral("timeout_error");
    default: return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
    }
}

} // namespace Switchyard::Api
