// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverlimits.h"

#include <QHostAddress>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;
class QTimer;

namespace Switchyard::Http {

class HttpAcceptor;
class HttpWorker;
class LocalResponseSink;
class RequestHandler;
struct HttpRequest;

// The embedded HTTP/1.1 server. One acceptor thread takes connections and hands the descriptors
// to N worker threads, each running its own event loop with its own RequestHandler (so per-worker
// state such as the upstream connection pool needs no locks). The thread that owns the server,
// typically the GUI thread, never serves a request.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    // Called once in each worker thread to create that worker's handler.
    using HandlerFactory = std::function<std::unique_ptr<RequestHandler>()>;

    HttpServer(HandlerFactory factory, const ServerLimits &limits, int workerCount,
               QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] quint16 serverPort() const { return m_port; }
    [[nodiscard]] QHostAddress serverAddress() const { return m_address; }
    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] int workerCount() const { return int(m_workers.size()); }

    // Serves a request made in-process, without a socket (the desktop app's Playground), on one of the
    // workers, through the same handler as a request from the network — except checkHeaders(): the
    // caller is this process, so it sets request.principal itself (the app to account it to). The
    // response goes to `sink` in that worker's thread. Returns an id for cancelLocal().
    quint64 dispatchLocal(HttpRequest request, std::shared_ptr<LocalResponseSink> sink);
    // The caller no longer wants the answer: the exchange is aborted as if its client had gone away.
    void cancelLocal(quint64 id);

    // Graceful shutdown: stop accepting, close idle connections, let in-flight requests finish for
    // at most timeoutMs, then cut the rest. Emits shutdownComplete(true) when nothing was cut.
    void shutdown(int timeoutMs);
    // Immediate stop (used by the destructor).
    void stop();

    [[nodiscard]] int connectionCount() const { return m_counters.connections.load(); }
    [[nodiscard]] int inFlightCount() const { return m_counters.inFlight.load(); }
    [[nodiscard]] quint64 requestCount() const { return m_counters.requests.load(); }

Q_SIGNALS:
    void shutdownComplete(bool drained);

private:
    void pollDrain();
    void stopAcceptor();

    HandlerFactory m_factory;
    ServerLimits m_limits;
    ServerCounters m_counters;
    QThread *m_acceptorThread = nullptr;
    HttpAcceptor *m_acceptor = nullptr;
    std::vector<QThread *> m_threads;
    std::vector<HttpWorker *> m_workers;
    std::atomic<quint64> m_nextLocal{0};
    QTimer *m_drainTimer = nullptr;
    qint64 m_drainDeadline = 0;
    QString m_error;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_stopped = false;
};

} // namespace Switchyard::Http
