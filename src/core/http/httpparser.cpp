// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpparser.h"

#include <http_parser.h>

namespace Switchyard::Http {

namespace {

// RFC 9110 §5.6.2: field-name = token; tchar excludes whitespace and delimiters. http_parser (in its
// default lenient build) accepts some of those, and a name such as "Content Length" is a known
// request-smuggling vector between parsers that disagree.
bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
        switch (c) {
        case '"':
        case '(':
        case ')':
        case ',':
        case '/':
        case ':':
        case ';':
        case '<':
        case '=':
        case '>':
        case '?':
        case '@':
        case '[':
        case '\\':
        case ']':
        case '{':
        case '}': return false;
        default: break;
        }
    }
    return true;
}

HttpParser *self(http_parser *p)
{
    return static_cast<HttpParser *>(p->data);
}
} // namespace

struct HttpParserCallbacks
{
    static int messageBegin(http_parser *p) { return self(p)->onMessageBegin(); }
    static int url(http_parser *p, const char *at, size_t n) { return self(p)->onUrl(at, n); }
    static int status(http_parser *p, const char *at, size_t n) { return self(p)->onStatus(at, n); }
    static int headerField(http_parser *p, const char *at, size_t n) { return self(p)->onHeaderField(at, n); }
    static int headerValue(http_parser *p, const char *at, size_t n) { return self(p)->onHeaderValue(at, n); }
    static int headersComplete(http_parser *p) { return self(p)->onHeadersComplete(); }
    static int body(http_parser *p, const char *at, size_t n) { return self(p)->onBody(at, n); }
    static int messageComplete(http_parser *p) { return self(p)->onMessageComplete(); }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s = [] {
            http_parser_settings v{};
            v.on_message_begin = &messageBegin;
            v.on_url = &url;
            v.on_status = &status;
            v.on_header_field = &headerField;
            v.on_header_value = &headerValue;
            v.on_headers_complete = &headersComplete;
            v.on_body = &body;
            v.on_message_complete = &messageComplete;
            return v;
        }();
        return s;
    }
};

HttpParser::HttpParser(Mode mode, Limits limits)
    : m_mode(mode), m_limits(limits), m_parser(std::make_unique<http_parser>())
{
    reset();
}

HttpParser::~HttpParser() = default;

int HttpParser::httpMajor() const
{
    return m_parser->http_major;
}

int HttpParser::httpMinor() const
{
    return m_parser->http_minor;
}

void HttpParser::reset()
{
    http_parser_init(m_parser.get(), m_mode == Mode::Request ? HTTP_REQUEST : HTTP_RESPONSE);
    m_parser->data = this;
    m_method.clear();
    m_target.clear();
    m_status = 0;
    m_headers.clear();
    m_field.clear();
    m_value.clear();
    m_lastWasValue = false;
    m_body.clear();
    m_contentLength = -1;
    m_bodyBytes = 0;
    m_headerBytes = 0;
    m_chunked = false;
    m_keepAlive = false;
    m_headersDone = false;
    m_messageDone = false;
    m_pausedAtHeaders = false;
    m_errorStatus = 0;
    m_errorText.clear();
}

void HttpParser::fail(int status, QByteArray text)
{
    if (m_errorStatus == 0) {
        m_errorStatus = status;
        m_errorText = std::move(text);
    }
}

HttpParser::Result HttpParser::feed(const char *data, qsizetype size, qsizetype *consumed)
{
    *consumed = 0;
    if (m_errorStatus != 0)
        return Result::Error;
    if (m_messageDone)
        return Result::MessageComplete;
    if (HTTP_PARSER_ERRNO(m_parser.get()) == HPE_PAUSED)
        http_parser_pause(m_parser.get(), 0);

    const size_t n =
        http_parser_execute(m_parser.get(), &HttpParserCallbacks::settings(), data, size_t(size));
    *consumed = qsizetype(n);
    const auto err = http_errno(HTTP_PARSER_ERRNO(m_parser.get()));

    if (m_errorStatus != 0)
        return Result::Error;
    if (err == HPE_PAUSED) {
        if (m_messageDone)
            return Result::MessageComplete;
        if (m_pausedAtHeaders) {
            m_pausedAtHeaders = false;
            return Result::HeadersComplete;
        }
        return Result::NeedMore;
    }
    if (err != HPE_OK) {
        switch (err) {
        case HPE_HEADER_OVERFLOW: fail(431, QByteArrayLiteral("request header section too large")); break;
        case HPE_INVALID_METHOD: fail(501, QByteArrayLiteral("unknown request method")); break;
        case HPE_INVALID_VERSION: fail(505, QByteArrayLiteral("unsupported HTTP version")); break;
        default: fail(400, QByteArray("malformed HTTP message: ") + http_errno_description(err)); break;
        }
        return Result::Error;
    }
    if (m_messageDone)
        return Result::MessageComplete;
    return Result::NeedMore;
}

bool HttpParser::countHeaderBytes(size_t length)
{
    m_headerBytes += qsizetype(length);
    if (m_headerBytes > m_limits.maxHeaderBytes) {
        fail(431, QByteArrayLiteral("request header section too large"));
        return false;
    }
    return true;
}

int HttpParser::onMessageBegin()
{
    return 0;
}

int HttpParser::onUrl(const char *at, size_t length)
{
    if (!countHeaderBytes(length))
        return 1;
    m_target.append(at, qsizetype(length));
    return 0;
}

int HttpParser::onStatus(const char *, size_t length)
{
    return countHeaderBytes(length) ? 0 : 1;
}

int HttpParser::onHeaderField(const char *at, size_t length)
{
    if (!countHeaderBytes(length + 4))
        return 1;
    if (m_lastWasValue) {
        m_headers.add(std::move(m_field), std::move(m_value));
        m_field.clear();
        m_value.clear();
        m_lastWasValue = false;
    }
    m_field.append(at, qsizetype(length));
    return 0;
}

int HttpParser::onHeaderValue(const char *at, size_t length)
{
    if (!countHeaderBytes(length))
        return 1;
    m_value.append(at, qsizetype(length));
    m_lastWasValue = true;
    return 0;
}

int HttpParser::onHeadersComplete()
{
    if (!m_field.isEmpty() || m_lastWasValue) {
        m_headers.add(std::move(m_field), std::move(m_value));
        m_field.clear();
        m_value.clear();
        m_lastWasValue = false;
    }
    for (const HttpHeaders::Field &f : m_headers.fields()) {
        if (!isToken(f.first)) {
            fail(400, QByteArrayLiteral("invalid character in a header field name"));
            return -1;
        }
    }
    http_parser *p = m_parser.get();
    if (m_mode == Mode::Request) {
        m_method = http_method_str(http_method(p->method));
        // RFC 9112 §6.1: Transfer-Encoding with Content-Length is a smuggling vector; refuse it.
        if (m_headers.contains("transfer-encoding") && m_headers.contains("content-length")) {
            fail(400, QByteArrayLiteral("both Transfer-Encoding and Content-Length are present"));
            return -1;
        }
        if (p->upgrade) {
            fail(400, QByteArrayLiteral("protocol upgrades are not supported"));
            return -1;
        }
    } else {
        m_status = int(p->status_code);
    }
    m_chunked = (p->flags & F_CHUNKED) != 0;
    m_contentLength = (p->flags & F_CONTENTLENGTH) ? qint64(p->content_length) : -1;
    m_keepAlive = http_should_keep_alive(p) != 0;
    if (m_contentLength > m_limits.maxBodyBytes) {
        fail(413, QByteArrayLiteral("body larger than the configured limit"));
        return -1;
    }
    m_headersDone = true;
    m_pausedAtHeaders = true;
    http_parser_pause(p, 1);
    // 1 tells http_parser that this message has no body (a response to HEAD).
    return (m_mode == Mode::Response && m_expectNoBody) ? 1 : 0;
}

int HttpParser::onBody(const char *at, size_t length)
{
    m_bodyBytes += qint64(length);
    if (m_bodyBytes > m_limits.maxBodyBytes) {
        fail(413, QByteArrayLiteral("body larger than the configured limit"));
        return 1;
    }
    if (m_sink)
        m_sink(at, qsizetype(length));
    else
        m_body.append(at, qsizetype(length));
    return 0;
}

int HttpParser::onMessageComplete()
{
    m_messageDone = true;
    // Keep-alive is only known for sure at the end of the message (trailers, close-delimited).
    m_keepAlive = http_should_keep_alive(m_parser.get()) != 0;
    http_parser_pause(m_parser.get(), 1);
    return 0;
}

} // namespace Switchyard::Http
