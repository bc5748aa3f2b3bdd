// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeupstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray sse(const QJsonObject &o)
{
    return "data: " + QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n\n";
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

QJsonObject usage()
{
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), 12},
        {QStringLiteral("completion_tokens"), 5},
        {QStringLiteral("total_tokens"), 17},
        {QStringLiteral("prompt_tokens_details"), QJsonObject{{QStringLiteral("cached_tokens"), 0}}},
        {QStringLiteral("completion_tokens_details"), QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}}};
}

QByteArray errorBody(const QString &message, const QString &type, const QJsonValue &code)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                                 {QStringLiteral("type"), type},
                                                                 {QStringLiteral("param"), QJsonValue::Null},
                                                                 {QStringLiteral("code"), code}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

struct ConnectionState final : QObject
{
    explicit ConnectionState(QObject *parent) : QObject(parent) {}
    QByteArray buffer;
    bool closedByUs = false;
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
        QByteArray *buffer = &state->buffer;
        bool *closedByUs = &state->closedByUs;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, id, closedByUs] {
            *buffer += socket->readAll();
            while (true) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
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
                const qsizetype length = r.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                r.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_owner->record(r);
                respond(socket, r, closedByUs);
                if (*closedByUs)
                    return;
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket, closedByUs] {
            if (!*closedByUs)
                ++m_owner->m_closedByPeer;
            --m_owner->m_open;
            socket->deleteLater();
        });
    }

private:
    void respond(QTcpSocket *socket, const FakeUpstream::Request &r, bool *closedByUs)
    {
        if (r.path.endsWith("/models") && r.method == "GET") {
            const QByteArray body =
                R"({"object":"list","data":[{"id":"fake-model","object":"model","created":1764000000,"owned_by":"fake"}]})";
            writeJson(socket, 200, body, {});
            return;
        }
        if (!r.path.endsWith("/chat/completions")) {
            writeJson(socket, 404,
                      errorBody(QStringLiteral("Unknown path"), QStringLiteral("invalid_request_error"),
                                QJsonValue::Null),
                      {});
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString model = body.value(QLatin1String("model")).toString();
        const bool stream = body.value(QLatin1String("stream")).toBool();
        const bool includeUsage = body.value(QLatin1String("stream_options"))
                                      .toObject()
                                      .value(QLatin1String("include_usage"))
                                      .toBool();

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
        if (model == QLatin1String("hang"))
            return;
        if (model.startsWith(QLatin1String("delay-"))) {
            // Answer normally after the given number of milliseconds.
            FakeUpstream::Request copy = r;
            QJsonObject b = body;
            b.insert(QStringLiteral("model"), QStringLiteral("delayed"));
            copy.body = QJsonDocument(b).toJson(QJsonDocument::Compact);
            QTimer::singleShot(model.mid(6).toInt(), socket,
                               [this, socket, copy, closedByUs] { respond(socket, copy, closedByUs); });
            return;
        }
        if (model == QLatin1String("close-after-reply")) {
            // Answer as usual on a keep-alive connection, then close it while it sits idle.
            FakeUpstream::Request copy = r;
            QJsonObject b = body;
            b.insert(QStringLiteral("model"), QStringLiteral("closing"));
            copy.body = QJsonDocument(b).toJson(QJsonDocument::Compact);
            respond(socket, copy, closedByUs);
            QTimer::singleShot(100, socket, [socket, closedByUs] {
                *closedByUs = true;
                socket->disconnectFromHost();
            });
            return;
        }
        if (model == QLatin1String("drop")) {
            *closedByUs = true;
            socket->abort();
            return;
        }
        const QByteArray requestId = "req_fake_" + QByteArray::number(r.connectionId);
        if (!stream) {
            const QJsonObject completion{
                {QStringLiteral("id"), QStringLiteral("chatcmpl-fake123")},
                {QStringLiteral("object"), QStringLiteral("chat.completion")},
                {QStringLiteral("created"), 1764000000},
                {QStringLiteral("model"), model},
                {QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake")},
                {QStringLiteral("choices"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("index"), 0},
                     {QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), QStringLiteral("Hello from %1!").arg(model)},
                                  {QStringLiteral("refusal"), QJsonValue::Null}}},
                     {QStringLiteral("logprobs"), QJsonValue::Null},
                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
                {QStringLiteral("usage"), usage()},
            };
            writeJson(socket, 200, QJsonDocument(completion).toJson(QJsonDocument::Compact),
                      "x-request-id: " + requestId + "\r\n");
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; "
                      "charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
                      "Cache-Control: no-cache\r\nx-request-id: " +
                      requestId + "\r\n\r\n");
        socket->write(chunk(sse(streamChunk(model,
                                            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                        {QStringLiteral("content"), QString()},
                                                        {QStringLiteral("refusal"), QJsonValue::Null}},
                                            QJsonValue::Null))));
        if (model == QLatin1String("slow-stream")) {
            socket->flush();
            return;
        }
        if (model == QLatin1String("big-stream")) {
            const QString filler(1000, QLatin1Char('x'));
            for (int i = 0; i < 2000; ++i)
                socket->write(chunk(sse(
                    streamChunk(model, QJsonObject{{QStringLiteral("content"), filler}}, QJsonValue::Null))));
        } else {
            for (const QString &piece : QStringList{QStringLiteral("Hello"), QStringLiteral(" from "),
                                                    QString(model + QLatin1Char('!'))})
                socket->write(chunk(sse(
                    streamChunk(model, QJsonObject{{QStringLiteral("content"), piece}}, QJsonValue::Null))));
        }
        socket->write(chunk(sse(streamChunk(model, QJsonObject{}, QStringLiteral("stop")))));
        if (includeUsage) {
            QJsonObject u = streamChunk(model, {}, QJsonValue::Null);
            u.insert(QStringLiteral("choices"), QJsonArray{});
            u.insert(QStringLiteral("usage"), usage());
            socket->write(chunk(sse(u)));
        }
        socket->write(chunk("data: [DONE]\n\n"));
        socket->write("0\r\n\r\n");
        socket->flush();
    }

    static void writeJson(QTcpSocket *socket, int status, const QByteArray &body,
                          const QByteArray &extraHeaders)
    {
        static const QMap<int, QByteArray> reasons{{200, "OK"},
                                                   {400, "Bad Request"},
                                                   {404, "Not Found"},
                                                   {429, "Too Many Requests"},
                                                   {500, "Internal Server Error"}};
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
    return "http://127.0.0.1:" + QByteArray::number(m_port) + "/v1";
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

void FakeUpstream::clear()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}
