// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerprobe.h"

#include "secrets/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>

namespace Switchyard::Gui {

QNetworkRequest ProviderProbe::modelsRequest(const Config::Provider &provider, const QByteArray &key)
{
    // Each kind's model list (the providers' API references): OpenAI GET /models with a bearer key;
    // Anthropic GET /v1/models with x-api-key and anthropic-version; Gemini GET /models with
    // x-goog-api-key; Azure GET /openai/models?api-version=….
    QString base = provider.baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkRequest request;
    if (provider.kind == QLatin1String("anthropic")) {
        request.setUrl(QUrl(base + QLatin1String("/v1/models")));
        request.setRawHeader("x-api-key", key);
        request.setRawHeader("anthropic-version", "2023-06-01");
    } else if (provider.kind == QLatin1String("gemini")) {
        request.setUrl(QUrl(base + QLatin1String("/models")));
        request.setRawHeader("x-goog-api-key", key);
    } else if (provider.kind == QLatin1String("azure")) {
        QUrl url(base + QLatin1String("/openai/models"));
        url.setQuery(QStringLiteral("api-version=") +
                     (provider.apiVersion.isEmpty() ? QStringLiteral("2024-10-21") : provider.apiVersion));
        request.setUrl(url);
        request.setRawHeader("api-key", key);
    } else {
        request.setUrl(QUrl(base + QLatin1String("/models")));
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
    }
    request.setTransferTimeout(15'000);
    return request;
}

ProviderProbe::Models ProviderProbe::readModels(QNetworkReply *reply, const QString &name,
                                                const QByteArray &key)
{
    Models result;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        result.error = tr("Could not reach %1: %2").arg(name, reply->errorString());
        return result;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        // The provider's own message, with the key cut out (some echo it back).
        QString message =
            json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(body.left(300));
        message = Secrets::redactSecrets(message, {key});
        result.error = status == 401 || status == 403
                           ? tr("%1 refused the key (HTTP %2): %3").arg(name).arg(status).arg(message)
                           : tr("%1 answered HTTP %2: %3").arg(name).arg(status).arg(message);
        return result;
    }
    for (const QJsonValue &m : json.value(QLatin1String("data")).toArray())
        result.ids.append(m.toObject().value(QLatin1String("id")).toString());
    for (const QJsonValue &m : json.value(QLatin1String("models")).toArray()) // Gemini
        result.ids.append(m.toObject()
                              .value(QLatin1String("name"))
                              .toString()
                              .remove(QRegularExpression(QStringLiteral("^models/"))));
    result.ids.removeAll(QString());
    result.ids.sort();
    result.ok = true;
    return result;
}

} // namespace Switchyard::Gui
