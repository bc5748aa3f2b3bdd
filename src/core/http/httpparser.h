// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArray>

#include <functional>
#include <memory>

struct http_parser;

namespace Switchyard::Http {

// Incremental HTTP/1.1 message parser over Debian's libhttp-parser (nodejs/http-parser 2.9).
// The same class parses requests on the server side and responses on the upstream leg.
//
// feed() consumes as much as it can and stops at two points the caller must act on:
//  - HeadersComplete: the start line and header section are parsed (the caller may check limits,
//    authenticate, answer `Expect: 100-continue`, then call feed() again with the rest);
//  - MessageComplete: one whole message is parsed; bytes after it (a pipelined request) are left
//    unconsumed until reset() and a new feed().
// Body bytes go to the body sink when one is set (streaming), otherwise into body().
class HttpParser final
{
public:
    enum class Mode
    {
        Request,
        Response
    };
    enum class Result
    {
        NeedMore,
        HeadersComplete,
        MessageComplete,
        Error
    };

    struct Limits
    {
        qsizetype maxHeaderBytes = 64 * 1024;   // start line + all header fields
        qint64 maxBodyBytes = 32 * 1024 * 1024; // after de-chunking
    };

    using BodySink = std::function<void(const char *data, qsizetype size)>;

    HttpParser(Mode mode, Limits limits);
    ~HttpParser();
    Q_DISABLE_COPY_MOVE(HttpParser)

    // Parses data[0..size). *consumed tells how many bytes were used. size == 0 signals EOF
    // (needed for responses delimited by connection close).
    Result feed(const char *data, qsizetype size, qsizetype *consumed);
    // Prepares for the next message on the same connection (keep-alive).
    void reset();

    void setBodySink(BodySink sink) { m_sink = std::move(sink); }
    // For responses to HEAD requests, which carry no body whatever their headers say.
    void setExpectNoBody(bool noBody) { m_expectNoBody = noBody; }

    // The parsed message.
    [[nodiscard]] const QByteArray &method() const { return m_method; }
    [[nodiscard]] const QByteArray &target() const { return m_target; }
    [[nodiscard]] int statusCode() const { return m_status; }
    [[nodiscard]] int httpMajor() const;
    [[nodiscard]] int httpMinor() const;
    [[nodiscard]] const HttpHeaders &headers() const { return m_headers; }
    [[nodiscard]] HttpHeaders takeHeaders() { return std::move(m_headers); }
    [[nodiscard]] const QByteArray &body() const { return m_body; }
    [[nodiscard]] QByteArray takeBody() { return std::move(m_body); }
    [[nodiscard]] qint64 contentLength() const { return m_contentLength; } // -1 when none
    [[nodiscard]] bool isChunked() const { return m_chunked; }
    [[nodiscard]] bool keepAlive() const { return m_keepAlive; }
    [[nodiscard]] bool headersDone() const { return m_headersDone; }
    [[nodiscard]] bool messageDone() const { return m_messageDone; }
    [[nodiscard]] qint64 bodyBytes() const { return m_bodyBytes; }

    // On Error: the HTTP status a server should answer with (400, 413, 431, 501) and why.
    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    [[nodiscard]] const QByteArray &errorText() const { return m_errorText; }

private:
    friend struct HttpParserCallbacks;
    int onMessageBegin();
    int onUrl(const char *at, size_t length);
    int onStatus(const char *at, size_t length);
    int onHeaderField(const char *at, size_t length);
    int onHeaderValue(const char *at, size_t length);
    int onHeadersComplete();
    int onBody(const char *at, size_t length);
    int onMessageComplete();
    bool countHeaderBytes(size_t length);
    void fail(int status, QByteArray text);

    Mode m_mode;
    Limits m_limits;
    std::unique_ptr<http_parser> m_parser;
    BodySink m_sink;
    bool m_expectNoBody = false;

    QByteArray m_method;
    QByteArray m_target;
    int m_status = 0;
    HttpHeaders m_headers;
    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
    QByteArray m_body;
    qint64 m_contentLength = -1;
    qint64 m_bodyBytes = 0;
    qsizetype m_headerBytes = 0;
    bool m_chunked = false;
    bool m_keepAlive = false;
    bool m_headersDone = false;
    bool m_messageDone = false;
    bool m_pausedAtHeaders = false;
    int m_errorStatus = 0;
    QByteArray m_errorText;
};

} // namespace Switchyard::Http
