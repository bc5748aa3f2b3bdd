// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "httpexchange.h"
#include "httpstatus.h"
#include "requesthandler.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>

#include <ctime>

Q_LOGGING_CATEGORY(lcHttp, "switchyard.http", QtWarningMsg)

namespace Switchyard::Http {

namespace {

constexpr qsizetype kReadChunk = 16 * 1024;

// RFC 9110 §6.6.1: an origin server with a clock sends Date. Formatting it once a second per thread
// keeps it off the per-request cost.
const QByteArray &httpDate()
{
    thread_local QByteArray cached;
    thread_local std::time_t cachedAt = 0;
    const std::time_t now = std::time(nullptr);
    if (now != cachedAt) {
        cachedAt = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

} // namespace

HttpConnection::HttpConnection(qintptr descriptor, RequestHandler *handler, const ServerLimits &limits,
                               ServerCounters *counters, QObject *parent)
    : QObject(parent), m_handler(handler), m_limits(limits), m_counters(counters),
      m_parser(HttpParser::Mode::Request, {limits.maxHeaderBytes, limits.maxBodyBytes})
{
    // Every response leaves in one write(2) from our own staging buffer (m_out). (Qt 6.4 keeps an
    // adopted descriptor buffered whatever open mode is asked for, so reads cost an ioctl(FIONREAD).)
    QTcpSocket *socket = nullptr;
    if (limits.tls) {
        // HTTPS for LAN use: the handshake runs inside the header deadline like any slow client.
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*limits.tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcHttp) << "cannot adopt socket:" << socket->errorString();
        delete socket;
        return;
    }
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->startServerEncryption();
    m_socket = socket;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onDisconnected);
    m_request.peerAddress = m_socket->peerAddress();
    m_request.localPort = m_socket->localPort();
    startPhaseTimer(m_limits.headerTimeoutMs);
}

HttpConnection::~HttpConnection()
{
    abortExchange();
    if (m_socket)
        m_counters->connections.fetch_sub(1, std::memory_order_relaxed);
}

void HttpConnection::beginDrain()
{
    m_draining = true;
    if (m_phase == Phase::Idle && m_buffer.isEmpty())
        closeConnection(true);
}

void HttpConnection::startPhaseTimer(int ms)
{
    if (ms > 0)
        m_phaseTimer.start(ms);
    else
        m_phaseTimer.stop();
}

void HttpConnection::checkDeadlines(qint64 now)
{
    if (m_phaseTimer.hasExpired(now)) {
        m_phaseTimer.stop();
        switch (m_phase) {
        case Phase::Idle: closeConnection(false); break;
        case Phase::Headers:
        case Phase::Body:
            qCInfo(lcHttp) << "request deadline passed in"
                           << (m_phase == Phase::Headers ? "headers" : "body");
            sendWireError(408, m_phase == Phase::Headers
                                   ? QByteArrayLiteral("the request headers did not arrive in time")
                                   : QByteArrayLiteral("the request body did not arrive in time"));
            break;
        case Phase::Handling: // never cut a request that waits on its upstream
        case Phase::Closing: closeConnection(false); break;
        }
    } else if (m_writeTimer.hasExpired(now)) {
        // The client stopped reading while we have data for it: a stuck or hostile reader.
        m_writeTimer.stop();
        qCInfo(lcHttp) << "client stopped reading; closing";
        closeConnection(false);
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_phase == Phase::Closing)
        return;
    // Read even while a request is in flight: that is how a client hanging up is noticed (and its
    // upstream request aborted). Pipelined bytes wait in m_buffer, up to a bound; past it they wait
    // in the kernel.
    const qsizetype bound = qsizetype(m_limits.maxHeaderBytes + m_limits.maxBodyBytes);
    while (m_phase != Phase::Handling || m_buffer.size() < bound) {
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + kReadChunk);
        const qint64 n = m_socket->read(m_buffer.data() + old, kReadChunk);
        m_buffer.resize(old + qsizetype(qMax<qint64>(n, 0)));
        if (n < 0) { // end of stream or reset
            closeConnection(false);
            return;
        }
        if (n < kReadChunk)
            break;
    }
    if (m_phase != Phase::Handling)
        processInput();
}

void HttpConnection::processInput()
{
    if (m_inProcess)
        return;
    m_inProcess = true;
    qsizetype pos = 0;
    while (m_socket && pos < m_buffer.size() &&
           (m_phase == Phase::Idle || m_phase == Phase::Headers || m_phase == Phase::Body)) {
        if (m_phase == Phase::Idle) {
            m_phase = Phase::Headers;
            startPhaseTimer(m_limits.headerTimeoutMs);
        }
        qsizetype consumed = 0;
        const auto result = m_parser.feed(m_buffer.constData() + pos, m_buffer.size() - pos, &consumed);
        pos += consumed;
        if (result == HttpParser::Result::NeedMore)
            break;
        if (result == HttpParser::Result::Error) {
            fillRequestHead();
            sendWireError(m_parser.errorStatus(), m_parser.errorText());
            break;
        }
        if (result == HttpParser::Result::HeadersComplete) {
            if (!onHeadersComplete())
                break;
            continue;
        }
        // MessageComplete
        m_phaseTimer.stop();
        m_request.body = m_parser.takeBody();
        m_phase = Phase::Handling;
        if (pos >= m_buffer.size()) {
            m_buffer.truncate(0); // keeps the capacity for the next request
            pos = 0;
        }
        dispatch();
    }
    if (pos > 0)
        m_buffer.remove(0, pos);
    m_inProcess = false;
    // The exchange may have finished synchronously inside dispatch(): keep going with what is left.
    if (m_socket && m_phase == Phase::Idle && !m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::fillRequestHead()
{
    m_request.method = m_parser.method();
    m_request.target = m_parser.target();
    const qsizetype q = m_request.target.indexOf('?');
    m_request.path = q < 0 ? m_request.target : m_request.target.left(q);
    m_request.query = q < 0 ? QByteArray() : m_request.target.mid(q + 1);
    m_request.httpMinor = m_parser.httpMinor();
}

bool HttpConnection::onHeadersComplete()
{
    fillRequestHead();
    m_request.headers = m_parser.headers();
    m_keepAlive = m_parser.keepAlive();

    // RFC 9112 §3.2: a client MUST send Host in HTTP/1.1.
    if (m_request.httpMinor >= 1 && m_request.headers.count("host") != 1) {
        sendWireError(400, QByteArrayLiteral("exactly one Host header is required"));
        return false;
    }
    if (std::optional<HttpResponse> refusal = m_handler->checkHeaders(m_request)) {
        // The body (if any) is not read: the connection cannot be reused after this answer.
        const bool bodyFollows = m_parser.isChunked() || m_parser.contentLength() > 0;
        if (bodyFollows)
            m_keepAlive = false;
        m_phaseTimer.stop();
        m_phase = Phase::Handling;
        m_counters->inFlight.fetch_add(1, std::memory_order_relaxed);
        m_countedInFlight = true;
        m_exchange = new HttpExchange(this, m_request);
        m_exchange->respond(std::move(*refusal));
        return false;
    }
    // RFC 9110 §10.1.1: answer 100-continue before reading the body; refuse other expectations.
    const QByteArray expect = m_request.headers.value("expect");
    if (!expect.isEmpty()) {
        if (!HttpHeaders::nameEquals(expect.trimmed(), "100-continue")) {
            sendWireError(417, QByteArrayLiteral("only the 100-continue expectation is supported"));
            return false;
        }
        if (m_request.httpMinor >= 1 && !m_parser.messageDone()) {
            writeRaw("HTTP/1.1 100 Continue\r\n\r\n");
            flush();
        }
    }
    if (m_parser.isChunked() || m_parser.contentLength() > 0) {
        m_phase = Phase::Body;
        startPhaseTimer(m_limits.bodyTimeoutMs);
    }
    return true;
}

void HttpConnection::dispatch()
{
    delete std::exchange(m_retired, nullptr);
    m_counters->inFlight.fetch_add(1, std::memory_order_relaxed);
    m_counters->requests.fetch_add(1, std::memory_order_relaxed);
    m_countedInFlight = true;
    m_exchange = new HttpExchange(this, std::move(m_request));
    m_request = HttpRequest();
    m_request.peerAddress = m_exchange->request().peerAddress;
    m_request.localPort = m_exchange->request().localPort;
    m_handler->handle(m_exchange);
}

void HttpConnection::sendWireError(int status, const QByteArray &message)
{
    m_phaseTimer.stop();
    m_keepAlive = false;
    m_phase = Phase::Handling;
    HttpResponse response = m_handler->errorResponse(status, message, m_request);
    m_counters->inFlight.fetch_add(1, std::memory_order_relaxed);
    m_countedInFlight = true;
    m_exchange = new HttpExchange(this, m_request);
    m_exchange->respond(std::move(response));
}

void HttpConnection::writeResponseHead(int status, const HttpHeaders &headers, qint64 contentLength,
                                       bool chunked, bool keepAlive)
{
    if (!keepAlive || m_draining)
        m_keepAlive = false;
    QByteArray head;
    head.reserve(256 + headers.fields().size() * 48);
    head += "HTTP/1.1 ";
    head += QByteArray::number(status);
    head += ' ';
    head += reasonPhrase(status);
    head += "\r\nDate: ";
    head += httpDate();
    head += "\r\n";
    headers.serialize(head);
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    writeRaw(head);
}

void HttpConnection::writeRaw(QByteArrayView data)
{
    if (m_socket)
        m_out.append(data);
}

void HttpConnection::flush()
{
    // One write(2) per response or SSE event. What the kernel does not take at once, Qt queues and
    // writes when the socket becomes writable (bytesWritten() then reports progress).
    if (!m_socket || m_out.isEmpty())
        return;
    m_socket->write(m_out);
    m_out.truncate(0);
    m_socket->flush(); // buffered socket (setSocketDescriptor ignores Unbuffered): write now, not next pass
    if (!m_socket)
        return;
    const qint64 pending = m_socket->bytesToWrite();
    if (pending > 0 && !m_writeTimer.isActive() && m_limits.writeTimeoutMs > 0)
        m_writeTimer.start(m_limits.writeTimeoutMs);
    if (pending > m_limits.writeHighWater)
        m_backPressured = true;
}

bool HttpConnection::canWrite() const
{
    return m_socket && m_socket->bytesToWrite() + m_out.size() <= m_limits.writeHighWater;
}

void HttpConnection::onBytesWritten(qint64)
{
    if (!m_socket)
        return;
    const qint64 pending = m_socket->bytesToWrite();
    if (pending == 0)
        m_writeTimer.stop();
    else if (m_limits.writeTimeoutMs > 0)
        m_writeTimer.start(m_limits.writeTimeoutMs);
    if (m_backPressured && pending <= m_limits.writeLowWater) {
        m_backPressured = false;
        if (m_exchange)
            Q_EMIT m_exchange->writable();
    }
}

void HttpConnection::finishExchange()
{
    if (m_countedInFlight) {
        m_countedInFlight = false;
        m_counters->inFlight.fetch_sub(1, std::memory_order_relaxed);
    }
    if (m_exchange) {
        m_exchange->disconnect(this);
        delete std::exchange(m_retired, nullptr);
        m_retired = m_exchange;
        m_exchange = nullptr;
    }
    if (!m_keepAlive || m_draining) {
        closeConnection(true);
        return;
    }
    m_parser.reset();
    m_phase = Phase::Idle;
    startPhaseTimer(m_limits.idleTimeoutMs);
    if (!m_inProcess && !m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::abortExchange()
{
    if (m_exchange && !m_exchange->isFinished()) {
        QPointer<HttpExchange> exchange = m_exchange;
        exchange->markAborted();
    }
    if (m_countedInFlight) {
        m_countedInFlight = false;
        m_counters->inFlight.fetch_sub(1, std::memory_order_relaxed);
    }
}

void HttpConnection::onDisconnected()
{
    closeConnection(false);
}

void HttpConnection::closeConnection(bool flushFirst)
{
    if (m_phase == Phase::Closing && flushFirst)
        return;
    m_phase = Phase::Closing;
    m_phaseTimer.stop();
    abortExchange();
    if (m_socket) {
        if (flushFirst)
            flush();
        if (flushFirst && m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
            m_socket->bytesToWrite() > 0) {
            // disconnectFromHost() flushes the queue, then emits disconnected(), which lands here again.
            m_phaseTimer.start(m_limits.writeTimeoutMs > 0 ? m_limits.writeTimeoutMs : 30'000);
            m_socket->disconnectFromHost();
            return;
        }
        m_writeTimer.stop();
        m_socket->disconnect(this);
        m_socket->abort();
    }
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed(this);
    }
}

// ---------------------------------------------------------------------------------------------
// HttpExchange

HttpExchange::HttpExchange(HttpConnection *connection, HttpRequest request)
    : QObject(connection), m_connection(connection), m_request(std::move(request))
{
}

HttpExchange::HttpExchange(std::shared_ptr<LocalResponseSink> sink, HttpRequest request,
                           std::function<void()> done, QObject *parent)
    : QObject(parent), m_local(std::move(sink)), m_localDone(std::move(done)), m_request(std::move(request))
{
}

bool HttpExchange::canWrite() const
{
    // An in-process caller takes every piece as it comes (it queues them to its own thread).
    return !m_aborted && (m_local || m_connection->canWrite());
}

void HttpExchange::markAborted()
{
    if (m_aborted || m_finished)
        return;
    m_aborted = true;
    Q_EMIT aborted();
    if (m_local)
        finishLocal();
}

void HttpExchange::finishLocal()
{
    if (m_localDone)
        std::exchange(m_localDone, {})();
}

void HttpExchange::respond(int status, HttpHeaders headers, QByteArray body)
{
    respond(HttpResponse{status, std::move(headers), std::move(body)});
}

void HttpExchange::respond(HttpResponse response)
{
    if (m_started || m_aborted)
        return;
    m_started = true;
    const bool head = m_request.method == "HEAD";
    if (m_local) {
        m_local->head(response.status, response.headers, false);
        if (!head)
            m_local->data(response.body);
        m_finished = true;
        m_local->finished();
        finishLocal();
        return;
    }
    m_connection->writeResponseHead(response.status, response.headers, response.body.size(), false, true);
    if (!head)
        m_connection->writeRaw(response.body);
    m_connection->flush();
    m_finished = true;
    m_connection->finishExchange();
}

void HttpExchange::beginStream(int status, HttpHeaders headers, bool flushNow)
{
    if (m_started || m_aborted)
        return;
    m_started = true;
    if (m_local) {
        m_local->head(status, headers, true);
        return;
    }
    // HTTP/1.0 has no chunked coding: the end of the body is the end of the connection.
    m_chunked = m_request.httpMinor >= 1;
    m_connection->writeResponseHead(status, headers, -1, m_chunked, m_chunked);
    if (flushNow)
        m_connection->flush();
}

void HttpExchange::writeStream(QByteArrayView data, bool flushNow)
{
    if (!m_started || m_finished || m_aborted || data.isEmpty())
        return;
    if (m_local) {
        m_local->data(data);
        return;
    }
    if (m_chunked) {
        // RFC 9112 §7.1: chunk-size in hex, CRLF, data, CRLF — written as one buffer.
        QByteArray frame;
        frame.reserve(data.size() + 16);
        frame += QByteArray::number(data.size(), 16);
        frame += "\r\n";
        frame += data;
        frame += "\r\n";
        m_connection->writeRaw(frame);
    } else {
        m_connection->writeRaw(data);
    }
    if (flushNow)
        m_connection->flush();
}

void HttpExchange::endStream()
{
    if (!m_started || m_finished || m_aborted)
        return;
    if (m_local) {
        m_finished = true;
        m_local->finished();
        finishLocal();
        return;
    }
    if (m_chunked)
        m_connection->writeRaw("0\r\n\r\n");
    m_connection->flush();
    m_finished = true;
    m_connection->finishExchange();
}

} // namespace Switchyard::Http
