// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadline.h"
#include "httpheaders.h"
#include "httpparser.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpSocket;

namespace Switchyard::Http {

// Where an upstream request goes. The pool keys connections by scheme, host, port and proxy.
struct UpstreamEndpoint
{
    bool tls = false;
    QString host;
    quint16 port = 0;
    QNetworkProxy proxy{QNetworkProxy::NoProxy};

    [[nodiscard]] QString poolKey() const;
    // The endpoint of an http(s) URL, with the proxy the environment asks for (HTTPS_PROXY,
    // HTTP_PROXY, ALL_PROXY with http:// or socks5:// URLs; NO_PROXY; loopback is never proxied).
    static UpstreamEndpoint fromUrl(const QUrl &url);
};

struct UpstreamRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray path;     // origin-form request-target, e.g. "/v1/chat/completions"
    HttpHeaders headers; // Host and Content-Length are added by the call
    QByteArray body;
};

struct UpstreamTimeouts
{
    int connectMs = 10'000;
    int firstByteMs = 300'000; // request written → response headers
    int idleMs = 300'000;      // between two reads of the response body
};

enum class UpstreamError
{
    ConnectFailed,
    ConnectTimeout,
    FirstByteTimeout,
    IdleTimeout,
    ConnectionClosed,
    ProtocolError,
    TlsError,
    ResponseTooLarge,
};

class UpstreamPool;
class UpstreamCall;

// The receiver of one call's events. Every callback may delete the call (deleteLater is not needed).
class UpstreamListener
{
public:
    virtual ~UpstreamListener() = default;
    virtual void upstreamHeaders(int status, const HttpHeaders &headers) = 0;
    virtual void upstreamData(const QByteArray &data) = 0;
    virtual void upstreamFinished() = 0;
    virtual void upstreamFailed(UpstreamError error, const QString &message) = 0;
};

// A persistent upstream connection, owned by the pool while idle and by a call while busy. Its
// socket's signals are connected once, here, and forwarded to the call using it: no connect or
// disconnect per request.
class UpstreamConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamConnection)

public:
    UpstreamConnection(const UpstreamEndpoint &endpoint, UpstreamPool *pool);
    ~UpstreamConnection() override;
    [[nodiscard]] QTcpSocket *socket() const { return m_socket; }
    [[nodiscard]] bool isReused() const { return m_uses > 0; }
    [[nodiscard]] const QString &poolKey() const { return m_key; }

private:
    friend class UpstreamPool;
    friend class UpstreamCall;
    void onConnected();
    void onReadyRead();
    void onClosedOrFailed();

    QTcpSocket *m_socket;
    QPointer<UpstreamPool> m_pool;  // may go first at shutdown
    UpstreamCall *m_call = nullptr; // the call using it, or null while idle
    QString m_key;
    int m_uses = 0;
    qint64 m_idleSince = 0;
};

// One per worker thread: idle keep-alive connections per endpoint (bounded), and the timeouts of the
// calls in progress, checked by one sweep timer.
class UpstreamPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamPool)

public:
    // maxPerEndpoint: connections (busy or idle) per endpoint; past it, calls wait their turn (within
    // their connect timeout). 0: no limit.
    explicit UpstreamPool(int maxIdlePerEndpoint = 64, int maxPerEndpoint = 0, int idleTimeoutMs = 50'000,
                          QObject *parent = nullptr);
    ~UpstreamPool() override;

    // An idle connected socket for the endpoint, or a new unconnected one (the caller owns it); or
    // null when the endpoint is at its limit: `waiter` is then queued and started again when a
    // connection frees up.
    UpstreamConnection *take(const UpstreamEndpoint &endpoint, bool forceNew, UpstreamCall *waiter);
    // Back to the idle list after a complete response on a keep-alive connection.
    void giveBack(UpstreamConnection *connection);
    void discard(UpstreamConnection *connection);

    [[nodiscard]] int idleCount() const;
    [[nodiscard]] quint64 connectionsOpened() const { return m_opened; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class UpstreamCall;
    friend class UpstreamConnection;
    void dropIdle(UpstreamConnection *connection);
    void connectionGone(const QString &key);
    void wakeWaiter(const QString &key);
    void cancelWait(UpstreamCall *call);
    void track(UpstreamCall *call);
    void untrack(UpstreamCall *call);
    void ensureSweep();

    int m_maxIdle;
    int m_maxPerEndpoint;
    int m_idleTimeoutMs;
    QHash<QString, int> m_open; // connections alive per endpoint
    QHash<QString, QList<UpstreamCall *>> m_waiting;
    QHash<QString, QList<UpstreamConnection *>> m_idle;
    QList<UpstreamCall *> m_active;
    QBasicTimer m_sweep;
    quint64 m_opened = 0;
};

// One request/response on the upstream leg: connect (or reuse), write, parse the response with the
// same parser as the server, deliver it as it arrives, and enforce the per-phase timeouts.
class UpstreamCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamCall)

public:
    UpstreamCall(UpstreamPool *pool, UpstreamEndpoint endpoint, UpstreamRequest request,
                 UpstreamTimeouts timeouts, UpstreamListener *listener, QObject *parent = nullptr);
    ~UpstreamCall() override;

    void start();
    // Stops at once; the connection is closed (never reused mid-response). No more callbacks.
    void abort();
    // Back-pressure: while paused, the response is left in the socket (and the kernel's buffers).
    void setPaused(bool paused);

    [[nodiscard]] bool hasResponseBytes() const { return m_gotBytes; }
    [[nodiscard]] bool isDone() const { return m_done; }
    // True during the upstreamData() call that carries the end of the response: upstreamFinished()
    // follows at once.
    [[nodiscard]] bool isDeliveringLast() const { return m_deliveringLast; }
    // During upstreamHeaders(): whether body bytes follow in the same read (upstreamData() comes
    // right after), so the listener can write the head together with them.
    [[nodiscard]] bool hasBodyInThisRead() const { return m_bodyInThisRead; }

private:
    friend class UpstreamConnection;
    friend class UpstreamPool;
    void attach(UpstreamConnection *connection);
    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onEndOfStream();
    void checkDeadline(qint64 now);
    void writeRequest();
    void fail(UpstreamError error, const QString &message);
    void release(bool reusable);
    void setDone();

    QPointer<UpstreamPool> m_pool; // the worker may drop its pool before late-deleted calls go
    UpstreamEndpoint m_endpoint;
    UpstreamRequest m_request;
    UpstreamTimeouts m_timeouts;
    UpstreamListener *m_listener;
    UpstreamConnection *m_connection = nullptr;
    HttpParser m_parser;
    QByteArray m_chunk;
    Deadline m_deadline;
    enum class Stage
    {
        Idle,
        Queued, // waiting for a free connection (upstream.maxConnectionsPerHost)
        Connecting,
        Waiting,
        Body
    } m_stage = Stage::Idle;
    bool m_gotBytes = false;
    bool m_retried = false;
    bool m_paused = false;
    bool m_done = false;
    bool m_deliveringLast = false;
    bool m_bodyInThisRead = false;
    bool m_tracked = false;
};

QString upstreamErrorName(UpstreamError error);

} // namespace Switchyard::Http
