// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QHostAddress>

namespace Switchyard::Http {

// One parsed request as the server hands it to a RequestHandler.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QByteArray target; // request-target as sent: "/v1/models?limit=10"
    QByteArray path;   // target without the query: "/v1/models"
    QByteArray query;  // without the '?'
    int httpMinor = 1; // HTTP/1.x
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peerAddress;
    quint16 localPort = 0;
    // Who the request handler authenticated in checkHeaders() (an app's token name); opaque here.
    QByteArray principal;

    [[nodiscard]] QByteArray header(QByteArrayView name) const { return headers.value(name); }
    // Value of a query parameter (not percent-decoded: our parameters are plain tokens).
    [[nodiscard]] QByteArray queryValue(QByteArrayView name) const;
};

} // namespace Switchyard::Http
