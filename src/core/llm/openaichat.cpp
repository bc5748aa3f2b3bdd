// SPDX-License-Identifier: GPL-3.0-or-later
// OpenAI Chat Completions (https://platform.openai.com/docs/api-reference/chat/create and
// .../chat/streaming, checked 2026-11-25), plus the fields OpenAI-compatible servers add:
// `reasoning_content` (DeepSeek, vLLM, llama.cpp) and `reasoning` (OpenRouter) for thinking text.
#include "codec_p.h"

#include <QHash>
#include <QJsonDocument>

namespace Switchyard::Llm::OpenAiChat {

namespace {

using L = QLatin1StringView;

std::optional<Error> decodeContent(const QJsonValue &content, QList<Part> &parts, const QString &where)
{
    if (content.isNull() || content.isUndefined())
        return std::nullopt;
    if (content.isString()) {
        parts.append(Part::makeText(content.toString()));
        return std::nullopt;
    }
    if (!content.isArray())
        return invalid(QStringLiteral("%1.content must be a string or an array of content parts").arg(where),
                       where + QStringLiteral(".content"));
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject o = v.toObject();
        const QString type = jstr(o, L("type"));
        if (type == L("text") || type == L("refusal")) {
            parts.append(Part::makeText(jstr(o, type == L("text") ? L("text") : L("refusal"))));
        } else if (type == L("image_url")) {
            Part p;
            p.kind = Part::Kind::Image;
            const QJsonValue image = o.value(L("image_url"));
            p.url = image.isString() ? image.toString() : jstr(image.toObject(), L("url"));
            if (p.url.isEmpty())
                return invalid(QStringLiteral("%1: image_url.url is required").arg(where), where);
            parts.append(p);
        } else {
            return invalid(
                QStringLiteral("%1: content parts of type '%2' are not supported through Switchyard "
                               "(text and image_url are)")
                    .arg(where, type.left(40)),
                where + QStringLiteral(".content"));
        }
    }
    return std::nullopt;
}

QJsonValue encodeContent(const QList<Part> &parts, bool allowArray)
{
    bool onlyText = true;
    for (const Part &p : parts) {
        if (p.kind == Part::Kind::Image)
            onlyText = false;
    }
    if (onlyText || !allowArray) {
        QString text;
        bool any = false;
        for (const Part &p : parts) {
            if (p.kind == Part::Kind::Text) {
                text += p.text;
                any = true;
            }
        }
        return any ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
    }
    QJsonArray array;
    for (const Part &p : parts) {
        if (p.kind == Part::Kind::Text) {
            array.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                     {QStringLiteral("text"), p.text}});
        } else if (p.kind == Part::Kind::Image) {
            const QString url =
                !p.url.isEmpty() ? p.url : QStringLiteral("data:%1;base64,%2").arg(p.mediaType, p.data);
            array.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                            {QStringLiteral("image_url"), QJsonObject{{QStringLiteral("url"), url}}}});
        }
    }
    return array;
}

} // namespace

QJsonObject toolSchemaObject(const QJsonValue &v)
{
    QJsonObject o = v.toObject();
    if (o.isEmpty())
        o = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("properties"), QJsonObject{}}};
    return o;
}

FinishReason decodeFinishReason(const QString &r)
{
    if (r == L("stop"))
        return FinishReason::Stop;
    if (r == L("length"))
        return FinishReason::Length;
    if (r == L("tool_calls") || r == L("function_call"))
        return FinishReason::ToolCalls;
    if (r == L("content_filter"))
        return FinishReason::ContentFilter;
    return r.isEmpty() ? FinishReason::Unset : FinishReason::Stop;
}

QString encodeFinishReason(FinishReason r)
{
    switch (r) {
    case FinishReason::Length: return QStringLiteral("length");
    case FinishReason::ToolCalls: return QStringLiteral("tool_calls");
    case FinishReason::ContentFilter:
    case FinishReason::Refusal: return QStringLiteral("content_filter");
    case FinishReason::Unset:
    case FinishReason::Stop:
    case FinishReason::StopSequence:
    case FinishReason::Error: break;
    }
    return QStringLiteral("stop");
}

Usage decodeUsage(const QJsonObject &u)
{
    Usage usage;
    if (u.isEmpty())
        return usage;
    usage.known = true;
    usage.inputTokens = jint(u, L("prompt_tokens"));
    usage.outputTokens = jint(u, L("completion_tokens"));
    usage.cachedReadTokens = jint(u.value(L("prompt_tokens_details")).toObject(), L("cached_tokens"));
    if (usage.cachedReadTokens == 0)
        usage.cachedReadTokens = jint(u, L("prompt_cache_hit_tokens")); // DeepSeek
    usage.reasoningTokens = jint(u.value(L("completion_tokens_details")).toObject(), L("reasoning_tokens"));
    return usage;
}

QJsonObject encodeUsage(const Usage &u)
{
    return QJsonObject{
        {QStringLiteral("prompt_tokens"), u.inputTokens},
        {QStringLiteral("completion_tokens"), u.outputTokens},
        {QStringLiteral("total_tokens"), u.totalTokens()},
        {QStringLiteral("prompt_tokens_details"),
         QJsonObject{{QStringLiteral("cached_tokens"), u.cachedReadTokens}}},
        {QStringLiteral("completion_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), u.reasoningTokens}}},
    };
}

std::optional<Error> decodeRequest(const QJsonObject &body, Request &out)
{
    out.model = jstr(body, L("model"));
    const QJsonValue messages = body.value(L("messages"));
    if (!messages.isArray())
        return invalid(QStringLiteral("'messages' must be an array of message objects"),
                       QStringLiteral("messages"));
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject m = list.at(i).toObject();
        const QString where = QStringLiteral("messages[%1]").arg(i);
        const QString role = jstr(m, L("role"));
        if (role == L("system") || role == L("developer")) {
            const QString text = contentText(m.value(L("content")));
            out.system.append(Part::makeText(text));
            continue;
        }
        Message msg;
        msg.name = jstr(m, L("name"));
        if (role == L("user")) {
            msg.role = Message::Role::User;
            if (auto e = decodeContent(m.value(L("content")), msg.parts, where))
                return e;
        } else if (role == L("assistant")) {
            msg.role = Message::Role::Assistant;
            QString reasoning = jstr(m, L("reasoning_content"));
            if (reasoning.isEmpty())
                reasoning = jstr(m, L("reasoning"));
            if (!reasoning.isEmpty()) {
                Part t;
                t.kind = Part::Kind::Thinking;
                t.text = reasoning;
                msg.parts.append(t);
            }
            if (auto e = decodeContent(m.value(L("content")), msg.parts, where))
                return e;
            for (const QJsonValue &tc : m.value(L("tool_calls")).toArray()) {
                const QJsonObject call = tc.toObject();
                const QJsonObject fn = call.value(L("function")).toObject();
                Part p;
                p.kind = Part::Kind::ToolCall;
                p.id = jstr(call, L("id"));
                unpackToolCallId(p.id, p.signature);
                p.name = jstr(fn, L("name"));
                p.arguments = jstr(fn, L("arguments"));
                msg.parts.append(p);
            }
        } else if (role == L("tool")) {
            msg.role = Message::Role::Tool;
            Part p;
            p.kind = Part::Kind::ToolResult;
            p.id = jstr(m, L("tool_call_id"));
            QString ignored;
            unpackToolCallId(p.id, ignored);
            if (p.id.isEmpty())
                return invalid(QStringLiteral("%1.tool_call_id is required for tool messages").arg(where),
                               where + QStringLiteral(".tool_call_id"));
            p.text = contentText(m.value(L("content")));
            msg.parts.append(p);
        } else {
            return invalid(
                QStringLiteral("%1.role '%2' is not one of system, developer, user, assistant, tool")
                    .arg(where, role.left(40)),
                where + QStringLiteral(".role"));
        }
        out.messages.append(msg);
    }
    for (const QJsonValue &v : body.value(L("tools")).toArray()) {
        const QJsonObject t = v.toObject();
        if (jstr(t, L("type")) != L("function"))
            return invalid(QStringLiteral("tools of type '%1' are not supported (only function)")
                               .arg(jstr(t, L("type")).left(40)),
                           QStringLiteral("tools"));
        const QJsonObject fn = t.value(L("function")).toObject();
        out.tools.append(Tool{jstr(fn, L("name")),
                              jstr(fn, L("description")),
                              toolSchemaObject(fn.value(L("parameters"))),
                              {}});
    }
    const QJsonValue choice = body.value(L("tool_choice"));
    if (choice.isString()) {
        const QString c = choice.toString();
        out.toolChoice = c == L("none")       ? ToolChoice::None
                         : c == L("required") ? ToolChoice::Required
                                              : ToolChoice::Auto;
    } else if (choice.isObject()) {
        out.toolChoice = ToolChoice::Named;
        out.toolChoiceName = jstr(choice.toObject().value(L("function")).toObject(), L("name"));
    }
    if (body.contains(L("parallel_tool_calls")))
        out.parallelToolCalls = body.value(L("parallel_tool_calls")).toBool(true);
    out.stream = body.value(L("stream")).toBool(false);
    out.streamUsage = body.value(L("stream_options")).toObject().value(L("include_usage")).toBool(false);
    for (L key : {L("max_completion_tokens"), L("max_tokens")}) {
        if (body.value(key).isDouble()) {
            out.maxTokens = jint(body, key);
            break;
        }
    }
    auto number = [&](L key, std::optional<double> &to) {
        if (body.value(key).isDouble())
            to = body.value(key).toDouble();
    };
    auto integer = [&](L key, std::optional<qint64> &to) {
        if (body.value(key).isDouble())
            to = jint(body, key);
    };
    number(L("temperature"), out.temperature);
    number(L("top_p"), out.topP);
    number(L("presence_penalty"), out.presencePenalty);
    number(L("frequency_penalty"), out.frequencyPenalty);
    integer(L("top_k"), out.topK);
    integer(L("seed"), out.seed);
    integer(L("top_logprobs"), out.topLogprobs);
    if (body.value(L("logprobs")).isBool())
        out.logprobs = body.value(L("logprobs")).toBool();
    const QJsonValue stop = body.value(L("stop"));
    if (stop.isString())
        out.stop.append(stop.toString());
    for (const QJsonValue &s : stop.toArray())
        out.stop.append(s.toString());
    const QJsonValue format = body.value(L("response_format"));
    if (format.isObject() && jstr(format.toObject(), L("type")) != L("text"))
        out.responseFormat = format;
    out.reasoningEffort = jstr(body, L("reasoning_effort"));
    out.thinkingEnabled = !out.reasoningEffort.isEmpty() && out.reasoningEffort != L("none");
    out.user = jstr(body, L("user"));
    out.n = jsonInt(body.value(L("n")), 1);
    out.metadata = body.value(L("metadata")).toObject();
    return std::nullopt;
}

QJsonObject encodeRequest(const Request &r)
{
    QJsonArray messages;
    if (!r.system.isEmpty()) {
        QString text;
        for (const Part &p : r.system)
            text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + p.text;
        messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), text}});
    }
    for (const Message &m : r.messages) {
        if (m.role == Message::Role::Assistant) {
            QJsonObject o{{QStringLiteral("role"), QStringLiteral("assistant")},
                          {QStringLiteral("content"), encodeContent(m.parts, false)}};
            QJsonArray calls;
            for (const Part &p : m.parts) {
                if (p.kind != Part::Kind::ToolCall)
                    continue;
                // The plain id, as on the `tool` messages below: an upstream pairs calls and results by
                // exact id (and OpenAI caps ids at 40 characters), so no Gemini signature goes upstream.
                calls.append(
                    QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject{{QStringLiteral("name"), p.name},
                                             {QStringLiteral("arguments"),
                                              p.arguments.isEmpty() ? QStringLiteral("{}") : p.arguments}}}});
            }
            if (!calls.isEmpty())
                o.insert(QStringLiteral("tool_calls"), calls);
            if (!m.name.isEmpty())
                o.insert(QStringLiteral("name"), m.name);
            messages.append(o);
            continue;
        }
        // User (or tool) turns: tool results become `tool` messages, the rest one user message.
        QList<Part> rest;
        for (const Part &p : m.parts) {
            if (p.kind == Part::Kind::ToolResult) {
                messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                                            {QStringLiteral("tool_call_id"), p.id},
                                            {QStringLiteral("content"), p.text}});
            } else if (p.kind == Part::Kind::Text || p.kind == Part::Kind::Image) {
                rest.append(p);
            }
        }
        if (!rest.isEmpty()) {
            QJsonObject o{{QStringLiteral("role"), QStringLiteral("user")},
                          {QStringLiteral("content"), encodeContent(rest, true)}};
            if (!m.name.isEmpty())
                o.insert(QStringLiteral("name"), m.name);
            messages.append(o);
        }
    }
    QJsonObject body{{QStringLiteral("model"), r.model}, {QStringLiteral("messages"), messages}};
    if (!r.tools.isEmpty()) {
        QJsonArray tools;
        for (const Tool &t : r.tools) {
            QJsonObject fn{{QStringLiteral("name"), t.name}, {QStringLiteral("parameters"), t.parameters}};
            if (!t.description.isEmpty())
                fn.insert(QStringLiteral("description"), t.description);
            tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                     {QStringLiteral("function"), fn}});
        }
        body.insert(QStringLiteral("tools"), tools);
    }
    switch (r.toolChoice) {
    case ToolChoice::Unset: break;
    case ToolChoice::Auto: body.insert(QStringLiteral("tool_choice"), QStringLiteral("auto")); break;
    case ToolChoice::None: body.insert(QStringLiteral("tool_choice"), QStringLiteral("none")); break;
    case ToolChoice::Required: body.insert(QStringLiteral("tool_choice"), QStringLiteral("required")); break;
    case ToolChoice::Named:
        body.insert(QStringLiteral("tool_choice"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"),
                                 QJsonObject{{QStringLiteral("name"), r.toolChoiceName}}}});
        break;
    }
    if (r.parallelToolCalls && !r.tools.isEmpty())
        body.insert(QStringLiteral("parallel_tool_calls"), *r.parallelToolCalls);
    if (r.stream) {
        body.insert(QStringLiteral("stream"), true);
        // Always ask for usage: a streamed request must be accounted for like any other.
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    if (r.maxTokens)
        body.insert(QStringLiteral("max_tokens"), *r.maxTokens);
    auto put = [&](const char *key, const QJsonValue &v) {
        if (!v.isUndefined())
            body.insert(QLatin1StringView(key), v);
    };
    put("temperature", optionalNumber(r.temperature));
    put("top_p", optionalNumber(r.topP));
    put("presence_penalty", optionalNumber(r.presencePenalty));
    put("frequency_penalty", optionalNumber(r.frequencyPenalty));
    put("seed", optionalInteger(r.seed));
    if (r.logprobs)
        body.insert(QStringLiteral("logprobs"), *r.logprobs);
    put("top_logprobs", optionalInteger(r.topLogprobs));
    if (!r.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(r.stop));
    if (r.responseFormat.isObject())
        body.insert(QStringLiteral("response_format"), r.responseFormat);
    if (!r.reasoningEffort.isEmpty())
        body.insert(QStringLiteral("reasoning_effort"), r.reasoningEffort);
    if (!r.user.isEmpty())
        body.insert(QStringLiteral("user"), r.user);
    if (r.n > 1)
        body.insert(QStringLiteral("n"), r.n);
    return body;
}

std::optional<Error> decodeResponse(const QJsonObject &body, Response &out)
{
    out.id = jstr(body, L("id"));
    out.model = jstr(body, L("model"));
    out.created = jint(body, L("created"));
    const QJsonArray choices = body.value(L("choices")).toArray();
    if (choices.isEmpty())
        return Error::make(502, Error::Kind::Upstream, QStringLiteral("the upstream answer has no choices"),
                           QStringLiteral("upstream_invalid_response"));
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(L("message")).toObject();
    QString reasoning = jstr(message, L("reasoning_content"));
    if (reasoning.isEmpty())
        reasoning = jstr(message, L("reasoning"));
    if (!reasoning.isEmpty()) {
        Part t;
        t.kind = Part::Kind::Thinking;
        t.text = reasoning;
        out.content.append(t);
    }
    const QString text = contentText(message.value(L("content")));
    if (!text.isEmpty())
        out.content.append(Part::makeText(text));
    const QString refusal = jstr(message, L("refusal"));
    if (!refusal.isEmpty())
        out.content.append(Part::makeText(refusal));
    for (const QJsonValue &tc : message.value(L("tool_calls")).toArray()) {
        const QJsonObject call = tc.toObject();
        const QJsonObject fn = call.value(L("function")).toObject();
        Part p;
        p.kind = Part::Kind::ToolCall;
        p.id = jstr(call, L("id"));
        p.name = jstr(fn, L("name"));
        p.arguments = jstr(fn, L("arguments"));
        out.content.append(p);
    }
    out.finishReason = decodeFinishReason(jstr(choice, L("finish_reason")));
    if (!refusal.isEmpty())
        out.finishReason = FinishReason::Refusal;
    out.usage = decodeUsage(body.value(L("usage")).toObject());
    return std::nullopt;
}

QJsonObject encodeResponse(const Response &r)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), encodeContent(r.content, false)},
                        {QStringLiteral("refusal"), QJsonValue::Null}};
    QString reasoning;
    QJsonArray calls;
    for (const Part &p : r.content) {
        if (p.kind == Part::Kind::Thinking)
            reasoning += p.text;
        if (p.kind != Part::Kind::ToolCall)
            continue;
        calls.append(QJsonObject{
            {QStringLiteral("id"), packToolCallId(p.id, p.signature)},
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("arguments"), p.arguments}}}});
    }
    if (!reasoning.isEmpty())
        message.insert(QStringLiteral("reasoning_content"), reasoning);
    if (!calls.isEmpty())
        message.insert(QStringLiteral("tool_calls"), calls);
    QJsonObject body{
        {QStringLiteral("id"), r.id.isEmpty() ? newId(L("chatcmpl-")) : r.id},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), r.created ? r.created : nowSecs()},
        {QStringLiteral("model"), r.model},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"), message},
                                {QStringLiteral("logprobs"), QJsonValue::Null},
                                {QStringLiteral("finish_reason"), encodeFinishReason(r.finishReason)}}}},
    };
    if (r.usage.known || r.usage.estimated)
        body.insert(QStringLiteral("usage"), encodeUsage(r.usage));
    return body;
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
        if (event.data == "[DONE]") {
            finish(out);
            return;
        }
        const QJsonObject chunk = QJsonDocument::fromJson(event.data).object();
        if (chunk.value(L("error")).isObject()) {
            StreamEvent e;
            e.type = StreamEvent::Type::Error;
            e.error = decodeError(Dialect::OpenAiChat, 500, event.data);
            e.error.kind = e.error.kind == Error::Kind::Server ? Error::Kind::Upstream : e.error.kind;
            out.append(e);
            m_done = true;
            return;
        }
        if (!m_started) {
            StreamEvent s;
            s.type = StreamEvent::Type::Start;
            s.id = jstr(chunk, L("id"));
            s.name = jstr(chunk, L("model"));
            out.append(s);
            m_started = true;
        }
        const QJsonValue usage = chunk.value(L("usage"));
        if (usage.isObject())
            m_usage = decodeUsage(usage.toObject());
        const QJsonArray choices = chunk.value(L("choices")).toArray();
        if (choices.isEmpty())
            return;
        const QJsonObject choice = choices.first().toObject();
        const QJsonObject delta = choice.value(L("delta")).toObject();
        QString reasoning = jstr(delta, L("reasoning_content"));
        if (reasoning.isEmpty())
            reasoning = jstr(delta, L("reasoning"));
        if (!reasoning.isEmpty()) {
            open(Part::Kind::Thinking, -1, {}, {}, out);
            delta_(StreamEvent::Type::ThinkingDelta, reasoning, out);
        }
        const QString content = jstr(delta, L("content"));
        if (!content.isEmpty()) {
            open(Part::Kind::Text, -1, {}, {}, out);
            delta_(StreamEvent::Type::TextDelta, content, out);
        }
        for (const QJsonValue &v : delta.value(L("tool_calls")).toArray()) {
            const QJsonObject call = v.toObject();
            const int toolIndex = jsonInt(call.value(L("index")), 0);
            const QJsonObject fn = call.value(L("function")).toObject();
            open(Part::Kind::ToolCall, toolIndex, jstr(call, L("id")), jstr(fn, L("name")), out);
            const QString args = jstr(fn, L("arguments"));
            if (!args.isEmpty())
                delta_(StreamEvent::Type::ArgumentsDelta, args, out);
        }
        const QString reason = jstr(choice, L("finish_reason"));
        if (!reason.isEmpty())
            m_finish = decodeFinishReason(reason);
    }

    void end(QList<StreamEvent> &out) override
    {
        if (m_done)
            return;
        if (m_finish != FinishReason::Unset) { // some servers omit [DONE]
            finish(out);
            return;
        }
        out.append(truncatedEvent("before the answer was complete"));
        m_done = true;
    }

    bool finished() const override { return m_done; }

private:
    void open(Part::Kind kind, int toolIndex, const QString &id, const QString &name, QList<StreamEvent> &out)
    {
        if (m_open && m_openKind == kind && (kind != Part::Kind::ToolCall || toolIndex == m_openTool))
            return;
        if (kind == Part::Kind::ToolCall && m_seenTools.contains(toolIndex) && toolIndex != m_openTool) {
            // A late delta for an earlier call (servers that interleave calls): canonical blocks do
            // not interleave, so its text joins the open call's arguments only if it is the same call.
            return;
        }
        close(out);
        StreamEvent e;
        e.type = StreamEvent::Type::BlockStart;
        e.index = m_next;
        e.blockKind = kind;
        e.id = id;
        e.name = name;
        if (kind == Part::Kind::ToolCall) {
            unpackToolCallId(e.id, e.text);
            if (e.id.isEmpty())
                e.id = newId(L("call_"));
            m_seenTools.insert(toolIndex);
            m_openTool = toolIndex;
        }
        out.append(e);
        m_open = true;
        m_openKind = kind;
    }
    void close(QList<StreamEvent> &out)
    {
        if (!m_open)
            return;
        StreamEvent e;
        e.type = StreamEvent::Type::BlockStop;
        e.index = m_next++;
        out.append(e);
        m_open = false;
        m_openTool = -1;
    }
    void delta_(StreamEvent::Type type, const QString &text, QList<StreamEvent> &out)
    {
        out.append(deltaEvent(type, m_next, text));
    }
    void finish(QList<StreamEvent> &out)
    {
        if (!m_started) {
            StreamEvent s;
            s.type = StreamEvent::Type::Start;
            out.append(s);
            m_started = true;
        }
        close(out);
        StreamEvent e;
        e.type = StreamEvent::Type::Finish;
        e.finishReason = m_finish == FinishReason::Unset ? FinishReason::Stop : m_finish;
        e.usage = m_usage;
        out.append(e);
        m_done = true;
    }

    bool m_started = false;
    bool m_done = false;
    bool m_open = false;
    Part::Kind m_openKind = Part::Kind::Text;
    int m_openTool = -1;
    int m_next = 0;
    QSet<int> m_seenTools;
    FinishReason m_finish = FinishReason::Unset;
    Usage m_usage;
};

class Encoder final : public StreamEncoder
{
public:
    explicit Encoder(const Request &request) : m_includeUsage(request.streamUsage), m_model(request.model) {}

    void encode(const StreamEvent &e, QByteArray &out) override
    {
        switch (e.type) {
        case StreamEvent::Type::Start:
            m_id = e.id.isEmpty() ? newId(L("chatcmpl-")) : e.id;
            if (!e.name.isEmpty())
                m_model = e.name;
            chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), QString()}},
                  QJsonValue::Null, out);
            break;
        case StreamEvent::Type::BlockStart:
            if (e.blockKind == Part::Kind::ToolCall) {
                m_toolIndex = m_tools++;
                const QJsonObject call{
                    {QStringLiteral("index"), m_toolIndex},
                    {QStringLiteral("id"), packToolCallId(e.id, e.text)},
                    {QStringLiteral("type"), QStringLiteral("function")},
                    {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), e.name},
                                                             {QStringLiteral("arguments"), QString()}}}};
                chunk(QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{call}}}, QJsonValue::Null, out);
            }
            break;
        case StreamEvent::Type::TextDelta:
            chunk(QJsonObject{{QStringLiteral("content"), e.text}}, QJsonValue::Null, out);
            break;
        case StreamEvent::Type::ThinkingDelta:
            chunk(QJsonObject{{QStringLiteral("reasoning_content"), e.text}}, QJsonValue::Null, out);
            break;
        case StreamEvent::Type::ArgumentsDelta: {
            const QJsonObject call{
                {QStringLiteral("index"), m_toolIndex},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("arguments"), e.text}}}};
            chunk(QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{call}}}, QJsonValue::Null, out);
            break;
        }
        case StreamEvent::Type::SignatureDelta:
        case StreamEvent::Type::BlockStop: break;
        case StreamEvent::Type::Finish:
            chunk(QJsonObject{}, encodeFinishReason(e.finishReason), out);
            if (m_includeUsage) {
                QJsonObject o = base();
                o.insert(QStringLiteral("choices"), QJsonArray{});
                o.insert(QStringLiteral("usage"), encodeUsage(e.usage));
                out += sseEvent({}, QJsonDocument(o).toJson(QJsonDocument::Compact));
            }
            out += "data: [DONE]\n\n";
            break;
        case StreamEvent::Type::Error: out += encodeErrorEvent(Dialect::OpenAiChat, e.error); break;
        }
    }

private:
    QJsonObject base() const
    {
        return QJsonObject{{QStringLiteral("id"), m_id},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("created"), m_created},
                           {QStringLiteral("model"), m_model}};
    }
    void chunk(const QJsonObject &delta, const QJsonValue &finish, QByteArray &out)
    {
        QJsonObject o = base();
        o.insert(QStringLiteral("choices"),
                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("delta"), delta},
                                        {QStringLiteral("logprobs"), QJsonValue::Null},
                                        {QStringLiteral("finish_reason"), finish}}});
        out += sseEvent({}, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    bool m_includeUsage;
    QString m_model;
    QString m_id;
    qint64 m_created = nowSecs();
    int m_tools = 0;
    int m_toolIndex = 0;
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

} // namespace Switchyard::Llm::OpenAiChat
