// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "http/httprequest.h"
#include "http/requesthandler.h"
#include "ratelimits.h"

#include <QByteArray>

#include <optional>

namespace Switchyard::Api {

// Who may call the local endpoint, checked on the header section before any body is read:
// DNS rebinding (Host), cross-site requests from web pages (Origin; CORS only for allowed origins),
// client access tokens (Bearer or x-api-key, compared in constant time against SHA-256 hashes) and
// the media type of POST bodies.
class AccessPolicy final
{
public:
    // Shared, thread-safe state of the checks (rate windows).
    struct State
    {
        TokenRateLimiter tokenRates;
        AuthFailureLimiter authFailures;
    };

    static std::optional<Http::HttpResponse> check(const Config::Config &config, Http::HttpRequest &request,
                                                   State &state);

    // CORS headers to add to every response to an allowed cross-origin request.
    static void addCorsHeaders(const Http::HttpRequest &request, Http::HttpHeaders &headers);

    static bool isHostAllowed(const Config::ServerSettings &server, QByteArrayView hostHeader);
    static QByteArray sha256(QByteArrayView data);
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
    // The client's token from Authorization: Bearer … or x-api-key.
    static QByteArray presentedToken(const Http::HttpRequest &request);
    // Paths anyone on this machine may call without a token (they reveal nothing).
    static bool isPublic(const Http::HttpRequest &request);
};

} // namespace Switchyard::Api
