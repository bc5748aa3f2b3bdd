// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "requesthandler.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Switchyard::Http {

class HttpConnection;

// Where an in-process request's response goes (the desktop app's Playground): the events a socket
// would carry, without the wire or its framing. Called in the serving worker's thread.
class LocalResponseSink
{
public:
    virtual ~LocalResponseSink() = default;
    // `streamed`: the body follows in pieces (an SSE stream), else in one data() call.
    virtual void head(int status, const HttpHeaders &headers, bool streamed) = 0;
    virtual void data(QByteArrayView bytes) = 0;
    // The response is complete; nothing follows. Not called for an exchange that was aborted.
    virtual void finished() = 0;
};

// One request and its response. Owned by its connection; a handler that answers later must hold it
// in a QPointer, because a client that goes away deletes it (after emitting aborted()).
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    HttpExchange(HttpConnection *connection, HttpRequest request);
    // An in-process exchange: the response goes to `sink`; `done` runs once it is finished or aborted
    // (the worker that made it forgets it there).
    HttpExchange(std::shared_ptr<LocalResponseSink> sink, HttpRequest request, std::function<void()> done,
                 QObject *parent);

    [[nodiscard]] const HttpRequest &request() const { return m_request; }
    [[nodiscard]] HttpRequest &request() { return m_request; }

    // A complete response with Content-Length.
    void respond(HttpResponse response);
    void respond(int status, HttpHeaders headers, QByteArray body);

    // A streamed response: chunked on HTTP/1.1, close-delimited on HTTP/1.0. Every write is handed
    // to the kernel at once (SSE events are never held back) unless the caller says more follows
    // right away (flushNow = false), so that the end of a stream shares a write(2) with its last
    // event. beginStream(…, false) keeps the head back for the first writeStream().
    void beginStream(int status, HttpHeaders headers, bool flushNow = true);
    void writeStream(QByteArrayView data, bool flushNow = true);
    void endStream();

    [[nodiscard]] bool isResponseStarted() const { return m_started; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isAborted() const { return m_aborted; }
    // False while the client has more than the high-water mark of unread bytes queued.
    [[nodiscard]] bool canWrite() const;

Q_SIGNALS:
    void aborted();  // the client went away or was cut off: stop work for it
    void writable(); // queued bytes dropped below the low-water mark again

private:
    friend class HttpConnection;
    friend class HttpWorker;
    void markAborted();
    void finishLocal();

    HttpConnection *m_connection = nullptr; // null for an in-process exchange
    std::shared_ptr<LocalResponseSink> m_local;
    std::function<void()> m_localDone;
    HttpRequest m_request;
    bool m_started = false;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_chunked = false;
};

} // namespace Switchyard::Http
