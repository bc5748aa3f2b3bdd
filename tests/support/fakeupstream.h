// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <QThread>

#include <atomic>

// A fake OpenAI-compatible provider for tests and the npm client test. It speaks the OpenAI Chat
// Completions wire format exactly (https://platform.openai.com/docs/api-reference/chat, checked
// 2026-11-25; SSE chunks as OpenAI sends them: chunked transfer coding, `data: {...}\n\n`, a usage
// chunk with empty choices when stream_options.include_usage is true, `data: [DONE]`).
// It deliberately does NOT reuse Switchyard's HTTP parser: it is an independent peer.
//
// Behaviour is chosen by the upstream model name in the request body:
//   anything else  200, "Hello from <model>!" (streamed as 3 content chunks when "stream": true)
//   fail-500       500 with an OpenAI error body
//   fail-429       429 with Retry-After: 7 and x-ratelimit-* headers
//   fail-401       401 echoing the refused key in its message, as OpenAI does
//   fail-400       400 invalid_request_error (a client error: must not trigger fallback)
//   hang           reads the request and never answers
//   delay-N        answers as model "delayed" after N milliseconds
//   slow-stream    sends the SSE headers and one chunk, then nothing more
//   drop           closes the connection without answering
//   close-after-reply  answers as model "closing", then closes the idle connection after 100 ms
//   big-stream     streams 2000 chunks of 1 KiB as fast as possible
class FakeUpstream final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        int connectionId = 0;
    };

    FakeUpstream();
    ~FakeUpstream() override;

    // Starts listening on 127.0.0.1 in its own thread.
    bool start(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QByteArray baseUrl() const;

    [[nodiscard]] QList<Request> requests() const;
    [[nodiscard]] int connectionsAccepted() const { return m_accepted.load(); }
    [[nodiscard]] int connectionsClosedByPeer() const { return m_closedByPeer.load(); }
    [[nodiscard]] int openConnections() const { return m_open.load(); }
    void clear();

private:
    friend class FakeUpstreamServer;
    void record(const Request &r);

    QThread m_thread;
    QObject *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    std::atomic<int> m_accepted{0};
    std::atomic<int> m_closedByPeer{0};
    std::atomic<int> m_open{0};
};
