// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstreamclient.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QUrl>

Q_LOGGING_CATEGORY(lcUpstream, "switchyard.upstream", QtWarningMsg)

namespace Switchyard::Http {

namespace {

constexpr qint64 kUpstreamReadBuffer = 256 * 1024;
constexpr qint64 kMaxResponseBytes = 256LL * 1024 * 1024;

QByteArray envValue(const char *upper, const char *lower)
{
    QByteArray v = qgetenv(upper);
    if (v.isEmpty())
        v = qgetenv(lower);
    return v.trimmed();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// NO_PROXY: comma-separated host names, domain suffixes (".example.com" or "example.com" matching
// sub-domains), or "*". Ports and CIDR ranges are not interpreted.
bool excludedByNoProxy(const QString &host)
{
    const QByteArray noProxy = envValue("NO_PROXY", "no_proxy");
    if (noProxy.isEmpty())
        return false;
    for (const QByteArray &raw : noProxy.split(',')) {
        QString entry = QString::fromLatin1(raw.trimmed()).toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        if (entry.startsWith(QLatin1Char('.')))
            entry.remove(0, 1);
        const QString h = host.toLower();
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

QNetworkProxy proxyFromUrl(const QByteArray &value)
{
    const QUrl url = QUrl::fromUserInput(QString::fromLatin1(value));
    if (!url.isValid() || url.host().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy proxy;
    if (scheme.startsWith(QLatin1String("socks5"))) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        proxy.setPort(quint16(url.port(1080)));
    } else {
        // An HTTP proxy is used through CONNECT tunnels for both plain and TLS upstreams.
        proxy.setType(QNetworkProxy::HttpProxy);
        proxy.setPort(quint16(url.port(scheme == QLatin1String("https") ? 443 : 8080)));
    }
    proxy.setHostName(url.host());
    proxy.setUser(url.userName());
    proxy.setPassword(url.password());
    return proxy;
}

} // namespace

QString upstreamErrorName(UpstreamError error)
{
    switch (error) {
    case UpstreamError::ConnectFailed: return QStringLiteral("connect_failed");
    case UpstreamError::ConnectTimeout: return QStringLiteral("connect_timeout");
    case UpstreamError::FirstByteTimeout: return QStringLiteral("first_byte_timeout");
    case UpstreamError::IdleTimeout: return QStringLiteral("idle_timeout");
    case UpstreamError::ConnectionClosed: return QStringLiteral("connection_closed");
    case UpstreamError::ProtocolError: return QStringLiteral("protocol_error");
    case UpstreamError::TlsError: return QStringLiteral("tls_error");
    case UpstreamError::ResponseTooLarge: return QStringLiteral("response_too_large");
    }
    return QStringLiteral("unknown");
}

QString UpstreamEndpoint::poolKey() const
{
    QString key = (tls ? QLatin1String("https://") : QLatin1String("http://")) + host + QLatin1Char(':') +
                  QString::number(port);
    if (proxy.type() != QNetworkProxy::NoProxy)
        key += QLatin1String(" via ") + proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
    return key;
}

UpstreamEndpoint UpstreamEndpoint::fromUrl(const QUrl &url)
{
    UpstreamEndpoint e;
    e.tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    e.host = url.host();
    e.port = quint16(url.port(e.tls ? 443 : 80));
    if (!isLoopbackHost(e.host) && !excludedByNoProxy(e.host)) {
        QByteArray proxy =
            e.tls ? envValue("HTTPS_PROXY", "https_proxy") : envValue("HTTP_PROXY", "http_proxy");
        if (proxy.isEmpty())
            proxy = envValue("ALL_PROXY", "all_proxy");
        if (!proxy.isEmpty())
            e.proxy = proxyFromUrl(proxy);
    }
    return e;
}

// ---------------------------------------------------------------------------------------------
// UpstreamConnection and UpstreamPool

UpstreamConnection::~UpstreamConnection()
{
    if (m_pool)
        m_pool->connectionGone(m_key);
}

UpstreamConnection::UpstreamConnection(const UpstreamEndpoint &endpoint, UpstreamPool *pool)
    : m_pool(pool), m_key(endpoint.poolKey())
{
    if (endpoint.tls) {
        auto *ssl = new QSslSocket(this);
        connect(ssl, &QSslSocket::encrypted, this, &UpstreamConnection::onConnected);
        m_socket = ssl;
        ssl->setReadBufferSize(kUpstreamReadBuffer);
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &UpstreamConnection::onConnected);
    }
    m_socket->setProxy(endpoint.proxy);
    connect(m_socket, &QTcpSocket::readyRead, this, &UpstreamConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &UpstreamConnection::onClosedOrFailed);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &UpstreamConnection::onClosedOrFailed);
}

void UpstreamConnection::onConnected()
{
    if (m_call)
        m_call->onConnected();
}

void UpstreamConnection::onReadyRead()
{
    if (m_call)
        m_call->onReadyRead();
    else
        m_pool->dropIdle(this); // an idle connection has nothing to say: closed or broken
}

void UpstreamConnection::onClosedOrFailed()
{
    if (m_call)
        m_call->onSocketError();
    else
        m_pool->dropIdle(this);
}

UpstreamPool::UpstreamPool(int maxIdlePerEndpoint, int maxPerEndpoint, int idleTimeoutMs, QObject *parent)
    : QObject(parent), m_maxIdle(maxIdlePerEndpoint), m_maxPerEndpoint(maxPerEndpoint),
      m_idleTimeoutMs(idleTimeoutMs)
{
}

UpstreamPool::~UpstreamPool()
{
    // Detach first: a socket being destroyed emits disconnected(), which must not reach a pool
    // whose lists still hold the connection being destroyed.
    const auto idle = std::exchange(m_idle, {});
    for (const auto &list : idle) {
        for (UpstreamConnection *c : list) {
            c->m_pool = nullptr;
            c->disconnect();
            c->m_socket->disconnect(c);
            delete c;
        }
    }
}

int UpstreamPool::idleCount() const
{
    int n = 0;
    for (const auto &list : m_idle)
        n += int(list.size());
    return n;
}

UpstreamConnection *UpstreamPool::take(const UpstreamEndpoint &endpoint, bool forceNew, UpstreamCall *waiter)
{
    if (!forceNew) {
        auto it = m_idle.find(endpoint.poolKey());
        while (it != m_idle.end() && !it->isEmpty()) {
            // Most recently used first: it is the least likely to have been closed by the upstream.
            UpstreamConnection *c = it->takeLast();
            // (An idle socket that became readable was dropped then: see UpstreamConnection::onReadyRead.)
            if (c->m_socket->state() == QAbstractSocket::ConnectedState) {
                c->setParent(nullptr);
                return c;
            }
            c->m_socket->disconnect(c);
            c->deleteLater();
        }
    }
    int &open = m_open[endpoint.poolKey()];
    if (m_maxPerEndpoint > 0 && open >= m_maxPerEndpoint) {
        QList<UpstreamCall *> &queue = m_waiting[endpoint.poolKey()];
        if (waiter && !queue.contains(waiter))
            queue.append(waiter);
        return nullptr;
    }
    ++open;
    ++m_opened;
    return new UpstreamConnection(endpoint, this);
}

void UpstreamPool::connectionGone(const QString &key)
{
    auto it = m_open.find(key);
    if (it != m_open.end() && --*it <= 0)
        m_open.erase(it);
    wakeWaiter(key);
}

void UpstreamPool::wakeWaiter(const QString &key)
{
    auto it = m_waiting.find(key);
    if (it == m_waiting.end())
        return;
    if (it->isEmpty()) {
        m_waiting.erase(it);
        return;
    }
    // Started from the event loop, not from inside the call that freed the connection.
    QPointer<UpstreamCall> next(it->takeFirst());
    QMetaObject::invokeMethod(
        this,
        [next] {
            if (next && next->m_stage == UpstreamCall::Stage::Queued)
                next->start();
        },
        Qt::QueuedConnection);
}

void UpstreamPool::cancelWait(UpstreamCall *call)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it)
        it->removeAll(call);
}

void UpstreamPool::giveBack(UpstreamConnection *connection)
{
    connection->m_call = nullptr;
    QList<UpstreamConnection *> &list = m_idle[connection->m_key];
    if (list.size() >= m_maxIdle || connection->m_socket->state() != QAbstractSocket::ConnectedState) {
        connection->m_socket->disconnect(connection);
        connection->deleteLater();
        return;
    }
    connection->setParent(this);
    connection->m_idleSince = monotonicMs();
    list.append(connection);
    ensureSweep();
    wakeWaiter(connection->m_key);
}

void UpstreamPool::discard(UpstreamConnection *connection)
{
    if (!connection)
        return;
    connection->m_call = nullptr;
    connection->m_socket->disconnect(connection);
    connection->m_socket->abort();
    connection->deleteLater();
}

void UpstreamPool::dropIdle(UpstreamConnection *connection)
{
    for (auto &list : m_idle) {
        if (list.removeOne(connection))
            break;
    }
    connection->m_socket->disconnect(connection);
    connection->deleteLater();
}

void UpstreamPool::track(UpstreamCall *call)
{
    m_active.append(call);
    ensureSweep();
}

void UpstreamPool::untrack(UpstreamCall *call)
{
    m_active.removeOne(call);
}

void UpstreamPool::ensureSweep()
{
    if (!m_sweep.isActive())
        m_sweep.start(kDeadlineSweepMs, Qt::PreciseTimer, this);
}

void UpstreamPool::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_sweep.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    const qint64 now = monotonicMs();
    // A timeout's handler may start the next attempt (which tracks a new call) or end others.
    const QList<UpstreamCall *> active = m_active;
    for (UpstreamCall *call : active) {
        if (m_active.contains(call))
            call->checkDeadline(now);
    }
    const qint64 cutoff = now - m_idleTimeoutMs;
    bool anyIdle = false;
    for (auto &list : m_idle) {
        list.removeIf([cutoff](UpstreamConnection *c) {
            if (c->m_idleSince < cutoff) {
                c->m_socket->disconnect(c);
                c->deleteLater();
                return true;
            }
            return false;
        });
        anyIdle = anyIdle || !list.isEmpty();
    }
    if (!anyIdle && m_active.isEmpty())
        m_sweep.stop();
}

// ---------------------------------------------------------------------------------------------
// UpstreamCall

UpstreamCall::UpstreamCall(UpstreamPool *pool, UpstreamEndpoint endpoint, UpstreamRequest request,
                           UpstreamTimeouts timeouts, UpstreamListener *listener, QObject *parent)
    : QObject(parent), m_pool(pool), m_endpoint(std::move(endpoint)), m_request(std::move(request)),
      m_timeouts(timeouts), m_listener(listener),
      m_parser(HttpParser::Mode::Response, {256 * 1024, kMaxResponseBytes})
{
    m_parser.setBodySink([this](const char *data, qsizetype size) { m_chunk.append(data, size); });
    m_parser.setExpectNoBody(m_request.method == "HEAD");
}

UpstreamCall::~UpstreamCall()
{
    m_listener = nullptr;
    if (!m_pool) {
        delete m_connection;
        return;
    }
    m_pool->cancelWait(this);
    if (m_tracked)
        m_pool->untrack(this);
    if (m_connection) {
        // Destroyed mid-response: the connection is in an unknown state and must not be reused.
        m_pool->discard(std::exchange(m_connection, nullptr));
    }
}

void UpstreamCall::setDone()
{
    m_done = true;
    if (m_stage == Stage::Queued)
        m_pool->cancelWait(this);
    m_deadline.stop();
    if (m_tracked) {
        m_tracked = false;
        m_pool->untrack(this);
    }
}

void UpstreamCall::start()
{
    m_parser.reset();
    m_chunk.clear();
    if (m_stage != Stage::Queued)
        m_stage = Stage::Idle;
    if (!m_tracked) {
        m_tracked = true;
        m_pool->track(this);
    }
    UpstreamConnection *connection = m_pool->take(m_endpoint, m_retried, this);
    if (!connection) {
        // All connections to this endpoint are busy: wait, within the connect timeout.
        if (m_stage != Stage::Queued)
            m_deadline.start(m_timeouts.connectMs);
        m_stage = Stage::Queued;
        return;
    }
    attach(connection);
}

void UpstreamCall::attach(UpstreamConnection *connection)
{
    m_connection = connection;
    connection->m_call = this;
    QTcpSocket *socket = connection->m_socket;
    if (socket->state() == QAbstractSocket::ConnectedState) {
        writeRequest();
        return;
    }
    m_stage = Stage::Connecting;
    m_deadline.start(m_timeouts.connectMs);
    if (m_endpoint.tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    else // unbuffered: one read(2) per readiness, straight into our buffer (no FIONREAD, no ring buffer)
        socket->connectToHost(m_endpoint.host, m_endpoint.port, QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void UpstreamCall::onConnected()
{
    m_connection->m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_connection->m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    writeRequest();
}

void UpstreamCall::writeRequest()
{
    m_stage = Stage::Waiting;
    QByteArray out;
    out.reserve(m_request.path.size() + m_request.body.size() + 512);
    out += m_request.method;
    out += ' ';
    out += m_request.path;
    out += " HTTP/1.1\r\nHost: ";
    out += m_endpoint.host.toLatin1();
    const bool defaultPort = m_endpoint.port == (m_endpoint.tls ? 443 : 80);
    if (!defaultPort) {
        out += ':';
        out += QByteArray::number(m_endpoint.port);
    }
    out += "\r\n";
    m_request.headers.serialize(out);
    if (!m_request.body.isEmpty() || m_request.method == "POST") {
        out += "Content-Length: ";
        out += QByteArray::number(m_request.body.size());
        out += "\r\n";
    }
    out += "\r\n";
    out += m_request.body;
    m_connection->m_socket->write(out);
    m_connection->m_socket->flush();
    m_deadline.start(m_timeouts.firstByteMs);
}

void UpstreamCall::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && m_connection)
        QMetaObject::invokeMethod(this, &UpstreamCall::onReadyRead, Qt::QueuedConnection);
}

void UpstreamCall::onReadyRead()
{
    if (m_paused || m_done || !m_connection)
        return;
    QTcpSocket *socket = m_connection->m_socket;
    constexpr qsizetype kChunk = 16 * 1024;
    QByteArray data;
    bool ended = false;
    while (true) {
        const qsizetype old = data.size();
        data.resize(old + kChunk);
        const qint64 n = socket->read(data.data() + old, kChunk);
        data.resize(old + qsizetype(qMax<qint64>(n, 0)));
        if (n < 0)
            ended = true; // the upstream closed (or reset) the connection
        if (n < kChunk)
            break;
    }
    if (data.isEmpty()) {
        if (ended)
            onEndOfStream();
        return;
    }
    m_gotBytes = true;
    QPointer<UpstreamCall> guard(this);
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype consumed = 0;
        const auto result = m_parser.feed(data.constData() + pos, data.size() - pos, &consumed);
        pos += consumed;
        if (result == HttpParser::Result::Error) {
            fail(m_parser.errorStatus() == 413 ? UpstreamError::ResponseTooLarge
                                               : UpstreamError::ProtocolError,
                 QString::fromLatin1(m_parser.errorText()));
            return;
        }
        if (result == HttpParser::Result::HeadersComplete) {
            if (m_parser.statusCode() >= 100 && m_parser.statusCode() < 200) {
                // RFC 9110 §15.2: interim responses are skipped.
                m_parser.reset();
                continue;
            }
            m_stage = Stage::Body;
            m_deadline.start(m_timeouts.idleMs);
            m_bodyInThisRead = pos < data.size();
            m_listener->upstreamHeaders(m_parser.statusCode(), m_parser.headers());
            if (!guard || m_done)
                return;
            continue;
        }
        if (result == HttpParser::Result::MessageComplete) {
            if (!m_chunk.isEmpty()) {
                m_deliveringLast = true;
                m_listener->upstreamData(std::exchange(m_chunk, {}));
                if (!guard || m_done)
                    return;
                m_deliveringLast = false;
            }
            // Anything after the response on this connection is a protocol violation: do not reuse.
            release(m_parser.keepAlive() && pos == data.size());
            setDone();
            m_listener->upstreamFinished();
            return;
        }
        break; // NeedMore
    }
    if (m_stage == Stage::Body)
        m_deadline.start(m_timeouts.idleMs);
    if (!m_chunk.isEmpty()) {
        m_listener->upstreamData(std::exchange(m_chunk, {}));
        if (!guard || m_done)
            return;
    }
    if (ended)
        onEndOfStream();
}

void UpstreamCall::onSocketError()
{
    if (m_done || !m_connection)
        return;
    QTcpSocket *socket = m_connection->m_socket;
    if (m_paused && socket->bytesAvailable() > 0 && socket->state() == QAbstractSocket::ConnectedState)
        return; // data left to deliver; the end is seen when resumed
    if (socket->bytesAvailable() > 0) {
        const bool wasPaused = m_paused;
        m_paused = false;
        QPointer<UpstreamCall> guard(this);
        onReadyRead();
        if (!guard || m_done)
            return;
        m_paused = wasPaused;
    }
    onEndOfStream();
}

void UpstreamCall::onEndOfStream()
{
    if (m_done || !m_connection)
        return;
    QTcpSocket *socket = m_connection->m_socket;
    const auto error = socket->error();
    if (m_stage == Stage::Body && m_parser.headersDone() && !m_parser.isChunked() &&
        m_parser.contentLength() < 0 && error == QAbstractSocket::RemoteHostClosedError) {
        // A response delimited by the end of the connection (RFC 9112 §6.3 rule 8).
        qsizetype consumed = 0;
        m_parser.feed(nullptr, 0, &consumed);
        QPointer<UpstreamCall> guard(this);
        if (!m_chunk.isEmpty())
            m_listener->upstreamData(std::exchange(m_chunk, {}));
        if (!guard || m_done)
            return;
        release(false);
        setDone();
        m_listener->upstreamFinished();
        return;
    }
    // A reused keep-alive connection the upstream had closed: retry once on a fresh one, since no
    // byte of the response was seen (the request cannot have been answered).
    if (!m_gotBytes && !m_retried && m_connection->isReused() && m_stage == Stage::Waiting) {
        qCDebug(lcUpstream) << "stale keep-alive connection to" << m_endpoint.poolKey() << "- retrying";
        m_retried = true;
        release(false);
        start();
        return;
    }
    if (m_stage == Stage::Connecting) {
        const bool tls = error == QAbstractSocket::SslHandshakeFailedError ||
                         error == QAbstractSocket::SslInternalError ||
                         error == QAbstractSocket::SslInvalidUserDataError;
        fail(tls ? UpstreamError::TlsError : UpstreamError::ConnectFailed,
             QStringLiteral("cannot connect to %1: %2").arg(m_endpoint.poolKey(), socket->errorString()));
        return;
    }
    fail(UpstreamError::ConnectionClosed,
         QStringLiteral("%1 closed the connection %2: %3")
             .arg(m_endpoint.poolKey(),
                  m_gotBytes ? QStringLiteral("in the middle of the response")
                             : QStringLiteral("before answering"),
                  socket->errorString()));
}

void UpstreamCall::checkDeadline(qint64 now)
{
    if (m_done || !m_deadline.hasExpired(now))
        return;
    m_deadline.stop();
    switch (m_stage) {
    case Stage::Queued:
        fail(UpstreamError::ConnectTimeout,
             QStringLiteral(
                 "no free connection to %1 within %2 ms (all upstream.maxConnectionsPerHost are busy)")
                 .arg(m_endpoint.poolKey())
                 .arg(m_timeouts.connectMs));
        break;
    case Stage::Connecting:
        fail(UpstreamError::ConnectTimeout, QStringLiteral("no connection to %1 within %2 ms")
                                                .arg(m_endpoint.poolKey())
                                                .arg(m_timeouts.connectMs));
        break;
    case Stage::Waiting:
        fail(UpstreamError::FirstByteTimeout, QStringLiteral("%1 sent no response within %2 ms")
                                                  .arg(m_endpoint.poolKey())
                                                  .arg(m_timeouts.firstByteMs));
        break;
    case Stage::Body:
        if (m_paused) { // our client is slow, not the upstream
            m_deadline.start(m_timeouts.idleMs);
            break;
        }
        fail(UpstreamError::IdleTimeout,
             QStringLiteral("%1 sent nothing for %2 ms in the middle of the response")
                 .arg(m_endpoint.poolKey())
                 .arg(m_timeouts.idleMs));
        break;
    case Stage::Idle: break;
    }
}

void UpstreamCall::release(bool reusable)
{
    if (!m_connection)
        return;
    UpstreamConnection *c = std::exchange(m_connection, nullptr);
    if (reusable) {
        ++c->m_uses;
        m_pool->giveBack(c);
    } else {
        m_pool->discard(c);
    }
}

void UpstreamCall::fail(UpstreamError error, const QString &message)
{
    if (m_done)
        return;
    setDone();
    release(false);
    if (m_listener)
        m_listener->upstreamFailed(error, message);
}

void UpstreamCall::abort()
{
    setDone();
    m_listener = nullptr;
    release(false);
}

} // namespace Switchyard::Http
