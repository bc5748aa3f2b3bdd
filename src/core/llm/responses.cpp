// SPDX-License-Identifier: GPL-3.0-or-later
// OpenAI Responses API, inbound (https://platform.openai.com/docs/api-reference/responses/create and
// .../responses-streaming, checked 2026-11-25). Switchyard keeps no conversation state, so
// `previous_response_id` is refused with a clear error and clients send the whole input (as Codex
// does with `store: false`). Reasoning items carry Anthropic thinking signatures in
// `encrypted_content`, so a Codex conversation served by Claude keeps its thinking valid.
#include "codec_p.h"

#include <QJsonDocument>

namespace Switchyard::Llm::Responses {

namespace {

using L = QLatin1StringView;

Message &assistantTurn(Request &out)
{
    if (out.messages.isEmpty() || out.messages.last().role != Message::Role::Assistant) {
        Message m;
        m.role = Message::Role::Assistant;
        out.messages.append(m);
    }
    return out.messages.last();
}

std::optional<Error> decodeMessageContent(const QJsonValue &content, QList<Part> &parts, const QString &where)
{
    if (content.isString()) {
        parts.append(Part::makeText(content.toString()));
        return std::nullopt;
    }
    for (const QJsonValue &v : content.toArray()) {
        const QJsonObject o = v.toObject();
        const QString type = jstr(o, L("type"));
        if (type == L("input_text") || type == L("output_text") || type == L("text")) {
            parts.append(Part::makeText(jstr(o, L("text"))));
        } else if (type == L("refusal")) {
            parts.append(Part::makeText(jstr(o, L("refusal"))));
        } else if (type == L("input_image")) {
            Part p;
            p.kind = Part::Kind::Image;
            p.url = jstr(o, L("image_url"));
            if (p.url.isEmpty())
                return invalid(
                    QStringLiteral("%1: input_image needs image_url (file_id needs OpenAI's file store)")
                        .arg(where),
                    where);
            parts.append(p);
        } else {
            return invalid(QStringLiteral("%1: content of type '%2' is not supported through Switchyard")
                               .arg(where, type.left(40)),
                           where);
        }
    }
    return std::nullopt;
}

QString statusFor(FinishReason r)
{
    return r == FinishReason::Length || r == FinishReason::ContentFilter ? QStringLiteral("incomplete")
                                                                         : QStringLiteral("completed");
}

QJsonValue incompleteDetails(FinishReason r)
{
    if (r == FinishReason::Length)
        return QJsonObject{{QStringLiteral("reason"), QStringLiteral("max_output_tokens")}};
    if (r == FinishReason::ContentFilter)
        return QJsonObject{{QStringLiteral("reason"), QStringLiteral("content_filter")}};
    return QJsonValue::Null;
}

QJsonObject encodeUsage(const Usage &u)
{
    return QJsonObject{
        {QStringLiteral("input_tokens"), u.inputTokens},
        {QStringLiteral("input_tokens_details"),
         QJsonObject{{QStringLiteral("cached_tokens"), u.cachedReadTokens}}},
        {QStringLiteral("output_tokens"), u.outputTokens},
        {QStringLiteral("output_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), u.reasoningTokens}}},
        {QStringLiteral("total_tokens"), u.totalTokens()},
    };
}

QJsonObject reasoningItem(const QString &id, const QString &text, const QString &signature)
{
    QJsonObject item{{QStringLiteral("type"), QStringLiteral("reasoning")},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("summary"),
                      text.isEmpty()
                          ? QJsonArray{}
                          : QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("summary_text")},
                                                   {QStringLiteral("text"), text}}}}};
    if (!signature.isEmpty())
        item.insert(QStringLiteral("encrypted_content"), signature);
    return item;
}

QJsonObject messageItem(const QString &id, const QString &text, const QString &status)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("role"), QStringLiteral("assistant")},
                       {QStringLiteral("content"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                                               {QStringLiteral("text"), text},
                                               {QStringLiteral("annotations"), QJsonArray{}}}}}};
}

QJsonObject functionCallItem(const QString &id, const QString &callId, const QString &name,
                             const QString &arguments, const QString &status)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("call_id"), callId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("arguments"), arguments},
                       {QStringLiteral("status"), status}};
}

QJsonObject responseObject(const QString &id, qint64 created, const QString &model, const QString &status,
                           const QJsonArray &output, const Request &request, const QJsonValue &usage,
                           const QJsonValue &incomplete)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("response")},
        {QStringLiteral("created_at"), created},
        {QStringLiteral("status"), status},
        {QStringLiteral("error"), QJsonValue::Null},
        {QStringLiteral("incomplete_details"), incomplete},
        {QStringLiteral("model"), model},
        {QStringLiteral("output"), output},
        {QStringLiteral("parallel_tool_calls"), request.parallelToolCalls.value_or(true)},
        {QStringLiteral("max_output_tokens"), optionalInteger(request.maxTokens).isUndefined()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(*request.maxTokens)},
        {QStringLiteral("store"), false},
        {QStringLiteral("usage"), usage},
    };
}

} // namespace

std::optional<Error> decodeRequest(const QJsonObject &body, Request &out)
{
    out.model = jstr(body, L("model"));
    if (!jstr(body, L("previous_response_id")).isEmpty())
        return invalid(
            QStringLiteral("previous_response_id is not supported: Switchyard stores no conversation state. "
                           "Send the whole conversation in `input` (store: false)"),
            QStringLiteral("previous_response_id"));
    const QString instructions = jstr(body, L("instructions"));
    if (!instructions.isEmpty())
        out.system.append(Part::makeText(instructions));
    const QJsonValue input = body.value(L("input"));
    if (input.isString()) {
        Message m;
        m.parts.append(Part::makeText(input.toString()));
        out.messages.append(m);
    } else if (input.isArray()) {
        const QJsonArray items = input.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const QString where = QStringLiteral("input[%1]").arg(i);
            QString type = jstr(item, L("type"));
            if (type.isEmpty() && item.contains(L("role")))
                type = QStringLiteral("message");
            if (type == L("message")) {
                const QString role = jstr(item, L("role"));
                if (role == L("system") || role == L("developer")) {
                    out.system.append(Part::makeText(contentText(item.value(L("content")))));
                    continue;
                }
                Message m;
                m.role = role == L("assistant") ? Message::Role::Assistant : Message::Role::User;
                if (auto e = decodeMessageContent(item.value(L("content")), m.parts, where))
                    return e;
                if (m.role == Message::Role::Assistant) {
                    assistantTurn(out).parts.append(m.parts);
                    continue;
                }
                out.messages.append(m);
            } else if (type == L("function_call")) {
                Part p;
                p.kind = Part::Kind::ToolCall;
                p.id = jstr(item, L("call_id"));
                unpackToolCallId(p.id, p.signature);
                p.name = jstr(item, L("name"));
                p.arguments = jstr(item, L("arguments"));
                assistantTurn(out).parts.append(p);
            } else if (type == L("function_call_output")) {
                Message m;
                m.role = Message::Role::Tool;
                Part p;
                p.kind = Part::Kind::ToolResult;
                p.id = jstr(item, L("call_id"));
                QString ignored;
                unpackToolCallId(p.id, ignored);
                const QJsonValue output = item.value(L("output"));
                p.text = output.isString() ? output.toString() : contentText(output);
                m.parts.append(p);
                out.messages.append(m);
            } else if (type == L("reasoning")) {
                Part p;
                p.kind = Part::Kind::Thinking;
                for (const QJsonValue &s : item.value(L("summary")).toArray())
                    p.text += jstr(s.toObject(), L("text"));
                p.signature = jstr(item, L("encrypted_content"));
                assistantTurn(out).parts.append(p);
            } else {
                return invalid(
                    QStringLiteral("%1: items of type '%2' are not supported through Switchyard (message, "
                                   "function_call, function_call_output and reasoning are)")
                        .arg(where, type.left(40)),
                    where + QStringLiteral(".type"));
            }
        }
    } else {
        return invalid(QStringLiteral("'input' must be a string or an array of input items"),
                       QStringLiteral("input"));
    }
    for (const QJsonValue &v : body.value(L("tools")).toArray()) {
        const QJsonObject t = v.toObject();
        // Hosted tools (web_search, file_search, code_interpreter…) run inside OpenAI; they cannot
        // be offered to another provider, so they are left out rather than failing the request.
        if (jstr(t, L("type")) != L("function"))
            continue;
        out.tools.append(Tool{jstr(t, L("name")),
                              jstr(t, L("description")),
                              OpenAiChat::toolSchemaObject(t.value(L("parameters"))),
                              {}});
    }
    const QJsonValue choice = body.value(L("tool_choice"));
    if (choice.isString()) {
        const QString c = choice.toString();
        out.toolChoice = c == L("none")       ? ToolChoice::None
                         : c == L("required") ? ToolChoice::Required
                                              : ToolChoice::Auto;
    } else if (choice.isObject() && jstr(choice.toObject(), L("type")) == L("function")) {
        out.toolChoice = ToolChoice::Named;
        out.toolChoiceName = jstr(choice.toObject(), L("name"));
    }
    if (body.value(L("parallel_tool_calls")).isBool())
        out.parallelToolCalls = body.value(L("parallel_tool_calls")).toBool();
    out.stream = body.value(L("stream")).toBool(false);
    out.streamUsage = true;
    if (body.value(L("max_output_tokens")).isDouble())
        out.maxTokens = jint(body, L("max_output_tokens"));
    if (body.value(L("temperature")).isDouble())
        out.temperature = body.value(L("temperature")).toDouble();
    if (body.value(L("top_p")).isDouble())
        out.topP = body.value(L("top_p")).toDouble();
    const QJsonObject reasoning = body.value(L("reasoning")).toObject();
    out.reasoningEffort = jstr(reasoning, L("effort"));
    out.thinkingEnabled = !out.reasoningEffort.isEmpty() && out.reasoningEffort != L("none");
    const QJsonObject format = body.value(L("text")).toObject().value(L("format")).toObject();
    const QString formatType = jstr(format, L("type"));
    if (formatType == L("json_schema")) {
        out.responseFormat =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                        {QStringLiteral("json_schema"),
                         QJsonObject{{QStringLiteral("name"), jstr(format, L("name"))},
                                     {QStringLiteral("schema"), format.value(L("schema"))},
                                     {QStringLiteral("strict"), format.value(L("strict")).toBool(false)}}}};
    } else if (formatType == L("json_object")) {
        out.responseFormat = QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}};
    }
    out.user = jstr(body, L("user"));
    out.metadata = body.value(L("metadata")).toObject();
    return std::nullopt;
}

QJsonObject encodeResponse(const Response &r, const Request &request)
{
    QJsonArray output;
    QString text;
    for (const Part &p : r.content) {
        if (p.kind == Part::Kind::Thinking)
            output.append(reasoningItem(newId(L("rs_")), p.text, p.signature));
        else if (p.kind == Part::Kind::Text)
            text += p.text;
        else if (p.kind == Part::Kind::ToolCall)
            output.append(functionCallItem(newId(L("fc_")), packToolCallId(p.id, p.signature), p.name,
                                           p.arguments, QStringLiteral("completed")));
    }
    if (!text.isEmpty()) {
        // The answer text goes before the calls, as OpenAI orders them.
        qsizetype at = 0;
        while (at < output.size() && jstr(output.at(at).toObject(), L("type")) == L("reasoning"))
            ++at;
        output.insert(at, messageItem(newId(L("msg_")), text, QStringLiteral("completed")));
    }
    QString id = r.id;
    if (!id.startsWith(L("resp_")))
        id = newId(L("resp_"));
    return responseObject(id, r.created ? r.created : nowSecs(), r.model, statusFor(r.finishReason), output,
                          request, encodeUsage(r.usage), incompleteDetails(r.finishReason));
}

namespace {

// Typed Responses events. Every output item is announced (output_item.added), filled by deltas and
// closed (output_item.done); response.completed carries the whole response again.
class Encoder final : public StreamEncoder
{
public:
    explicit Encoder(const Request &request) : m_request(request), m_model(request.model) {}

    void encode(const StreamEvent &e, QByteArray &out) override
    {
        switch (e.type) {
        case StreamEvent::Type::Start: {
            if (!e.name.isEmpty())
                m_model = e.name;
            const QJsonObject r = response(QStringLiteral("in_progress"), QJsonValue::Null, QJsonValue::Null);
            emit_("response.created", {{QStringLiteral("response"), r}}, out);
            emit_("response.in_progress", {{QStringLiteral("response"), r}}, out);
            break;
        }
        case StreamEvent::Type::BlockStart: {
            m_kind = e.blockKind;
            m_text.clear();
            m_signature.clear();
            if (e.blockKind == Part::Kind::Thinking || e.blockKind == Part::Kind::RedactedThinking) {
                m_itemId = newId(L("rs_"));
                emit_("response.output_item.added",
                      {{QStringLiteral("output_index"), m_output.size()},
                       {QStringLiteral("item"), reasoningItem(m_itemId, {}, {})}},
                      out);
                if (e.blockKind == Part::Kind::RedactedThinking)
                    m_signature = e.text;
            } else if (e.blockKind == Part::Kind::ToolCall) {
                m_itemId = newId(L("fc_"));
                m_callId = packToolCallId(e.id, e.text);
                m_name = e.name;
                emit_("response.output_item.added",
                      {{QStringLiteral("output_index"), m_output.size()},
                       {QStringLiteral("item"), functionCallItem(m_itemId, m_callId, m_name, QString(),
                                                                 QStringLiteral("in_progress"))}},
                      out);
            } else {
                m_itemId = newId(L("msg_"));
                QJsonObject item = messageItem(m_itemId, {}, QStringLiteral("in_progress"));
                item.insert(QStringLiteral("content"), QJsonArray{});
                emit_("response.output_item.added",
                      {{QStringLiteral("output_index"), m_output.size()}, {QStringLiteral("item"), item}},
                      out);
                emit_("response.content_part.added",
                      {{QStringLiteral("item_id"), m_itemId},
                       {QStringLiteral("output_index"), m_output.size()},
                       {QStringLiteral("content_index"), 0},
                       {QStringLiteral("part"), textPart({})}},
                      out);
            }
            break;
        }
        case StreamEvent::Type::TextDelta:
            m_text += e.text;
            emit_("response.output_text.delta",
                  {{QStringLiteral("item_id"), m_itemId},
                   {QStringLiteral("output_index"), m_output.size()},
                   {QStringLiteral("content_index"), 0},
                   {QStringLiteral("delta"), e.text},
                   {QStringLiteral("logprobs"), QJsonArray{}}},
                  out);
            break;
        case StreamEvent::Type::ThinkingDelta:
            if (e.text.isEmpty())
                break;
            if (m_text.isEmpty())
                emit_("response.reasoning_summary_part.added",
                      {{QStringLiteral("item_id"), m_itemId},
                       {QStringLiteral("output_index"), m_output.size()},
                       {QStringLiteral("summary_index"), 0},
                       {QStringLiteral("part"), summaryPart({})}},
                      out);
            m_text += e.text;
            emit_("response.reasoning_summary_text.delta",
                  {{QStringLiteral("item_id"), m_itemId},
                   {QStringLiteral("output_index"), m_output.size()},
                   {QStringLiteral("summary_index"), 0},
                   {QStringLiteral("delta"), e.text}},
                  out);
            break;
        case StreamEvent::Type::SignatureDelta: m_signature += e.text; break;
        case StreamEvent::Type::ArgumentsDelta:
            m_text += e.text;
            emit_("response.function_call_arguments.delta",
                  {{QStringLiteral("item_id"), m_itemId},
                   {QStringLiteral("output_index"), m_output.size()},
                   {QStringLiteral("delta"), e.text}},
                  out);
            break;
        case StreamEvent::Type::BlockStop: closeItem(out); break;
        case StreamEvent::Type::Finish: {
            const QString status = statusFor(e.finishReason);
            const QJsonObject r = response(status, encodeUsage(e.usage), incompleteDetails(e.finishReason));
            emit_(status == L("completed") ? "response.completed" : "response.incomplete",
                  {{QStringLiteral("response"), r}}, out);
            break;
        }
        case StreamEvent::Type::Error:
            emit_("error",
                  {{QStringLiteral("code"),
                    e.error.code.isEmpty() ? QStringLiteral("upstream_error") : e.error.code},
                   {QStringLiteral("message"), e.error.message},
                   {QStringLiteral("param"), QJsonValue::Null}},
                  out);
            break;
        }
    }

private:
    static QJsonObject textPart(const QString &text)
    {
        return {{QStringLiteral("type"), QStringLiteral("output_text")},
                {QStringLiteral("text"), text},
                {QStringLiteral("annotations"), QJsonArray{}}};
    }
    static QJsonObject summaryPart(const QString &text)
    {
        return {{QStringLiteral("type"), QStringLiteral("summary_text")}, {QStringLiteral("text"), text}};
    }
    void closeItem(QByteArray &out)
    {
        const qsizetype index = m_output.size();
        QJsonObject item;
        if (m_kind == Part::Kind::Thinking || m_kind == Part::Kind::RedactedThinking) {
            if (!m_text.isEmpty()) {
                emit_("response.reasoning_summary_text.done",
                      {{QStringLiteral("item_id"), m_itemId},
                       {QStringLiteral("output_index"), index},
                       {QStringLiteral("summary_index"), 0},
                       {QStringLiteral("text"), m_text}},
                      out);
                emit_("response.reasoning_summary_part.done",
                      {{QStringLiteral("item_id"), m_itemId},
                       {QStringLiteral("output_index"), index},
                       {QStringLiteral("summary_index"), 0},
                       {QStringLiteral("part"), summaryPart(m_text)}},
                      out);
            }
            item = reasoningItem(m_itemId, m_text, m_signature);
        } else if (m_kind == Part::Kind::ToolCall) {
            emit_("response.function_call_arguments.done",
                  {{QStringLiteral("item_id"), m_itemId},
                   {QStringLiteral("output_index"), index},
                   {QStringLiteral("arguments"), m_text}},
                  out);
            item = functionCallItem(m_itemId, m_callId, m_name, m_text, QStringLiteral("completed"));
        } else {
            emit_("response.output_text.done",
                  {{QStringLiteral("item_id"), m_itemId},
                   {QStringLiteral("output_index"), index},
                   {QStringLiteral("content_index"), 0},
                   {QStringLiteral("text"), m_text},
                   {QStringLiteral("logprobs"), QJsonArray{}}},
                  out);
            emit_("response.content_part.done",
                  {{QStringLiteral("item_id"), m_itemId},
                   {QStringLiteral("output_index"), index},
                   {QStringLiteral("content_index"), 0},
                   {QStringLiteral("part"), textPart(m_text)}},
                  out);
            item = messageItem(m_itemId, m_text, QStringLiteral("completed"));
        }
        emit_("response.output_item.done",
              {{QStringLiteral("output_index"), index}, {QStringLiteral("item"), item}}, out);
        m_output.append(item);
    }
    QJsonObject response(const QString &status, const QJsonValue &usage, const QJsonValue &incomplete) const
    {
        return responseObject(m_id, m_created, m_model, status, m_output, m_request, usage, incomplete);
    }
    void emit_(const char *type, QJsonObject o, QByteArray &out)
    {
        o.insert(QStringLiteral("type"), QLatin1StringView(type));
        o.insert(QStringLiteral("sequence_number"), m_sequence++);
        out += sseEvent(type, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    Request m_request;
    QString m_model;
    QString m_id = newId(L("resp_"));
    qint64 m_created = nowSecs();
    qint64 m_sequence = 0;
    QJsonArray m_output;
    Part::Kind m_kind = Part::Kind::Text;
    QString m_itemId;
    QString m_callId;
    QString m_name;
    QString m_text;
    QString m_signature;
};

} // namespace

std::unique_ptr<StreamEncoder> makeStreamEncoder(const Request &request)
{
    return std::make_unique<Encoder>(request);
}

} // namespace Switchyard::Llm::Responses
