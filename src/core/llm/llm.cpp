// SPDX-License-Identifier: GPL-3.0-or-later
#include "codec_p.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Switchyard::Llm {

QString dialectName(Dialect d)
{
    switch (d) {
    case Dialect::OpenAiChat: return QStringLiteral("openai-chat");
    case Dialect::AnthropicMessages: return QStringLiteral("anthropic-messages");
    case Dialect::OpenAiResponses: return QStringLiteral("openai-responses");
    case Dialect::Gemini: return QStringLiteral("gemini");
    }
    return {};
}

std::optional<Dialect> dialectFromName(QStringView name)
{
    for (const Dialect d :
         {Dialect::OpenAiChat, Dialect::AnthropicMessages, Dialect::OpenAiResponses, Dialect::Gemini}) {
        if (name == dialectName(d))
            return d;
    }
    return std::nullopt;
}

QString Message::text() const
{
    QString out;
    for (const Part &p : parts) {
        if (p.kind == Part::Kind::Text)
            out += p.text;
    }
    return out;
}

QString finishReasonName(FinishReason r)
{
    switch (r) {
    case FinishReason::Unset: return {};
    case FinishReason::Stop: return QStringLiteral("stop");
    case FinishReason::Length: return QStringLiteral("length");
    case FinishReason::ToolCalls: return QStringLiteral("tool_calls");
    case FinishReason::ContentFilter: return QStringLiteral("content_filter");
    case FinishReason::StopSequence: return QStringLiteral("stop_sequence");
    case FinishReason::Refusal: return QStringLiteral("refusal");
    case FinishReason::Error: return QStringLiteral("error");
    }
    return {};
}

bool Request::hasImages() const
{
    for (const Message &m : messages) {
        for (const Part &p : m.parts) {
            if (p.kind == Part::Kind::Image)
                return true;
        }
    }
    return false;
}

QString Request::lastUserText() const
{
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == Message::Role::User) {
            const QString t = it->text();
            if (!t.isEmpty())
                return t;
        }
    }
    return {};
}

Error::Kind Error::kindForStatus(int status)
{
    switch (status) {
    case 400: return Kind::InvalidRequest;
    case 401: return Kind::Authentication;
    case 403: return Kind::Permission;
    case 404: return Kind::NotFound;
    case 408: return Kind::Timeout;
    case 413: return Kind::RequestTooLarge;
    case 429: return Kind::RateLimit;
    case 503:
    case 529: return Kind::Overloaded;
    case 504: return Kind::Timeout;
    default: return status >= 500 ? Kind::Server : Kind::InvalidRequest;
    }
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue optionalInteger(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Undefined);
}

namespace {
constexpr QLatin1StringView kThoughtSeparator("__thought__");
}

QString packToolCallId(const QString &id, const QString &signature)
{
    if (signature.isEmpty())
        return id;
    return id + kThoughtSeparator + signature;
}

void unpackToolCallId(QString &id, QString &signature)
{
    const qsizetype at = id.indexOf(kThoughtSeparator);
    if (at < 0)
        return;
    signature = id.mid(at + kThoughtSeparator.size());
    id.truncate(at);
}

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString out;
    if (content.isArray()) {
        for (const QJsonValue &v : content.toArray()) {
            const QJsonObject o = v.toObject();
            const QString type = jstr(o, QLatin1StringView("type"));
            if (type == QLatin1StringView("text") || type == QLatin1StringView("input_text") ||
                type == QLatin1StringView("output_text")) {
                if (!out.isEmpty())
                    out += QLatin1Char('\n');
                out += jstr(o, QLatin1StringView("text"));
            } else if (v.isString()) {
                out += v.toString();
            }
        }
    }
    return out;
}

Error invalid(const QString &message, const QString &param)
{
    return Error::make(400, Error::Kind::InvalidRequest, message, QStringLiteral("invalid_request"), param);
}

QString newId(QLatin1StringView prefix)
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    // One generator per thread, seeded once from the global one: the global generator takes a lock per
    // call, and ids are made on every request.
    thread_local QRandomGenerator generator(QRandomGenerator::global()->generate());
    QString id = prefix;
    id.reserve(prefix.size() + 24);
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(kAlphabet[generator.bounded(int(sizeof(kAlphabet) - 1))]);
    return id;
}

QByteArray newRequestId()
{
    return newId(QLatin1StringView("req_sy_")).toLatin1();
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

// ---- dispatch -------------------------------------------------------------------------------------

namespace {
Error unsupported(Dialect d, const char *what)
{
    return Error::make(
        500, Error::Kind::Server,
        QStringLiteral("Switchyard cannot %1 in the %2 dialect").arg(QLatin1StringView(what), dialectName(d)),
        QStringLiteral("unsupported_direction"));
}

class UnsupportedDecoder final : public StreamDecoder
{
public:
    explicit UnsupportedDecoder(Dialect d) : m_dialect(d) {}
    void feed(const SseEvent &, QList<StreamEvent> &) override {}
    void end(QList<StreamEvent> &out) override
    {
        StreamEvent e;
        e.type = StreamEvent::Type::Error;
        e.error = unsupported(m_dialect, "decode streams");
        out.append(e);
    }
    bool finished() const override { return true; }

private:
    Dialect m_dialect;
};
} // namespace

std::optional<Error> decodeRequest(Dialect dialect, const QJsonObject &body, Request &out)
{
    switch (dialect) {
    case Dialect::OpenAiChat: return OpenAiChat::decodeRequest(body, out);
    case Dialect::AnthropicMessages: return Anthropic::decodeRequest(body, out);
    case Dialect::OpenAiResponses: return Responses::decodeRequest(body, out);
    case Dialect::Gemini: break;
    }
    return unsupported(dialect, "decode requests");
}

QJsonObject encodeRequest(Dialect dialect, const Request &request)
{
    switch (dialect) {
    case Dialect::OpenAiChat: return OpenAiChat::encodeRequest(request);
    case Dialect::AnthropicMessages: return Anthropic::encodeRequest(request);
    case Dialect::Gemini: return Gemini::encodeRequest(request);
    case Dialect::OpenAiResponses: break;
    }
    return {};
}

std::optional<Error> decodeResponse(Dialect dialect, const QJsonObject &body, Response &out)
{
    switch (dialect) {
    case Dialect::OpenAiChat: return OpenAiChat::decodeResponse(body, out);
    case Dialect::AnthropicMessages: return Anthropic::decodeResponse(body, out);
    case Dialect::Gemini: return Gemini::decodeResponse(body, out);
    case Dialect::OpenAiResponses: break;
    }
    return unsupported(dialect, "decode responses");
}

QJsonObject encodeResponse(Dialect dialect, const Response &response, const Request &request)
{
    switch (dialect) {
    case Dialect::OpenAiChat: return OpenAiChat::encodeResponse(response);
    case Dialect::AnthropicMessages: return Anthropic::encodeResponse(response);
    case Dialect::OpenAiResponses: return Responses::encodeResponse(response, request);
    case Dialect::Gemini: break;
    }
    return {};
}

std::unique_ptr<StreamDecoder> makeStreamDecoder(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAiChat: return OpenAiChat::makeStreamDecoder();
    case Dialect::AnthropicMessages: return Anthropic::makeStreamDecoder();
    case Dialect::Gemini: return Gemini::makeStreamDecoder();
    case Dialect::OpenAiResponses: break;
    }
    return std::make_unique<UnsupportedDecoder>(dialect);
}

std::unique_ptr<StreamEncoder> makeStreamEncoder(Dialect dialect, const Request &request)
{
    switch (dialect) {
    case Dialect::AnthropicMessages: return Anthropic::makeStreamEncoder(request);
    case Dialect::OpenAiResponses: return Responses::makeStreamEncoder(request);
    case Dialect::OpenAiChat:
    case Dialect::Gemini: break;
    }
    return OpenAiChat::makeStreamEncoder(request);
}

// ---- errors ---------------------------------------------------------------------------------------

namespace {
bool looksLikeContextLength(const QString &message, const QString &code)
{
    static const QLatin1StringView kMarkers[] = {
        QLatin1StringView("context_length_exceeded"),
        QLatin1StringView("prompt is too long"),
        QLatin1StringView("maximum context length"),
        QLatin1StringView("context window"),
        QLatin1StringView("exceeds the maximum number of tokens"),
        QLatin1StringView("too many tokens"),
    };
    for (QLatin1StringView m : kMarkers) {
        if (code.contains(m, Qt::CaseInsensitive) || message.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

Error decodeError(Dialect dialect, int status, const QByteArray &body)
{
    Q_UNUSED(dialect); // every known envelope is recognised by its shape
    Error e;
    e.status = status;
    e.kind = Error::kindForStatus(status);
    QString type;
    QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray() && !doc.array().isEmpty()) // Gemini streams wrap errors in an array
        doc = QJsonDocument(doc.array().first().toObject());
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue err = root.value(QLatin1StringView("error"));
        if (err.isObject()) {
            const QJsonObject o = err.toObject();
            e.message = jstr(o, QLatin1StringView("message"));
            type = jstr(o, QLatin1StringView("type"));
            if (type.isEmpty())
                type = jstr(o, QLatin1StringView("status")); // google.rpc.Status: RESOURCE_EXHAUSTED…
            const QJsonValue c = o.value(QLatin1StringView("code"));
            if (c.isString())
                e.code = c.toString();
            e.param = jstr(o, QLatin1StringView("param"));
        } else if (err.isString()) {
            e.message = err.toString();
        } else {
            e.message = jstr(root, QLatin1StringView("message"));
        }
    }
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(body.left(500)).simplified();
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1 with no body").arg(status);
    if (type == QLatin1StringView("overloaded_error") || type == QLatin1StringView("UNAVAILABLE"))
        e.kind = Error::Kind::Overloaded;
    else if (type == QLatin1StringView("rate_limit_error") || type == QLatin1StringView("RESOURCE_EXHAUSTED"))
        e.kind = Error::Kind::RateLimit;
    if (e.kind == Error::Kind::InvalidRequest && looksLikeContextLength(e.message, e.code))
        e.code = QStringLiteral("context_length_exceeded");
    if (e.code.isEmpty() && !type.isEmpty() && type.toUpper() == type)
        e.code = type; // keep Google's status name for the client
    return e;
}

namespace {
QString openAiType(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::InvalidRequest:
    case Error::Kind::RequestTooLarge: return QStringLiteral("invalid_request_error");
    case Error::Kind::Authentication: return QStringLiteral("authentication_error");
    case Error::Kind::Permission: return QStringLiteral("permission_error");
    case Error::Kind::NotFound: return QStringLiteral("not_found_error");
    case Error::Kind::RateLimit: return QStringLiteral("rate_limit_error");
    case Error::Kind::Overloaded: return QStringLiteral("overloaded_error");
    case Error::Kind::Server: return QStringLiteral("server_error");
    case Error::Kind::Timeout: return QStringLiteral("timeout_error");
    case Error::Kind::Upstream: return QStringLiteral("upstream_error");
    }
    return QStringLiteral("server_error");
}

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

int errorStatus(Dialect dialect, const Error &error)
{
    // Overload is 529 in Anthropic's API and 503 in OpenAI's.
    if (error.kind == Error::Kind::Overloaded)
        return dialect == Dialect::AnthropicMessages ? 529 : 503;
    return error.status;
}

QByteArray encodeError(Dialect dialect, const Error &error)
{
    if (dialect == Dialect::AnthropicMessages) {
        // https://docs.anthropic.com/en/api/errors (checked 2026-11-25)
        const QJsonObject body{
            {QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), Anthropic::errorType(error)},
                                                  {QStringLiteral("message"), error.message}}}};
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    // https://platform.openai.com/docs/guides/error-codes (checked 2026-11-25); the Responses API
    // answers errors in the same envelope.
    const QJsonObject body{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), error.message},
                                              {QStringLiteral("type"), openAiType(error)},
                                              {QStringLiteral("param"), nullIfEmpty(error.param)},
                                              {QStringLiteral("code"), nullIfEmpty(error.code)}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray encodeErrorEvent(Dialect dialect, const Error &error)
{
    switch (dialect) {
    case Dialect::AnthropicMessages: return sseEvent("error", encodeError(dialect, error));
    case Dialect::OpenAiResponses: {
        // Responses streaming "error" event: {type, code, message, param, sequence_number}. The
        // encoder that knows the sequence number normally sends it (see Responses' encoder).
        const QJsonObject o{
            {QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("code"), nullIfEmpty(error.code.isEmpty() ? openAiType(error) : error.code)},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("param"), nullIfEmpty(error.param)}};
        return sseEvent("error", QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    case Dialect::OpenAiChat:
    case Dialect::Gemini: break;
    }
    return sseEvent({}, encodeError(dialect, error));
}

// ---- usage off passthrough answers ----------------------------------------------------------------

void observeStreamUsage(Dialect dialect, const QJsonObject &event, Usage &usage)
{
    if (dialect == Dialect::AnthropicMessages) {
        const QString type = jstr(event, QLatin1StringView("type"));
        if (type == QLatin1StringView("message_start")) {
            usage = Anthropic::decodeUsage(event.value(QLatin1StringView("message"))
                                               .toObject()
                                               .value(QLatin1StringView("usage"))
                                               .toObject());
        } else if (type == QLatin1StringView("message_delta")) {
            // Cumulative counts; the input fields appear here only sometimes.
            const QJsonObject u = event.value(QLatin1StringView("usage")).toObject();
            usage.outputTokens = jint(u, QLatin1StringView("output_tokens"));
            if (u.value(QLatin1StringView("input_tokens")).isDouble()) {
                const Usage full = Anthropic::decodeUsage(u);
                usage.inputTokens = full.inputTokens;
                usage.cachedReadTokens = full.cachedReadTokens;
                usage.cacheWriteTokens = full.cacheWriteTokens;
            }
            usage.known = true;
        }
        return;
    }
    const QJsonValue u = event.value(QLatin1StringView("usage"));
    if (u.isObject())
        usage = OpenAiChat::decodeUsage(u.toObject());
}

QJsonObject usageObject(QByteArrayView body)
{
    // The last "usage" member of the body, parsed on its own: a response body can be large, and the
    // passthrough path needs nothing else from it.
    const qsizetype at = body.lastIndexOf(QByteArrayView("\"usage\""));
    if (at < 0)
        return {};
    qsizetype i = at + 7;
    while (i < body.size() &&
           (body[i] == ' ' || body[i] == ':' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
        ++i;
    if (i >= body.size() || body[i] != '{')
        return {};
    int depth = 0;
    bool inString = false;
    for (qsizetype j = i; j < body.size(); ++j) {
        const char c = body[j];
        if (inString) {
            if (c == '\\')
                ++j;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            return QJsonDocument::fromJson(body.sliced(i, j - i + 1).toByteArray()).object();
        }
    }
    return {};
}

void observeResponseUsage(Dialect dialect, bool countTokens, const QJsonObject &body, Usage &usage)
{
    if (countTokens)
        return; // counting is not billed
    const QJsonObject u = body.value(QLatin1StringView("usage")).toObject();
    if (u.isEmpty())
        return;
    usage = dialect == Dialect::AnthropicMessages ? Anthropic::decodeUsage(u) : OpenAiChat::decodeUsage(u);
}

// ---- estimates ------------------------------------------------------------------------------------

qint64 estimateTokens(const QString &text)
{
    // ~4 bytes of UTF-8 per token for English and code; count UTF-16 units as a cheap stand-in.
    return (text.size() + 3) / 4;
}

qint64 estimateInputTokens(const Request &request)
{
    qint64 tokens = 3; // priming
    for (const Part &p : request.system)
        tokens += estimateTokens(p.text);
    for (const Message &m : request.messages) {
        tokens += 4; // role and separators
        for (const Part &p : m.parts) {
            switch (p.kind) {
            case Part::Kind::Text:
            case Part::Kind::Thinking:
            case Part::Kind::ToolResult: tokens += estimateTokens(p.text); break;
            case Part::Kind::ToolCall: tokens += estimateTokens(p.name) + estimateTokens(p.arguments); break;
            case Part::Kind::Image: tokens += 1000; break; // a typical image tile budget
            case Part::Kind::RedactedThinking: tokens += estimateTokens(p.data) / 2; break;
            }
        }
    }
    for (const Tool &t : request.tools) {
        tokens +=
            estimateTokens(t.name) + estimateTokens(t.description) +
            estimateTokens(QString::fromUtf8(QJsonDocument(t.parameters).toJson(QJsonDocument::Compact)));
    }
    return tokens;
}

} // namespace Switchyard::Llm
