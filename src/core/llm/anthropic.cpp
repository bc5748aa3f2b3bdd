// SPDX-License-Identifier: GPL-3.0-or-later
// Anthropic Messages (https://docs.anthropic.com/en/api/messages, .../messages-streaming,
// .../errors; checked 2026-11-25). Thinking blocks keep their `signature` byte for byte: Claude
// rejects a conversation whose earlier thinking was altered.
#include "codec_p.h"

#include <QJsonDocument>

namespace Switchyard::Llm::Anthropic {

namespace {

using L = QLatin1StringView;
constexpr qint64 kDefaultMaxTokens = 4096;

std::optional<Error> decodeBlocks(const QJsonValue &content, QList<Part> &parts, const QString &where)
{
    if (content.isString()) {
        parts.append(Part::makeText(content.toString()));
        return std::nullopt;
    }
    if (!content.isArray())
        return invalid(QStringLiteral("%1.content must be a string or an array of content blocks").arg(where),
                       where + QStringLiteral(".content"));
    const QJsonArray blocks = content.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject b = blocks.at(i).toObject();
        const QString type = jstr(b, L("type"));
        Part p;
        p.cacheControl = b.value(L("cache_control"));
        if (type == L("text")) {
            p.text = jstr(b, L("text"));
        } else if (type == L("image")) {
            p.kind = Part::Kind::Image;
            const QJsonObject source = b.value(L("source")).toObject();
            if (jstr(source, L("type")) == L("url")) {
                p.url = jstr(source, L("url"));
            } else {
                p.mediaType = jstr(source, L("media_type"));
                p.data = jstr(source, L("data"));
            }
        } else if (type == L("thinking")) {
            p.kind = Part::Kind::Thinking;
            p.text = jstr(b, L("thinking"));
            p.signature = jstr(b, L("signature"));
        } else if (type == L("redacted_thinking")) {
            p.kind = Part::Kind::RedactedThinking;
            p.data = jstr(b, L("data"));
        } else if (type == L("tool_use")) {
            p.kind = Part::Kind::ToolCall;
            p.id = jstr(b, L("id"));
            unpackToolCallId(p.id, p.signature);
            p.name = jstr(b, L("name"));
            p.arguments = QString::fromUtf8(
                QJsonDocument(b.value(L("input")).toObject()).toJson(QJsonDocument::Compact));
        } else if (type == L("tool_result")) {
            p.kind = Part::Kind::ToolResult;
            p.id = jstr(b, L("tool_use_id"));
            QString ignored;
            unpackToolCallId(p.id, ignored);
            p.text = contentText(b.value(L("content")));
            p.isError = b.value(L("is_error")).toBool(false);
        } else {
            return invalid(QStringLiteral("%1.content[%2]: blocks of type '%3' cannot be translated for this "
                                          "upstream (text, image, thinking, tool_use and tool_result can)")
                               .arg(where)
                               .arg(i)
                               .arg(type.left(40)),
                           where + QStringLiteral(".content"));
        }
        parts.append(p);
    }
    return std::nullopt;
}

QJsonObject withCache(QJsonObject o, const QJsonValue &cacheControl)
{
    if (cacheControl.isObject())
        o.insert(QStringLiteral("cache_control"), cacheControl);
    return o;
}

QJsonObject argumentsObject(const QString &arguments)
{
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8());
    return doc.object(); // a model's malformed arguments become {} rather than a refused request
}

QJsonArray encodeBlocks(const QList<Part> &parts, bool assistant)
{
    QJsonArray out;
    for (const Part &p : parts) {
        switch (p.kind) {
        case Part::Kind::Text:
            if (!p.text.isEmpty()) // Claude refuses empty text blocks
                out.append(withCache(
                    {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), p.text}},
                    p.cacheControl));
            break;
        case Part::Kind::Image: {
            QJsonObject source;
            QString url = p.url;
            if (url.startsWith(L("data:"))) {
                const qsizetype comma = url.indexOf(QLatin1Char(','));
                const QString meta = url.mid(5, comma - 5);
                source = {{QStringLiteral("type"), QStringLiteral("base64")},
                          {QStringLiteral("media_type"), meta.section(QLatin1Char(';'), 0, 0)},
                          {QStringLiteral("data"), url.mid(comma + 1)}};
            } else if (!url.isEmpty()) {
                source = {{QStringLiteral("type"), QStringLiteral("url")}, {QStringLiteral("url"), url}};
            } else {
                source = {{QStringLiteral("type"), QStringLiteral("base64")},
                          {QStringLiteral("media_type"), p.mediaType},
                          {QStringLiteral("data"), p.data}};
            }
            out.append(withCache(
                {{QStringLiteral("type"), QStringLiteral("image")}, {QStringLiteral("source"), source}},
                p.cacheControl));
            break;
        }
        case Part::Kind::Thinking:
            // Only signed thinking can go back to Claude; reasoning text from other providers cannot.
            if (assistant && !p.signature.isEmpty())
                out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                       {QStringLiteral("thinking"), p.text},
                                       {QStringLiteral("signature"), p.signature}});
            break;
        case Part::Kind::RedactedThinking:
            if (assistant)
                out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("redacted_thinking")},
                                       {QStringLiteral("data"), p.data}});
            break;
        case Part::Kind::ToolCall:
            out.append(withCache({{QStringLiteral("type"), QStringLiteral("tool_use")},
                                  {QStringLiteral("id"), p.id},
                                  {QStringLiteral("name"), p.name},
                                  {QStringLiteral("input"), argumentsObject(p.arguments)}},
                                 p.cacheControl));
            break;
        case Part::Kind::ToolResult: {
            QJsonObject o{{QStringLiteral("type"), QStringLiteral("tool_result")},
                          {QStringLiteral("tool_use_id"), p.id},
                          {QStringLiteral("content"), p.text}};
            if (p.isError)
                o.insert(QStringLiteral("is_error"), true);
            out.append(withCache(o, p.cacheControl));
            break;
        }
        }
    }
    return out;
}

FinishReason decodeStopReason(const QString &r)
{
    if (r == L("max_tokens") || r == L("model_context_window_exceeded"))
        return FinishReason::Length;
    if (r == L("tool_use"))
        return FinishReason::ToolCalls;
    if (r == L("stop_sequence"))
        return FinishReason::StopSequence;
    if (r == L("refusal"))
        return FinishReason::Refusal;
    return r.isEmpty() ? FinishReason::Unset : FinishReason::Stop;
}

QString encodeStopReason(FinishReason r)
{
    switch (r) {
    case FinishReason::Length: return QStringLiteral("max_tokens");
    case FinishReason::ToolCalls: return QStringLiteral("tool_use");
    case FinishReason::StopSequence: return QStringLiteral("stop_sequence");
    case FinishReason::ContentFilter:
    case FinishReason::Refusal: return QStringLiteral("refusal");
    case FinishReason::Unset:
    case FinishReason::Stop:
    case FinishReason::Error: break;
    }
    return QStringLiteral("end_turn");
}

QJsonObject encodeUsage(const Usage &u)
{
    return QJsonObject{
        {QStringLiteral("input_tokens"),
         qMax<qint64>(0, u.inputTokens - u.cachedReadTokens - u.cacheWriteTokens)},
        {QStringLiteral("cache_creation_input_tokens"), u.cacheWriteTokens},
        {QStringLiteral("cache_read_input_tokens"), u.cachedReadTokens},
        {QStringLiteral("output_tokens"), u.outputTokens},
    };
}

QJsonObject encodeBlockStart(const StreamEvent &e)
{
    switch (e.blockKind) {
    case Part::Kind::Thinking:
        return {{QStringLiteral("type"), QStringLiteral("thinking")},
                {QStringLiteral("thinking"), QString()},
                {QStringLiteral("signature"), QString()}};
    case Part::Kind::RedactedThinking:
        return {{QStringLiteral("type"), QStringLiteral("redacted_thinking")},
                {QStringLiteral("data"), e.text}};
    case Part::Kind::ToolCall:
        return {{QStringLiteral("type"), QStringLiteral("tool_use")},
                {QStringLiteral("id"), packToolCallId(e.id, e.text)},
                {QStringLiteral("name"), e.name},
                {QStringLiteral("input"), QJsonObject{}}};
    case Part::Kind::Text:
    case Part::Kind::Image:
    case Part::Kind::ToolResult: break;
    }
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}};
}

} // namespace

// Anthropic counts cached tokens beside input_tokens; canonical input includes them.
Usage decodeUsage(const QJsonObject &u)
{
    Usage usage;
    if (u.isEmpty())
        return usage;
    usage.known = true;
    usage.cachedReadTokens = jint(u, L("cache_read_input_tokens"));
    usage.cacheWriteTokens = jint(u, L("cache_creation_input_tokens"));
    usage.inputTokens = jint(u, L("input_tokens")) + usage.cachedReadTokens + usage.cacheWriteTokens;
    usage.outputTokens = jint(u, L("output_tokens"));
    return usage;
}

QString errorType(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::InvalidRequest: return QStringLiteral("invalid_request_error");
    case Error::Kind::Authentication: return QStringLiteral("authentication_error");
    case Error::Kind::Permission: return QStringLiteral("permission_error");
    case Error::Kind::NotFound: return QStringLiteral("not_found_error");
    case Error::Kind::RequestTooLarge: return QStringLiteral("request_too_large");
    case Error::Kind::RateLimit: return QStringLiteral("rate_limit_error");
    case Error::Kind::Overloaded: return QStringLiteral("overloaded_error");
    case Error::Kind::Timeout: return QStringLiteral("timeout_error");
    case Error::Kind::Server:
    case Error::Kind::Upstream: break;
    }
    return QStringLiteral("api_error");
}

std::optional<Error> decodeRequest(const QJsonObject &body, Request &out)
{
    out.model = jstr(body, L("model"));
    const QJsonValue system = body.value(L("system"));
    if (system.isString()) {
        out.system.append(Part::makeText(system.toString()));
    } else if (system.isArray()) {
        for (const QJsonValue &v : system.toArray()) {
            Part p = Part::makeText(jstr(v.toObject(), L("text")));
            p.cacheControl = v.toObject().value(L("cache_control"));
            out.system.append(p);
        }
    }
    const QJsonValue messages = body.value(L("messages"));
    if (!messages.isArray())
        return invalid(QStringLiteral("messages: Field required (an array of messages)"),
                       QStringLiteral("messages"));
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject m = list.at(i).toObject();
        const QString where = QStringLiteral("messages.%1").arg(i);
        const QString role = jstr(m, L("role"));
        Message msg;
        if (role == L("user"))
            msg.role = Message::Role::User;
        else if (role == L("assistant"))
            msg.role = Message::Role::Assistant;
        else
            return invalid(QStringLiteral("%1.role: must be 'user' or 'assistant'").arg(where),
                           where + QStringLiteral(".role"));
        if (auto e = decodeBlocks(m.value(L("content")), msg.parts, where))
            return e;
        out.messages.append(msg);
    }
    const QJsonValue maxTokens = body.value(L("max_tokens"));
    if (maxTokens.isDouble())
        out.maxTokens = jsonInteger(maxTokens);
    for (const QJsonValue &v : body.value(L("tools")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString type = jstr(t, L("type"));
        if (!type.isEmpty() && type != L("custom"))
            return invalid(QStringLiteral("tools: the server tool '%1' only works with an Anthropic upstream")
                               .arg(type.left(60)),
                           QStringLiteral("tools"));
        out.tools.append(Tool{jstr(t, L("name")), jstr(t, L("description")),
                              OpenAiChat::toolSchemaObject(t.value(L("input_schema"))),
                              t.value(L("cache_control"))});
    }
    const QJsonObject choice = body.value(L("tool_choice")).toObject();
    if (!choice.isEmpty()) {
        const QString type = jstr(choice, L("type"));
        out.toolChoice = type == L("any")    ? ToolChoice::Required
                         : type == L("tool") ? ToolChoice::Named
                         : type == L("none") ? ToolChoice::None
                                             : ToolChoice::Auto;
        out.toolChoiceName = jstr(choice, L("name"));
        if (choice.value(L("disable_parallel_tool_use")).toBool(false))
            out.parallelToolCalls = false;
    }
    out.stream = body.value(L("stream")).toBool(false);
    out.streamUsage = true; // Anthropic streams always carry usage
    if (body.value(L("temperature")).isDouble())
        out.temperature = body.value(L("temperature")).toDouble();
    if (body.value(L("top_p")).isDouble())
        out.topP = body.value(L("top_p")).toDouble();
    if (body.value(L("top_k")).isDouble())
        out.topK = jint(body, L("top_k"));
    for (const QJsonValue &s : body.value(L("stop_sequences")).toArray())
        out.stop.append(s.toString());
    const QJsonObject thinking = body.value(L("thinking")).toObject();
    const QString thinkingType = jstr(thinking, L("type"));
    if (thinkingType == L("enabled")) {
        out.thinkingEnabled = true;
        out.thinkingBudget = jint(thinking, L("budget_tokens"));
    } else if (thinkingType == L("adaptive")) {
        // The model decides how much to think; other providers get a medium effort.
        out.thinkingEnabled = true;
        out.reasoningEffort = QStringLiteral("medium");
    }
    const QJsonObject metadata = body.value(L("metadata")).toObject();
    out.user = jstr(metadata, L("user_id"));
    return std::nullopt;
}

QJsonObject encodeRequest(const Request &r)
{
    QJsonObject body{{QStringLiteral("model"), r.model}};
    QJsonArray system;
    for (const Part &p : r.system) {
        if (!p.text.isEmpty())
            system.append(withCache(
                {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), p.text}},
                p.cacheControl));
    }
    if (r.responseFormat.isObject()) {
        // Claude has no response_format; ask for the JSON in words, with the schema when given.
        const QJsonObject format = r.responseFormat.toObject();
        const QJsonValue schema = format.value(L("json_schema")).toObject().value(L("schema"));
        QString text = QStringLiteral("Respond with a single JSON value only, no prose and no code fences.");
        if (schema.isObject())
            text += QStringLiteral(" It must validate against this JSON Schema: ") +
                    QString::fromUtf8(QJsonDocument(schema.toObject()).toJson(QJsonDocument::Compact));
        system.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
    }
    if (!system.isEmpty())
        body.insert(QStringLiteral("system"), system);

    // Claude wants user/assistant turns; tool results are user content. Adjacent user-side turns
    // (OpenAI's one `tool` message per result, then a user message) are merged into one.
    QJsonArray messages;
    for (const Message &m : r.messages) {
        const bool assistant = m.role == Message::Role::Assistant;
        const QString role = assistant ? QStringLiteral("assistant") : QStringLiteral("user");
        QJsonArray blocks = encodeBlocks(m.parts, assistant);
        if (blocks.isEmpty())
            continue;
        if (!messages.isEmpty()) {
            QJsonObject last = messages.last().toObject();
            if (jstr(last, L("role")) == role) {
                QJsonArray merged = last.value(L("content")).toArray();
                for (const QJsonValue &b : blocks)
                    merged.append(b);
                last.insert(QStringLiteral("content"), merged);
                messages.replace(messages.size() - 1, last);
                continue;
            }
        }
        messages.append(QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), blocks}});
    }
    body.insert(QStringLiteral("messages"), messages);

    qint64 budget = 0;
    if (r.thinkingBudget && *r.thinkingBudget > 0) {
        budget = qMax<qint64>(1024, *r.thinkingBudget);
    } else if (r.thinkingEnabled) {
        const QString effort = r.reasoningEffort;
        budget = effort == L("high") ? 16384 : effort == L("low") || effort == L("minimal") ? 1024 : 4096;
    }
    qint64 maxTokens = r.maxTokens.value_or(kDefaultMaxTokens);
    if (budget > 0 && maxTokens <= budget)
        maxTokens = budget + kDefaultMaxTokens;
    body.insert(QStringLiteral("max_tokens"), maxTokens);
    if (budget > 0)
        body.insert(QStringLiteral("thinking"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("enabled")},
                                {QStringLiteral("budget_tokens"), budget}});

    if (!r.tools.isEmpty()) {
        QJsonArray tools;
        for (const Tool &t : r.tools) {
            QJsonObject o{{QStringLiteral("name"), t.name}, {QStringLiteral("input_schema"), t.parameters}};
            if (!t.description.isEmpty())
                o.insert(QStringLiteral("description"), t.description);
            tools.append(withCache(o, t.cacheControl));
        }
        body.insert(QStringLiteral("tools"), tools);
        QJsonObject choice;
        switch (r.toolChoice) {
        case ToolChoice::Unset:
        case ToolChoice::Auto: choice.insert(QStringLiteral("type"), QStringLiteral("auto")); break;
        case ToolChoice::None: choice.insert(QStringLiteral("type"), QStringLiteral("none")); break;
        case ToolChoice::Required: choice.insert(QStringLiteral("type"), QStringLiteral("any")); break;
        case ToolChoice::Named:
            choice.insert(QStringLiteral("type"), QStringLiteral("tool"));
            choice.insert(QStringLiteral("name"), r.toolChoiceName);
            break;
        }
        if (r.parallelToolCalls == false && r.toolChoice != ToolChoice::None)
            choice.insert(QStringLiteral("disable_parallel_tool_use"), true);
        if (r.toolChoice != ToolChoice::Unset || choice.size() > 1)
            body.insert(QStringLiteral("tool_choice"), choice);
    }
    if (r.stream)
        body.insert(QStringLiteral("stream"), true);
    // Extended thinking refuses temperature and top_k changes.
    if (budget == 0) {
        if (r.temperature)
            body.insert(QStringLiteral("temperature"), qBound(0.0, *r.temperature, 1.0));
        if (r.topK)
            body.insert(QStringLiteral("top_k"), *r.topK);
    }
    if (r.topP)
        body.insert(QStringLiteral("top_p"), *r.topP);
    if (!r.stop.isEmpty())
        body.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(r.stop));
    if (!r.user.isEmpty())
        body.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), r.user}});
    return body;
}

std::optional<Error> decodeResponse(const QJsonObject &body, Response &out)
{
    out.id = jstr(body, L("id"));
    out.model = jstr(body, L("model"));
    out.created = nowSecs();
    const QJsonValue content = body.value(L("content"));
    if (!content.isArray())
        return Error::make(502, Error::Kind::Upstream,
                           QStringLiteral("the upstream answer has no content array"),
                           QStringLiteral("upstream_invalid_response"));
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject b = v.toObject();
        const QString type = jstr(b, L("type"));
        Part p;
        if (type == L("text")) {
            p.text = jstr(b, L("text"));
        } else if (type == L("thinking")) {
            p.kind = Part::Kind::Thinking;
            p.text = jstr(b, L("thinking"));
            p.signature = jstr(b, L("signature"));
        } else if (type == L("redacted_thinking")) {
            p.kind = Part::Kind::RedactedThinking;
            p.data = jstr(b, L("data"));
        } else if (type == L("tool_use")) {
            p.kind = Part::Kind::ToolCall;
            p.id = jstr(b, L("id"));
            p.name = jstr(b, L("name"));
            p.arguments = QString::fromUtf8(
                QJsonDocument(b.value(L("input")).toObject()).toJson(QJsonDocument::Compact));
        } else {
            continue; // server tool blocks: nothing a client of another dialect can use
        }
        out.content.append(p);
    }
    out.finishReason = decodeStopReason(jstr(body, L("stop_reason")));
    out.stopSequence = jstr(body, L("stop_sequence"));
    out.usage = decodeUsage(body.value(L("usage")).toObject());
    return std::nullopt;
}

QJsonObject encodeResponse(const Response &r)
{
    QJsonArray content;
    for (const Part &p : r.content) {
        switch (p.kind) {
        case Part::Kind::Text:
            content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                       {QStringLiteral("text"), p.text}});
            break;
        case Part::Kind::Thinking:
            content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                       {QStringLiteral("thinking"), p.text},
                                       {QStringLiteral("signature"), p.signature}});
            break;
        case Part::Kind::RedactedThinking:
            content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("redacted_thinking")},
                                       {QStringLiteral("data"), p.data}});
            break;
        case Part::Kind::ToolCall:
            content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                       {QStringLiteral("id"), packToolCallId(p.id, p.signature)},
                                       {QStringLiteral("name"), p.name},
                                       {QStringLiteral("input"), argumentsObject(p.arguments)}});
            break;
        case Part::Kind::Image:
        case Part::Kind::ToolResult: break;
        }
    }
    QString id = r.id;
    if (!id.startsWith(L("msg_")))
        id = QStringLiteral("msg_") + (id.isEmpty() ? newId(L("")) : id);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("model"), r.model},
        {QStringLiteral("content"), content},
        {QStringLiteral("stop_reason"), encodeStopReason(r.finishReason)},
        {QStringLiteral("stop_sequence"),
         r.stopSequence.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.stopSequence)},
        {QStringLiteral("usage"), encodeUsage(r.usage)},
    };
}

// ---- streams --------------------------------------------------------------------------------------

namespace {

class Decoder final : public StreamDecoder
{
public:
    void feed(const SseEvent &event, QList<StreamEvent> &out) override
    {
        if (m_done)
            return;
        const QJsonObject o = QJsonDocument::fromJson(event.data).object();
        QString type = jstr(o, L("type"));
        if (type.isEmpty())
            type = QString::fromLatin1(event.event);
        if (type == L("message_start")) {
            const QJsonObject message = o.value(L("message")).toObject();
            m_usage = decodeUsage(message.value(L("usage")).toObject());
            StreamEvent s;
            s.type = StreamEvent::Type::Start;
            s.id = jstr(message, L("id"));
            s.name = jstr(message, L("model"));
            s.usage = m_usage;
            out.append(s);
        } else if (type == L("content_block_start")) {
            const QJsonObject block = o.value(L("content_block")).toObject();
            const QString kind = jstr(block, L("type"));
            StreamEvent e;
            e.type = StreamEvent::Type::BlockStart;
            e.index = m_next;
            if (kind == L("text")) {
                e.blockKind = Part::Kind::Text;
            } else if (kind == L("thinking")) {
                e.blockKind = Part::Kind::Thinking;
            } else if (kind == L("redacted_thinking")) {
                e.blockKind = Part::Kind::RedactedThinking;
                e.text = jstr(block, L("data"));
            } else if (kind == L("tool_use")) {
                e.blockKind = Part::Kind::ToolCall;
                e.id = jstr(block, L("id"));
                e.name = jstr(block, L("name"));
            } else {
                m_skipping = true; // server tool blocks
                return;
            }
            m_skipping = false;
            out.append(e);
            const QString initial = jstr(block, L("text"));
            if (e.blockKind == Part::Kind::Text && !initial.isEmpty())
                delta(StreamEvent::Type::TextDelta, initial, out);
        } else if (type == L("content_block_delta")) {
            if (m_skipping)
                return;
            const QJsonObject d = o.value(L("delta")).toObject();
            const QString kind = jstr(d, L("type"));
            if (kind == L("text_delta"))
                delta(StreamEvent::Type::TextDelta, jstr(d, L("text")), out);
            else if (kind == L("thinking_delta"))
                delta(StreamEvent::Type::ThinkingDelta, jstr(d, L("thinking")), out);
            else if (kind == L("signature_delta"))
                delta(StreamEvent::Type::SignatureDelta, jstr(d, L("signature")), out);
            else if (kind == L("input_json_delta"))
                delta(StreamEvent::Type::ArgumentsDelta, jstr(d, L("partial_json")), out);
        } else if (type == L("content_block_stop")) {
            if (m_skipping) {
                m_skipping = false;
                return;
            }
            StreamEvent e;
            e.type = StreamEvent::Type::BlockStop;
            e.index = m_next++;
            out.append(e);
        } else if (type == L("message_delta")) {
            const QJsonObject d = o.value(L("delta")).toObject();
            m_finish = decodeStopReason(jstr(d, L("stop_reason")));
            m_stopSequence = jstr(d, L("stop_sequence"));
            const QJsonObject u = o.value(L("usage")).toObject();
            // Counts in message_delta are cumulative; input fields appear there only sometimes.
            if (u.contains(L("output_tokens")))
                m_usage.outputTokens = jint(u, L("output_tokens"));
            if (u.contains(L("input_tokens")) && !u.value(L("input_tokens")).isNull()) {
                const Usage full = decodeUsage(u);
                m_usage.inputTokens = full.inputTokens;
                m_usage.cachedReadTokens = full.cachedReadTokens;
                m_usage.cacheWriteTokens = full.cacheWriteTokens;
            }
            m_usage.known = true;
        } else if (type == L("message_stop")) {
            StreamEvent e;
            e.type = StreamEvent::Type::Finish;
            e.finishReason = m_finish == FinishReason::Unset ? FinishReason::Stop : m_finish;
            e.stopSequence = m_stopSequence;
            e.usage = m_usage;
            out.append(e);
            m_done = true;
        } else if (type == L("error")) {
            StreamEvent e;
            e.type = StreamEvent::Type::Error;
            e.error = decodeError(Dialect::AnthropicMessages, 500, event.data);
            if (e.error.kind == Error::Kind::Server)
                e.error.kind = Error::Kind::Upstream;
            out.append(e);
            m_done = true;
        }
        // ping: keep-alive only
    }

    void end(QList<StreamEvent> &out) override
    {
        if (m_done)
            return;
        out.append(truncatedEvent("before message_stop"));
        m_done = true;
    }

    bool finished() const override { return m_done; }

private:
    void delta(StreamEvent::Type type, const QString &text, QList<StreamEvent> &out)
    {
        out.append(deltaEvent(type, m_next, text));
    }

    bool m_done = false;
    bool m_skipping = false;
    int m_next = 0;
    FinishReason m_finish = FinishReason::Unset;
    QString m_stopSequence;
    Usage m_usage;
};

class Encoder final : public StreamEncoder
{
public:
    explicit Encoder(const Request &request)
        : m_model(request.model), m_estimatedInput(estimateInputTokens(request))
    {
    }

    void encode(const StreamEvent &e, QByteArray &out) override
    {
        switch (e.type) {
        case StreamEvent::Type::Start: {
            QString id = e.id;
            if (!id.startsWith(L("msg_")))
                id = QStringLiteral("msg_") + (id.isEmpty() ? newId(L("")) : id);
            if (!e.name.isEmpty())
                m_model = e.name;
            Usage u = e.usage;
            if (!u.known)
                u.inputTokens = m_estimatedInput; // the real count follows in message_delta
            QJsonObject usage = encodeUsage(u);
            usage.insert(QStringLiteral("output_tokens"), qMax<qint64>(1, u.outputTokens));
            const QJsonObject message{{QStringLiteral("id"), id},
                                      {QStringLiteral("type"), QStringLiteral("message")},
                                      {QStringLiteral("role"), QStringLiteral("assistant")},
                                      {QStringLiteral("model"), m_model},
                                      {QStringLiteral("content"), QJsonArray{}},
                                      {QStringLiteral("stop_reason"), QJsonValue::Null},
                                      {QStringLiteral("stop_sequence"), QJsonValue::Null},
                                      {QStringLiteral("usage"), usage}};
            event("message_start",
                  {{QStringLiteral("type"), QStringLiteral("message_start")},
                   {QStringLiteral("message"), message}},
                  out);
            event("ping", {{QStringLiteral("type"), QStringLiteral("ping")}}, out);
            break;
        }
        case StreamEvent::Type::BlockStart:
            event("content_block_start",
                  {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                   {QStringLiteral("index"), e.index},
                   {QStringLiteral("content_block"), encodeBlockStart(e)}},
                  out);
            break;
        case StreamEvent::Type::TextDelta: delta(e.index, "text_delta", "text", e.text, out); break;
        case StreamEvent::Type::ThinkingDelta:
            delta(e.index, "thinking_delta", "thinking", e.text, out);
            break;
        case StreamEvent::Type::SignatureDelta:
            delta(e.index, "signature_delta", "signature", e.text, out);
            break;
        case StreamEvent::Type::ArgumentsDelta:
            delta(e.index, "input_json_delta", "partial_json", e.text, out);
            break;
        case StreamEvent::Type::BlockStop:
            event("content_block_stop",
                  {{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                   {QStringLiteral("index"), e.index}},
                  out);
            break;
        case StreamEvent::Type::Finish:
            event("message_delta",
                  {{QStringLiteral("type"), QStringLiteral("message_delta")},
                   {QStringLiteral("delta"),
                    QJsonObject{{QStringLiteral("stop_reason"), encodeStopReason(e.finishReason)},
                                {QStringLiteral("stop_sequence"), e.stopSequence.isEmpty()
                                                                      ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(e.stopSequence)}}},
                   {QStringLiteral("usage"), encodeUsage(e.usage)}},
                  out);
            event("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}}, out);
            break;
        case StreamEvent::Type::Error: out += encodeErrorEvent(Dialect::AnthropicMessages, e.error); break;
        }
    }

private:
    static void event(const char *name, const QJsonObject &o, QByteArray &out)
    {
        out += sseEvent(name, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static void delta(int index, const char *type, const char *field, const QString &text, QByteArray &out)
    {
        event("content_block_delta",
              {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
               {QStringLiteral("index"), index},
               {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QLatin1StringView(type)},
                                                     {QLatin1StringView(field), text}}}},
              out);
    }

    QString m_model;
    qint64 m_estimatedInput;
};

} // namespace

std::unique_ptr<StreamDecoder> makeStreamDecoder()
{
    return std::make_unique<Decoder>();
}

std::unique_ptr<StreamEncoder> makeStreamEncoder(const Request &request)
{
    return std::make_unique<Encoder>(request);
}

} // namespace Switchyard::Llm::Anthropic
