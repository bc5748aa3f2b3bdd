// SPDX-License-Identifier: GPL-3.0-or-later
// The dialect codecs against the golden wire fixtures in tests/fixtures/wire (provider docs, checked
// 2026-11-25): responses and streams decode to the expected canonical content and exact usage (canonical
// input includes cache reads and writes; Gemini output includes thoughts), streams give the same events
// however they are chunked and an Error when cut short, requests decode and encode to the documented
// shapes, streams survive a trip through another dialect's encoder, and errors map both ways.
#include "llm/codec.h"
#include "llm/codec_p.h"
#include "llm/sse.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Switchyard::Llm;

Q_DECLARE_METATYPE(Switchyard::Llm::Dialect)
Q_DECLARE_METATYPE(Switchyard::Llm::Response)
Q_DECLARE_METATYPE(Switchyard::Llm::Error::Kind)

namespace {

using L = QLatin1StringView;
using Type = StreamEvent::Type;

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// ---- fixtures and JSON ----------------------------------------------------------------------------

QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(SWITCHYARD_FIXTURES_DIR "/") + str(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QJsonObject fixtureBody(const char *name)
{
    return QJsonDocument::fromJson(readFixture(name)).object().value(L("body")).toObject();
}

QJsonObject obj(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!doc.isObject())
        qFatal("bad JSON in test (%s): %s", qPrintable(error.errorString()), json);
    return doc.object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Indented JSON as lines: QCOMPARE on the lists shows the first line that differs.
QStringList jsonLines(const QJsonValue &v)
{
    const QJsonDocument doc = v.isObject()  ? QJsonDocument(v.toObject())
                              : v.isArray() ? QJsonDocument(v.toArray())
                                            : QJsonDocument(QJsonArray{v});
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).split(QLatin1Char('\n'));
}

// Drops `keys` at every depth (ids that are generated, padding, fields one side does not send).
QJsonValue stripKeys(const QJsonValue &v, const QStringList &keys)
{
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!keys.contains(it.key()))
                out.insert(it.key(), stripKeys(it.value(), keys));
        }
        return out;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(stripKeys(e, keys));
        return out;
    }
    return v;
}

// ---- canonical values -----------------------------------------------------------------------------

Part textPart(const char *text)
{
    return Part::makeText(str(text));
}

Part thinkingPart(const char *text, const char *signature = "")
{
    Part p;
    p.kind = Part::Kind::Thinking;
    p.text = str(text);
    p.signature = str(signature);
    return p;
}

Part toolCallPart(const char *id, const char *name, const char *arguments, const char *signature = "")
{
    Part p;
    p.kind = Part::Kind::ToolCall;
    p.id = str(id);
    p.name = str(name);
    p.arguments = str(arguments);
    p.signature = str(signature);
    return p;
}

Part toolResultPart(const char *id, const char *text, bool isError = false)
{
    Part p;
    p.kind = Part::Kind::ToolResult;
    p.id = str(id);
    p.text = str(text);
    p.isError = isError;
    return p;
}

Part imagePart(const char *url)
{
    Part p;
    p.kind = Part::Kind::Image;
    p.url = str(url);
    return p;
}

Message message(Message::Role role, QList<Part> parts)
{
    Message m;
    m.role = role;
    m.parts = std::move(parts);
    return m;
}

Usage usage(qint64 input, qint64 output, qint64 cacheRead, qint64 cacheWrite, qint64 reasoning)
{
    Usage u;
    u.inputTokens = input;
    u.outputTokens = output;
    u.cachedReadTokens = cacheRead;
    u.cacheWriteTokens = cacheWrite;
    u.reasoningTokens = reasoning;
    u.known = true;
    return u;
}

Response response(const char *id, const char *model, QList<Part> content, FinishReason finish, Usage u)
{
    Response r;
    r.id = str(id);
    r.model = str(model);
    r.content = std::move(content);
    r.finishReason = finish;
    r.usage = u;
    return r;
}

// The content every fixture of the "tools" conversation carries, per dialect.
QList<Part> anthropicContent()
{
    return {thinkingPart("Let me think.", "sig-abc123=="), textPart("Checking."),
            toolCallPart("toolu_1", "get_weather", "{\"city\":\"Paris\"}"),
            toolCallPart("toolu_2", "get_time", "{\"tz\":\"Europe/Paris\"}")};
}

QList<Part> openAiContent()
{
    return {toolCallPart("call_1", "get_weather", "{\"city\":\"Paris\"}"),
            toolCallPart("call_2", "get_time", "{\"tz\":\"Europe/Paris\"}")};
}

// Gemini gives calls no ids: the decoder makes them up ("<generated>" below).
QList<Part> geminiToolsContent()
{
    return {thinkingPart("Let me think."),
            toolCallPart("<generated>", "get_weather", "{\"city\":\"Paris\"}", "gsig-1"),
            toolCallPart("<generated>", "get_time", "{\"tz\":\"Europe/Paris\"}")};
}

const char *kindName(Part::Kind k)
{
    switch (k) {
    case Part::Kind::Text: return "Text";
    case Part::Kind::Image: return "Image";
    case Part::Kind::Thinking: return "Thinking";
    case Part::Kind::RedactedThinking: return "RedactedThinking";
    case Part::Kind::ToolCall: return "ToolCall";
    case Part::Kind::ToolResult: return "ToolResult";
    }
    return "?";
}

const char *typeName(Type t)
{
    switch (t) {
    case Type::Start: return "Start";
    case Type::BlockStart: return "BlockStart";
    case Type::TextDelta: return "TextDelta";
    case Type::ThinkingDelta: return "ThinkingDelta";
    case Type::SignatureDelta: return "SignatureDelta";
    case Type::ArgumentsDelta: return "ArgumentsDelta";
    case Type::BlockStop: return "BlockStop";
    case Type::Finish: return "Finish";
    case Type::Error: return "Error";
    }
    return "?";
}

bool isGeneratedId(const QString &id)
{
    return id.startsWith(L("call_")) && id.size() == 29; // newId("call_"): 24 random characters
}

QString describe(const Part &p)
{
    const QString id = isGeneratedId(p.id) ? QStringLiteral("<generated>") : p.id;
    switch (p.kind) {
    case Part::Kind::Text: return QStringLiteral("Text[%1]").arg(p.text);
    case Part::Kind::Thinking: return QStringLiteral("Thinking[%1 | sig=%2]").arg(p.text, p.signature);
    case Part::Kind::RedactedThinking: return QStringLiteral("RedactedThinking[%1]").arg(p.data);
    case Part::Kind::ToolCall:
        return QStringLiteral("ToolCall[id=%1 name=%2 args=%3 sig=%4]")
            .arg(id, p.name, p.arguments, p.signature);
    case Part::Kind::ToolResult:
        return QStringLiteral("ToolResult[id=%1 text=%2%3]")
            .arg(id, p.text, p.isError ? QStringLiteral(" error") : QString());
    case Part::Kind::Image:
        return QStringLiteral("Image[url=%1 media=%2 data=%3]").arg(p.url, p.mediaType, p.data);
    }
    return {};
}

QStringList describe(const QList<Part> &parts)
{
    QStringList out;
    for (const Part &p : parts)
        out.append(describe(p));
    return out;
}

QStringList describe(const QList<Message> &messages)
{
    static const char *const kRoles[] = {"system", "user", "assistant", "tool"};
    QStringList out;
    for (const Message &m : messages)
        out.append(str(kRoles[int(m.role)]) + QStringLiteral(": ") +
                   describe(m.parts).join(QStringLiteral(", ")));
    return out;
}

QString describe(const Usage &u)
{
    return QStringLiteral("in=%1 out=%2 cacheRead=%3 cacheWrite=%4 reasoning=%5 known=%6 estimated=%7")
        .arg(u.inputTokens)
        .arg(u.outputTokens)
        .arg(u.cachedReadTokens)
        .arg(u.cacheWriteTokens)
        .arg(u.reasoningTokens)
        .arg(u.known)
        .arg(u.estimated);
}

QString describe(const StreamEvent &e)
{
    QString s = str(typeName(e.type));
    switch (e.type) {
    case Type::Start: return s + QStringLiteral("[id=%1 model=%2]").arg(e.id, e.name);
    case Type::BlockStart:
        return s + QStringLiteral("[%1 %2 id=%3 name=%4 text=%5]")
                       .arg(e.index)
                       .arg(str(kindName(e.blockKind)),
                            isGeneratedId(e.id) ? QStringLiteral("<generated>") : e.id, e.name, e.text);
    case Type::TextDelta:
    case Type::ThinkingDelta:
    case Type::SignatureDelta:
    case Type::ArgumentsDelta: return s + QStringLiteral("[%1 %2]").arg(e.index).arg(e.text);
    case Type::BlockStop: return s + QStringLiteral("[%1]").arg(e.index);
    case Type::Finish:
        return s + QStringLiteral("[%1 stop=%2 %3]")
                       .arg(finishReasonName(e.finishReason), e.stopSequence, describe(e.usage));
    case Type::Error:
        return s + QStringLiteral("[%1 %2 %3]").arg(e.error.status).arg(e.error.code, e.error.message);
    }
    return s;
}

QStringList describe(const QList<StreamEvent> &events)
{
    QStringList out;
    for (const StreamEvent &e : events)
        out.append(describe(e));
    return out;
}

// ---- streams --------------------------------------------------------------------------------------

// 0: the whole stream in one piece; 1: byte by byte; n >= 2: random chunks of 1..64 bytes, seed n.
QList<SseEvent> sseEvents(const QByteArray &bytes, int chunking, bool *partial = nullptr)
{
    SseParser parser;
    QList<SseEvent> out;
    if (chunking == 0) {
        parser.feed(bytes, out);
    } else {
        QRandomGenerator rng{quint32(chunking)};
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype n =
                qMin(bytes.size() - at, chunking == 1 ? qsizetype(1) : qsizetype(1 + rng.bounded(64)));
            parser.feed(QByteArrayView(bytes).sliced(at, n), out);
            at += n;
        }
    }
    if (partial)
        *partial = parser.hasPartialEvent();
    return out;
}

struct Decoded
{
    QList<StreamEvent> events;
    qsizetype fromEnd = 0; // how many of them end() emitted
};

Decoded decodeSse(Dialect dialect, const QByteArray &bytes, int chunking)
{
    const auto decoder = makeStreamDecoder(dialect);
    Decoded d;
    for (const SseEvent &e : sseEvents(bytes, chunking))
        decoder->feed(e, d.events);
    const qsizetype before = d.events.size();
    decoder->end(d.events);
    d.fromEnd = d.events.size() - before;
    return d;
}

// The order codec.h promises: Start, then blocks that never interleave with indexes counting up from 0
// and deltas of their own kind, then one Finish (no block open) or an Error at any point.
QString checkOrder(const QList<StreamEvent> &events)
{
    int open = -1;
    int next = 0;
    Part::Kind openKind = Part::Kind::Text;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const StreamEvent &e = events.at(i);
        const QString where = QStringLiteral("event %1 %2: ").arg(i).arg(describe(e));
        if (i > 0 && (events.at(i - 1).type == Type::Finish || events.at(i - 1).type == Type::Error))
            return where + QStringLiteral("after the end of the stream");
        if (i == 0 && e.type != Type::Start && e.type != Type::Error)
            return where + QStringLiteral("the stream does not begin with Start");
        auto deltaOf = [&](std::initializer_list<Part::Kind> kinds) -> QString {
            if (open < 0 || e.index != open)
                return where + QStringLiteral("delta outside its block (open: %1)").arg(open);
            if (std::find(kinds.begin(), kinds.end(), openKind) == kinds.end())
                return where + QStringLiteral("delta in a %1 block").arg(str(kindName(openKind)));
            return {};
        };
        QString problem;
        switch (e.type) {
        case Type::Start:
            if (i != 0)
                problem = where + QStringLiteral("Start after the beginning");
            break;
        case Type::BlockStart:
            if (open >= 0)
                problem = where + QStringLiteral("block %1 still open").arg(open);
            else if (e.index != next)
                problem = where + QStringLiteral("index should be %1").arg(next);
            open = e.index;
            openKind = e.blockKind;
            break;
        case Type::TextDelta: problem = deltaOf({Part::Kind::Text}); break;
        case Type::ThinkingDelta: problem = deltaOf({Part::Kind::Thinking}); break;
        case Type::SignatureDelta:
            problem = deltaOf({Part::Kind::Thinking, Part::Kind::RedactedThinking});
            break;
        case Type::ArgumentsDelta: problem = deltaOf({Part::Kind::ToolCall}); break;
        case Type::BlockStop:
            if (open < 0 || e.index != open)
                problem = where + QStringLiteral("stops a block that is not open (open: %1)").arg(open);
            open = -1;
            ++next;
            break;
        case Type::Finish:
            if (open >= 0)
                problem = where + QStringLiteral("Finish with block %1 open").arg(open);
            break;
        case Type::Error: break;
        }
        if (!problem.isEmpty())
            return problem;
    }
    if (events.isEmpty() || (events.last().type != Type::Finish && events.last().type != Type::Error))
        return QStringLiteral("the stream ends without Finish or Error");
    return {};
}

// What a client assembles from the events.
Response accumulate(const QList<StreamEvent> &events)
{
    Response r;
    Part current;
    for (const StreamEvent &e : events) {
        switch (e.type) {
        case Type::Start:
            r.id = e.id;
            r.model = e.name;
            break;
        case Type::BlockStart:
            current = Part();
            current.kind = e.blockKind;
            current.id = e.id;
            current.name = e.name;
            if (e.blockKind == Part::Kind::RedactedThinking)
                current.data = e.text;
            else
                current.signature = e.text;
            break;
        case Type::TextDelta:
        case Type::ThinkingDelta: current.text += e.text; break;
        case Type::SignatureDelta: current.signature += e.text; break;
        case Type::ArgumentsDelta: current.arguments += e.text; break;
        case Type::BlockStop: r.content.append(current); break;
        case Type::Finish:
            r.finishReason = e.finishReason;
            r.stopSequence = e.stopSequence;
            r.usage = e.usage;
            break;
        case Type::Error: r.finishReason = FinishReason::Error; break;
        }
    }
    return r;
}

void unpackIds(QList<Part> &parts)
{
    for (Part &p : parts) {
        if (p.kind == Part::Kind::ToolCall)
            unpackToolCallId(p.id, p.signature);
    }
}

// The Gemini response fixture as a stream: one chunk per part, finishReason and usage on the last.
QByteArray geminiToolsStream()
{
    const QJsonObject body = fixtureBody("gemini/response-parallel-function-calls.json");
    const QJsonObject candidate = body.value(L("candidates")).toArray().first().toObject();
    const QJsonArray parts = candidate.value(L("content")).toObject().value(L("parts")).toArray();
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QJsonObject c{
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("parts"), QJsonArray{parts.at(i)}},
                                                    {QStringLiteral("role"), QStringLiteral("model")}}},
            {QStringLiteral("index"), 0}};
        QJsonObject chunk{{QStringLiteral("modelVersion"), body.value(L("modelVersion"))},
                          {QStringLiteral("responseId"), body.value(L("responseId"))}};
        if (i == parts.size() - 1) {
            c.insert(QStringLiteral("finishReason"), candidate.value(L("finishReason")));
            chunk.insert(QStringLiteral("usageMetadata"), body.value(L("usageMetadata")));
        }
        chunk.insert(QStringLiteral("candidates"), QJsonArray{c});
        out += "data: " + compact(chunk) + "\r\n\r\n";
    }
    return out;
}

// Reads a Responses API event stream as a client would, checking the framing the docs describe
// (event name = type, sequence_number counting from 0, output_item.added/done pairs around the
// item's events, deltas that add up to the .done texts, response.output = the items done). Returns
// a description of the first problem, or empty; `out` gets the items as canonical parts and the usage.
QString readResponsesStream(const QByteArray &bytes, Response &out, QString &status)
{
    const QList<SseEvent> events = sseEvents(bytes, 0);
    int open = -1;
    int done = 0;
    QString itemId, itemType, text, summary, arguments;
    QJsonArray doneItems;
    bool terminal = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(events.at(i).data).object();
        const QString type = o.value(L("type")).toString();
        const QString where = QStringLiteral("event %1 (%2): ").arg(i).arg(type);
        if (terminal)
            return where + QStringLiteral("after the terminal event");
        if (QString::fromUtf8(events.at(i).event) != type)
            return where + QStringLiteral("SSE event name '%1'").arg(QString::fromUtf8(events.at(i).event));
        if (o.value(L("sequence_number")).toInteger(-1) != i)
            return where +
                   QStringLiteral("sequence_number %1").arg(o.value(L("sequence_number")).toInteger(-1));
        const QJsonObject r = o.value(L("response")).toObject();
        if (i == 0 || i == 1) {
            if (type != (i == 0 ? L("response.created") : L("response.in_progress")))
                return where + QStringLiteral("expected response.created, response.in_progress");
            if (r.value(L("status")).toString() != L("in_progress") || !r.value(L("usage")).isNull())
                return where + QStringLiteral("not an in_progress response without usage");
            out.id = r.value(L("id")).toString();
            out.model = r.value(L("model")).toString();
            continue;
        }
        if (type == L("response.completed") || type == L("response.incomplete")) {
            if (open >= 0)
                return where + QStringLiteral("item %1 still open").arg(open);
            status = r.value(L("status")).toString();
            if (r.value(L("output")).toArray() != doneItems)
                return where + QStringLiteral("response.output differs from the items done");
            const QJsonObject u = r.value(L("usage")).toObject();
            out.usage = usage(
                u.value(L("input_tokens")).toInteger(), u.value(L("output_tokens")).toInteger(),
                u.value(L("input_tokens_details")).toObject().value(L("cached_tokens")).toInteger(), 0,
                u.value(L("output_tokens_details")).toObject().value(L("reasoning_tokens")).toInteger());
            if (u.value(L("total_tokens")).toInteger() != out.usage.totalTokens())
                return where + QStringLiteral("total_tokens is not input + output");
            terminal = true;
            continue;
        }
        if (type == L("error")) {
            status = QStringLiteral("error");
            terminal = true;
            continue;
        }
        if (type == L("response.output_item.added")) {
            if (open >= 0)
                return where + QStringLiteral("item %1 still open").arg(open);
            if (o.value(L("output_index")).toInt(-1) != done)
                return where + QStringLiteral("output_index should be %1").arg(done);
            const QJsonObject item = o.value(L("item")).toObject();
            itemId = item.value(L("id")).toString();
            itemType = item.value(L("type")).toString();
            if (itemId.isEmpty() || item.value(L("status")).toString() == L("completed"))
                return where + QStringLiteral("item without id, or already completed");
            open = done;
            text.clear();
            summary.clear();
            arguments.clear();
            continue;
        }
        if (open < 0 || o.value(L("output_index")).toInt(-1) != open)
            return where + QStringLiteral("not about the open item %1").arg(open);
        if (type != L("response.output_item.done") && o.value(L("item_id")).toString() != itemId)
            return where + QStringLiteral("item_id is not the open item's");
        auto expectItem = [&](L wanted) {
            return itemType == wanted ? QString() : where + QStringLiteral("inside a %1 item").arg(itemType);
        };
        QString problem;
        if (type == L("response.output_text.delta")) {
            problem = expectItem(L("message"));
            text += o.value(L("delta")).toString();
        } else if (type == L("response.output_text.done")) {
            if (o.value(L("text")).toString() != text)
                problem = where + QStringLiteral("text is not the deltas joined");
        } else if (type == L("response.content_part.added") || type == L("response.content_part.done")) {
            problem = expectItem(L("message"));
            if (o.value(L("part")).toObject().value(L("text")).toString() != text)
                problem = where + QStringLiteral("part text");
        } else if (type == L("response.reasoning_summary_text.delta")) {
            problem = expectItem(L("reasoning"));
            summary += o.value(L("delta")).toString();
        } else if (type == L("response.reasoning_summary_text.done")) {
            if (o.value(L("text")).toString() != summary)
                problem = where + QStringLiteral("summary is not the deltas joined");
        } else if (type == L("response.reasoning_summary_part.added") ||
                   type == L("response.reasoning_summary_part.done")) {
            problem = expectItem(L("reasoning"));
            if (o.value(L("part")).toObject().value(L("text")).toString() != summary)
                problem = where + QStringLiteral("summary part text");
        } else if (type == L("response.function_call_arguments.delta")) {
            problem = expectItem(L("function_call"));
            arguments += o.value(L("delta")).toString();
        } else if (type == L("response.function_call_arguments.done")) {
            if (o.value(L("arguments")).toString() != arguments)
                problem = where + QStringLiteral("arguments are not the deltas joined");
        } else if (type == L("response.output_item.done")) {
            const QJsonObject item = o.value(L("item")).toObject();
            if (item.value(L("id")).toString() != itemId || item.value(L("type")).toString() != itemType)
                return where + QStringLiteral("item id or type changed");
            Part p;
            if (itemType == L("reasoning")) {
                p.kind = Part::Kind::Thinking;
                for (const QJsonValue &s : item.value(L("summary")).toArray())
                    p.text += s.toObject().value(L("text")).toString();
                p.signature = item.value(L("encrypted_content")).toString();
                if (p.text != summary)
                    problem = where + QStringLiteral("summary differs from the deltas");
            } else if (itemType == L("message")) {
                p.text = item.value(L("content")).toArray().first().toObject().value(L("text")).toString();
                if (p.text != text || item.value(L("status")).toString() != L("completed"))
                    problem =
                        where + QStringLiteral("message text differs from the deltas, or not completed");
            } else if (itemType == L("function_call")) {
                p.kind = Part::Kind::ToolCall;
                p.id = item.value(L("call_id")).toString();
                unpackToolCallId(p.id, p.signature);
                p.name = item.value(L("name")).toString();
                p.arguments = item.value(L("arguments")).toString();
                if (p.arguments != arguments || item.value(L("status")).toString() != L("completed"))
                    problem = where + QStringLiteral("arguments differ from the deltas, or not completed");
            }
            out.content.append(p);
            doneItems.append(item);
            open = -1;
            ++done;
        } else {
            problem = where + QStringLiteral("unknown event type");
        }
        if (!problem.isEmpty())
            return problem;
    }
    return terminal ? QString()
                    : QStringLiteral("no response.completed, response.incomplete or error at the end");
}

// ---- requests -------------------------------------------------------------------------------------

// A conversation with every part kind a request carries.
Request sampleRequest()
{
    Request r;
    r.model = QStringLiteral("m");
    r.system.append(textPart("You are a travel assistant."));
    r.messages = {
        message(Message::Role::User,
                {textPart("What is in these pictures?"), imagePart("data:image/png;base64,iVBORw0KGgo="),
                 imagePart("https://example.com/cat.jpg")}),
        message(Message::Role::Assistant,
                {thinkingPart("Let me think.", "sig-abc123=="), textPart("Checking."),
                 toolCallPart("toolu_1", "get_weather", "{\"city\":\"Paris\"}", "gsig-1"),
                 toolCallPart("toolu_2", "get_time", "{\"tz\":\"Europe/Paris\"}")}),
        message(Message::Role::Tool, {toolResultPart("toolu_1", "18 degrees C, light rain")}),
        message(Message::Role::Tool, {toolResultPart("toolu_2", "{\"time\":\"15:04\"}")}),
        message(Message::Role::User, {textPart("Thanks. And tomorrow?")}),
        message(Message::Role::Assistant,
                {thinkingPart("Unsigned reasoning from another provider."), textPart("Probably sunny.")}),
        message(Message::Role::User, {textPart("Sure?")}),
    };
    r.tools = {
        Tool{QStringLiteral("get_weather"),
             QStringLiteral("Get the weather"),
             obj("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\","
                 "\"additionalProperties\":false,\"properties\":{\"city\":{\"type\":[\"string\",\"null\"],"
                 "\"description\":\"City\"},\"unit\":{\"const\":\"celsius\"},\"days\":{\"type\":\"array\","
                 "\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"n\":{"
                 "\"type\":"
                 "\"integer\",\"minimum\":1}}}}},\"required\":[\"city\"]}"),
             {}},
        Tool{QStringLiteral("get_time"),
             QString(),
             obj("{\"type\":\"object\",\"properties\":{\"tz\":{\"type\":\"string\"}}}"),
             {}},
    };
    r.toolChoice = ToolChoice::Auto;
    r.thinkingEnabled = true;
    r.thinkingBudget = 2048;
    r.maxTokens = 1024;
    r.stream = true;
    r.temperature = 0.5;
    return r;
}

// Every tool result answers a call made earlier in the conversation.
QString unmatchedToolResults(const Request &r)
{
    QStringList calls;
    for (const Message &m : r.messages) {
        for (const Part &p : m.parts) {
            if (p.kind == Part::Kind::ToolCall)
                calls.append(p.id);
            else if (p.kind == Part::Kind::ToolResult && !calls.contains(p.id))
                return QStringLiteral("tool result %1 answers no earlier call").arg(p.id);
        }
    }
    return {};
}

} // namespace

class TestLlmCodecs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- responses --------------------------------------------------------------------------------

    void decodeResponse_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<Response>("expected");

        // Anthropic: input 11 + cache write 3 + cache read 5 = 19.
        QTest::newRow("anthropic-fixture")
            << Dialect::AnthropicMessages << fixtureBody("anthropic/messages-response-tools.json")
            << response("msg_01XFDUDYJgAACzvnptvVoYEL", "claude-sonnet-4-5", anthropicContent(),
                        FinishReason::ToolCalls, usage(19, 24, 5, 3, 0));
        // OpenAI: prompt_tokens already includes the 4 cached; completion includes the 3 reasoning.
        Response openAi = response("chatcmpl-CZ8cT2kq8YzXbW3fGm5R1nLhJ0aVd", "gpt-4.1-2025-04-14",
                                   openAiContent(), FinishReason::ToolCalls, usage(20, 9, 4, 0, 3));
        openAi.created = 1764000000;
        QTest::newRow("openai-chat-fixture")
            << Dialect::OpenAiChat << fixtureBody("openai-chat/response-tools.json") << openAi;
        // Gemini: output = candidates 10 + thoughts 4; the prompt's 12 include the 2 cached.
        QTest::newRow("gemini-fixture")
            << Dialect::Gemini << fixtureBody("gemini/response-parallel-function-calls.json")
            << response("mXl6aN-fKqTgz7IPqZ2B-Qg", "gemini-2.5-flash", geminiToolsContent(),
                        FinishReason::ToolCalls, usage(12, 14, 2, 0, 4));

        QTest::newRow("openai-chat-refusal")
            << Dialect::OpenAiChat
            << obj("{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"message\":{\"role\":\"assistant\","
                   "\"content\":null,"
                   "\"refusal\":\"I can't help with that.\"},\"finish_reason\":\"stop\"}]}")
            << response("c", "m", {textPart("I can't help with that.")}, FinishReason::Refusal, Usage());
        QTest::newRow("openai-chat-reasoning-content")
            << Dialect::OpenAiChat
            << obj("{\"id\":\"c\",\"model\":\"deepseek-reasoner\",\"choices\":[{\"message\":{\"role\":"
                   "\"assistant\","
                   "\"content\":\"4\",\"reasoning_content\":\"2+2\"},\"finish_reason\":\"length\"}],"
                   "\"usage\":"
                   "{\"prompt_tokens\":10,\"completion_tokens\":5,\"prompt_cache_hit_tokens\":6}}")
            << response("c", "deepseek-reasoner", {thinkingPart("2+2"), textPart("4")}, FinishReason::Length,
                        usage(10, 5, 6, 0, 0));
        Response stopSequence = response("msg_1", "claude", {Part(), textPart("Done")},
                                         FinishReason::StopSequence, usage(3, 7, 0, 0, 0));
        stopSequence.content[0].kind = Part::Kind::RedactedThinking;
        stopSequence.content[0].data = QStringLiteral("EmwKAhgBEgy3va3pzix/LafPsn4aDFIT");
        stopSequence.stopSequence = QStringLiteral("END");
        QTest::newRow("anthropic-redacted-server-tool-stop-sequence")
            << Dialect::AnthropicMessages
            << obj("{\"id\":\"msg_1\",\"model\":\"claude\",\"content\":[{\"type\":\"redacted_thinking\","
                   "\"data\":"
                   "\"EmwKAhgBEgy3va3pzix/"
                   "LafPsn4aDFIT\"},{\"type\":\"server_tool_use\",\"id\":\"srvtoolu_1\",\"name\":"
                   "\"web_search\",\"input\":{}},{\"type\":\"text\",\"text\":\"Done\"}],\"stop_reason\":"
                   "\"stop_sequence\","
                   "\"stop_sequence\":\"END\",\"usage\":{\"input_tokens\":3,\"output_tokens\":7}}")
            << stopSequence;
        QTest::newRow("anthropic-max-tokens")
            << Dialect::AnthropicMessages
            << obj("{\"id\":\"msg_2\",\"model\":\"claude\",\"content\":[{\"type\":\"text\",\"text\":\"Hi\"}],"
                   "\"stop_reason\":\"max_tokens\",\"usage\":{\"input_tokens\":3,\"output_tokens\":7,"
                   "\"cache_read_input_tokens\":100}}")
            << response("msg_2", "claude", {textPart("Hi")}, FinishReason::Length, usage(103, 7, 100, 0, 0));
        QTest::newRow("gemini-max-tokens")
            << Dialect::Gemini
            << obj("{\"responseId\":\"r\",\"modelVersion\":\"g\",\"candidates\":[{\"content\":{\"parts\":[{"
                   "\"text\":"
                   "\"Hel\"}]},\"finishReason\":\"MAX_TOKENS\"}],\"usageMetadata\":{\"promptTokenCount\":4,"
                   "\"candidatesTokenCount\":2,\"thoughtsTokenCount\":8,\"toolUsePromptTokenCount\":1}}")
            << response("r", "g", {textPart("Hel")}, FinishReason::Length, usage(5, 10, 0, 0, 8));
        QTest::newRow("gemini-safety")
            << Dialect::Gemini
            << obj("{\"candidates\":[{\"content\":{\"parts\":[]},\"finishReason\":\"SAFETY\"}]}")
            << response("", "", {}, FinishReason::ContentFilter, Usage());
        QTest::newRow("gemini-blocked-prompt")
            << Dialect::Gemini
            << obj("{\"promptFeedback\":{\"blockReason\":\"SAFETY\"},\"usageMetadata\":{\"promptTokenCount\":"
                   "5}}")
            << response("", "", {}, FinishReason::ContentFilter, usage(5, 0, 0, 0, 0));
    }

    void decodeResponse()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QJsonObject, body);
        QFETCH(Response, expected);
        Response actual;
        const auto error = Switchyard::Llm::decodeResponse(dialect, body, actual);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.model, expected.model);
        if (expected.created)
            QCOMPARE(actual.created, expected.created);
        QCOMPARE(describe(actual.content), describe(expected.content));
        QCOMPARE(finishReasonName(actual.finishReason), finishReasonName(expected.finishReason));
        QCOMPARE(actual.stopSequence, expected.stopSequence);
        QCOMPARE(describe(actual.usage), describe(expected.usage));
        // Generated call ids are distinct.
        QStringList ids;
        for (const Part &p : actual.content) {
            if (p.kind == Part::Kind::ToolCall) {
                QVERIFY(!ids.contains(p.id));
                ids.append(p.id);
            }
        }
    }

    void decodeResponseRefusesNonsense_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("openai-no-choices") << Dialect::OpenAiChat << obj("{\"id\":\"x\",\"choices\":[]}");
        QTest::newRow("anthropic-no-content") << Dialect::AnthropicMessages << obj("{\"id\":\"x\"}");
        QTest::newRow("responses-is-inbound-only") << Dialect::OpenAiResponses << obj("{}");
    }

    void decodeResponseRefusesNonsense()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QJsonObject, body);
        Response r;
        const auto error = Switchyard::Llm::decodeResponse(dialect, body, r);
        QVERIFY(error);
        QVERIFY(error->status >= 500);
        QVERIFY(!error->message.isEmpty());
    }

    // ---- streams ----------------------------------------------------------------------------------

    void decodeStream_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Response>("expected");

        QTest::newRow("anthropic-fixture")
            << Dialect::AnthropicMessages << readFixture("anthropic/messages-stream-tools.sse")
            << response("msg_01XFDUDYJgAACzvnptvVoYEL", "claude-sonnet-4-5", anthropicContent(),
                        FinishReason::ToolCalls, usage(19, 24, 5, 3, 0));
        QTest::newRow("openai-chat-fixture")
            << Dialect::OpenAiChat << readFixture("openai-chat/stream-parallel-tools.sse")
            << response("chatcmpl-CZ8cT2kq8YzXbW3fGm5R1nLhJ0aVd", "gpt-4.1-2025-04-14", openAiContent(),
                        FinishReason::ToolCalls, usage(20, 9, 4, 0, 3));
        QTest::newRow("gemini-fixture-crlf") << Dialect::Gemini << readFixture("gemini/stream-text.sse")
                                             << response("mXl6aN-fKqTgz7IPqZ2B-Qg", "gemini-2.5-flash",
                                                         {textPart("Hello from gemini-2.5-flash!")},
                                                         FinishReason::Stop, usage(12, 6, 2, 0, 0));
        QTest::newRow("gemini-tools")
            << Dialect::Gemini << geminiToolsStream()
            << response("mXl6aN-fKqTgz7IPqZ2B-Qg", "gemini-2.5-flash", geminiToolsContent(),
                        FinishReason::ToolCalls, usage(12, 14, 2, 0, 4));
        // OpenAI-compatible reasoning servers (DeepSeek, vLLM): reasoning_content, then content.
        QTest::newRow("openai-chat-reasoning-content")
            << Dialect::OpenAiChat
            << QByteArray(
                   "data: {\"id\":\"c1\",\"model\":\"r1\",\"choices\":[{\"delta\":{\"role\":\"assistant\","
                   "\"reasoning_content\":\"a\"}}]}\n\n"
                   "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"reasoning_content\":\"b\"}}]}\n\n"
                   ": keep-alive\n\n"
                   "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"c\"}}]}\n\n"
                   "data: "
                   "{\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"d\"},\"finish_reason\":\"length\"}]"
                   "}\n\n"
                   "data: [DONE]\n\n")
            << response("c1", "r1", {thinkingPart("ab"), textPart("cd")}, FinishReason::Length, Usage());
        // Anthropic: a server tool block is skipped without leaving a gap in the indexes.
        QTest::newRow("anthropic-server-tool-skipped")
            << Dialect::AnthropicMessages
            << QByteArray(
                   "event: message_start\ndata: "
                   "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_s\",\"model\":"
                   "\"claude\",\"usage\":{\"input_tokens\":2,\"output_tokens\":1}}}\n\n"
                   "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
                   "\"content_block\":{\"type\":\"server_tool_use\",\"id\":\"srvtoolu_1\",\"name\":\"web_"
                   "search\"}}\n\n"
                   "event: content_block_delta\ndata: "
                   "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                   "{\"type\":\"input_json_delta\",\"partial_json\":\"{}\"}}\n\n"
                   "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
                   "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":1,"
                   "\"content_block\":{\"type\":\"text\",\"text\":\"Hi\"}}\n\n"
                   "event: content_block_delta\ndata: "
                   "{\"type\":\"content_block_delta\",\"index\":1,\"delta\":"
                   "{\"type\":\"text_delta\",\"text\":\" there\"}}\n\n"
                   "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":1}\n\n"
                   "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
                   "\"stop_sequence\",\"stop_sequence\":\"###\"},\"usage\":{\"output_tokens\":9}}\n\n"
                   "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
            << [] {
                   Response r = response("msg_s", "claude", {textPart("Hi there")},
                                         FinishReason::StopSequence, usage(2, 9, 0, 0, 0));
                   r.stopSequence = QStringLiteral("###");
                   return r;
               }();
    }

    void decodeStream()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, bytes);
        QFETCH(Response, expected);
        QStringList reference;
        // One piece, byte by byte, and random chunkings: the same events every time.
        for (int chunking : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}) {
            const Decoded d = decodeSse(dialect, bytes, chunking);
            const QString order = checkOrder(d.events);
            QVERIFY2(order.isEmpty(), qPrintable(order));
            const QStringList events = describe(d.events);
            if (chunking == 0)
                reference = events;
            else
                QCOMPARE(events, reference);
        }
        const Decoded d = decodeSse(dialect, bytes, 0);
        QCOMPARE(d.events.last().type, Type::Finish);
        // Anthropic and OpenAI mark the end in-band; a Gemini stream just ends, and end() closes the
        // open block and finishes.
        if (dialect == Dialect::Gemini)
            QVERIFY(d.fromEnd >= 1);
        else
            QCOMPARE(d.fromEnd, qsizetype(0));
        Response actual = accumulate(d.events);
        QCOMPARE(actual.id, expected.id);
        QCOMPARE(actual.model, expected.model);
        QCOMPARE(describe(actual.content), describe(expected.content));
        QCOMPARE(finishReasonName(actual.finishReason), finishReasonName(expected.finishReason));
        QCOMPARE(actual.stopSequence, expected.stopSequence);
        QCOMPARE(describe(actual.usage), describe(expected.usage));
    }

    // A stream cut anywhere before the event that completes it never looks complete: end() says Error.
    void truncatedStream_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("completesAt");
        const QByteArray anthropic = readFixture("anthropic/messages-stream-tools.sse");
        QTest::newRow("anthropic") << Dialect::AnthropicMessages << anthropic
                                   << anthropic.lastIndexOf("event: message_stop");
        // OpenAI: [DONE] is optional in practice; the chunk with finish_reason completes the answer.
        const QByteArray openAi = readFixture("openai-chat/stream-parallel-tools.sse");
        QTest::newRow("openai-chat") << Dialect::OpenAiChat << openAi
                                     << openAi.lastIndexOf(
                                            "data:", openAi.lastIndexOf("\"finish_reason\":\"tool_calls\""));
        const QByteArray gemini = readFixture("gemini/stream-text.sse");
        QTest::newRow("gemini") << Dialect::Gemini << gemini
                                << gemini.lastIndexOf("data:", gemini.lastIndexOf("finishReason"));
        const QByteArray geminiTools = geminiToolsStream();
        QTest::newRow("gemini-tools")
            << Dialect::Gemini << geminiTools
            << geminiTools.lastIndexOf("data:", geminiTools.lastIndexOf("finishReason"));
    }

    void truncatedStream()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, completesAt);
        // The completing event starts a line of the stream proper (not the fixture's comment header).
        QVERIFY(completesAt > 0);
        QCOMPARE(bytes.at(completesAt - 1), '\n');
        QVERIFY(bytes.at(completesAt) != ':');
        for (qsizetype cut = 0; cut <= completesAt; ++cut) {
            const Decoded d = decodeSse(dialect, bytes.left(cut), 0);
            const QString where = QStringLiteral("cut at %1: ").arg(cut);
            const QString order = checkOrder(d.events);
            QVERIFY2(order.isEmpty(), qPrintable(where + order));
            QVERIFY2(d.fromEnd == 1,
                     qPrintable(where + QStringLiteral("end() emitted %1 events").arg(d.fromEnd)));
            const StreamEvent &last = d.events.last();
            QVERIFY2(last.type == Type::Error, qPrintable(where + describe(last)));
            QCOMPARE(last.error.status, 502);
            QCOMPARE(last.error.kind, Error::Kind::Upstream);
            QCOMPARE(last.error.code, QStringLiteral("upstream_stream_truncated"));
        }
        // Cut just after the completing event: complete.
        const qsizetype next = bytes.indexOf("\n\n", completesAt) >= 0
                                   ? bytes.indexOf("\n\n", completesAt) + 2
                                   : bytes.indexOf("\r\n\r\n", completesAt) + 4;
        const Decoded d = decodeSse(dialect, bytes.left(next), 0);
        QCOMPARE(d.events.last().type, Type::Finish);
    }

    void openAiStreamWithoutDone()
    {
        // Some OpenAI-compatible servers never send [DONE]: a finish_reason already completed the answer.
        const QByteArray bytes = readFixture("openai-chat/stream-parallel-tools.sse");
        const Decoded d = decodeSse(Dialect::OpenAiChat, bytes.left(bytes.lastIndexOf("data: [DONE]")), 0);
        QVERIFY(d.fromEnd >= 1); // closes the open call, then Finish
        QCOMPARE(d.events.last().type, Type::Finish);
        QCOMPARE(describe(d.events.last().usage), describe(usage(20, 9, 4, 0, 3)));
    }

    void midStreamError_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("anthropic-overloaded")
            << Dialect::AnthropicMessages
            << QByteArray("event: message_start\ndata: "
                          "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_e\"}}\n\n"
                          "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,"
                          "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
                          "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                          "\"message\":\"Overloaded\"}}\n\n")
            << Error::Kind::Overloaded << 500;
        QTest::newRow("anthropic-api-error")
            << Dialect::AnthropicMessages
            << QByteArray(
                   "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":"
                   "\"Internal server error\"}}\n\n")
            << Error::Kind::Upstream << 500;
        QTest::newRow("openai-chat-error-chunk")
            << Dialect::OpenAiChat
            << QByteArray("data: {\"id\":\"c\",\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n"
                          "data: {\"error\":{\"message\":\"The server had an "
                          "error\",\"type\":\"server_error\"}}\n\n")
            << Error::Kind::Upstream << 500;
        QTest::newRow("gemini-error-chunk")
            << Dialect::Gemini
            << QByteArray(
                   "data: {\"error\":{\"code\":429,\"message\":\"Resource has been exhausted\",\"status\":"
                   "\"RESOURCE_EXHAUSTED\"}}\r\n\r\n")
            << Error::Kind::RateLimit << 429;
    }

    void midStreamError()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, bytes);
        QFETCH(Error::Kind, kind);
        QFETCH(int, status);
        const Decoded d = decodeSse(dialect, bytes, 1);
        const QString order = checkOrder(d.events);
        QVERIFY2(order.isEmpty(), qPrintable(order));
        QCOMPARE(d.fromEnd, qsizetype(0)); // the error came in-band; end() adds nothing
        QCOMPARE(d.events.last().type, Type::Error);
        QCOMPARE(d.events.last().error.kind, kind);
        QCOMPARE(d.events.last().error.status, status);
        QVERIFY(!d.events.last().error.message.isEmpty());
    }

    void observeStreamUsage_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Response>("expected");
        QTest::newRow("anthropic") << Dialect::AnthropicMessages
                                   << readFixture("anthropic/messages-stream-tools.sse")
                                   << response("", "", {}, FinishReason::Unset, usage(19, 24, 5, 3, 0));
        QTest::newRow("openai-chat") << Dialect::OpenAiChat
                                     << readFixture("openai-chat/stream-parallel-tools.sse")
                                     << response("", "", {}, FinishReason::Unset, usage(20, 9, 4, 0, 3));
    }

    void observeStreamUsage()
    {
        // The passthrough path reads usage off the events without decoding the stream.
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, bytes);
        QFETCH(Response, expected);
        Usage u;
        for (const SseEvent &e : sseEvents(bytes, 3))
            Switchyard::Llm::observeStreamUsage(dialect, QJsonDocument::fromJson(e.data).object(), u);
        QCOMPARE(describe(u), describe(expected.usage));

        Usage whole;
        const QJsonObject body =
            fixtureBody(dialect == Dialect::AnthropicMessages ? "anthropic/messages-response-tools.json"
                                                              : "openai-chat/response-tools.json");
        observeResponseUsage(dialect, false, body, whole);
        QCOMPARE(describe(whole), describe(expected.usage));
        Usage counted;
        observeResponseUsage(dialect, true, body, counted); // count_tokens is not billed
        QVERIFY(!counted.known);
    }

    // ---- requests ---------------------------------------------------------------------------------

    void decodeAnthropicRequestFixture()
    {
        const QJsonObject body = fixtureBody("anthropic/messages-request-tools-thinking.json");
        Request r;
        const auto error = decodeRequest(Dialect::AnthropicMessages, body, r);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(r.model, QStringLiteral("claude-sonnet-4-5"));
        QCOMPARE(describe(r.system), QStringList{QStringLiteral("Text[You are a travel assistant.]")});
        QCOMPARE(r.system.first().cacheControl.toObject(), obj("{\"type\":\"ephemeral\"}"));
        QCOMPARE(describe(r.messages),
                 (QStringList{
                     QStringLiteral("user: Text[What is the weather and the local time in Paris?]"),
                     QStringLiteral("assistant: Thinking[Let me think. | sig=sig-abc123==], Text[Checking.], "
                                    "ToolCall[id=toolu_1 name=get_weather args={\"city\":\"Paris\"} sig=], "
                                    "ToolCall[id=toolu_2 name=get_time args={\"tz\":\"Europe/Paris\"} sig=]"),
                     QStringLiteral("user: ToolResult[id=toolu_1 text=18 degrees C, light rain], "
                                    "ToolResult[id=toolu_2 text=2026-11-25T15:04:00+01:00]"),
                 }));
        const QString unmatched = unmatchedToolResults(r);
        QVERIFY2(unmatched.isEmpty(), qPrintable(unmatched));
        QCOMPARE(r.maxTokens, std::optional<qint64>(16000));
        QVERIFY(r.thinkingEnabled);
        QCOMPARE(r.thinkingBudget, std::optional<qint64>(10000));
        QCOMPARE(r.toolChoice, ToolChoice::Auto);
        QVERIFY(!r.stream);
        QVERIFY(r.streamUsage);
        const QJsonArray tools = body.value(L("tools")).toArray();
        QCOMPARE(r.tools.size(), tools.size());
        for (qsizetype i = 0; i < tools.size(); ++i) {
            const QJsonObject t = tools.at(i).toObject();
            QCOMPARE(r.tools.at(i).name, t.value(L("name")).toString());
            QCOMPARE(r.tools.at(i).description, t.value(L("description")).toString());
            QCOMPARE(jsonLines(r.tools.at(i).parameters), jsonLines(t.value(L("input_schema"))));
        }
    }

    void anthropicRequestRoundTrip()
    {
        // decode → encode gives the fixture back (modulo equivalent spellings: string content as a text
        // block, tool_result text blocks as a string, stream: false left out).
        QJsonObject fixture = fixtureBody("anthropic/messages-request-tools-thinking.json");
        Request r;
        QVERIFY(!decodeRequest(Dialect::AnthropicMessages, fixture, r));
        QJsonObject expected = fixture;
        expected.remove(QStringLiteral("stream"));
        QJsonArray messages = expected.value(L("messages")).toArray();
        QJsonObject first = messages.at(0).toObject();
        first.insert(QStringLiteral("content"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                            {QStringLiteral("text"), first.value(L("content"))}}});
        messages.replace(0, first);
        QJsonObject results = messages.at(2).toObject();
        QJsonArray blocks = results.value(L("content")).toArray();
        QJsonObject second = blocks.at(1).toObject();
        second.insert(QStringLiteral("content"), QStringLiteral("2026-11-25T15:04:00+01:00"));
        blocks.replace(1, second);
        results.insert(QStringLiteral("content"), blocks);
        messages.replace(2, results);
        expected.insert(QStringLiteral("messages"), messages);
        QCOMPARE(jsonLines(encodeRequest(Dialect::AnthropicMessages, r)), jsonLines(expected));
    }

    void decodeResponsesRequestFixture()
    {
        const QJsonObject body = fixtureBody("openai-responses/request-codex.json");
        Request r;
        const auto error = decodeRequest(Dialect::OpenAiResponses, body, r);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(r.model, QStringLiteral("gpt-5-codex"));
        QCOMPARE(describe(r.system),
                 QStringList{QStringLiteral("Text[You are a coding agent. Use the tools when they help.]")});
        QCOMPARE(
            describe(r.messages),
            (QStringList{
                QStringLiteral("user: Text[What time is it in Paris?]"),
                QStringLiteral("assistant: Thinking[Let me think. | sig=gAAAAABfakeEncryptedReasoning==], "
                               "ToolCall[id=call_0 name=get_time args={\"tz\":\"Europe/Paris\"} sig=]"),
                QStringLiteral("tool: ToolResult[id=call_0 text=2026-11-25T15:04:00+01:00]"),
                QStringLiteral("user: Text[And the weather?]"),
            }));
        const QString unmatched = unmatchedToolResults(r);
        QVERIFY2(unmatched.isEmpty(), qPrintable(unmatched));
        QCOMPARE(r.toolChoice, ToolChoice::Auto);
        QVERIFY(r.parallelToolCalls == Tristate(false));
        QVERIFY(r.stream);
        QVERIFY(r.streamUsage);
        QCOMPARE(r.reasoningEffort, QStringLiteral("medium"));
        QVERIFY(r.thinkingEnabled);
        QVERIFY(!r.thinkingBudget);
        QVERIFY(!r.maxTokens);
        const QJsonArray tools = body.value(L("tools")).toArray();
        QCOMPARE(r.tools.size(), tools.size());
        for (qsizetype i = 0; i < tools.size(); ++i) {
            const QJsonObject t = tools.at(i).toObject();
            QCOMPARE(r.tools.at(i).name, t.value(L("name")).toString());
            QCOMPARE(r.tools.at(i).description, t.value(L("description")).toString());
            QCOMPARE(jsonLines(r.tools.at(i).parameters), jsonLines(t.value(L("parameters"))));
        }
    }

    void decodeOpenAiChatRequest()
    {
        const QJsonObject body = obj(
            "{\"model\":\"gpt-4.1\",\"messages\":["
            "{\"role\":\"system\",\"content\":\"Be brief.\"},"
            "{\"role\":\"developer\",\"content\":[{\"type\":\"text\",\"text\":\"Use tools.\"}]},"
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What is "
            "this?\"},{\"type\":\"image_url\","
            "\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo=\"}}]},"
            "{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"Hmm.\",\"tool_calls\":[{\"id\":"
            "\"call_1__thought__gsig-1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
            "\"arguments\":"
            "\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},"
            "{\"role\":\"tool\",\"tool_call_id\":\"call_1__thought__gsig-1\",\"content\":\"18 degrees C\"}],"
            "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"Get "
            "the weather\","
            "\"parameters\":{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}}}}],"
            "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}},"
            "\"stream\":true,\"stream_options\":{\"include_usage\":true},\"max_completion_tokens\":500,"
            "\"reasoning_effort\":\"high\",\"temperature\":0.2,\"stop\":\"END\"}");
        Request r;
        const auto error = decodeRequest(Dialect::OpenAiChat, body, r);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(describe(r.system),
                 (QStringList{QStringLiteral("Text[Be brief.]"), QStringLiteral("Text[Use tools.]")}));
        QCOMPARE(
            describe(r.messages),
            (QStringList{
                QStringLiteral(
                    "user: Text[What is this?], Image[url=data:image/png;base64,iVBORw0KGgo= media= data=]"),
                QStringLiteral("assistant: Thinking[Hmm. | sig=], "
                               "ToolCall[id=call_1 name=get_weather args={\"city\":\"Paris\"} sig=gsig-1]"),
                QStringLiteral("tool: ToolResult[id=call_1 text=18 degrees C]"),
            }));
        QCOMPARE(r.toolChoice, ToolChoice::Named);
        QCOMPARE(r.toolChoiceName, QStringLiteral("get_weather"));
        QVERIFY(r.stream);
        QVERIFY(r.streamUsage);
        QCOMPARE(r.maxTokens, std::optional<qint64>(500));
        QCOMPARE(r.reasoningEffort, QStringLiteral("high"));
        QVERIFY(r.thinkingEnabled);
        QCOMPARE(r.temperature, std::optional<double>(0.2));
        QCOMPARE(r.stop, QStringList{QStringLiteral("END")});
        QVERIFY(r.hasImages());
        QCOMPARE(r.lastUserText(), QStringLiteral("What is this?"));
    }

    void decodeRequestErrors_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("mentions");

        const Dialect a = Dialect::AnthropicMessages;
        QTest::newRow("anthropic-no-messages")
            << a << obj("{\"model\":\"m\"}") << QStringLiteral("messages") << QStringLiteral("messages");
        QTest::newRow("anthropic-bad-role")
            << a << obj("{\"messages\":[{\"role\":\"system\",\"content\":\"x\"}]}")
            << QStringLiteral("messages.0.role") << QStringLiteral("'user' or 'assistant'");
        QTest::newRow("anthropic-bad-content-type")
            << a
            << obj("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"user\",\"content\":[{"
                   "\"type\":"
                   "\"document\",\"source\":{}}]}]}")
            << QStringLiteral("messages.1.content") << QStringLiteral("'document'");
        QTest::newRow("anthropic-content-not-array")
            << a << obj("{\"messages\":[{\"role\":\"user\",\"content\":7}]}")
            << QStringLiteral("messages.0.content") << QStringLiteral("string or an array");
        QTest::newRow("anthropic-server-tool")
            << a
            << obj("{\"messages\":[],\"tools\":[{\"type\":\"web_search_20250305\",\"name\":\"web_search\"}]}")
            << QStringLiteral("tools") << QStringLiteral("web_search_20250305");

        const Dialect o = Dialect::OpenAiChat;
        QTest::newRow("openai-messages-not-array")
            << o << obj("{\"messages\":{}}") << QStringLiteral("messages") << QStringLiteral("messages");
        QTest::newRow("openai-bad-role")
            << o << obj("{\"messages\":[{\"role\":\"robot\",\"content\":\"x\"}]}")
            << QStringLiteral("messages[0].role") << QStringLiteral("'robot'");
        QTest::newRow("openai-bad-content-type")
            << o
            << obj("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_audio\",\"input_audio\":"
                   "{}}]}]}")
            << QStringLiteral("messages[0].content") << QStringLiteral("'input_audio'");
        QTest::newRow("openai-content-not-array")
            << o << obj("{\"messages\":[{\"role\":\"user\",\"content\":{\"text\":\"x\"}}]}")
            << QStringLiteral("messages[0].content") << QStringLiteral("string or an array");
        QTest::newRow("openai-tool-without-id")
            << o << obj("{\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}")
            << QStringLiteral("messages[0].tool_call_id") << QStringLiteral("tool_call_id");
        QTest::newRow("openai-image-without-url")
            << o
            << obj("{\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{}}]"
                   "}]}")
            << QStringLiteral("messages[0]") << QStringLiteral("image_url.url");
        QTest::newRow("openai-custom-tool")
            << o << obj("{\"messages\":[],\"tools\":[{\"type\":\"custom\",\"custom\":{\"name\":\"x\"}}]}")
            << QStringLiteral("tools") << QStringLiteral("'custom'");

        const Dialect r = Dialect::OpenAiResponses;
        QTest::newRow("responses-previous-response-id")
            << r << obj("{\"input\":\"hi\",\"previous_response_id\":\"resp_1\"}")
            << QStringLiteral("previous_response_id") << QStringLiteral("previous_response_id");
        QTest::newRow("responses-input-not-array")
            << r << obj("{\"input\":42}") << QStringLiteral("input") << QStringLiteral("'input'");
        QTest::newRow("responses-bad-item-type")
            << r << obj("{\"input\":[{\"type\":\"web_search_call\",\"id\":\"ws_1\"}]}")
            << QStringLiteral("input[0].type") << QStringLiteral("'web_search_call'");
        QTest::newRow("responses-bad-content-type")
            << r
            << obj("{\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_file\",\"file_id\":\"f\"}]}"
                   "]}")
            << QStringLiteral("input[0]") << QStringLiteral("'input_file'");
        QTest::newRow("responses-image-by-file-id")
            << r
            << obj("{\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_image\",\"file_id\":\"f\"}]"
                   "}]}")
            << QStringLiteral("input[0]") << QStringLiteral("image_url");
    }

    void decodeRequestErrors()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QJsonObject, body);
        QFETCH(QString, param);
        QFETCH(QString, mentions);
        Request r;
        const auto error = decodeRequest(dialect, body, r);
        QVERIFY(error);
        QCOMPARE(error->status, 400);
        QCOMPARE(error->kind, Error::Kind::InvalidRequest);
        QCOMPARE(error->param, param);
        QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
        QVERIFY2(
            error->message.contains(param.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('['), 0, 0)),
            qPrintable(error->message)); // the message names the field too
        // And in the client's envelope.
        const QJsonObject envelope =
            QJsonDocument::fromJson(Switchyard::Llm::encodeError(dialect, *error)).object();
        QCOMPARE(envelope.value(L("error")).toObject().value(L("type")).toString(),
                 QStringLiteral("invalid_request_error"));
        QCOMPARE(errorStatus(dialect, *error), 400);
    }

    void unsupportedDirections()
    {
        Request r;
        const auto error = decodeRequest(Dialect::Gemini, QJsonObject(), r);
        QVERIFY(error);
        QCOMPARE(error->status, 500);
        QCOMPARE(error->code, QStringLiteral("unsupported_direction"));
        QVERIFY(error->message.contains(QStringLiteral("gemini")));
        QVERIFY(encodeRequest(Dialect::OpenAiResponses, sampleRequest()).isEmpty());
        QVERIFY(encodeResponse(Dialect::Gemini, Response(), Request()).isEmpty());
        QList<StreamEvent> events;
        auto decoder = makeStreamDecoder(Dialect::OpenAiResponses);
        decoder->feed(SseEvent{"response.created", "{}"}, events);
        decoder->end(events);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().type, Type::Error);
        QCOMPARE(events.first().error.code, QStringLiteral("unsupported_direction"));
    }

    // JSON numbers beyond any integer's range (found by fuzz_dialects): clamped, not undefined behaviour.
    void hugeNumbersAreClamped()
    {
        constexpr qint64 kLimit = qint64(1) << 53;
        Request r;
        QVERIFY(!decodeRequest(Dialect::OpenAiChat,
                               obj("{\"messages\":[],\"max_tokens\":1e300,\"seed\":-1e300,\"n\":1e300}"), r));
        QCOMPARE(r.maxTokens, std::optional<qint64>(kLimit));
        QCOMPARE(r.seed, std::optional<qint64>(-kLimit));
        QCOMPARE(r.n, std::numeric_limits<int>::max());
        Request a;
        QVERIFY(!decodeRequest(Dialect::AnthropicMessages,
                               obj("{\"messages\":[],\"max_tokens\":1e300,\"thinking\":{\"type\":\"enabled\","
                                   "\"budget_tokens\":1e300}}"),
                               a));
        QCOMPARE(a.maxTokens, std::optional<qint64>(kLimit));
        const QJsonObject body = encodeRequest(Dialect::AnthropicMessages, a);
        QVERIFY(body.value(L("max_tokens")).toDouble() >
                body.value(L("thinking")).toObject().value(L("budget_tokens")).toDouble());
        // Usage sums stay exact and positive.
        Response response;
        QVERIFY(!Switchyard::Llm::decodeResponse(
            Dialect::AnthropicMessages,
            obj("{\"content\":[],\"usage\":{\"input_tokens\":1e300,\"cache_read_input_tokens\":1e300,"
                "\"cache_creation_input_tokens\":1e300,\"output_tokens\":1e300}}"),
            response));
        QCOMPARE(response.usage.inputTokens, 3 * kLimit);
        QCOMPARE(response.usage.totalTokens(), 4 * kLimit);
        // An upstream tool call index out of range.
        const Decoded d =
            decodeSse(Dialect::OpenAiChat,
                      QByteArray("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":1e300,"
                                 "\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]},"
                                 "\"finish_reason\":\"tool_calls\"}]}\n\ndata: [DONE]\n\n"),
                      0);
        QCOMPARE(describe(accumulate(d.events).content),
                 QStringList{QStringLiteral("ToolCall[id=a name=f args={} sig=]")});
    }

    // ---- encodeRequest ----------------------------------------------------------------------------

    void encodeAnthropicRequest()
    {
        const QJsonObject body = encodeRequest(Dialect::AnthropicMessages, sampleRequest());
        const QJsonObject expected = obj(
            "{\"model\":\"m\","
            "\"system\":[{\"type\":\"text\",\"text\":\"You are a travel assistant.\"}],"
            "\"messages\":["
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What is in these pictures?\"},"
            "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/"
            "png\",\"data\":\"iVBORw0KGgo=\"}},"
            "{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"https://example.com/cat.jpg\"}}]},"
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":\"Let me "
            "think.\",\"signature\":"
            "\"sig-abc123==\"},{\"type\":\"text\",\"text\":\"Checking.\"},{\"type\":\"tool_use\",\"id\":"
            "\"toolu_1\","
            "\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}},{\"type\":\"tool_use\",\"id\":\"toolu_"
            "2\",\"name\":"
            "\"get_time\",\"input\":{\"tz\":\"Europe/Paris\"}}]},"
            "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_1\","
            "\"content\":"
            "\"18 degrees C, light rain\"},{\"type\":\"tool_result\",\"tool_use_id\":\"toolu_2\",\"content\":"
            "\"{\\\"time\\\":\\\"15:04\\\"}\"},{\"type\":\"text\",\"text\":\"Thanks. And tomorrow?\"}]},"
            "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Probably sunny.\"}]},"
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Sure?\"}]}],"
            "\"max_tokens\":6144,"
            "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048},"
            "\"tool_choice\":{\"type\":\"auto\"},"
            "\"stream\":true}");
        QJsonObject withoutTools = body;
        const QJsonArray tools = withoutTools.take(QStringLiteral("tools")).toArray();
        QCOMPARE(jsonLines(withoutTools), jsonLines(expected));
        // Tools keep their JSON Schema as is (Claude takes JSON Schema).
        const Request r = sampleRequest();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(jsonLines(tools.at(0)),
                 jsonLines(QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                       {QStringLiteral("description"), QStringLiteral("Get the weather")},
                                       {QStringLiteral("input_schema"), r.tools.at(0).parameters}}));
        QCOMPARE(jsonLines(tools.at(1)),
                 jsonLines(QJsonObject{{QStringLiteral("name"), QStringLiteral("get_time")},
                                       {QStringLiteral("input_schema"), r.tools.at(1).parameters}}));
    }

    void anthropicThinkingBudget_data()
    {
        QTest::addColumn<qint64>("budget"); // 0: unset
        QTest::addColumn<QString>("effort");
        QTest::addColumn<qint64>("maxTokens");      // 0: unset
        QTest::addColumn<qint64>("expectedBudget"); // 0: no thinking
        QTest::addColumn<qint64>("expectedMaxTokens");
        QTest::newRow("no-thinking-default-max")
            << qint64(0) << QString() << qint64(0) << qint64(0) << qint64(4096);
        QTest::newRow("no-thinking-max") << qint64(0) << QString() << qint64(300) << qint64(0) << qint64(300);
        QTest::newRow("budget-below-max")
            << qint64(10000) << QString() << qint64(16000) << qint64(10000) << qint64(16000);
        QTest::newRow("budget-above-max")
            << qint64(2048) << QString() << qint64(1024) << qint64(2048) << qint64(6144);
        QTest::newRow("budget-equals-max")
            << qint64(4096) << QString() << qint64(4096) << qint64(4096) << qint64(8192);
        QTest::newRow("budget-equals-default")
            << qint64(4096) << QString() << qint64(0) << qint64(4096) << qint64(8192);
        QTest::newRow("budget-raised-to-minimum")
            << qint64(500) << QString() << qint64(0) << qint64(1024) << qint64(4096);
        QTest::newRow("effort-low") << qint64(0) << QStringLiteral("low") << qint64(0) << qint64(1024)
                                    << qint64(4096);
        QTest::newRow("effort-minimal")
            << qint64(0) << QStringLiteral("minimal") << qint64(0) << qint64(1024) << qint64(4096);
        QTest::newRow("effort-medium")
            << qint64(0) << QStringLiteral("medium") << qint64(0) << qint64(4096) << qint64(8192);
        QTest::newRow("effort-high") << qint64(0) << QStringLiteral("high") << qint64(32000) << qint64(16384)
                                     << qint64(32000);
    }

    void anthropicThinkingBudget()
    {
        QFETCH(qint64, budget);
        QFETCH(QString, effort);
        QFETCH(qint64, maxTokens);
        QFETCH(qint64, expectedBudget);
        QFETCH(qint64, expectedMaxTokens);
        Request r;
        r.model = QStringLiteral("claude");
        r.messages.append(message(Message::Role::User, {textPart("hi")}));
        if (budget)
            r.thinkingBudget = budget;
        r.reasoningEffort = effort;
        r.thinkingEnabled = budget > 0 || !effort.isEmpty();
        if (maxTokens)
            r.maxTokens = maxTokens;
        r.temperature = 1.5;
        r.topK = 5;
        const QJsonObject body = encodeRequest(Dialect::AnthropicMessages, r);
        QCOMPARE(body.value(L("max_tokens")).toInteger(), expectedMaxTokens);
        if (expectedBudget == 0) {
            QVERIFY(!body.contains(L("thinking")));
            QCOMPARE(body.value(L("temperature")).toDouble(), 1.0); // clamped to Claude's range
            QCOMPARE(body.value(L("top_k")).toInteger(), qint64(5));
        } else {
            QCOMPARE(body.value(L("thinking")).toObject(),
                     (QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")},
                                  {QStringLiteral("budget_tokens"), expectedBudget}}));
            QVERIFY(body.value(L("max_tokens")).toInteger() > expectedBudget);
            QVERIFY(!body.contains(L("temperature"))); // extended thinking refuses them
            QVERIFY(!body.contains(L("top_k")));
        }
    }

    void encodeGeminiRequest()
    {
        const QJsonObject body = encodeRequest(Dialect::Gemini, sampleRequest());
        const QJsonObject expected =
            obj("{\"contents\":["
                "{\"role\":\"user\",\"parts\":[{\"text\":\"What is in these "
                "pictures?\"},{\"inlineData\":{\"mimeType\":"
                "\"image/png\",\"data\":\"iVBORw0KGgo=\"}},{\"fileData\":{\"mimeType\":\"image/"
                "jpeg\",\"fileUri\":"
                "\"https://example.com/cat.jpg\"}}]},"
                "{\"role\":\"model\",\"parts\":[{\"text\":\"Checking.\"},{\"functionCall\":{\"name\":\"get_"
                "weather\",\"args\":"
                "{\"city\":\"Paris\"}},\"thoughtSignature\":\"gsig-1\"},{\"functionCall\":{\"name\":\"get_"
                "time\",\"args\":"
                "{\"tz\":\"Europe/Paris\"}},\"thoughtSignature\":\"skip_thought_signature_validator\"}]},"
                "{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"get_weather\",\"response\":{"
                "\"result\":"
                "\"18 degrees C, light "
                "rain\"}}},{\"functionResponse\":{\"name\":\"get_time\",\"response\":{\"time\":"
                "\"15:04\"}}},{\"text\":\"Thanks. And tomorrow?\"}]},"
                "{\"role\":\"model\",\"parts\":[{\"text\":\"Probably sunny.\"}]},"
                "{\"role\":\"user\",\"parts\":[{\"text\":\"Sure?\"}]}],"
                "\"systemInstruction\":{\"parts\":[{\"text\":\"You are a travel assistant.\"}]},"
                "\"tools\":[{\"functionDeclarations\":["
                "{\"name\":\"get_weather\",\"description\":\"Get the "
                "weather\",\"parameters\":{\"type\":\"object\","
                "\"properties\":{\"city\":{\"type\":\"string\",\"nullable\":true,\"description\":\"City\"},"
                "\"unit\":"
                "{\"type\":\"string\",\"enum\":[\"celsius\"]},\"days\":{\"type\":\"array\",\"items\":{"
                "\"type\":\"object\","
                "\"properties\":{\"n\":{\"type\":\"integer\",\"minimum\":1}}}}},\"required\":[\"city\"]}},"
                "{\"name\":\"get_time\",\"parameters\":{\"type\":\"object\",\"properties\":{\"tz\":{\"type\":"
                "\"string\"}}}}]}],"
                "\"toolConfig\":{\"functionCallingConfig\":{\"mode\":\"AUTO\"}},"
                "\"generationConfig\":{\"maxOutputTokens\":1024,\"temperature\":0.5,\"thinkingConfig\":{"
                "\"thinkingBudget\":"
                "2048,\"includeThoughts\":true}}}");
        QCOMPARE(jsonLines(body), jsonLines(expected));
        // The model is in the URL and the key in a header: neither is in the body.
        const QByteArray wire = compact(body);
        QVERIFY(!body.contains(L("model")));
        QVERIFY(!wire.contains("\"key\""));
        QVERIFY(!wire.contains("additionalProperties"));
        QVERIFY(!wire.contains("$schema"));
        QVERIFY(!wire.contains("\"const\""));
    }

    void geminiRequestMatchesFixture()
    {
        // The conversation of gemini/request-tools.json, from canonical.
        Request r;
        r.system.append(textPart("You are a travel assistant."));
        r.messages = {
            message(Message::Role::User, {textPart("What is the weather and the local time in Paris?")}),
            message(Message::Role::Assistant,
                    {toolCallPart("call_a", "get_weather", "{\"city\":\"Paris\"}", "gsig-1"),
                     toolCallPart("call_b", "get_time", "{\"tz\":\"Europe/Paris\"}")}),
            message(Message::Role::Tool, {toolResultPart("call_a", "18 degrees C, light rain")}),
            message(Message::Role::Tool, {toolResultPart("call_b", "2026-11-25T15:04:00+01:00")}),
        };
        const QJsonObject anthropic = fixtureBody("anthropic/messages-request-tools-thinking.json");
        for (const QJsonValue &v : anthropic.value(L("tools")).toArray()) {
            const QJsonObject t = v.toObject();
            r.tools.append(Tool{t.value(L("name")).toString(),
                                t.value(L("description")).toString(),
                                t.value(L("input_schema")).toObject(),
                                {}});
        }
        r.toolChoice = ToolChoice::Auto;
        r.temperature = 1.0;
        r.maxTokens = 8192;
        r.thinkingEnabled = true;
        r.thinkingBudget = 1024;
        QJsonObject body = encodeRequest(Dialect::Gemini, r);
        // Only difference from the fixture: the second parallel call, which Gemini sent unsigned, gets
        // Google's documented "skip" signature (a canonical call does not know whether it was parallel).
        QJsonArray contents = body.value(L("contents")).toArray();
        QJsonObject model = contents.at(1).toObject();
        QJsonArray parts = model.value(L("parts")).toArray();
        QJsonObject second = parts.at(1).toObject();
        QCOMPARE(second.take(QStringLiteral("thoughtSignature")).toString(),
                 QStringLiteral("skip_thought_signature_validator"));
        parts.replace(1, second);
        model.insert(QStringLiteral("parts"), parts);
        contents.replace(1, model);
        body.insert(QStringLiteral("contents"), contents);
        QCOMPARE(jsonLines(body), jsonLines(fixtureBody("gemini/request-tools.json")));
    }

    void geminiThinkingConfig_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<QString>("effort");
        QTest::addColumn<qint64>("expected"); // 0: no thinkingConfig
        QTest::newRow("off") << qint64(0) << QString() << qint64(0);
        QTest::newRow("budget") << qint64(3000) << QString() << qint64(3000);
        QTest::newRow("low") << qint64(0) << QStringLiteral("low") << qint64(1024);
        QTest::newRow("medium") << qint64(0) << QStringLiteral("medium") << qint64(8192);
        QTest::newRow("high") << qint64(0) << QStringLiteral("high") << qint64(24576);
    }

    void geminiThinkingConfig()
    {
        QFETCH(qint64, budget);
        QFETCH(QString, effort);
        QFETCH(qint64, expected);
        Request r;
        r.messages.append(message(Message::Role::User, {textPart("hi")}));
        if (budget)
            r.thinkingBudget = budget;
        r.reasoningEffort = effort;
        r.thinkingEnabled = budget > 0 || !effort.isEmpty();
        const QJsonObject generation =
            encodeRequest(Dialect::Gemini, r).value(L("generationConfig")).toObject();
        if (expected == 0) {
            QVERIFY(!generation.contains(L("thinkingConfig")));
        } else {
            QCOMPARE(generation.value(L("thinkingConfig")).toObject(),
                     (QJsonObject{{QStringLiteral("thinkingBudget"), expected},
                                  {QStringLiteral("includeThoughts"), true}}));
        }
    }

    void cleanSchema_data()
    {
        QTest::addColumn<QJsonObject>("schema");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("drops-unknown-keywords") << obj("{\"$schema\":\"x\",\"$id\":\"y\",\"type\":\"object\","
                                                       "\"additionalProperties\":false,\"properties\":{}}")
                                                << obj("{\"type\":\"object\",\"properties\":{}}");
        QTest::newRow("type-array-nullable")
            << obj("{\"type\":[\"string\",\"null\"]}") << obj("{\"type\":\"string\",\"nullable\":true}");
        QTest::newRow("type-array-null-first")
            << obj("{\"type\":[\"null\",\"integer\"]}") << obj("{\"type\":\"integer\",\"nullable\":true}");
        QTest::newRow("const-to-enum")
            << obj("{\"const\":\"celsius\"}") << obj("{\"enum\":[\"celsius\"],\"type\":\"string\"}");
        QTest::newRow("const-keeps-type")
            << obj("{\"type\":\"string\",\"const\":\"a\"}") << obj("{\"type\":\"string\",\"enum\":[\"a\"]}");
        QTest::newRow("nested") << obj("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\","
                                       "\"items\":{\"type\":\"object\","
                                       "\"additionalProperties\":{\"type\":\"string\"},\"properties\":{\"b\":"
                                       "{\"type\":[\"number\",\"null\"],"
                                       "\"$comment\":\"x\"}}}}}}")
                                << obj("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"array\","
                                       "\"items\":{\"type\":\"object\","
                                       "\"properties\":{\"b\":{\"type\":\"number\",\"nullable\":true}}}}}}");
        QTest::newRow("oneOf-to-anyOf")
            << obj("{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"integer\",\"exclusiveMinimum\":0}]}")
            << obj("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}");
        const QJsonObject supported = obj("{\"type\":\"string\",\"format\":\"date-time\",\"description\":"
                                          "\"d\",\"title\":\"t\",\"enum\":[\"a\",\"b\"],"
                                          "\"minLength\":1,\"maxLength\":9,\"pattern\":\"^a\",\"default\":"
                                          "\"a\",\"example\":\"a\",\"nullable\":true}");
        QTest::newRow("keeps-supported") << supported << supported;
        QTest::newRow("ref-dropped") << obj("{\"$ref\":\"#/$defs/x\",\"$defs\":{\"x\":{}}}") << QJsonObject();
    }

    void cleanSchema()
    {
        QFETCH(QJsonObject, schema);
        QFETCH(QJsonObject, expected);
        QCOMPARE(jsonLines(Gemini::cleanSchema(schema)), jsonLines(expected));
    }

    void encodeOpenAiChatRequest()
    {
        const QJsonObject body = encodeRequest(Dialect::OpenAiChat, sampleRequest());
        const QJsonObject expected = obj(
            "{\"model\":\"m\",\"messages\":["
            "{\"role\":\"system\",\"content\":\"You are a travel assistant.\"},"
            "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What is in these "
            "pictures?\"},{\"type\":"
            "\"image_url\",\"image_url\":{\"url\":\"data:image/"
            "png;base64,iVBORw0KGgo=\"}},{\"type\":\"image_url\","
            "\"image_url\":{\"url\":\"https://example.com/cat.jpg\"}}]},"
            "{\"role\":\"assistant\",\"content\":\"Checking.\",\"tool_calls\":[{\"id\":\"toolu_1\",\"type\":"
            "\"function\","
            "\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}},{\"id\":"
            "\"toolu_2\","
            "\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{\\\"tz\\\":"
            "\\\"Europe/Paris\\\"}\"}}]},"
            "{\"role\":\"tool\",\"tool_call_id\":\"toolu_1\",\"content\":\"18 degrees C, light rain\"},"
            "{\"role\":\"tool\",\"tool_call_id\":\"toolu_2\",\"content\":\"{\\\"time\\\":\\\"15:04\\\"}\"},"
            "{\"role\":\"user\",\"content\":\"Thanks. And tomorrow?\"},"
            "{\"role\":\"assistant\",\"content\":\"Probably sunny.\"},"
            "{\"role\":\"user\",\"content\":\"Sure?\"}],"
            "\"tool_choice\":\"auto\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
            "\"max_tokens\":1024,\"temperature\":0.5}");
        QJsonObject withoutTools = body;
        const QJsonArray tools = withoutTools.take(QStringLiteral("tools")).toArray();
        QCOMPARE(jsonLines(withoutTools), jsonLines(expected));
        const Request r = sampleRequest();
        QCOMPARE(tools.size(), 2);
        QCOMPARE(jsonLines(tools.at(0)),
                 jsonLines(QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("function")},
                     {QStringLiteral("function"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")},
                                  {QStringLiteral("description"), QStringLiteral("Get the weather")},
                                  {QStringLiteral("parameters"), r.tools.at(0).parameters}}}}));
        // Not streaming: no stream_options.
        Request plain = r;
        plain.stream = false;
        const QJsonObject plainBody = encodeRequest(Dialect::OpenAiChat, plain);
        QVERIFY(!plainBody.contains(L("stream")));
        QVERIFY(!plainBody.contains(L("stream_options")));
    }

    // A call that came back from Gemini (signature packed into the id the client saw) and goes to another
    // upstream on the next turn, e.g. after a failover: ids on calls and results still pair up, and no
    // Gemini signature leaks into another provider's ids (OpenAI caps tool call ids at 40 characters).
    void toolIdsPairUpForEveryUpstream()
    {
        Request r = sampleRequest();
        const QJsonObject openAi = encodeRequest(Dialect::OpenAiChat, r);
        QStringList callIds, resultIds;
        for (const QJsonValue &v : openAi.value(L("messages")).toArray()) {
            const QJsonObject m = v.toObject();
            for (const QJsonValue &c : m.value(L("tool_calls")).toArray())
                callIds.append(c.toObject().value(L("id")).toString());
            if (m.value(L("role")).toString() == L("tool"))
                resultIds.append(m.value(L("tool_call_id")).toString());
        }
        QCOMPARE(callIds, resultIds);
        for (const QString &id : std::as_const(callIds)) {
            QVERIFY2(!id.contains(QStringLiteral("__thought__")), qPrintable(id));
            QVERIFY(id.size() <= 40);
        }

        const QJsonObject anthropic = encodeRequest(Dialect::AnthropicMessages, r);
        callIds.clear();
        resultIds.clear();
        for (const QJsonValue &v : anthropic.value(L("messages")).toArray()) {
            for (const QJsonValue &b : v.toObject().value(L("content")).toArray()) {
                const QJsonObject block = b.toObject();
                if (block.value(L("type")).toString() == L("tool_use"))
                    callIds.append(block.value(L("id")).toString());
                else if (block.value(L("type")).toString() == L("tool_result"))
                    resultIds.append(block.value(L("tool_use_id")).toString());
            }
        }
        QCOMPARE(callIds, resultIds);
        for (const QString &id : std::as_const(callIds))
            QVERIFY2(!id.contains(QStringLiteral("__thought__")), qPrintable(id));
    }

    // Gemini's thought signature survives a client that has no field for it: Gemini response → client
    // dialect → the client's next request (echoing the assistant turn, answering every call) → Gemini.
    void geminiSignatureSurvivesClient_data()
    {
        QTest::addColumn<Dialect>("client");
        QTest::newRow("openai-chat") << Dialect::OpenAiChat;
        QTest::newRow("anthropic") << Dialect::AnthropicMessages;
        QTest::newRow("responses") << Dialect::OpenAiResponses;
    }

    void geminiSignatureSurvivesClient()
    {
        QFETCH(Dialect, client);
        Response fromGemini;
        QVERIFY(!Switchyard::Llm::decodeResponse(
            Dialect::Gemini, fixtureBody("gemini/response-parallel-function-calls.json"), fromGemini));
        const QJsonObject answer = encodeResponse(client, fromGemini, Request());
        const QJsonObject user{{QStringLiteral("role"), QStringLiteral("user")},
                               {QStringLiteral("content"), QStringLiteral("q")}};
        QJsonObject next;
        QStringList ids; // as the client saw them
        if (client == Dialect::OpenAiChat) {
            const QJsonObject assistant =
                answer.value(L("choices")).toArray().first().toObject().value(L("message")).toObject();
            QJsonArray messages{user, assistant};
            for (const QJsonValue &c : assistant.value(L("tool_calls")).toArray()) {
                ids.append(c.toObject().value(L("id")).toString());
                messages.append(
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                {QStringLiteral("tool_call_id"), ids.last()},
                                {QStringLiteral("content"), QStringLiteral("r%1").arg(ids.size() - 1)}});
            }
            next.insert(QStringLiteral("messages"), messages);
        } else if (client == Dialect::AnthropicMessages) {
            QJsonArray results;
            for (const QJsonValue &b : answer.value(L("content")).toArray()) {
                if (b.toObject().value(L("type")).toString() != L("tool_use"))
                    continue;
                ids.append(b.toObject().value(L("id")).toString());
                results.append(
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_result")},
                                {QStringLiteral("tool_use_id"), ids.last()},
                                {QStringLiteral("content"), QStringLiteral("r%1").arg(ids.size() - 1)}});
            }
            next.insert(QStringLiteral("messages"),
                        QJsonArray{user,
                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                               {QStringLiteral("content"), answer.value(L("content"))}},
                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                               {QStringLiteral("content"), results}}});
        } else {
            QJsonArray input{user};
            for (const QJsonValue &v : answer.value(L("output")).toArray()) {
                input.append(v);
                if (v.toObject().value(L("type")).toString() == L("function_call"))
                    ids.append(v.toObject().value(L("call_id")).toString());
            }
            for (qsizetype i = 0; i < ids.size(); ++i)
                input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                                         {QStringLiteral("call_id"), ids.at(i)},
                                         {QStringLiteral("output"), QStringLiteral("r%1").arg(i)}});
            next.insert(QStringLiteral("input"), input);
        }
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0).endsWith(QStringLiteral("__thought__gsig-1"))); // packed for the client
        QVERIFY(!ids.at(1).contains(QStringLiteral("__thought__")));

        Request r;
        const auto error = decodeRequest(client, next, r);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        const QString unmatched = unmatchedToolResults(r);
        QVERIFY2(unmatched.isEmpty(), qPrintable(unmatched));
        const QJsonArray contents = encodeRequest(Dialect::Gemini, r).value(L("contents")).toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(jsonLines(contents.at(1)),
                 jsonLines(obj(
                     "{\"role\":\"model\",\"parts\":[{\"functionCall\":{\"name\":\"get_weather\",\"args\":"
                     "{\"city\":\"Paris\"}},\"thoughtSignature\":\"gsig-1\"},{\"functionCall\":{\"name\":"
                     "\"get_time\",\"args\":{\"tz\":\"Europe/Paris\"}},\"thoughtSignature\":"
                     "\"skip_thought_signature_validator\"}]}")));
        QCOMPARE(
            jsonLines(contents.at(2)),
            jsonLines(obj("{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"get_weather\","
                          "\"response\":{\"result\":\"r0\"}}},{\"functionResponse\":{\"name\":\"get_time\","
                          "\"response\":{\"result\":\"r1\"}}}]}")));
        // The same turn sent to another upstream (failover) keeps its ids paired and unpacked.
        const QJsonArray openAi = encodeRequest(Dialect::OpenAiChat, r).value(L("messages")).toArray();
        QCOMPARE(openAi.size(), 4);
        const QJsonArray calls = openAi.at(1).toObject().value(L("tool_calls")).toArray();
        QCOMPARE(calls.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QString id = calls.at(i).toObject().value(L("id")).toString();
            QCOMPARE(openAi.at(2 + i).toObject().value(L("tool_call_id")).toString(), id);
            QVERIFY2(!id.contains(QStringLiteral("__thought__")), qPrintable(id));
        }
    }

    // ---- signatures byte for byte -----------------------------------------------------------------

    void thinkingSignatureByteForByte()
    {
        const QString thinking =
            QStringLiteral("Line 1\nLine \"2\" \\ caf\u00e9 \u2028 \U0001F600 </script>");
        const QString signature = QStringLiteral("EqQBCkYIBxgCKkB+/=\\\"\u00e9\n\t__thought__ \x01 end==");
        QList<StreamEvent> events;
        auto push = [&](Type t, int index, const QString &text = {}) {
            StreamEvent e;
            e.type = t;
            e.index = index;
            e.blockKind = Part::Kind::Thinking;
            e.text = text;
            if (t == Type::Finish) {
                e.finishReason = FinishReason::Stop;
                e.usage = usage(10, 5, 0, 0, 0);
            }
            events.append(e);
        };
        push(Type::Start, 0);
        push(Type::BlockStart, 0);
        push(Type::ThinkingDelta, 0, thinking.left(7));
        push(Type::ThinkingDelta, 0, thinking.mid(7));
        push(Type::SignatureDelta, 0, signature);
        push(Type::BlockStop, 0);
        push(Type::Finish, 0);

        // Anthropic stream out and back in.
        QByteArray wire;
        auto encoder = makeStreamEncoder(Dialect::AnthropicMessages, Request());
        for (const StreamEvent &e : std::as_const(events))
            encoder->encode(e, wire);
        const Response streamed = accumulate(decodeSse(Dialect::AnthropicMessages, wire, 1).events);
        QCOMPARE(streamed.content.size(), 1);
        QCOMPARE(streamed.content.first().text, thinking);
        QCOMPARE(streamed.content.first().signature, signature);

        // Responses stream: the signature travels as encrypted_content.
        wire.clear();
        encoder = makeStreamEncoder(Dialect::OpenAiResponses, Request());
        for (const StreamEvent &e : std::as_const(events))
            encoder->encode(e, wire);
        Response responses;
        QString status;
        const QString problem = readResponsesStream(wire, responses, status);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(responses.content.first().signature, signature);
        QCOMPARE(responses.content.first().text, thinking);

        // Anthropic response body, and the next request that replays it.
        Response r;
        r.content = {thinkingPart("", ""), textPart("ok")};
        r.content[0].text = thinking;
        r.content[0].signature = signature;
        Response back;
        QVERIFY(!Switchyard::Llm::decodeResponse(
            Dialect::AnthropicMessages, encodeResponse(Dialect::AnthropicMessages, r, Request()), back));
        QCOMPARE(describe(back.content), describe(r.content));
        Request replay;
        replay.messages = {message(Message::Role::User, {textPart("q")}),
                           message(Message::Role::Assistant, r.content),
                           message(Message::Role::User, {textPart("more")})};
        Request decoded;
        QVERIFY(!decodeRequest(Dialect::AnthropicMessages, encodeRequest(Dialect::AnthropicMessages, replay),
                               decoded));
        QCOMPARE(describe(decoded.messages.at(1).parts), describe(r.content));
        // Responses: reasoning item out, input item back.
        const QJsonObject out = encodeResponse(Dialect::OpenAiResponses, r, Request());
        QJsonArray input{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                     {QStringLiteral("content"), QStringLiteral("q")}}};
        for (const QJsonValue &v : out.value(L("output")).toArray())
            input.append(v);
        decoded = Request();
        QVERIFY(
            !decodeRequest(Dialect::OpenAiResponses, QJsonObject{{QStringLiteral("input"), input}}, decoded));
        QCOMPARE(describe(decoded.messages.at(1).parts), describe(r.content));
    }

    // ---- encodeResponse ---------------------------------------------------------------------------

    void encodeResponseShapes()
    {
        // Anthropic fixture in, Anthropic out: the same content, stop reason and usage split.
        const QJsonObject anthropicFixture = fixtureBody("anthropic/messages-response-tools.json");
        Response r;
        QVERIFY(!Switchyard::Llm::decodeResponse(Dialect::AnthropicMessages, anthropicFixture, r));
        const QJsonObject anthropic = encodeResponse(Dialect::AnthropicMessages, r, Request());
        for (const char *key : {"id", "type", "role", "model", "content", "stop_reason", "stop_sequence"})
            QCOMPARE(jsonLines(anthropic.value(L(key))), jsonLines(anthropicFixture.value(L(key))));
        const QJsonObject u = anthropicFixture.value(L("usage")).toObject();
        QCOMPARE(
            anthropic.value(L("usage")).toObject(),
            (QJsonObject{
                {QStringLiteral("input_tokens"), u.value(L("input_tokens"))},
                {QStringLiteral("cache_creation_input_tokens"), u.value(L("cache_creation_input_tokens"))},
                {QStringLiteral("cache_read_input_tokens"), u.value(L("cache_read_input_tokens"))},
                {QStringLiteral("output_tokens"), u.value(L("output_tokens"))}}));

        // OpenAI fixture in, OpenAI out.
        const QJsonObject openAiFixture = fixtureBody("openai-chat/response-tools.json");
        Response o;
        QVERIFY(!Switchyard::Llm::decodeResponse(Dialect::OpenAiChat, openAiFixture, o));
        const QJsonObject openAi = encodeResponse(Dialect::OpenAiChat, o, Request());
        for (const char *key : {"id", "object", "created", "model"})
            QCOMPARE(jsonLines(openAi.value(L(key))), jsonLines(openAiFixture.value(L(key))));
        const QJsonObject choice = openAi.value(L("choices")).toArray().first().toObject();
        const QJsonObject fixtureChoice = openAiFixture.value(L("choices")).toArray().first().toObject();
        QCOMPARE(jsonLines(choice), jsonLines(fixtureChoice));
        const QJsonObject fu = openAiFixture.value(L("usage")).toObject();
        const QJsonObject ou = openAi.value(L("usage")).toObject();
        for (const char *key : {"prompt_tokens", "completion_tokens", "total_tokens"})
            QCOMPARE(ou.value(L(key)).toInteger(), fu.value(L(key)).toInteger());
        QCOMPARE(ou.value(L("prompt_tokens_details")).toObject().value(L("cached_tokens")).toInteger(),
                 qint64(4));
        QCOMPARE(ou.value(L("completion_tokens_details")).toObject().value(L("reasoning_tokens")).toInteger(),
                 qint64(3));

        // Anthropic content to a Responses client: reasoning (signature as encrypted_content), the
        // message, then the calls; usage in OpenAI's convention (input includes the cached tokens).
        Request request;
        request.maxTokens = 100;
        const QJsonObject responses = encodeResponse(Dialect::OpenAiResponses, r, request);
        QVERIFY(responses.value(L("id")).toString().startsWith(QStringLiteral("resp_")));
        QCOMPARE(responses.value(L("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(responses.value(L("max_output_tokens")).toInteger(), qint64(100));
        const QJsonArray output = responses.value(L("output")).toArray();
        QStringList types;
        for (const QJsonValue &v : output)
            types.append(v.toObject().value(L("type")).toString());
        QCOMPARE(types, (QStringList{QStringLiteral("reasoning"), QStringLiteral("message"),
                                     QStringLiteral("function_call"), QStringLiteral("function_call")}));
        QCOMPARE(output.at(0).toObject().value(L("encrypted_content")).toString(),
                 QStringLiteral("sig-abc123=="));
        QCOMPARE(output.at(2).toObject().value(L("call_id")).toString(), QStringLiteral("toolu_1"));
        QCOMPARE(output.at(2).toObject().value(L("arguments")).toString(),
                 QStringLiteral("{\"city\":\"Paris\"}"));
        QCOMPARE(
            jsonLines(responses.value(L("usage"))),
            jsonLines(obj(
                "{\"input_tokens\":19,\"input_tokens_details\":{\"cached_tokens\":5},\"output_tokens\":24,"
                "\"output_tokens_details\":{\"reasoning_tokens\":0},\"total_tokens\":43}")));

        // Length: incomplete, with the reason.
        Response cut = r;
        cut.finishReason = FinishReason::Length;
        const QJsonObject incomplete = encodeResponse(Dialect::OpenAiResponses, cut, Request());
        QCOMPARE(incomplete.value(L("status")).toString(), QStringLiteral("incomplete"));
        QCOMPARE(incomplete.value(L("incomplete_details")).toObject().value(L("reason")).toString(),
                 QStringLiteral("max_output_tokens"));
    }

    // ---- stream encoders --------------------------------------------------------------------------

    // The Anthropic fixture decoded and encoded again is the fixture (ping aside; message_start
    // carries the documented usage fields, not the per-TTL breakdown).
    void anthropicEncoderReproducesFixture()
    {
        const QByteArray fixture = readFixture("anthropic/messages-stream-tools.sse");
        const Decoded d = decodeSse(Dialect::AnthropicMessages, fixture, 0);
        Request request;
        request.model = QStringLiteral("claude-sonnet-4-5");
        auto encoder = makeStreamEncoder(Dialect::AnthropicMessages, request);
        QByteArray wire;
        for (const StreamEvent &e : d.events)
            encoder->encode(e, wire);
        auto withoutPings = [](const QList<SseEvent> &events) {
            QList<SseEvent> out;
            for (const SseEvent &e : events) {
                if (e.event != "ping")
                    out.append(e);
            }
            return out;
        };
        const QList<SseEvent> expected = withoutPings(sseEvents(fixture, 0));
        const QList<SseEvent> actual = withoutPings(sseEvents(wire, 0));
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).event, expected.at(i).event);
            QJsonObject a = QJsonDocument::fromJson(actual.at(i).data).object();
            QJsonObject e = QJsonDocument::fromJson(expected.at(i).data).object();
            if (actual.at(i).event == "message_start") {
                QJsonObject am = a.value(L("message")).toObject();
                QJsonObject em = e.value(L("message")).toObject();
                QJsonObject eu = em.value(L("usage")).toObject();
                eu.remove(QStringLiteral("cache_creation"));
                eu.remove(QStringLiteral("service_tier"));
                em.insert(QStringLiteral("usage"), eu);
                a.insert(QStringLiteral("message"), am);
                e.insert(QStringLiteral("message"), em);
            }
            QCOMPARE(jsonLines(a), jsonLines(e));
        }
    }

    // Canonical events for the Responses fixture's answer, through our encoder: the fixture, event for
    // event (generated ids, padding and the request echo in `response` aside).
    void responsesEncoderReproducesFixture()
    {
        Request request;
        QVERIFY(!decodeRequest(Dialect::OpenAiResponses, fixtureBody("openai-responses/request-codex.json"),
                               request));
        QList<StreamEvent> events;
        auto push = [&](Type t, int index, Part::Kind kind, const char *text = "") {
            StreamEvent e;
            e.type = t;
            e.index = index;
            e.blockKind = kind;
            e.text = str(text);
            events.append(e);
        };
        push(Type::Start, 0, Part::Kind::Text);
        events.last().id = QStringLiteral("resp_68af4030592c81938ec0a5fbab4a3e9f");
        events.last().name = QStringLiteral("gpt-5-codex");
        push(Type::BlockStart, 0, Part::Kind::Thinking);
        push(Type::ThinkingDelta, 0, Part::Kind::Thinking, "Let me ");
        push(Type::ThinkingDelta, 0, Part::Kind::Thinking, "think.");
        push(Type::SignatureDelta, 0, Part::Kind::Thinking, "gAAAAABfakeEncryptedReasoning2==");
        push(Type::BlockStop, 0, Part::Kind::Thinking);
        push(Type::BlockStart, 1, Part::Kind::Text);
        push(Type::TextDelta, 1, Part::Kind::Text, "Check");
        push(Type::TextDelta, 1, Part::Kind::Text, "ing.");
        push(Type::BlockStop, 1, Part::Kind::Text);
        push(Type::BlockStart, 2, Part::Kind::ToolCall);
        events.last().id = QStringLiteral("call_1");
        events.last().name = QStringLiteral("get_weather");
        push(Type::ArgumentsDelta, 2, Part::Kind::ToolCall, "{\"city");
        push(Type::ArgumentsDelta, 2, Part::Kind::ToolCall, "\":\"Par");
        push(Type::ArgumentsDelta, 2, Part::Kind::ToolCall, "is\"}");
        push(Type::BlockStop, 2, Part::Kind::ToolCall);
        push(Type::Finish, 0, Part::Kind::Text);
        events.last().finishReason = FinishReason::ToolCalls;
        events.last().usage = usage(20, 9, 4, 0, 3);
        QVERIFY(checkOrder(events).isEmpty());

        auto encoder = makeStreamEncoder(Dialect::OpenAiResponses, request);
        QByteArray wire;
        for (const StreamEvent &e : std::as_const(events))
            encoder->encode(e, wire);
        Response parsed;
        QString status;
        const QString problem = readResponsesStream(wire, parsed, status);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QList<SseEvent> expected =
            sseEvents(readFixture("openai-responses/stream-function-call.sse"), 0);
        const QList<SseEvent> actual = sseEvents(wire, 0);
        QCOMPARE(actual.size(), expected.size());
        const QStringList ignored{QStringLiteral("id"), QStringLiteral("item_id"),
                                  QStringLiteral("obfuscation"), QStringLiteral("logprobs")};
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).event, expected.at(i).event);
            QJsonObject a = QJsonDocument::fromJson(actual.at(i).data).object();
            QJsonObject e = QJsonDocument::fromJson(expected.at(i).data).object();
            if (a.contains(L("response"))) {
                // We send a subset of the Response object; what we send must match.
                const QJsonObject ar = a.take(QStringLiteral("response")).toObject();
                const QJsonObject er = e.take(QStringLiteral("response")).toObject();
                for (auto it = ar.begin(); it != ar.end(); ++it) {
                    if (it.key() == L("id") || it.key() == L("created_at"))
                        continue;
                    QVERIFY2(er.contains(it.key()), qPrintable(it.key()));
                    QCOMPARE(jsonLines(stripKeys(it.value(), ignored)),
                             jsonLines(stripKeys(er.value(it.key()), ignored)));
                }
            }
            QCOMPARE(jsonLines(stripKeys(a, ignored)), jsonLines(stripKeys(e, ignored)));
        }
    }

    // Decode in dialect A, encode as dialect B, read back as B's client would: the same content and
    // usage, less what B's wire format has no field for.
    void crossDialect_data()
    {
        QTest::addColumn<Dialect>("from");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Dialect>("to");
        QTest::addColumn<bool>("losesThinkingSignature");
        QTest::addColumn<bool>("losesReasoningTokens");
        QTest::addColumn<bool>("losesCacheWrites");

        const QByteArray anthropic = readFixture("anthropic/messages-stream-tools.sse");
        const QByteArray openAi = readFixture("openai-chat/stream-parallel-tools.sse");
        const QByteArray geminiText = readFixture("gemini/stream-text.sse");
        const QByteArray geminiTools = geminiToolsStream();
        const Dialect a = Dialect::AnthropicMessages, o = Dialect::OpenAiChat, g = Dialect::Gemini,
                      r = Dialect::OpenAiResponses;
        QTest::newRow("openai-chat>anthropic") << o << openAi << a << false << true << false;
        QTest::newRow("anthropic>openai-chat") << a << anthropic << o << true << false << true;
        QTest::newRow("anthropic>anthropic") << a << anthropic << a << false << false << false;
        QTest::newRow("openai-chat>openai-chat") << o << openAi << o << false << false << false;
        QTest::newRow("gemini-text>openai-chat") << g << geminiText << o << false << false << false;
        QTest::newRow("gemini-tools>openai-chat") << g << geminiTools << o << false << false << false;
        QTest::newRow("gemini-tools>anthropic") << g << geminiTools << a << false << true << false;
        QTest::newRow("anthropic>responses") << a << anthropic << r << false << false << true;
        QTest::newRow("openai-chat>responses") << o << openAi << r << false << false << false;
        QTest::newRow("gemini-tools>responses") << g << geminiTools << r << false << false << false;
        QTest::newRow("gemini-text>responses") << g << geminiText << r << false << false << false;
    }

    void crossDialect()
    {
        QFETCH(Dialect, from);
        QFETCH(QByteArray, bytes);
        QFETCH(Dialect, to);
        QFETCH(bool, losesThinkingSignature);
        QFETCH(bool, losesReasoningTokens);
        QFETCH(bool, losesCacheWrites);

        const Decoded source = decodeSse(from, bytes, 0);
        QVERIFY(checkOrder(source.events).isEmpty());
        Response expected = accumulate(source.events);
        QCOMPARE(expected.finishReason == FinishReason::Error, false);
        for (Part &p : expected.content) {
            if (losesThinkingSignature && p.kind == Part::Kind::Thinking)
                p.signature.clear();
        }
        if (losesReasoningTokens)
            expected.usage.reasoningTokens = 0;
        if (losesCacheWrites)
            expected.usage.cacheWriteTokens = 0;

        Request request;
        request.model = QStringLiteral("client-model");
        request.stream = true;
        request.streamUsage = true;
        auto encoder = makeStreamEncoder(to, request);
        QByteArray wire;
        for (const StreamEvent &e : source.events)
            encoder->encode(e, wire);

        if (to == Dialect::OpenAiResponses) {
            Response actual;
            QString status;
            const QString problem = readResponsesStream(wire, actual, status);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(status, QStringLiteral("completed"));
            QCOMPARE(actual.model, expected.model);
            QCOMPARE(describe(actual.content), describe(expected.content));
            QCOMPARE(describe(actual.usage), describe(expected.usage));
            return;
        }
        for (int chunking : {0, 1, 5}) {
            const Decoded back = decodeSse(to, wire, chunking);
            const QString order = checkOrder(back.events);
            QVERIFY2(order.isEmpty(), qPrintable(order));
            QCOMPARE(back.fromEnd, qsizetype(0)); // the encoded stream says itself that it is complete
            Response actual = accumulate(back.events);
            unpackIds(actual.content); // an Anthropic client sees Gemini signatures packed into the id
            QCOMPARE(actual.model, expected.model);
            QCOMPARE(describe(actual.content), describe(expected.content));
            QCOMPARE(finishReasonName(actual.finishReason), finishReasonName(expected.finishReason));
            QCOMPARE(describe(actual.usage), describe(expected.usage));
        }
    }

    void streamEncoderErrors_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QByteArray>("eventName");
        QTest::newRow("openai-chat") << Dialect::OpenAiChat << QByteArray();
        QTest::newRow("anthropic") << Dialect::AnthropicMessages << QByteArray("error");
        QTest::newRow("responses") << Dialect::OpenAiResponses << QByteArray("error");
    }

    void streamEncoderErrors()
    {
        // An upstream failure mid-stream reaches the client as its dialect's error event.
        QFETCH(Dialect, dialect);
        QFETCH(QByteArray, eventName);
        auto encoder = makeStreamEncoder(dialect, Request());
        QByteArray wire;
        StreamEvent start;
        encoder->encode(start, wire);
        StreamEvent error;
        error.type = Type::Error;
        error.error = Error::make(529, Error::Kind::Overloaded, QStringLiteral("Overloaded"),
                                  QStringLiteral("overloaded"));
        const qsizetype before = wire.size();
        encoder->encode(error, wire);
        const QList<SseEvent> events = sseEvents(wire.mid(before), 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, eventName);
        const QJsonObject o = QJsonDocument::fromJson(events.first().data).object();
        if (dialect == Dialect::OpenAiResponses) {
            QCOMPARE(o.value(L("type")).toString(), QStringLiteral("error"));
            QCOMPARE(o.value(L("code")).toString(), QStringLiteral("overloaded"));
            QCOMPARE(o.value(L("message")).toString(), QStringLiteral("Overloaded"));
            QVERIFY(o.value(L("sequence_number")).toInteger() > 0);
        } else {
            QCOMPARE(o.value(L("error")).toObject().value(L("type")).toString(),
                     QStringLiteral("overloaded_error"));
            QCOMPARE(o.value(L("error")).toObject().value(L("message")).toString(),
                     QStringLiteral("Overloaded"));
            // What the client's SDK reads, our own decoder reads too.
            QList<StreamEvent> decoded;
            makeStreamDecoder(dialect)->feed(events.first(), decoded);
            QCOMPARE(decoded.size(), 1);
            QCOMPARE(decoded.first().type, Type::Error);
            QCOMPARE(decoded.first().error.kind, Error::Kind::Overloaded);
        }
    }

    // ---- errors -----------------------------------------------------------------------------------

    void decodeError_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");

        QTest::newRow("openai-context-length-fixture")
            << Dialect::OpenAiChat << 400 << compact(fixtureBody("openai-chat/error-context-length.json"))
            << Error::Kind::InvalidRequest << QStringLiteral("context_length_exceeded")
            << QStringLiteral("messages")
            << QStringLiteral("This model's maximum context length is 128000 tokens.");
        QTest::newRow("openai-context-length-without-code")
            << Dialect::OpenAiChat << 400
            << QByteArray("{\"error\":{\"message\":\"This model's maximum context length is 8192 tokens, "
                          "however you "
                          "requested 9000 "
                          "tokens\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}")
            << Error::Kind::InvalidRequest << QStringLiteral("context_length_exceeded") << QString()
            << QStringLiteral("maximum context length is 8192");
        QTest::newRow("openai-rate-limit")
            << Dialect::OpenAiChat << 429
            << QByteArray(
                   "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"param\":null,"
                   "\"code\":\"rate_limit_exceeded\"}}")
            << Error::Kind::RateLimit << QStringLiteral("rate_limit_exceeded") << QString()
            << QStringLiteral("Rate limit reached");
        QTest::newRow("openai-bad-key") << Dialect::OpenAiChat << 401
                                        << QByteArray("{\"error\":{\"message\":\"Incorrect API key "
                                                      "provided\",\"type\":\"invalid_request_error\","
                                                      "\"param\":null,\"code\":\"invalid_api_key\"}}")
                                        << Error::Kind::Authentication << QStringLiteral("invalid_api_key")
                                        << QString() << QStringLiteral("Incorrect API key");
        QTest::newRow("anthropic-overloaded-fixture")
            << Dialect::AnthropicMessages << 529 << compact(fixtureBody("anthropic/error-overloaded.json"))
            << Error::Kind::Overloaded << QString() << QString() << QStringLiteral("Overloaded");
        QTest::newRow("anthropic-overloaded-any-status")
            << Dialect::AnthropicMessages << 500 << compact(fixtureBody("anthropic/error-overloaded.json"))
            << Error::Kind::Overloaded << QString() << QString() << QStringLiteral("Overloaded");
        QTest::newRow("anthropic-prompt-too-long")
            << Dialect::AnthropicMessages << 400
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":"
                          "\"prompt is too "
                          "long: 208000 tokens > 200000 maximum\"}}")
            << Error::Kind::InvalidRequest << QStringLiteral("context_length_exceeded") << QString()
            << QStringLiteral("prompt is too long");
        QTest::newRow("anthropic-rate-limit")
            << Dialect::AnthropicMessages << 429
            << QByteArray(
                   "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"Slow down\"}}")
            << Error::Kind::RateLimit << QString() << QString() << QStringLiteral("Slow down");
        QTest::newRow("google-429-fixture")
            << Dialect::Gemini << 429 << compact(fixtureBody("gemini/error-429.json"))
            << Error::Kind::RateLimit << QStringLiteral("RESOURCE_EXHAUSTED") << QString()
            << QStringLiteral("Resource has been exhausted");
        QTest::newRow("google-unavailable") << Dialect::Gemini << 503
                                            << QByteArray("{\"error\":{\"code\":503,\"message\":\"The model "
                                                          "is overloaded.\",\"status\":\"UNAVAILABLE\"}}")
                                            << Error::Kind::Overloaded << QStringLiteral("UNAVAILABLE")
                                            << QString() << QStringLiteral("overloaded");
        QTest::newRow("google-context-length")
            << Dialect::Gemini << 400
            << QByteArray("{\"error\":{\"code\":400,\"message\":\"The input token count (1200000) exceeds "
                          "the maximum "
                          "number of tokens allowed (1048576).\",\"status\":\"INVALID_ARGUMENT\"}}")
            << Error::Kind::InvalidRequest << QStringLiteral("context_length_exceeded") << QString()
            << QStringLiteral("input token count");
        QTest::newRow("google-stream-array")
            << Dialect::Gemini << 429
            << QByteArray(
                   "[{\"error\":{\"code\":429,\"message\":\"Quota\",\"status\":\"RESOURCE_EXHAUSTED\"}}]")
            << Error::Kind::RateLimit << QStringLiteral("RESOURCE_EXHAUSTED") << QString()
            << QStringLiteral("Quota");
        QTest::newRow("html") << Dialect::OpenAiChat << 502
                              << QByteArray("<html><body>\n Bad   Gateway\n</body></html>")
                              << Error::Kind::Server << QString() << QString()
                              << QStringLiteral("Bad Gateway");
        QTest::newRow("empty") << Dialect::AnthropicMessages << 504 << QByteArray() << Error::Kind::Timeout
                               << QString() << QString() << QStringLiteral("HTTP 504 with no body");
        QTest::newRow("string-error")
            << Dialect::OpenAiChat << 500 << QByteArray("{\"error\":\"boom\"}") << Error::Kind::Server
            << QString() << QString() << QStringLiteral("boom");
        QTest::newRow("top-level-message")
            << Dialect::OpenAiChat << 404 << QByteArray("{\"message\":\"No such model\"}")
            << Error::Kind::NotFound << QString() << QString() << QStringLiteral("No such model");
        QTest::newRow("empty-array") << Dialect::Gemini << 500 << QByteArray("[]") << Error::Kind::Server
                                     << QString() << QString() << QStringLiteral("[]");
    }

    void decodeError()
    {
        QFETCH(Dialect, dialect);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, param);
        QFETCH(QString, message);
        const Error e = Switchyard::Llm::decodeError(dialect, status, body);
        QCOMPARE(e.status, status);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.param, param);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
    }

    void encodeError_data()
    {
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("anthropicType");
        QTest::addColumn<QString>("openAiType");
        QTest::addColumn<int>("anthropicStatus");
        QTest::addColumn<int>("openAiStatus");
        QTest::newRow("invalid") << Error::Kind::InvalidRequest << 400
                                 << QStringLiteral("invalid_request_error")
                                 << QStringLiteral("invalid_request_error") << 400 << 400;
        QTest::newRow("auth") << Error::Kind::Authentication << 401 << QStringLiteral("authentication_error")
                              << QStringLiteral("authentication_error") << 401 << 401;
        QTest::newRow("permission") << Error::Kind::Permission << 403 << QStringLiteral("permission_error")
                                    << QStringLiteral("permission_error") << 403 << 403;
        QTest::newRow("not-found") << Error::Kind::NotFound << 404 << QStringLiteral("not_found_error")
                                   << QStringLiteral("not_found_error") << 404 << 404;
        QTest::newRow("too-large") << Error::Kind::RequestTooLarge << 413
                                   << QStringLiteral("request_too_large")
                                   << QStringLiteral("invalid_request_error") << 413 << 413;
        QTest::newRow("rate-limit") << Error::Kind::RateLimit << 429 << QStringLiteral("rate_limit_error")
                                    << QStringLiteral("rate_limit_error") << 429 << 429;
        QTest::newRow("overloaded-529")
            << Error::Kind::Overloaded << 529 << QStringLiteral("overloaded_error")
            << QStringLiteral("overloaded_error") << 529 << 503;
        QTest::newRow("overloaded-503")
            << Error::Kind::Overloaded << 503 << QStringLiteral("overloaded_error")
            << QStringLiteral("overloaded_error") << 529 << 503;
        QTest::newRow("server") << Error::Kind::Server << 500 << QStringLiteral("api_error")
                                << QStringLiteral("server_error") << 500 << 500;
        QTest::newRow("timeout") << Error::Kind::Timeout << 504 << QStringLiteral("timeout_error")
                                 << QStringLiteral("timeout_error") << 504 << 504;
        QTest::newRow("upstream") << Error::Kind::Upstream << 502 << QStringLiteral("api_error")
                                  << QStringLiteral("upstream_error") << 502 << 502;
    }

    void encodeError()
    {
        QFETCH(Error::Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, anthropicType);
        QFETCH(QString, openAiType);
        QFETCH(int, anthropicStatus);
        QFETCH(int, openAiStatus);
        const Error plain = Error::make(status, kind, QStringLiteral("What happened"));
        const Error detailed = Error::make(status, kind, QStringLiteral("What happened"),
                                           QStringLiteral("some_code"), QStringLiteral("messages[0]"));

        // https://docs.anthropic.com/en/api/errors
        QCOMPARE(QJsonDocument::fromJson(Switchyard::Llm::encodeError(Dialect::AnthropicMessages, detailed))
                     .object(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                              {QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("type"), anthropicType},
                                           {QStringLiteral("message"), QStringLiteral("What happened")}}}}));
        // https://platform.openai.com/docs/guides/error-codes: param and code are null when unknown.
        for (Dialect d : {Dialect::OpenAiChat, Dialect::OpenAiResponses}) {
            QCOMPARE(QJsonDocument::fromJson(Switchyard::Llm::encodeError(d, plain)).object(),
                     (QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("message"), QStringLiteral("What happened")},
                                               {QStringLiteral("type"), openAiType},
                                               {QStringLiteral("param"), QJsonValue::Null},
                                               {QStringLiteral("code"), QJsonValue::Null}}}}));
            QCOMPARE(QJsonDocument::fromJson(Switchyard::Llm::encodeError(d, detailed)).object(),
                     (QJsonObject{{QStringLiteral("error"),
                                   QJsonObject{{QStringLiteral("message"), QStringLiteral("What happened")},
                                               {QStringLiteral("type"), openAiType},
                                               {QStringLiteral("param"), QStringLiteral("messages[0]")},
                                               {QStringLiteral("code"), QStringLiteral("some_code")}}}}));
        }
        QCOMPARE(errorStatus(Dialect::AnthropicMessages, plain), anthropicStatus);
        QCOMPARE(errorStatus(Dialect::OpenAiChat, plain), openAiStatus);
        QCOMPARE(errorStatus(Dialect::OpenAiResponses, plain), openAiStatus);

        // As stream events.
        QList<SseEvent> events = sseEvents(encodeErrorEvent(Dialect::AnthropicMessages, detailed), 0);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray("error"));
        QCOMPARE(events.first().data, Switchyard::Llm::encodeError(Dialect::AnthropicMessages, detailed));
        events = sseEvents(encodeErrorEvent(Dialect::OpenAiChat, detailed), 0);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QByteArray());
        QCOMPARE(events.first().data, Switchyard::Llm::encodeError(Dialect::OpenAiChat, detailed));
        events = sseEvents(encodeErrorEvent(Dialect::OpenAiResponses, plain) +
                               encodeErrorEvent(Dialect::OpenAiResponses, detailed),
                           0);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).event, QByteArray("error"));
        QCOMPARE(QJsonDocument::fromJson(events.at(0).data).object(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                              {QStringLiteral("code"), openAiType},
                              {QStringLiteral("message"), QStringLiteral("What happened")},
                              {QStringLiteral("param"), QJsonValue::Null}}));
        QCOMPARE(QJsonDocument::fromJson(events.at(1).data).object(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                              {QStringLiteral("code"), QStringLiteral("some_code")},
                              {QStringLiteral("message"), QStringLiteral("What happened")},
                              {QStringLiteral("param"), QStringLiteral("messages[0]")}}));
    }

    void errorRoundTrip_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::newRow("anthropic") << Dialect::AnthropicMessages;
        QTest::newRow("openai-chat") << Dialect::OpenAiChat;
    }

    void errorRoundTrip()
    {
        // What we send a client, our own decoder (and so a chained Switchyard) reads back as the same kind.
        QFETCH(Dialect, dialect);
        const QList<std::pair<Error::Kind, int>> cases = {
            {Error::Kind::InvalidRequest, 400}, {Error::Kind::Authentication, 401},
            {Error::Kind::NotFound, 404},       {Error::Kind::RateLimit, 429},
            {Error::Kind::Overloaded, 529},
        };
        for (const auto &[kind, status] : cases) {
            const Error e = Error::make(status, kind, QStringLiteral("m"));
            const Error back = Switchyard::Llm::decodeError(dialect, errorStatus(dialect, e),
                                                            Switchyard::Llm::encodeError(dialect, e));
            QCOMPARE(back.kind, kind);
            QCOMPARE(back.message, QStringLiteral("m"));
        }
    }

    // ---- ids --------------------------------------------------------------------------------------

    void packToolCallId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("packed");
        QTest::newRow("no-signature") << QStringLiteral("call_1") << QString() << QStringLiteral("call_1");
        QTest::newRow("signature") << QStringLiteral("call_1") << QStringLiteral("gsig-1")
                                   << QStringLiteral("call_1__thought__gsig-1");
        QTest::newRow("base64-signature")
            << QStringLiteral("toolu_01A09q90qw90lq917835lq9") << QStringLiteral("CiQBcsjafQ+/Ab==\n")
            << QStringLiteral("toolu_01A09q90qw90lq917835lq9__thought__CiQBcsjafQ+/Ab==\n");
        QTest::newRow("signature-with-separator") << QStringLiteral("c") << QStringLiteral("a__thought__b")
                                                  << QStringLiteral("c__thought__a__thought__b");
        QTest::newRow("empty-id") << QString() << QStringLiteral("s") << QStringLiteral("__thought__s");
    }

    void packToolCallId()
    {
        QFETCH(QString, id);
        QFETCH(QString, signature);
        QFETCH(QString, packed);
        QCOMPARE(Switchyard::Llm::packToolCallId(id, signature), packed);
        QString unpackedId = packed;
        QString unpackedSignature;
        unpackToolCallId(unpackedId, unpackedSignature);
        QCOMPARE(unpackedId, id);
        QCOMPARE(unpackedSignature, signature);
    }

    void unpackLeavesPlainIds()
    {
        QString id = QStringLiteral("call_plain");
        QString signature = QStringLiteral("kept");
        unpackToolCallId(id, signature);
        QCOMPARE(id, QStringLiteral("call_plain"));
        QCOMPARE(signature, QStringLiteral("kept"));
    }

    // ---- estimates --------------------------------------------------------------------------------

    void estimates()
    {
        QCOMPARE(estimateTokens(QString()), qint64(0));
        QCOMPARE(estimateTokens(QStringLiteral("abcd")), qint64(1));
        QCOMPARE(estimateTokens(QStringLiteral("abcde")), qint64(2));
        Request r;
        r.messages.append(message(Message::Role::User, {textPart("abcdefgh")}));
        const qint64 textOnly = estimateInputTokens(r);
        QCOMPARE(textOnly, qint64(3 + 4 + 2));
        r.messages.first().parts.append(imagePart("https://example.com/a.png"));
        QCOMPARE(estimateInputTokens(r), textOnly + 1000);
        QVERIFY(estimateInputTokens(sampleRequest()) > estimateInputTokens(r));
    }
};

QTEST_GUILESS_MAIN(TestLlmCodecs)
#include "tst_llmcodecs.moc"
