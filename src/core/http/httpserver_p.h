// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpexchange.h"
#include "serverlimits.h"

#include <QBasicTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <vector>

namespace Switchyard::Http {

class HttpConnection;
class RequestHandler;

// Lives in a worker thread; owns that thread's connections and handler.
class HttpWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpWorker)

public:
    HttpWorker(std::function<std::unique_ptr<RequestHandler>()> factory, const ServerLimits &limits,
               ServerCounters *counters);
    ~HttpWorker() override;

    void start(); // in the worker thread
    void adopt(qintptr descriptor);
    // In the worker thread: serve a request made in-process (HttpServer::dispatchLocal).
    void serveLocal(quint64 id, HttpRequest request, std::shared_ptr<LocalResponseSink> sink);
    void cancelLocal(quint64 id);
    void beginDrain();
    void stopNow(); // in the worker thread: drop every connection and the handler

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    void onClosed(HttpConnection *connection);

    std::function<std::unique_ptr<RequestHandler>()> m_factory;
    const ServerLimits &m_limits;
    ServerCounters *m_counters;
    std::unique_ptr<RequestHandler> m_handler;
    QSet<HttpConnection *> m_connections;
    QHash<quint64, QPointer<HttpExchange>> m_local; // in-process exchanges not finished yet
    QBasicTimer m_sweep;                            // checks every connection's deadlines
    bool m_draining = false;
};

class HttpAcceptor final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpAcceptor)

public:
    HttpAcceptor(std::vector<HttpWorker *> workers, const ServerLimits &limits, ServerCounters *counters);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::vector<HttpWorker *> m_workers;
    const ServerLimits &m_limits;
    ServerCounters *m_counters;
    size_t m_next = 0;
};

} // namespace Switchyard::Http
