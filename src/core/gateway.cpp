// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateway.h"

#include "api/gatewaycontext.h"
#include "api/gatewayhandler.h"
#include "http/httpexchange.h"
#include "http/httpserver.h"
#include "localcall.h"
#include "usage/usagestore.h"

#include <QDateTime>

#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcGateway, "switchyard.gateway", QtInfoMsg)

namespace Switchyard {

Gateway::Gateway(QObject *parent) : QObject(parent), m_context(std::make_shared<Api::GatewayContext>()) {}

Gateway::~Gateway()
{
    m_server.reset(); // workers first: they may still record usage
    if (auto writer = m_context->usageWriter())
        writer->stop();
    if (auto cache = m_context->responseCache())
        cache->stop();
}

std::shared_ptr<const QSslConfiguration> Gateway::loadTls(const Config::ServerSettings &server,
                                                          QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS was asked for (server.tls) but no TLS backend is available");
        return nullptr;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(server.tlsCertificate, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("server.tls.certificate: no PEM certificate could be read from %1")
                     .arg(server.tlsCertificate);
        return nullptr;
    }
    QFile keyFile(server.tlsPrivateKey);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("server.tls.privateKey: cannot read %1: %2")
                     .arg(server.tlsPrivateKey, keyFile.errorString());
        return nullptr;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *error = QStringLiteral("server.tls.privateKey: %1 is not an unencrypted PEM RSA or EC private key")
                     .arg(server.tlsPrivateKey);
        return nullptr;
    }
    auto tls = std::make_shared<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    tls->setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with app tokens
    tls->setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

LocalCall *Gateway::call(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                         const Http::HttpHeaders &headers, const QString &app, QObject *parent)
{
    if (!isRunning())
        return nullptr;
    Http::HttpRequest request;
    request.method = method;
    request.target = path;
    const qsizetype query = path.indexOf('?');
    request.path = query < 0 ? path : path.left(query);
    request.query = query < 0 ? QByteArray() : path.mid(query + 1);
    request.headers = headers;
    request.body = body;
    request.peerAddress = QHostAddress(QHostAddress::LocalHost);
    request.localPort = port();
    request.principal = app.toUtf8();
    auto *call = new LocalCall(m_server.get(), parent);
    call->m_id = m_server->dispatchLocal(std::move(request), call->sink());
    return call;
}

bool Gateway::start(const Config::Config &config, QString *error)
{
    if (m_server) {
        *error = QStringLiteral("the gateway is already running");
        return false;
    }
    const QHostAddress address = config.server.host == QLatin1String("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(config.server.host);
    if (address.isNull()) {
        *error = QStringLiteral("server.host '%1' is not an IP address").arg(config.server.host);
        return false;
    }
    if (!address.isLoopback() && !config.server.requireToken) {
        *error =
            QStringLiteral("refusing to listen on %1 without access tokens: set server.requireToken to true")
                .arg(config.server.host);
        return false;
    }
    applyConfig(config);

    Http::ServerLimits limits;
    limits.maxHeaderBytes = qsizetype(config.server.maxHeaderBytes);
    limits.maxBodyBytes = config.server.maxBodyBytes;
    limits.maxConnections = config.server.maxConnections;
    limits.headerTimeoutMs = config.server.headerTimeoutMs;
    limits.bodyTimeoutMs = config.server.bodyTimeoutMs;
    limits.idleTimeoutMs = config.server.idleTimeoutMs;
    limits.writeTimeoutMs = config.server.writeTimeoutMs;
    if (!config.server.tlsCertificate.isEmpty()) {
        auto tls = loadTls(config.server, error);
        if (!tls)
            return false;
        limits.tls = std::move(tls);
    }

    std::shared_ptr<Api::GatewayContext> context = m_context;
    auto server = std::make_unique<Http::HttpServer>(
        [context] { return std::make_unique<Api::GatewayHandler>(context); }, limits, config.server.workers);
    if (!server->listen(address, config.server.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(config.server.host)
                     .arg(config.server.port)
                     .arg(server->errorString());
        return false;
    }
    connect(server.get(), &Http::HttpServer::shutdownComplete, this, [this](bool drained) {
        m_server.reset();
        m_context->setBoundPort(0);
        // Every request has finished (or been cut off): write what the usage store still queues.
        if (auto writer = m_context->usageWriter())
            writer->flush();
        Q_EMIT stopped(drained);
    });
    m_context->setBoundPort(server->serverPort());
    m_tls = static_cast<bool>(limits.tls);
    m_host = address.protocol() == QAbstractSocket::IPv6Protocol
                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                 : address.toString();
    m_server = std::move(server);
    qCDebug(lcGateway).noquote() << "listening on" << baseUrl().chopped(3) << "with"
                                 << m_server->workerCount() << "workers";
    return true;
}

void Gateway::applyConfig(const Config::Config &config)
{
    m_context->keys().loadFromConfig(config);
    m_context->setConfig(std::make_shared<const Config::Config>(config));
}

void Gateway::shutdown(int timeoutMs)
{
    if (!m_server) {
        Q_EMIT stopped(true);
        return;
    }
    m_server->shutdown(timeoutMs);
}

bool Gateway::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 Gateway::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString Gateway::baseUrl() const
{
    return QStringLiteral("%1://%2:%3/v1")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), m_host)
        .arg(port());
}

Config::ConfigSnapshot Gateway::config() const
{
    return m_context->config();
}

Secrets::KeyRing &Gateway::keys()
{
    return m_context->keys();
}

const Usage::RecentUsage &Gateway::recentUsage() const
{
    return m_context->recentUsage();
}

const Routing::TargetHealth &Gateway::health() const
{
    return m_context->health();
}

Usage::SpendTracker::Spend Gateway::spend(const QString &key, qint64 nowMs) const
{
    return m_context->spend().spend(key, nowMs);
}

void Gateway::setUsageSink(std::shared_ptr<Usage::UsageSink> sink)
{
    m_context->setUsageSink(std::move(sink));
}

bool Gateway::enableUsageStore(const QString &path, int retentionDays, QString *error)
{
    Usage::UsageWriter::Options options;
    options.retentionDays = retentionDays;
    auto writer = std::make_shared<Usage::UsageWriter>(path, options);
    if (!writer->start(error))
        return false;
    // Budgets count what was spent before this start too.
    {
        Usage::UsageStore store;
        if (store.open(path, error)) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 monthStart = Usage::SpendTracker::monthStartMs(now);
            const QHash<QString, qint64> today = store.spendByApp(now);
            const QHash<QString, qint64> month = store.spendByApp(monthStart);
            qint64 totalToday = 0;
            qint64 totalMonth = 0;
            for (auto it = month.cbegin(); it != month.cend(); ++it) {
                if (!it.key().isEmpty())
                    m_context->spend().seed(it.key(), today.value(it.key()), it.value(), now);
                totalToday += today.value(it.key());
                totalMonth += it.value();
            }
            m_context->spend().seed(Usage::SpendTracker::totalKey(), totalToday, totalMonth, now);
            const QHash<QString, qint64> routeToday = store.spendByRoute(now);
            const QHash<QString, qint64> routeMonth = store.spendByRoute(monthStart);
            for (auto it = routeMonth.cbegin(); it != routeMonth.cend(); ++it) {
                if (!it.key().isEmpty())
                    m_context->spend().seed(Usage::SpendTracker::routeKey(it.key()),
                                            routeToday.value(it.key()), it.value(), now);
            }
        }
    }
    if (auto old = m_context->usageWriter())
        old->stop();
    m_context->setUsageWriter(std::move(writer));
    return true;
}

bool Gateway::enableResponseCache(const QString &path, qint64 maxBytes, QString *error)
{
    auto cache = std::make_shared<Cache::ResponseCache>(path, maxBytes);
    if (!cache->start(error))
        return false;
    m_context->setResponseCache(std::move(cache));
    return true;
}

std::shared_ptr<Cache::ResponseCache> Gateway::responseCache() const
{
    return m_context->responseCache();
}

std::shared_ptr<Usage::UsageWriter> Gateway::usageWriter() const
{
    return m_context->usageWriter();
}

} // namespace Switchyard
