// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewaycontext.h"
#include "http/requesthandler.h"
#include "http/upstreamclient.h"
#include "providers/provideradapter.h"
#include "routing/router.h"
#include "usage/usagestore.h"

#include <QHash>
#include <QRandomGenerator>

#include <memory>

namespace Switchyard::Api {

// The local endpoint's request handler (one per worker thread): access checks, then dispatch by
// path to the API surfaces. Owns the worker's upstream connection pool.
class GatewayHandler final : public Http::RequestHandler
{
public:
    explicit GatewayHandler(std::shared_ptr<GatewayContext> context);
    ~GatewayHandler() override;
    Q_DISABLE_COPY_MOVE(GatewayHandler)

    std::optional<Http::HttpResponse> checkHeaders(Http::HttpRequest &request) override;
    void handle(Http::HttpExchange *exchange) override;
    Http::HttpResponse errorResponse(int status, const QByteArray &message,
                                     const Http::HttpRequest &request) override;

    [[nodiscard]] Http::UpstreamPool &pool() { return *m_pool; }
    // This worker's view of the live config and keys: refreshed only when they changed, so the hot
    // path touches no lock and no reference count shared with other threads.
    const Config::ConfigSnapshot &config();
    Secrets::KeyRing::Status providerKey(const Config::Provider &provider, QByteArray *key);
    [[nodiscard]] GatewayContext &context() { return *m_context; }
    // How to reach a provider (dialect, endpoint with its proxy settings, paths), worked out once
    // per worker, not per request.
    const Providers::ProviderWire &wireFor(const Config::Provider &provider);
    // Orders a plan's targets by its route's strategy, with this worker's round-robin counters and
    // random source (no state shared between workers on the request path).
    // Orders the plan by its strategy (expanding nested routes) and sets aside targets that may not
    // take the request now. `promptTokens`/`outputTokens` feed lowest-cost.
    void orderTargets(const Config::Config &config, Routing::Plan &plan, const QByteArray &stickyKey,
                      qint64 promptTokens, qint64 outputTokens, bool peek = false);
    double random() { return m_random.generateDouble(); } // this worker's uniform [0, 1) source

private:
    void serveModels(Http::HttpExchange *exchange, const Config::Config &config);
    void respondError(Http::HttpExchange *exchange, Http::HttpResponse response);
    void serveMetrics(Http::HttpExchange *exchange);
    void serveUsage(Http::HttpExchange *exchange, bool rawRows);
    Usage::UsageStore *usageReader(); // this worker's read connection, or null without a store
    static void respondJson(Http::HttpExchange *exchange, int status, const QByteArray &json);

    std::shared_ptr<GatewayContext> m_context;
    std::unique_ptr<Http::UpstreamPool> m_pool;
    QHash<QString, Providers::ProviderWire> m_wires; // by provider id
    std::unique_ptr<Usage::UsageStore> m_usageReader;
    QHash<QString, quint64> m_roundRobin; // by route name
    QRandomGenerator m_random{QRandomGenerator::global()->generate()};
    Config::ConfigSnapshot m_config;
    quint64 m_configGeneration = ~quint64(0);
    Secrets::KeyRing::Snapshot m_keys;
    quint64 m_keysGeneration = ~quint64(0);
};

} // namespace Switchyard::Api
