// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesspolicy.h"

#include "openaierror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>

namespace Switchyard::Api {

namespace {

Http::HttpResponse refuse(int status, const QString &message, const QString &code)
{
    OpenAiError e;
    e.status = status;
    e.message = message;
    e.code = code;
    return e.response();
}

} // namespace

QByteArray AccessPolicy::sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

bool AccessPolicy::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray AccessPolicy::presentedToken(const Http::HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7 &&
        Http::HttpHeaders::nameEquals(QByteArrayView(authorization).first(7), "bearer "))
        return authorization.mid(7).trimmed();
    return request.header("x-api-key").trimmed();
}

bool AccessPolicy::isPublic(const Http::HttpRequest &request)
{
    return (request.method == "HEAD" && request.path == "/") || request.path == "/healthz";
}

bool AccessPolicy::isHostAllowed(const Config::ServerSettings &server, QByteArrayView hostHeader)
{
    QByteArrayView host = hostHeader.trimmed();
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        host = host.sliced(1, close - 1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        host = host.first(colon);
    }
    if (host.isEmpty())
        return false;
    const QString name = QString::fromLatin1(host.data(), host.size()).toLower();
    // An IP literal cannot be a rebound DNS name; "localhost" never leaves the machine.
    if (!QHostAddress(name).isNull() || name == QLatin1String("localhost"))
        return true;
    if (name == server.host.toLower())
        return true;
    for (const QString &allowed : server.allowedHosts) {
        if (name == allowed.toLower())
            return true;
    }
    return false;
}

void AccessPolicy::addCorsHeaders(const Http::HttpRequest &request, Http::HttpHeaders &headers)
{
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty())
        return;
    headers.add(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
    headers.add(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    headers.add(
        QByteArrayLiteral("Access-Control-Expose-Headers"),
        QByteArrayLiteral("x-switchyard-route, x-switchyard-provider, x-switchyard-model, x-request-id"));
}

std::optional<Http::HttpResponse> AccessPolicy::check(const Config::Config &config,
                                                      Http::HttpRequest &request, State &state)
{
    const Config::ServerSettings &server = config.server;

    // DNS rebinding: a web page on evil.example that resolves to 127.0.0.1 sends Host: evil.example.
    const QByteArray host = request.header("host");
    if (!host.isEmpty() && !isHostAllowed(server, host))
        return refuse(403,
                      QStringLiteral("Host '%1' is not allowed; Switchyard only answers requests addressed "
                                     "to this machine (add the name to server.allowedHosts to allow it)")
                          .arg(QString::fromLatin1(host.left(200))),
                      QStringLiteral("host_not_allowed"));

    // Cross-site requests: browsers send Origin; local tools do not. Only allowed origins get through.
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !server.allowedOrigins.contains(QString::fromLatin1(origin)))
        return refuse(403,
                      QStringLiteral("requests from web origin '%1' are not allowed (add it to "
                                     "server.allowedOrigins to allow it)")
                          .arg(QString::fromLatin1(origin.left(200))),
                      QStringLiteral("origin_not_allowed"));

    if (request.method == "OPTIONS") {
        // CORS preflight (Fetch standard §3.2.2), only ever answered for an allowed origin.
        Http::HttpResponse r;
        r.status = 204;
        if (!origin.isEmpty()) {
            addCorsHeaders(request, r.headers);
            r.headers.add(QByteArrayLiteral("Access-Control-Allow-Methods"),
                          QByteArrayLiteral("GET, POST, OPTIONS"));
            const QByteArray requested = request.header("access-control-request-headers");
            r.headers.add(QByteArrayLiteral("Access-Control-Allow-Headers"),
                          requested.isEmpty() ? QByteArrayLiteral("authorization, content-type, x-api-key")
                                              : requested);
            r.headers.add(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
        }
        r.headers.add(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD, POST, OPTIONS"));
        return r;
    }

    if (!isPublic(request) && server.requireToken) {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const QHostAddress &peer = request.peerAddress;
        int retryAfter = 0;
        if (state.authFailures.isBlocked(peer, nowMs, &retryAfter)) {
            Http::HttpResponse r = refuse(429,
                                          QStringLiteral("too many failed authentication attempts from this "
                                                         "address; try again in %1 s")
                                              .arg(retryAfter),
                                          QStringLiteral("too_many_auth_failures"));
            r.headers.add(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
            return r;
        }
        const QByteArray token = presentedToken(request);
        if (token.isEmpty()) {
            state.authFailures.recordFailure(peer, server.maxAuthFailuresPerMinute, nowMs);
            return refuse(401,
                          QStringLiteral("missing access token: send 'Authorization: Bearer <token>' or "
                                         "'x-api-key: <token>' with a Switchyard app token"),
                          QStringLiteral("missing_api_key"));
        }
        const QByteArray digest = sha256(token);
        const Config::AccessToken *match = nullptr;
        // Every token is compared, match or not, so timing tells nothing about which one was close.
        for (const Config::AccessToken &t : config.tokens) {
            if (constantTimeEquals(digest, t.sha256) && t.enabled && !match)
                match = &t;
        }
        if (!match) {
            state.authFailures.recordFailure(peer, server.maxAuthFailuresPerMinute, nowMs);
            return refuse(401,
                          QStringLiteral("invalid access token: it is not one of this Switchyard's app "
                                         "tokens, or it was revoked"),
                          QStringLiteral("invalid_api_key"));
        }
        if (match->isExpired(nowMs / 1000))
            return refuse(401,
                          QStringLiteral("the access token of app '%1' expired on %2; create a new one")
                              .arg(match->name, match->expires.toString(Qt::ISODate)),
                          QStringLiteral("token_expired"));
        if (match->requestsPerMinute > 0 &&
            !state.tokenRates.tryAcquire(match->name, match->requestsPerMinute, nowMs, &retryAfter)) {
            OpenAiError e;
            e.status = 429;
            e.type = QStringLiteral("rate_limit_error");
            e.code = QStringLiteral("rate_limit_exceeded");
            e.message = QStringLiteral("app '%1' is limited to %2 requests per minute; try again in %3 s")
                            .arg(match->name)
                            .arg(match->requestsPerMinute)
                            .arg(retryAfter);
            Http::HttpResponse r = e.response();
            r.headers.add(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
            return r;
        }
        request.principal = match->name.toUtf8();
    }

    // Browsers may send text/plain and form posts cross-site without a preflight (CSRF): accept
    // only JSON bodies.
    if (request.method == "POST") {
        const QByteArray type = request.header("content-type");
        const qsizetype semi = type.indexOf(';');
        const QByteArray mediaType = (semi < 0 ? type : type.left(semi)).trimmed().toLower();
        if (mediaType != "application/json")
            return refuse(
                415, QStringLiteral("request bodies must be JSON: send 'Content-Type: application/json'"),
                QStringLiteral("unsupported_media_type"));
    }
    return std::nullopt;
}

} // namespace Switchyard::Api
