// SPDX-License-Identifier: GPL-3.0-or-later
#include "openaiadapter.h"

#include "jsonpatch.h"

#include <QJsonDocument>

namespace Switchyard::Providers {

QByteArray OpenAiAdapter::endpointPath(const Config::Provider &provider, QByteArrayView endpoint)
{
    QByteArray path = provider.baseUrl.path(QUrl::FullyEncoded).toLatin1();
    if (!path.endsWith('/'))
        path += '/';
    path += endpoint;
    return path;
}

Http::UpstreamRequest OpenAiAdapter::chatCompletion(const QByteArray &path, const QByteArray &key,
                                                    const QByteArray &body, const QJsonObject &parsed,
                                                    const QString &model, bool stream)
{
    static const QByteArray userAgent = QByteArrayLiteral("Switchyard/" SWITCHYARD_VERSION);
    Http::UpstreamRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = path;
    request.headers.reserve(5);
    request.headers.add(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    request.headers.add(QByteArrayLiteral("Accept"), stream ? QByteArrayLiteral("text/event-stream")
                                                            : QByteArrayLiteral("application/json"));
    request.headers.add(QByteArrayLiteral("User-Agent"), userAgent);
    if (!key.isEmpty())
        request.headers.add(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key);

    // Fast path: swap the model string in place and forward every other byte untouched.
    request.body = body;
    const QByteArray modelUtf8 = model.toUtf8();
    if (!replaceTopLevelString(request.body, "model", modelUtf8)) {
        QJsonObject copy = parsed;
        copy.insert(QStringLiteral("model"), model);
        request.body = QJsonDocument(copy).toJson(QJsonDocument::Compact);
    }
    return request;
}

} // namespace Switchyard::Providers
