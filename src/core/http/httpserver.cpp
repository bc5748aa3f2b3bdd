// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"

#include "epolldispatcher.h"
#include "httpconnection.h"
#include "httpserver_p.h"
#include "requesthandler.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QTimer>
#include <QTimerEvent>

#include <sys/socket.h>
#include <unistd.h>

namespace Switchyard::Http {

// ---------------------------------------------------------------------------------------------
// HttpWorker

HttpWorker::HttpWorker(std::function<std::unique_ptr<RequestHandler>()> factory, const ServerLimits &limits,
                       ServerCounters *counters)
    : m_factory(std::move(factory)), m_limits(limits), m_counters(counters)
{
}

HttpWorker::~HttpWorker() = default;

void HttpWorker::start()
{
    m_handler = m_factory();
    m_sweep.start(kDeadlineSweepMs, Qt::PreciseTimer, this);
}

void HttpWorker::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_sweep.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    const qint64 now = monotonicMs();
    // A deadline may close its connection, which leaves m_connections: walk a copy, and skip the
    // ones closed meanwhile.
    const QList<HttpConnection *> connections = m_connections.values();
    for (HttpConnection *c : connections) {
        if (m_connections.contains(c))
            c->checkDeadlines(now);
    }
}

void HttpWorker::adopt(qintptr descriptor)
{
    if (m_draining || !m_handler) {
        ::close(int(descriptor));
        m_counters->connections.fetch_sub(1, std::memory_order_relaxed);
        return;
    }
    // The acceptor counted this connection when it accepted it; a valid connection takes that count
    // over and gives it back when it is destroyed (no window where one connection counts twice).
    auto *connection = new HttpConnection(descriptor, m_handler.get(), m_limits, m_counters, this);
    if (!connection->isValid()) {
        delete connection;
        m_counters->connections.fetch_sub(1, std::memory_order_relaxed);
        return;
    }
    connect(connection, &HttpConnection::closed, this, &HttpWorker::onClosed);
    m_connections.insert(connection);
}

void HttpWorker::serveLocal(quint64 id, HttpRequest request, std::shared_ptr<LocalResponseSink> sink)
{
    if (m_draining || !m_handler) {
        const HttpResponse refused =
            m_handler ? m_handler->errorResponse(503, "Switchyard is shutting down", request)
                      : HttpResponse{503, {}, QByteArrayLiteral("Switchyard is shutting down")};
        sink->head(refused.status, refused.headers, false);
        sink->data(refused.body);
        sink->finished();
        return;
    }
    m_counters->inFlight.fetch_add(1, std::memory_order_relaxed);
    m_counters->requests.fetch_add(1, std::memory_order_relaxed);
    auto *exchange = new HttpExchange(
        std::move(sink), std::move(request),
        [this, id] {
            m_counters->inFlight.fetch_sub(1, std::memory_order_relaxed);
            if (QPointer<HttpExchange> done = m_local.take(id))
                done->deleteLater();
        },
        this);
    m_local.insert(id, exchange);
    m_handler->handle(exchange);
}

void HttpWorker::cancelLocal(quint64 id)
{
    if (QPointer<HttpExchange> exchange = m_local.value(id))
        exchange->markAborted(); // runs its done callback, which forgets it
}

void HttpWorker::onClosed(HttpConnection *connection)
{
    m_connections.remove(connection);
    connection->deleteLater();
}

void HttpWorker::beginDrain()
{
    m_draining = true;
    const auto connections = m_connections;
    for (HttpConnection *c : connections)
        c->beginDrain();
}

void HttpWorker::stopNow()
{
    m_sweep.stop();
    // In-process requests still running are cut like connections are.
    for (const QPointer<HttpExchange> &exchange : std::exchange(m_local, {})) {
        if (exchange) {
            exchange->m_localDone = nullptr;
            exchange->markAborted();
            m_counters->inFlight.fetch_sub(1, std::memory_order_relaxed);
            delete exchange.data();
        }
    }
    const auto connections = std::exchange(m_connections, {});
    for (HttpConnection *c : connections)
        delete c;
    // Connections closed earlier wait in deleteLater(): let them go while the handler (and its
    // upstream pool, which their calls refer to) still exists.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_handler.reset();
}

// ---------------------------------------------------------------------------------------------
// HttpAcceptor

HttpAcceptor::HttpAcceptor(std::vector<HttpWorker *> workers, const ServerLimits &limits,
                           ServerCounters *counters)
    : m_workers(std::move(workers)), m_limits(limits), m_counters(counters)
{
}

void HttpAcceptor::incomingConnection(qintptr descriptor)
{
    const int open = m_counters->connections.fetch_add(1, std::memory_order_relaxed);
    if (open >= m_limits.maxConnections) {
        m_counters->connections.fetch_sub(1, std::memory_order_relaxed);
        // Over the limit: a short, complete answer, then close. Written directly: the socket is
        // fresh, so the kernel buffer has room, and this must not cost a QTcpSocket.
        static const QByteArray busy = []() -> QByteArray {
            const QByteArray body = QByteArrayLiteral(
                "{\"error\":{\"message\":\"Switchyard has too many open connections; retry shortly\","
                "\"type\":\"server_error\",\"param\":null,\"code\":\"too_many_connections\"}}");
            return QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                                     "Retry-After: 1\r\nConnection: close\r\nContent-Length: ") +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }();
        [[maybe_unused]] const ssize_t w =
            ::send(int(descriptor), busy.constData(), size_t(busy.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        ::close(int(descriptor));
        return;
    }
    HttpWorker *worker = m_workers[m_next];
    m_next = (m_next + 1) % m_workers.size();
    QMetaObject::invokeMethod(
        worker, [worker, descriptor] { worker->adopt(descriptor); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// HttpServer

HttpServer::HttpServer(HandlerFactory factory, const ServerLimits &limits, int workerCount, QObject *parent)
    : QObject(parent), m_factory(std::move(factory)), m_limits(limits)
{
    if (workerCount <= 0)
        workerCount = qMax(1, QThread::idealThreadCount());
    for (int i = 0; i < workerCount; ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("sy-worker-%1").arg(i));
        thread->setEventDispatcher(new EpollEventDispatcher);
        auto *worker = new HttpWorker(m_factory, m_limits, &m_counters);
        worker->moveToThread(thread);
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(worker, &HttpWorker::start, Qt::BlockingQueuedConnection);
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    m_acceptorThread = new QThread(this);
    m_acceptorThread->setObjectName(QStringLiteral("sy-acceptor"));
    m_acceptorThread->setEventDispatcher(new EpollEventDispatcher);
    m_acceptor = new HttpAcceptor(m_workers, m_limits, &m_counters);
    m_acceptor->moveToThread(m_acceptorThread);
    connect(m_acceptorThread, &QThread::finished, m_acceptor, &QObject::deleteLater);
    m_acceptorThread->start();
}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    bool ok = false;
    QString error;
    quint16 bound = 0;
    HttpAcceptor *acceptor = m_acceptor;
    QMetaObject::invokeMethod(
        m_acceptor,
        [&] {
            acceptor->setMaxPendingConnections(1024);
            acceptor->setListenBacklogSize(1024); // Qt's default of 50 drops SYNs under bursts of connections
            ok = acceptor->listen(address, port);
            error = acceptor->errorString();
            bound = acceptor->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        m_error = error;
        return false;
    }
    m_address = address;
    m_port = bound;
    return true;
}

quint64 HttpServer::dispatchLocal(HttpRequest request, std::shared_ptr<LocalResponseSink> sink)
{
    const quint64 id = m_nextLocal.fetch_add(1, std::memory_order_relaxed);
    if (m_stopped || m_workers.empty()) {
        sink->head(503, {}, false);
        sink->data("Switchyard is not running");
        sink->finished();
        return id;
    }
    HttpWorker *worker = m_workers[id % m_workers.size()];
    QMetaObject::invokeMethod(
        worker,
        [worker, id, request = std::move(request), sink = std::move(sink)]() mutable {
            worker->serveLocal(id, std::move(request), std::move(sink));
        },
        Qt::QueuedConnection);
    return id;
}

void HttpServer::cancelLocal(quint64 id)
{
    if (m_stopped || m_workers.empty())
        return;
    HttpWorker *worker = m_workers[id % m_workers.size()];
    QMetaObject::invokeMethod(
        worker, [worker, id] { worker->cancelLocal(id); }, Qt::QueuedConnection);
}

void HttpServer::stopAcceptor()
{
    if (m_acceptor && m_acceptorThread->isRunning()) {
        HttpAcceptor *acceptor = m_acceptor;
        QMetaObject::invokeMethod(
            m_acceptor, [acceptor] { acceptor->close(); }, Qt::BlockingQueuedConnection);
    }
}

void HttpServer::shutdown(int timeoutMs)
{
    if (m_stopped || m_drainTimer)
        return;
    stopAcceptor();
    for (HttpWorker *w : m_workers)
        QMetaObject::invokeMethod(w, &HttpWorker::beginDrain, Qt::QueuedConnection);
    m_drainDeadline = QDeadlineTimer(timeoutMs).deadline();
    m_drainTimer = new QTimer(this);
    m_drainTimer->setInterval(20);
    connect(m_drainTimer, &QTimer::timeout, this, &HttpServer::pollDrain);
    m_drainTimer->start();
    pollDrain();
}

void HttpServer::pollDrain()
{
    const bool drained = m_counters.inFlight.load() == 0;
    const bool expired = QDeadlineTimer::current().deadline() >= m_drainDeadline;
    if (!drained && !expired)
        return;
    m_drainTimer->stop();
    stop();
    Q_EMIT shutdownComplete(drained);
}

void HttpServer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    stopAcceptor();
    if (m_acceptorThread) {
        m_acceptorThread->quit();
        m_acceptorThread->wait();
    }
    for (size_t i = 0; i < m_workers.size(); ++i) {
        if (m_threads[i]->isRunning())
            QMetaObject::invokeMethod(m_workers[i], &HttpWorker::stopNow, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
    m_port = 0;
}

} // namespace Switchyard::Http
