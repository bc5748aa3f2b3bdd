// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArray>

#include <optional>

namespace Switchyard::Http {

class HttpExchange;
struct HttpRequest;

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
};

// What the server calls for each request. Implemented above the wire layer (api/), so http/ never
// depends on it (qBittorrent's Http::IRequestHandler shape). One instance per worker thread, used only
// from that thread.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;

    // Called once the header section is parsed and before any body byte is read: refuse early
    // (authentication, Host/Origin checks, unsupported media type) by returning a response. It may
    // set request.principal.
    virtual std::optional<HttpResponse> checkHeaders(HttpRequest &request) = 0;

    // Called with the complete request. The handler answers through the exchange, now or later.
    virtual void handle(HttpExchange *exchange) = 0;

    // Formats an error the wire layer detected itself (malformed message, limits, timeouts) in the
    // API's own error shape. `request` holds whatever was parsed so far (path may be empty).
    virtual HttpResponse errorResponse(int status, const QByteArray &message, const HttpRequest &request) = 0;
};

} // namespace Switchyard::Http
