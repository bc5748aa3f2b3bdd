// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"
#include "usage/spendtracker.h"

#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <memory>

namespace Switchyard {

namespace Api {
class GatewayContext;
}
namespace Http {
class HttpHeaders;
class HttpServer;
} // namespace Http
class LocalCall;
namespace Routing {
class TargetHealth;
}
namespace Secrets {
class KeyRing;
}
namespace Cache {
class ResponseCache;
}
namespace Usage {
class RecentUsage;
class UsageSink;
class UsageWriter;
} // namespace Usage

// The engine as the daemon and the GUI see it: the server with its workers, the live config and the
// provider keys. Owned by one thread (the GUI's or the daemon's main thread), which never serves.
class Gateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gateway)

public:
    explicit Gateway(QObject *parent = nullptr);
    ~Gateway() override;

    // Binds and starts serving. Refuses a non-loopback bind without required tokens.
    bool start(const Config::Config &config, QString *error);
    // Replaces the live config; requests in flight finish on the snapshot they started with.
    // Listening address, port and worker count take effect on the next start().
    void applyConfig(const Config::Config &config);
    // Stop accepting, finish in-flight requests for at most timeoutMs; emits stopped().
    void shutdown(int timeoutMs);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl() const; // "http://127.0.0.1:4141/v1"
    [[nodiscard]] Config::ConfigSnapshot config() const;
    [[nodiscard]] Secrets::KeyRing &keys();
    [[nodiscard]] Http::HttpServer *server() const { return m_server.get(); }
    // A request to this engine from inside the process (the desktop app's Playground), served like one
    // from the network by the same workers — routing, fallbacks, the cache, usage records and response
    // headers alike — but without a socket or an access token: `app` is the app it is accounted to and
    // whose route limits and budgets apply (any name; a token's name to act as that app). The answer
    // arrives as the LocalCall's signals. Null when the gateway is not running.
    [[nodiscard]] LocalCall *call(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                                  const Http::HttpHeaders &headers, const QString &app, QObject *parent);
    // The last requests served (thread-safe), and where every usage record also goes (the store).
    [[nodiscard]] const Usage::RecentUsage &recentUsage() const;
    // What the router knows about each provider/model (thread-safe; kept across config reloads).
    [[nodiscard]] const Routing::TargetHealth &health() const;
    // Spend so far today and this month for an app, SpendTracker::routeKey(route) or totalKey().
    [[nodiscard]] Usage::SpendTracker::Spend spend(const QString &key, qint64 nowMs) const;
    void setUsageSink(std::shared_ptr<Usage::UsageSink> sink);
    // Call before start(). Stores every request in the SQLite database at `path` (created or migrated),
    // written by its own thread; shutdown() and the destructor write what is still queued.
    bool enableUsageStore(const QString &path, int retentionDays, QString *error);
    [[nodiscard]] std::shared_ptr<Usage::UsageWriter> usageWriter() const;
    // Call before start(). Keeps cacheable answers (routes or the config turn caching on) in memory, durable
    // in the SQLite file at `path` (empty: memory only), at most maxBytes.
    bool enableResponseCache(const QString &path, qint64 maxBytes, QString *error);
    [[nodiscard]] std::shared_ptr<Cache::ResponseCache> responseCache() const;

Q_SIGNALS:
    void stopped(bool drained);

private:
    static std::shared_ptr<const QSslConfiguration> loadTls(const Config::ServerSettings &server,
                                                            QString *error);

    std::shared_ptr<Api::GatewayContext> m_context;
    std::unique_ptr<Http::HttpServer> m_server;
    QString m_host;
    bool m_tls = false;
};

} // namespace Switchyard
