// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeupstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <functional>
#include <optional>

namespace {

using Request = FakeUpstream::Request;
// Re-targets a request at another model name (used by delay-N and close-after-reply).
using WithModel = std::function<Request(const QString &)>;

// ---- HTTP and SSE framing -----------------------------------------------------------------------

// RFC 9112 §7.1: one chunk of the chunked transfer coding.
QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// OpenAI: unnamed events, LF line endings.
QByteArray sse(const QJsonObject &o)
{
    return "data: " + compact(o) + "\n\n";
}

// Anthropic: named events whose name repeats the data's "type".
QByteArray namedSse(const QByteArray &event, const QJsonObject &o)
{
    return "event: " + event + "\ndata: " + compact(o) + "\n\n";
}

// Gemini with ?alt=sse: Google ends each line with CRLF.
QByteArray crlfSse(const QJsonObject &o)
{
    return "data: " + compact(o) + "\r\n\r\n";
}

struct Target
{
    QByteArray route; // the path without its query
    QByteArray query;
};

Target splitTarget(const QByteArray &path)
{
    const qsizetype q = path.indexOf('?');
    return q < 0 ? Target{path, {}} : Target{path.left(q), path.mid(q + 1)};
}

std::optional<QByteArray> queryParam(const QByteArray &query, const QByteArray &name)
{
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (QByteArray::fromPercentEncoding(pair.left(eq < 0 ? pair.size() : eq)) == name)
            return QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1));
    }
    return std::nullopt;
}

constexpr qsizetype kIncomplete = -1;
constexpr qsizetype kMalformed = -2;

// RFC 9112 §7.1: decodes a chunked body starting at `from`. Returns the offset just past it, or
// kIncomplete / kMalformed.
qsizetype decodeChunked(const QByteArray &data, qsizetype from, QByteArray *out)
{
    out->clear();
    qsizetype pos = from;
    while (true) {
        const qsizetype eol = data.indexOf("\r\n", pos);
        if (eol < 0)
            return kIncomplete;
        bool ok = false;
        const qsizetype size = data.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return kMalformed;
        pos = eol + 2;
        if (size == 0) {
            // Optional trailer fields, then the empty line.
            while (true) {
                const qsizetype end = data.indexOf("\r\n", pos);
                if (end < 0)
                    return kIncomplete;
                const bool last = end == pos;
                pos = end + 2;
                if (last)
                    return pos;
            }
        }
        if (data.size() < pos + size + 2)
            return kIncomplete;
        out->append(data.mid(pos, size));
        pos += size + 2;
    }
}

// Splits text into n pieces of nearly equal length, the way a model streams it.
QStringList pieces(const QString &text, qsizetype n)
{
    QStringList out;
    const qsizetype step = qMax<qsizetype>(1, (text.size() + n - 1) / n);
    for (qsizetype i = 0; i < text.size(); i += step)
        out << text.mid(i, step);
    return out;
}

// The two parallel tool calls every dialect's "tools" model makes.
struct FakeCall
{
    QString openAiId;
    QString anthropicId;
    QString name;
    QJsonObject args;
};

QList<FakeCall> fakeCalls()
{
    return {{QStringLiteral("call_1"), QStringLiteral("toolu_1"), QStringLiteral("get_weather"),
             QJsonObject{{QStringLiteral("city"), QStringLiteral("Paris")}}},
            {QStringLiteral("call_2"), QStringLiteral("toolu_2"), QStringLiteral("get_time"),
             QJsonObject{{QStringLiteral("tz"), QStringLiteral("Europe/Paris")}}}};
}

QString argsText(const QJsonObject &args)
{
    return QString::fromUtf8(compact(args));
}

const QString kThinking = QStringLiteral("Let me think.");

// ---- OpenAI (https://platform.openai.com/docs/api-reference/chat, checked 2026-11-25) ----------

enum class OpenAiOp
{
    Chat,
    Embeddings,
    Completions
};

std::optional<OpenAiOp> openAiOp(const QByteArray &route)
{
    if (route.endsWith("/chat/completions"))
        return OpenAiOp::Chat;
    if (route.endsWith("/embeddings"))
        return OpenAiOp::Embeddings;
    if (route.endsWith("/completions"))
        return OpenAiOp::Completions;
    return std::nullopt;
}

QJsonObject streamChunk(const QString &model, const QJsonObject &delta, const QJsonValue &finish)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-fake123")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("created"), 1764000000},
        {QStringLiteral("model"), model},
        {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                           {QStringLiteral("delta"), delta},
                                                           {QStringLiteral("logprobs"), QJsonValue::Null},
                                                           {QStringLiteral("finish_reason"), finish}}}},
    };
}

QJsonObject openAiUsage(int prompt, int completion, int cached, int reasoning)
{
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), prompt},
        {QStringLiteral("completion_tokens"), completion},
        {QStringLiteral("total_tokens"), prompt + completion},
        {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), cached}}},
        {QStringLiteral("completion_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), reasoning}}}};
}

// The default answer's usage; tests and the npm client test assert these numbers.
QJsonObject usage()
{
    return openAiUsage(12, 5, 0, 0);
}

// The "tools" and "reasoning" models' usage, with non-zero cached and reasoning details and the
// detail fields the current docs show.
QJsonObject richUsage()
{
    QJsonObject u = openAiUsage(20, 9, 4, 3);
    u.insert(QStringLiteral("prompt_tokens_details"),
             QJsonObject{{QStringLiteral("cached_tokens"), 4}, {QStringLiteral("audio_tokens"), 0}});
    u.insert(QStringLiteral("completion_tokens_details"),
             QJsonObject{{QStringLiteral("reasoning_tokens"), 3},
                         {QStringLiteral("audio_tokens"), 0},
                         {QStringLiteral("accepted_prediction_tokens"), 0},
                         {QStringLiteral("rejected_prediction_tokens"), 0}});
    return u;
}

QByteArray errorBody(const QString &message, const QString &type, const QJsonValue &code,
                     const QJsonValue &param = QJsonValue::Null)
{
    return compact(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                                     {QStringLiteral("type"), type},
                                                                     {QStringLiteral("param"), param},
                                                                     {QStringLiteral("code"), code}}}});
}

QJsonObject toolCallHeader(int index, const FakeCall &call)
{
    return QJsonObject{{QStringLiteral("index"), index},
                       {QStringLiteral("id"), call.openAiId},
                       {QStringLiteral("type"), QStringLiteral("function")},
                       {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), call.name},
                                                                {QStringLiteral("arguments"), QString()}}}};
}

QJsonObject toolCallArguments(int index, const QString &piece)
{
    return QJsonObject{{QStringLiteral("index"), index},
                       {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), piece}}}};
}

// ---- Anthropic (https://docs.anthropic.com/en/api/messages, checked 2026-11-25) ----------------

QJsonObject anthropicUsage(int output)
{
    return QJsonObject{
        {QStringLiteral("input_tokens"), 11},
        {QStringLiteral("cache_creation_input_tokens"), 3},
        {QStringLiteral("cache_read_input_tokens"), 5},
        {QStringLiteral("cache_creation"), QJsonObject{{QStringLiteral("ephemeral_5m_input_tokens"), 3},
                                                       {QStringLiteral("ephemeral_1h_input_tokens"), 0}}},
        {QStringLiteral("output_tokens"), output},
        {QStringLiteral("service_tier"), QStringLiteral("standard")}};
}

// https://docs.anthropic.com/en/api/errors: {"type":"error","error":{type,message},"request_id"}.
QByteArray anthropicError(const QString &type, const QString &message, const QByteArray &requestId)
{
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                               {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                                     {QStringLiteral("message"), message}}},
                               {QStringLiteral("request_id"), QString::fromLatin1(requestId)}});
}

QJsonObject anthropicMessage(const QString &model, const QJsonArray &content, const QJsonValue &stopReason,
                             const QJsonObject &usage)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_fake123")},
                       {QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("role"), QStringLiteral("assistant")},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("content"), content},
                       {QStringLiteral("stop_reason"), stopReason},
                       {QStringLiteral("stop_sequence"), QJsonValue::Null},
                       {QStringLiteral("usage"), usage}};
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

QJsonObject toolUseBlock(const FakeCall &call, const QJsonObject &input)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                       {QStringLiteral("id"), call.anthropicId},
                       {QStringLiteral("name"), call.name},
                       {QStringLiteral("input"), input}};
}

// ---- Gemini (https://ai.google.dev/api/generate-content, checked 2026-11-25) -------------------

// google.rpc.Status as the Gemini API returns it.
QByteArray googleError(int code, const QString &status, const QString &message,
                       const QJsonArray &details = {})
{
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("status"), status}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return compact(QJsonObject{{QStringLiteral("error"), error}});
}

// Keywords Gemini's `parameters` Schema (an OpenAPI 3.0 subset) refuses. (`parametersJsonSchema`
// takes full JSON Schema instead; it is not checked here.)
const QStringList kGeminiRejectedKeywords{QStringLiteral("additionalProperties"),
                                          QStringLiteral("$schema"),
                                          QStringLiteral("$ref"),
                                          QStringLiteral("$defs"),
                                          QStringLiteral("exclusiveMinimum"),
                                          QStringLiteral("exclusiveMaximum"),
                                          QStringLiteral("const")};

// Returns the location of the first refused keyword in a schema (and the keyword), or an empty
// string. Walks only schema positions, so a property merely *named* "const" is fine.
QString rejectedKeyword(const QJsonObject &schema, const QString &at, QString *keyword)
{
    for (const QString &k : kGeminiRejectedKeywords) {
        if (schema.contains(k)) {
            *keyword = k;
            return at;
        }
    }
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString found =
            rejectedKeyword(it.value().toObject(), at + QStringLiteral(".properties.") + it.key(), keyword);
        if (!found.isEmpty())
            return found;
    }
    if (schema.value(QLatin1String("items")).isObject()) {
        const QString found = rejectedKeyword(schema.value(QLatin1String("items")).toObject(),
                                              at + QStringLiteral(".items"), keyword);
        if (!found.isEmpty())
            return found;
    }
    const QJsonArray anyOf = schema.value(QLatin1String("anyOf")).toArray();
    for (qsizetype i = 0; i < anyOf.size(); ++i) {
        const QString found =
            rejectedKeyword(anyOf.at(i).toObject(), at + QStringLiteral(".anyOf[%1]").arg(i), keyword);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// The error message for the first function declaration whose parameters Gemini would refuse.
QString geminiSchemaError(const QJsonObject &body)
{
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    for (qsizetype t = 0; t < tools.size(); ++t) {
        const QJsonObject tool = tools.at(t).toObject();
        const QJsonArray declarations = tool.contains(QLatin1String("functionDeclarations"))
                                            ? tool.value(QLatin1String("functionDeclarations")).toArray()
                                            : tool.value(QLatin1String("function_declarations")).toArray();
        for (qsizetype d = 0; d < declarations.size(); ++d) {
            const QJsonValue parameters = declarations.at(d).toObject().value(QLatin1String("parameters"));
            if (!parameters.isObject())
                continue;
            QString keyword;
            const QString at = rejectedKeyword(
                parameters.toObject(),
                QStringLiteral("tools[%1].function_declarations[%2].parameters").arg(t).arg(d), &keyword);
            if (!at.isEmpty())
                return QStringLiteral(
                           "Invalid JSON payload received. Unknown name \"%1\" at '%2': Cannot find "
                           "field.")
                    .arg(keyword, at);
        }
    }
    return {};
}

QJsonObject geminiUsage(bool tools)
{
    QJsonObject u{{QStringLiteral("promptTokenCount"), 12},
                  {QStringLiteral("candidatesTokenCount"), tools ? 10 : 6},
                  {QStringLiteral("cachedContentTokenCount"), 2},
                  {QStringLiteral("totalTokenCount"), tools ? 26 : 18}};
    if (tools)
        u.insert(QStringLiteral("thoughtsTokenCount"), 4);
    return u;
}

QJsonObject geminiResponse(const QString &model, const QByteArray &responseId, const QJsonArray &parts,
                           bool last, bool tools)
{
    QJsonObject candidate{
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("parts"), parts}, {QStringLiteral("role"), QStringLiteral("model")}}},
        {QStringLiteral("index"), 0}};
    QJsonObject response{{QStringLiteral("modelVersion"), model},
                         {QStringLiteral("responseId"), QString::fromLatin1(responseId)}};
    if (last) {
        candidate.insert(QStringLiteral("finishReason"), QStringLiteral("STOP"));
        response.insert(QStringLiteral("usageMetadata"), geminiUsage(tools));
    }
    response.insert(QStringLiteral("candidates"), QJsonArray{candidate});
    return response;
}

QJsonObject geminiFunctionCall(const FakeCall &call)
{
    return QJsonObject{{QStringLiteral("functionCall"), QJsonObject{{QStringLiteral("name"), call.name},
                                                                    {QStringLiteral("args"), call.args}}}};
}

QJsonArray geminiToolParts()
{
    const QList<FakeCall> calls = fakeCalls();
    QJsonObject first = geminiFunctionCall(calls[0]);
    // Parallel calls: only the first functionCall part carries the thought signature.
    first.insert(QStringLiteral("thoughtSignature"), QStringLiteral("gsig-1"));
    return QJsonArray{first, geminiFunctionCall(calls[1])};
}

QJsonObject geminiThoughtPart()
{
    return QJsonObject{{QStringLiteral("text"), kThinking}, {QStringLiteral("thought"), true}};
}

} // namespace

struct ConnectionState final : QObject
{
    explicit ConnectionState(QObject *parent) : QObject(parent) {}
    QByteArray buffer;
    bool closedByUs = false;
    bool continueSent = false;
};

class FakeUpstreamServer final : public QTcpServer
{
public:
    explicit FakeUpstreamServer(FakeUpstream *owner) : m_owner(owner) {}

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(fd);
        const int id = ++m_owner->m_accepted;
        ++m_owner->m_open;
        // Per-connection state lives as long as the socket (deleted with it, never before).
        auto *state = new ConnectionState(socket);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state, id] {
            state->buffer += socket->readAll();
            while (!state->closedByUs) {
                const qsizetype end = state->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = state->buffer.left(end).split('\n');
                FakeUpstream::Request r;
                r.connectionId = id;
                const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
                r.method = start.value(0);
                r.path = start.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines[i].trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
                }
                qsizetype consumed = kIncomplete;
                if (r.headers.value("transfer-encoding").toLower().contains("chunked")) {
                    consumed = decodeChunked(state->buffer, end + 4, &r.body);
                    if (consumed == kMalformed) {
                        state->closedByUs = true;
                        socket->abort();
                        return;
                    }
                } else {
                    const qsizetype length = r.headers.value("content-length", "0").toLongLong();
                    if (state->buffer.size() >= end + 4 + length) {
                        r.body = state->buffer.mid(end + 4, length);
                        consumed = end + 4 + length;
                    }
                }
                if (consumed == kIncomplete) {
                    // RFC 9110 §10.1.1: invite the body the client is holding back.
                    if (!state->continueSent && r.headers.value("expect").toLower() == "100-continue") {
                        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                        state->continueSent = true;
                    }
                    return;
                }
                state->buffer.remove(0, consumed);
                state->continueSent = false;
                m_owner->record(r);
                respond(socket, r, &state->closedByUs);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket, state] {
            if (!state->closedByUs)
                ++m_owner->m_closedByPeer;
            --m_owner->m_open;
            socket->deleteLater();
        });
    }

private:
    void respond(QTcpSocket *socket, const FakeUpstream::Request &r, bool *closedByUs)
    {
        const Target target = splitTarget(r.path);
        if (target.route.contains("/openai/deployments/")) {
            respondAzure(socket, r, target, closedByUs);
            return;
        }
        if (isGeminiRoute(target.route)) {
            respondGemini(socket, r, target, closedByUs);
            return;
        }
        if (target.route.endsWith("/v1/messages") || target.route.endsWith("/v1/messages/count_tokens")) {
            respondAnthropic(socket, r, target, closedByUs);
            return;
        }
        if (target.route.endsWith("/models") && r.method == "GET") {
            const QByteArray body =
                R"({"object":"list","data":[{"id":"fake-model","object":"model","created":1764000000,"owned_by":"fake"}]})";
            writeJson(socket, 200, body, {});
            return;
        }
        const std::optional<OpenAiOp> op = openAiOp(target.route);
        if (!op) {
            writeJson(socket, 404,
                      errorBody(QStringLiteral("Unknown path"), QStringLiteral("invalid_request_error"),
                                QJsonValue::Null),
                      {});
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        respondOpenAi(socket, r, *op, body.value(QLatin1String("model")).toString(), body, closedByUs,
                      [r, body](const QString &model) {
                          FakeUpstream::Request copy = r;
                          QJsonObject b = body;
                          b.insert(QStringLiteral("model"), model);
                          copy.body = compact(b);
                          return copy;
                      });
    }

    // The behaviours shared by every dialect. Returns true when the model named one of them.
    bool handleControl(QTcpSocket *socket, const QString &model, bool *closedByUs, const WithModel &withModel)
    {
        if (model == QLatin1String("hang"))
            return true;
        if (model.startsWith(QLatin1String("flaky-")) || model.startsWith(QLatin1String("ratelimited-"))) {
            // Fails at first (flaky-N: N times 503; ratelimited-MS: once 429 asking to wait MS
            // milliseconds), then answers as model "recovered". Counted per model name until clear().
            const bool flaky = model.startsWith(QLatin1String("flaky-"));
            const int seen = m_owner->countRequest(model);
            const int failures = flaky ? model.section(QLatin1Char('-'), 1, 1).toInt() : 1;
            if (seen > failures) {
                respond(socket, withModel(QStringLiteral("recovered")), closedByUs);
                return true;
            }
            if (flaky) {
                writeJson(socket, 503,
                          "{\"error\":{\"message\":\"The server is temporarily unavailable\",\"type\":"
                          "\"server_error\",\"code\":null}}",
                          {});
            } else {
                const int ms = model.section(QLatin1Char('-'), 1, 1).toInt();
                writeJson(socket, 429,
                          "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":"
                          "\"rate_limit_exceeded\"}}",
                          "retry-after-ms: " + QByteArray::number(ms) +
                              "\r\nRetry-After: " + QByteArray::number((ms + 999) / 1000) + "\r\n");
            }
            return true;
        }
        if (model.startsWith(QLatin1String("delay-"))) {
            // Answer normally after the given number of milliseconds.
            const FakeUpstream::Request copy = withModel(QStringLiteral("delayed"));
            QTimer::singleShot(model.mid(6).toInt(), socket,
                               [this, socket, copy, closedByUs] { respond(socket, copy, closedByUs); });
            return true;
        }
        if (model == QLatin1String("close-after-reply")) {
            // Answer as usual on a keep-alive connection, then close it while it sits idle.
            respond(socket, withModel(QStringLiteral("closing")), closedByUs);
            QTimer::singleShot(100, socket, [socket, closedByUs] {
                *closedByUs = true;
                socket->disconnectFromHost();
            });
            return true;
        }
        if (model == QLatin1String("drop")) {
            *closedByUs = true;
            socket->abort();
            return true;
        }
        return false;
    }

    // ---- OpenAI and Azure OpenAI ----------------------------------------------------------------

    void respondOpenAi(QTcpSocket *socket, const FakeUpstream::Request &r, OpenAiOp op, const QString &model,
                       const QJsonObject &body, bool *closedByUs, const WithModel &withModel)
    {
        if (model == QLatin1String("fail-500")) {
            writeJson(socket, 500,
                      errorBody(QStringLiteral("The server had an error while processing your request."),
                                QStringLiteral("server_error"), QJsonValue::Null),
                      {});
            return;
        }
        if (model == QLatin1String("fail-429")) {
            writeJson(
                socket, 429,
                errorBody(QStringLiteral("Rate limit reached for requests"), QStringLiteral("requests"),
                          QStringLiteral("rate_limit_exceeded")),
                "Retry-After: 7\r\nx-ratelimit-limit-requests: 500\r\nx-ratelimit-remaining-requests: 0\r\n");
            return;
        }
        if (model == QLatin1String("fail-401")) {
            // As OpenAI does, echo (part of) the key that was refused.
            const QByteArray key = r.headers.value("authorization").mid(7);
            writeJson(socket, 401,
                      errorBody(QStringLiteral("Incorrect API key provided: %1. You can find your API key at "
                                               "https://platform.openai.com/account/api-keys.")
                                    .arg(QString::fromLatin1(key)),
                                QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key")),
                      {});
            return;
        }
        if (model == QLatin1String("fail-400")) {
            writeJson(socket, 400,
                      errorBody(QStringLiteral("Invalid value for 'temperature'"),
                                QStringLiteral("invalid_request_error"), QStringLiteral("invalid_value")),
                      {});
            return;
        }
        if (model == QLatin1String("context-length")) {
            writeJson(
                socket, 400,
                errorBody(QStringLiteral("This model's maximum context length is 128000 tokens. However, "
                                         "your messages resulted in 250000 tokens. Please reduce the "
                                         "length of the messages."),
                          QStringLiteral("invalid_request_error"), QStringLiteral("context_length_exceeded"),
                          QStringLiteral("messages")),
                {});
            return;
        }
        if (model == QLatin1String("content-filter")) {
            // OpenAI's refusal of a prompt by its safety system (HTTP 400, content_policy_violation).
            writeJson(socket, 400,
                      errorBody(QStringLiteral("Your request was rejected as a result of our safety system. "
                                               "Your prompt may contain text that is not allowed by our "
                                               "safety system."),
                                QStringLiteral("invalid_request_error"),
                                QStringLiteral("content_policy_violation"), QJsonValue::Null),
                      {});
            return;
        }
        if (handleControl(socket, model, closedByUs, withModel))
            return;
        const QByteArray requestId = "req_fake_" + QByteArray::number(r.connectionId);
        switch (op) {
        case OpenAiOp::Chat: writeChat(socket, model, body, requestId); return;
        case OpenAiOp::Embeddings: writeEmbeddings(socket, model, body, requestId); return;
        case OpenAiOp::Completions: writeCompletion(socket, model, body, requestId); return;
        }
    }

    static void writeChat(QTcpSocket *socket, const QString &model, const QJsonObject &body,
                          const QByteArray &requestId)
    {
        const bool stream = body.value(QLatin1String("stream")).toBool();
        const bool includeUsage = body.value(QLatin1String("stream_options"))
                                      .toObject()
                                      .value(QLatin1String("include_usage"))
                                      .toBool();
        const bool tools = model == QLatin1String("tools");
        const bool reasoning = model == QLatin1String("reasoning");
        const QString text = QStringLiteral("Hello from %1!").arg(model);
        const QList<FakeCall> calls = fakeCalls();
        if (!stream) {
            QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                {QStringLiteral("content"), text},
                                {QStringLiteral("refusal"), QJsonValue::Null}};
            if (tools) {
                QJsonArray toolCalls;
                for (const FakeCall &call : calls)
                    toolCalls.append(
                        QJsonObject{{QStringLiteral("id"), call.openAiId},
                                    {QStringLiteral("type"), QStringLiteral("function")},
                                    {QStringLiteral("function"),
                                     QJsonObject{{QStringLiteral("name"), call.name},
                                                 {QStringLiteral("arguments"), argsText(call.args)}}}});
                message.insert(QStringLiteral("content"), QJsonValue::Null);
                message.insert(QStringLiteral("tool_calls"), toolCalls);
            }
            if (reasoning)
                message.insert(QStringLiteral("reasoning_content"), kThinking);
            const QJsonObject completion{
                {QStringLiteral("id"), QStringLiteral("chatcmpl-fake123")},
                {QStringLiteral("object"), QStringLiteral("chat.completion")},
                {QStringLiteral("created"), 1764000000},
                {QStringLiteral("model"), model},
                {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("message"), message},
                                        {QStringLiteral("logprobs"), QJsonValue::Null},
                                        {QStringLiteral("finish_reason"),
                                         tools ? QStringLiteral("tool_calls") : QStringLiteral("stop")}}}},
                {QStringLiteral("usage"), tools || reasoning ? richUsage() : usage()},
            };
            writeJson(socket, 200, compact(completion), "x-request-id: " + requestId + "\r\n");
            return;
        }
        startStream(socket, "text/event-stream; charset=utf-8", "x-request-id: " + requestId + "\r\n");
        // A keep-alive comment, as proxies in front of providers send: a passthrough keeps it.
        socket->write(chunk(": keep-alive\n\n"));
        auto send = [socket, &model, tools, includeUsage](const QJsonObject &delta,
                                                          const QJsonValue &finish = QJsonValue::Null) {
            QJsonObject c = streamChunk(model, delta, finish);
            if (tools) {
                // What current OpenAI streams also carry: "usage": null on every chunk but the usage
                // chunk when include_usage is set, and stream obfuscation padding (on by default,
                // stream_options.include_obfuscation). The default model keeps the older, leaner shape.
                if (includeUsage)
                    c.insert(QStringLiteral("usage"), QJsonValue::Null);
                c.insert(QStringLiteral("obfuscation"), QStringLiteral("Fk3qX0"));
            }
            socket->write(chunk(sse(c)));
        };
        QJsonObject first{{QStringLiteral("role"), QStringLiteral("assistant")},
                          {QStringLiteral("content"), QString()},
                          {QStringLiteral("refusal"), QJsonValue::Null}};
        if (tools) {
            // As OpenAI streams parallel calls: the role and the first call's header together, then
            // each call's arguments in pieces, the next call's header opening its own run.
            first.insert(QStringLiteral("content"), QJsonValue::Null);
            first.insert(QStringLiteral("tool_calls"), QJsonArray{toolCallHeader(0, calls[0])});
        }
        send(first);
        if (model == QLatin1String("slow-stream")) {
            socket->flush();
            return;
        }
        if (tools) {
            for (int i = 0; i < calls.size(); ++i) {
                if (i > 0)
                    send(
                        QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{toolCallHeader(i, calls[i])}}});
                for (const QString &piece : pieces(argsText(calls[i].args), 3))
                    send(
                        QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{toolCallArguments(i, piece)}}});
            }
        } else if (model == QLatin1String("big-stream")) {
            const QString filler(1000, QLatin1Char('x'));
            for (int i = 0; i < 2000; ++i)
                send(QJsonObject{{QStringLiteral("content"), filler}});
        } else {
            if (reasoning) {
                for (const QString &piece : pieces(kThinking, 2))
                    send(QJsonObject{{QStringLiteral("reasoning_content"), piece}});
            }
            for (const QString &piece : QStringList{QStringLiteral("Hello"), QStringLiteral(" from "),
                                                    QString(model + QLatin1Char('!'))})
                send(QJsonObject{{QStringLiteral("content"), piece}});
        }
        send(QJsonObject{}, tools ? QStringLiteral("tool_calls") : QStringLiteral("stop"));
        if (includeUsage) {
            QJsonObject u = streamChunk(model, {}, QJsonValue::Null);
            u.insert(QStringLiteral("choices"), QJsonArray{});
            u.insert(QStringLiteral("usage"), tools || reasoning ? richUsage() : usage());
            socket->write(chunk(sse(u)));
        }
        socket->write(chunk("data: [DONE]\n\n"));
        finishStream(socket);
    }

    // https://platform.openai.com/docs/api-reference/embeddings
    static void writeEmbeddings(QTcpSocket *socket, const QString &model, const QJsonObject &body,
                                const QByteArray &requestId)
    {
        const QJsonValue input = body.value(QLatin1String("input"));
        const qsizetype count = input.isArray() ? input.toArray().size() : 1;
        const bool base64 =
            body.value(QLatin1String("encoding_format")).toString() == QLatin1String("base64");
        QJsonArray data;
        for (qsizetype i = 0; i < count; ++i) {
            const QList<float> vector{0.125F * float(i + 1), 0.25F, -0.5F};
            QJsonValue embedding;
            if (base64) {
                QByteArray raw;
                for (const float f : vector) {
                    char le[4];
                    qToLittleEndian(f, le);
                    raw.append(le, 4);
                }
                embedding = QString::fromLatin1(raw.toBase64());
            } else {
                QJsonArray floats;
                for (const float f : vector)
                    floats.append(double(f));
                embedding = floats;
            }
            data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                    {QStringLiteral("index"), int(i)},
                                    {QStringLiteral("embedding"), embedding}});
        }
        const int tokens = int(4 * count);
        const QJsonObject list{
            {QStringLiteral("object"), QStringLiteral("list")},
            {QStringLiteral("data"), data},
            {QStringLiteral("model"), model},
            {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), tokens},
                                                  {QStringLiteral("total_tokens"), tokens}}}};
        writeJson(socket, 200, compact(list), "x-request-id: " + requestId + "\r\n");
    }

    // https://platform.openai.com/docs/api-reference/completions (legacy)
    static void writeCompletion(QTcpSocket *socket, const QString &model, const QJsonObject &body,
                                const QByteArray &requestId)
    {
        auto completion = [&model](const QString &text, const QJsonValue &finish) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("cmpl-fake123")},
                               {QStringLiteral("object"), QStringLiteral("text_completion")},
                               {QStringLiteral("created"), 1764000000},
                               {QStringLiteral("model"), model},
                               {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
                               {QStringLiteral("choices"),
                                QJsonArray{QJsonObject{{QStringLiteral("text"), text},
                                                       {QStringLiteral("index"), 0},
                                                       {QStringLiteral("logprobs"), QJsonValue::Null},
                                                       {QStringLiteral("finish_reason"), finish}}}}};
        };
        const QJsonObject legacyUsage{{QStringLiteral("prompt_tokens"), 12},
                                      {QStringLiteral("completion_tokens"), 5},
                                      {QStringLiteral("total_tokens"), 17}};
        if (!body.value(QLatin1String("stream")).toBool()) {
            QJsonObject c = completion(QStringLiteral("Hello from %1!").arg(model), QStringLiteral("stop"));
            c.insert(QStringLiteral("usage"), legacyUsage);
            writeJson(socket, 200, compact(c), "x-request-id: " + requestId + "\r\n");
            return;
        }
        startStream(socket, "text/event-stream; charset=utf-8", "x-request-id: " + requestId + "\r\n");
        for (const QString &piece : QStringList{QStringLiteral("Hello"), QStringLiteral(" from "),
                                                QString(model + QLatin1Char('!'))})
            socket->write(chunk(sse(completion(piece, QJsonValue::Null))));
        socket->write(chunk(sse(completion(QString(), QStringLiteral("stop")))));
        if (body.value(QLatin1String("stream_options"))
                .toObject()
                .value(QLatin1String("include_usage"))
                .toBool()) {
            QJsonObject u = completion(QString(), QJsonValue::Null);
            u.insert(QStringLiteral("choices"), QJsonArray{});
            u.insert(QStringLiteral("usage"), legacyUsage);
            socket->write(chunk(sse(u)));
        }
        socket->write(chunk("data: [DONE]\n\n"));
        finishStream(socket);
    }

    // https://learn.microsoft.com/azure/ai-foundry/openai/reference: POST
    // /openai/deployments/{deployment}/chat/completions?api-version=..., key in the api-key header.
    void respondAzure(QTcpSocket *socket, const FakeUpstream::Request &r, const Target &target,
                      bool *closedByUs)
    {
        auto azureError = [socket](int status, const QString &message) {
            writeJson(socket, status,
                      compact(QJsonObject{{QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("code"), QString::number(status)},
                                                       {QStringLiteral("message"), message}}}}),
                      {});
        };
        if (r.headers.value("api-key").isEmpty()) {
            azureError(401,
                       QStringLiteral("Access denied due to invalid subscription key or wrong API endpoint. "
                                      "Make sure to provide a valid key for an active subscription and use "
                                      "a correct regional API endpoint for your resource."));
            return;
        }
        const QByteArray marker("/openai/deployments/");
        const qsizetype start = target.route.indexOf(marker) + marker.size();
        const qsizetype slash = target.route.indexOf('/', start);
        const std::optional<OpenAiOp> op = openAiOp(target.route);
        if (!queryParam(target.query, "api-version") || slash < 0 || !op) {
            azureError(404, QStringLiteral("Resource not found"));
            return;
        }
        const QString deployment =
            QString::fromUtf8(QByteArray::fromPercentEncoding(target.route.mid(start, slash - start)));
        respondOpenAi(socket, r, *op, deployment, QJsonDocument::fromJson(r.body).object(), closedByUs,
                      [r, target, start, slash](const QString &model) {
                          FakeUpstream::Request copy = r;
                          copy.path = target.route.left(start) + model.toUtf8() + target.route.mid(slash) +
                                      '?' + target.query;
                          return copy;
                      });
    }

    // ---- Anthropic Messages ---------------------------------------------------------------------

    void respondAnthropic(QTcpSocket *socket, const FakeUpstream::Request &r, const Target &target,
                          bool *closedByUs)
    {
        const QByteArray requestId = "req_fake_" + QByteArray::number(r.connectionId);
        const QByteArray idHeader = "request-id: " + requestId + "\r\n";
        auto fail = [socket, &requestId, &idHeader](int status, const QString &type, const QString &message,
                                                    const QByteArray &extraHeaders = {}) {
            writeJson(socket, status, anthropicError(type, message, requestId), idHeader + extraHeaders);
        };
        if (r.headers.value("x-api-key").isEmpty())
            return fail(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
        if (r.headers.value("anthropic-version").isEmpty())
            return fail(400, QStringLiteral("invalid_request_error"),
                        QStringLiteral("anthropic-version: header is required"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (target.route.endsWith("/count_tokens")) {
            // Deterministic stand-in for a tokenizer: a quarter of the messages' compact JSON bytes.
            const qsizetype bytes = QJsonDocument(body.value(QLatin1String("messages")).toArray())
                                        .toJson(QJsonDocument::Compact)
                                        .size();
            writeJson(socket, 200, compact(QJsonObject{{QStringLiteral("input_tokens"), int(bytes / 4)}}),
                      idHeader);
            return;
        }
        if (!body.contains(QLatin1String("max_tokens")))
            return fail(400, QStringLiteral("invalid_request_error"),
                        QStringLiteral("max_tokens: Field required"));
        const QString model = body.value(QLatin1String("model")).toString();
        if (model == QLatin1String("fail-500"))
            return fail(500, QStringLiteral("api_error"), QStringLiteral("Internal server error"));
        if (model == QLatin1String("fail-529"))
            return fail(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"));
        if (model == QLatin1String("fail-401"))
            return fail(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
        if (model == QLatin1String("fail-429"))
            return fail(429, QStringLiteral("rate_limit_error"),
                        QStringLiteral("This request would exceed the rate limit for your organization of 50 "
                                       "requests per minute."),
                        "retry-after: 7\r\nanthropic-ratelimit-requests-limit: 50\r\n"
                        "anthropic-ratelimit-requests-remaining: 0\r\n");
        if (model == QLatin1String("fail-400"))
            return fail(400, QStringLiteral("invalid_request_error"),
                        QStringLiteral("temperature: Input should be less than or equal to 1"));
        if (model == QLatin1String("context-length"))
            return fail(400, QStringLiteral("invalid_request_error"),
                        QStringLiteral("prompt is too long: 250000 tokens > 200000 maximum"));
        if (handleControl(socket, model, closedByUs, [r, body](const QString &m) {
                FakeUpstream::Request copy = r;
                QJsonObject b = body;
                b.insert(QStringLiteral("model"), m);
                copy.body = compact(b);
                return copy;
            }))
            return;

        const bool tools = model == QLatin1String("tools");
        const QList<FakeCall> calls = fakeCalls();
        const int outputTokens = tools ? 24 : 7;
        const QString text =
            tools ? QStringLiteral("Checking.") : QStringLiteral("Hello from %1!").arg(model);
        const QString signature = QStringLiteral("sig-abc123==");
        if (!body.value(QLatin1String("stream")).toBool()) {
            QJsonArray content;
            if (tools) {
                content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                           {QStringLiteral("thinking"), kThinking},
                                           {QStringLiteral("signature"), signature}});
            }
            content.append(textBlock(text));
            if (tools) {
                for (const FakeCall &call : calls)
                    content.append(toolUseBlock(call, call.args));
            }
            writeJson(socket, 200,
                      compact(anthropicMessage(
                          model, content, tools ? QStringLiteral("tool_use") : QStringLiteral("end_turn"),
                          anthropicUsage(outputTokens))),
                      idHeader);
            return;
        }

        // https://docs.anthropic.com/en/docs/build-with-claude/streaming
        startStream(socket, "text/event-stream; charset=utf-8", idHeader);
        auto event = [socket](const QByteArray &type, QJsonObject data) {
            data.insert(QStringLiteral("type"), QString::fromLatin1(type));
            socket->write(chunk(namedSse(type, data)));
        };
        auto blockStart = [&event](int index, const QJsonObject &block) {
            event("content_block_start",
                  QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("content_block"), block}});
        };
        auto blockDelta = [&event](int index, const QJsonObject &delta) {
            event("content_block_delta",
                  QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("delta"), delta}});
        };
        auto blockStop = [&event](int index) {
            event("content_block_stop", QJsonObject{{QStringLiteral("index"), index}});
        };
        auto delta = [](const char *type, const char *field, const QString &value) {
            return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}, {QLatin1String(field), value}};
        };
        event("message_start",
              QJsonObject{{QStringLiteral("message"),
                           anthropicMessage(model, QJsonArray{}, QJsonValue::Null, anthropicUsage(1))}});
        if (model == QLatin1String("slow-stream")) {
            socket->flush();
            return;
        }
        int index = 0;
        if (tools) {
            blockStart(index, QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                          {QStringLiteral("thinking"), QString()},
                                          {QStringLiteral("signature"), QString()}});
            event("ping", {});
            for (const QString &piece : pieces(kThinking, 2))
                blockDelta(index, delta("thinking_delta", "thinking", piece));
            // The signature arrives last, just before the block closes.
            blockDelta(index, delta("signature_delta", "signature", signature));
            blockStop(index++);
            blockStart(index, textBlock(QString()));
            for (const QString &piece : pieces(text, 2))
                blockDelta(index, delta("text_delta", "text", piece));
            blockStop(index++);
            for (const FakeCall &call : calls) {
                blockStart(index, toolUseBlock(call, QJsonObject{}));
                blockDelta(index, delta("input_json_delta", "partial_json", QString()));
                for (const QString &piece : pieces(argsText(call.args), 3))
                    blockDelta(index, delta("input_json_delta", "partial_json", piece));
                blockStop(index++);
            }
        } else {
            blockStart(index, textBlock(QString()));
            event("ping", {});
            for (const QString &piece : QStringList{QStringLiteral("Hello"), QStringLiteral(" from "),
                                                    QString(model + QLatin1Char('!'))})
                blockDelta(index, delta("text_delta", "text", piece));
            blockStop(index++);
        }
        // message_delta usage is cumulative. The docs show both forms: output_tokens alone (the
        // default model) and the whole usage (the tools model).
        QJsonObject finalUsage{{QStringLiteral("output_tokens"), outputTokens}};
        if (tools) {
            finalUsage.insert(QStringLiteral("input_tokens"), 11);
            finalUsage.insert(QStringLiteral("cache_creation_input_tokens"), 3);
            finalUsage.insert(QStringLiteral("cache_read_input_tokens"), 5);
        }
        event("message_delta",
              QJsonObject{{QStringLiteral("delta"),
                           QJsonObject{{QStringLiteral("stop_reason"),
                                        tools ? QStringLiteral("tool_use") : QStringLiteral("end_turn")},
                                       {QStringLiteral("stop_sequence"), QJsonValue::Null}}},
                          {QStringLiteral("usage"), finalUsage}});
        event("message_stop", {});
        finishStream(socket);
    }

    // ---- Gemini ---------------------------------------------------------------------------------

    static bool isGeminiRoute(const QByteArray &route)
    {
        if (route.endsWith("/v1beta/models"))
            return true;
        const qsizetype models = route.lastIndexOf("/models/");
        return models >= 0 && route.indexOf(':', models) >= 0;
    }

    void respondGemini(QTcpSocket *socket, const FakeUpstream::Request &r, const Target &target,
                       bool *closedByUs)
    {
        if (queryParam(target.query, "key")) {
            writeJson(socket, 400,
                      googleError(
                          400, QStringLiteral("INVALID_ARGUMENT"),
                          QStringLiteral("API key found in the URL query (key=). This fake upstream refuses "
                                         "keys in URLs: send the x-goog-api-key header instead.")),
                      {});
            return;
        }
        if (r.headers.value("x-goog-api-key").isEmpty()) {
            writeJson(
                socket, 403,
                googleError(403, QStringLiteral("PERMISSION_DENIED"),
                            QStringLiteral("Method doesn't allow unregistered callers (callers without "
                                           "established identity). Please use API Key or other form of API "
                                           "consumer identity to call this API.")),
                {});
            return;
        }
        if (target.route.endsWith("/v1beta/models")) {
            const QJsonObject model{
                {QStringLiteral("name"), QStringLiteral("models/gemini-fake")},
                {QStringLiteral("version"), QStringLiteral("001")},
                {QStringLiteral("displayName"), QStringLiteral("Gemini Fake")},
                {QStringLiteral("description"), QStringLiteral("A fake model for tests.")},
                {QStringLiteral("inputTokenLimit"), 1048576},
                {QStringLiteral("outputTokenLimit"), 65536},
                {QStringLiteral("supportedGenerationMethods"),
                 QJsonArray{QStringLiteral("generateContent"), QStringLiteral("countTokens")}},
                {QStringLiteral("thinking"), true}};
            writeJson(socket, 200, compact(QJsonObject{{QStringLiteral("models"), QJsonArray{model}}}), {});
            return;
        }
        const qsizetype nameStart = target.route.lastIndexOf("/models/") + 8;
        const qsizetype colon = target.route.indexOf(':', nameStart);
        const QString model = QString::fromUtf8(
            QByteArray::fromPercentEncoding(target.route.mid(nameStart, colon - nameStart)));
        const QByteArray method = target.route.mid(colon + 1);
        if (method != "generateContent" && method != "streamGenerateContent") {
            writeJson(socket, 404,
                      googleError(404, QStringLiteral("NOT_FOUND"),
                                  QStringLiteral("Method not found: %1").arg(QString::fromLatin1(method))),
                      {});
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString schemaError = geminiSchemaError(body);
        if (!schemaError.isEmpty()) {
            writeJson(socket, 400, googleError(400, QStringLiteral("INVALID_ARGUMENT"), schemaError), {});
            return;
        }
        if (model == QLatin1String("fail-429")) {
            const QJsonArray details{QJsonObject{
                {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo")},
                {QStringLiteral("retryDelay"), QStringLiteral("7s")}}};
            writeJson(socket, 429,
                      googleError(429, QStringLiteral("RESOURCE_EXHAUSTED"),
                                  QStringLiteral("Resource has been exhausted (e.g. check quota)."), details),
                      {});
            return;
        }
        if (model == QLatin1String("fail-500")) {
            writeJson(
                socket, 500,
                googleError(500, QStringLiteral("INTERNAL"),
                            QStringLiteral("An internal error has occurred. Please retry or report in "
                                           "https://developers.generativeai.google/guide/troubleshooting")),
                {});
            return;
        }
        if (model == QLatin1String("fail-503")) {
            writeJson(socket, 503,
                      googleError(503, QStringLiteral("UNAVAILABLE"),
                                  QStringLiteral("The model is overloaded. Please try again later.")),
                      {});
            return;
        }
        if (model == QLatin1String("fail-400")) {
            writeJson(socket, 400,
                      googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                                  QStringLiteral("Request contains an invalid argument.")),
                      {});
            return;
        }
        if (handleControl(socket, model, closedByUs, [r, target, nameStart, colon](const QString &m) {
                FakeUpstream::Request copy = r;
                copy.path = target.route.left(nameStart) + m.toUtf8() + target.route.mid(colon);
                if (!target.query.isEmpty())
                    copy.path += '?' + target.query;
                return copy;
            }))
            return;

        const bool tools = model == QLatin1String("tools");
        const QByteArray responseId = "fake-resp-" + QByteArray::number(r.connectionId);
        if (method == "generateContent") {
            QJsonArray parts;
            if (tools) {
                parts.append(geminiThoughtPart());
                for (const QJsonValue &part : geminiToolParts())
                    parts.append(part);
            } else {
                parts.append(
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("Hello from %1!").arg(model)}});
            }
            writeJson(socket, 200, compact(geminiResponse(model, responseId, parts, true, tools)), {});
            return;
        }
        // streamGenerateContent: SSE with ?alt=sse, otherwise one JSON array sent piecemeal.
        const bool sseFraming = queryParam(target.query, "alt") == QByteArray("sse");
        startStream(socket, sseFraming ? "text/event-stream" : "application/json; charset=UTF-8", {});
        bool first = true;
        auto send = [socket, sseFraming, &first](const QJsonObject &response) {
            socket->write(chunk(sseFraming ? crlfSse(response)
                                           : QByteArray(first ? "[" : ",\r\n") + compact(response)));
            first = false;
        };
        if (tools) {
            send(geminiResponse(model, responseId, QJsonArray{geminiThoughtPart()}, false, tools));
            send(geminiResponse(model, responseId, geminiToolParts(), true, tools));
        } else {
            const QStringList text{QStringLiteral("Hello"), QStringLiteral(" from "),
                                   QString(model + QLatin1Char('!'))};
            for (qsizetype i = 0; i < text.size(); ++i) {
                send(geminiResponse(model, responseId,
                                    QJsonArray{QJsonObject{{QStringLiteral("text"), text[i]}}},
                                    i == text.size() - 1, tools));
                if (model == QLatin1String("slow-stream")) {
                    socket->flush();
                    return;
                }
            }
        }
        if (!sseFraming)
            socket->write(chunk("]"));
        finishStream(socket);
    }

    // ---- Response writing -----------------------------------------------------------------------

    static void startStream(QTcpSocket *socket, const QByteArray &contentType, const QByteArray &extraHeaders)
    {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                      "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache\r\n" + extraHeaders +
                      "\r\n");
    }

    static void finishStream(QTcpSocket *socket)
    {
        socket->write("0\r\n\r\n");
        socket->flush();
    }

    static void writeJson(QTcpSocket *socket, int status, const QByteArray &body,
                          const QByteArray &extraHeaders)
    {
        static const QMap<int, QByteArray> reasons{{200, "OK"},
                                                   {400, "Bad Request"},
                                                   {401, "Unauthorized"},
                                                   {403, "Forbidden"},
                                                   {404, "Not Found"},
                                                   {429, "Too Many Requests"},
                                                   {500, "Internal Server Error"},
                                                   {503, "Service Unavailable"},
                                                   {529, "Overloaded"}};
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status") +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
        socket->flush();
    }

    FakeUpstream *m_owner;
};

FakeUpstream::FakeUpstream()
{
    m_thread.setObjectName(QStringLiteral("fake-upstream"));
}

FakeUpstream::~FakeUpstream()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool FakeUpstream::start(quint16 port)
{
    m_thread.start();
    bool ok = false;
    auto *server = new FakeUpstreamServer(this);
    server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        server,
        [&] {
            ok = server->listen(QHostAddress::LocalHost, port);
            m_port = server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    m_server = server;
    return ok;
}

QByteArray FakeUpstream::baseUrl() const
{
    return origin() + "/v1";
}

QByteArray FakeUpstream::switchyardConfig(const QByteArray &providerId, const QByteArray &keyEnv) const
{
    return "{\"version\":1,\"server\":{\"host\":\"127.0.0.1\",\"port\":0,\"requireToken\":false},"
           "\"providers\":[{\"id\":\"" +
           providerId + "\",\"kind\":\"openai\",\"baseUrl\":\"" + baseUrl() + "\",\"apiKeyEnv\":\"" + keyEnv +
           "\"}]}";
}

QByteArray FakeUpstream::origin() const
{
    return "http://127.0.0.1:" + QByteArray::number(m_port);
}

void FakeUpstream::record(const Request &r)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(r);
}

QList<FakeUpstream::Request> FakeUpstream::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeUpstream::countRequest(const QString &model)
{
    QMutexLocker lock(&m_mutex);
    return ++m_seen[model];
}

void FakeUpstream::clear()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
    m_seen.clear();
}
