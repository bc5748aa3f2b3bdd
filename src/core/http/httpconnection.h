// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deadline.h"
#include "httpparser.h"
#include "httprequest.h"
#include "serverlimits.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace Switchyard::Http {

class HttpExchange;
class RequestHandler;

// One client connection on a worker thread: reads and parses requests one at a time (pipelined
// requests wait in the buffer), enforces the limits and the deadline of each phase, and writes
// responses for the exchange in progress.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(qintptr descriptor, RequestHandler *handler, const ServerLimits &limits,
                   ServerCounters *counters, QObject *parent);
    ~HttpConnection() override;

    [[nodiscard]] bool isValid() const { return m_socket != nullptr; }
    // Graceful shutdown: close now if idle, otherwise after the response in progress.
    void beginDrain();
    // Called by the worker's sweep: acts on a passed phase or write deadline.
    void checkDeadlines(qint64 now);

Q_SIGNALS:
    void closed(Switchyard::Http::HttpConnection *connection);

private:
    friend class HttpExchange;
    enum class Phase
    {
        Idle,
        Headers,
        Body,
        Handling,
        Closing
    };

    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void processInput();
    bool onHeadersComplete();
    void dispatch();
    void fillRequestHead();
    void sendWireError(int status, const QByteArray &message);

    // Called by HttpExchange.
    void writeResponseHead(int status, const HttpHeaders &headers, qint64 contentLength, bool chunked,
                           bool keepAlive);
    void writeRaw(QByteArrayView data);
    void flush();
    void finishExchange();
    [[nodiscard]] bool canWrite() const;

    void startPhaseTimer(int ms);
    void closeConnection(bool flushFirst);
    void abortExchange();

    QTcpSocket *m_socket = nullptr;
    RequestHandler *m_handler;
    const ServerLimits &m_limits;
    ServerCounters *m_counters;
    HttpParser m_parser;
    QByteArray m_buffer; // received, not yet parsed
    QByteArray m_out;    // staged response bytes, written by flush()
    HttpRequest m_request;
    QPointer<HttpExchange> m_exchange;
    // The previous, finished exchange: deleted when the next request is dispatched (or with the
    // connection), when no stack frame can still use it. Cheaper than deleteLater() per request.
    HttpExchange *m_retired = nullptr;
    Phase m_phase = Phase::Idle;
    Deadline m_phaseTimer;
    Deadline m_writeTimer;
    bool m_keepAlive = true;
    bool m_draining = false;
    bool m_inProcess = false;
    bool m_backPressured = false;
    bool m_countedInFlight = false;
    bool m_closedEmitted = false;
};

} // namespace Switchyard::Http
