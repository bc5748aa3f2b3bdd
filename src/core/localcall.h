// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Switchyard {

namespace Http {
class HttpServer;
class LocalResponseSink;
} // namespace Http

// One request the desktop app makes to its own engine without going through a socket (the
// Playground): the same handler, routing, accounting and headers as a request from the network, the
// answer delivered as signals in the thread that made the call. Made by Gateway::call().
class LocalCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalCall)

public:
    ~LocalCall() override;

    // Stops the request as if its client had gone away (the upstream request is cancelled; the usage
    // record says so). Nothing is emitted afterwards.
    void cancel();

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const Http::HttpHeaders &headers() const { return m_headers; }
    [[nodiscard]] bool isStreamed() const { return m_streamed; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // Everything received so far.
    [[nodiscard]] const QByteArray &body() const { return m_body; }

Q_SIGNALS:
    void headReceived();                       // status() and headers() are set
    void dataReceived(const QByteArray &data); // the next piece (a whole body when not streamed)
    void finished();

private:
    friend class Gateway;
    class Sink;
    LocalCall(Http::HttpServer *server, QObject *parent);
    [[nodiscard]] std::shared_ptr<Http::LocalResponseSink> sink() const;

    QPointer<Http::HttpServer> m_server; // gone once the gateway stops
    std::shared_ptr<Sink> m_sink;
    quint64 m_id = 0;
    int m_status = 0;
    Http::HttpHeaders m_headers;
    QByteArray m_body;
    bool m_streamed = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Switchyard
