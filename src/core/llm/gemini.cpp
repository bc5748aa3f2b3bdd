// SPDX-License-Identifier: GPL-3.0-or-later
// Google Gemini generateContent / streamGenerateContent (https://ai.google.dev/api/generate-content,
// .../caching, https://ai.google.dev/gemini-api/docs/thought-signatures; checked 2026-11-25).
// Upstream only. The key goes in the `x-goog-api-key` header, never in the URL (see providers/).
#include "codec_p.h"

#include <QHash>
#include <QJsonDocument>

namespace Switchyard::Llm::Gemini {

namespace {

using L = QLatin1StringView;

// Documented by Google for history whose function calls carry no signature (calls made by another
// provider, or by a client that dropped it): the call is accepted without validation.
const QString kSkipSignature = QStringLiteral("skip_thought_signature_validator");

QJsonObject argumentsObject(const QString &arguments)
{
    return QJsonDocument::fromJson(arguments.toUtf8()).object();
}

FinishReason decodeFinishReason(const QString &r, bool hadToolCalls)
{
    if (r.isEmpty())
        return FinishReason::Unset;
    if (r == L("MAX_TOKENS"))
        return FinishReason::Length;
    if (r == L("SAFETY") || r == L("RECITATION") || r == L("BLOCKLIST") || r == L("PROHIBITED_CONTENT") ||
        r == L("SPII") || r == L("IMAGE_SAFETY"))
        return FinishReason::ContentFilter;
    return hadToolCalls ? FinishReason::ToolCalls : FinishReason::Stop;
}

Usage decodeUsage(const QJsonObject &u)
{
    Usage usage;
    if (u.isEmpty())
        return usage;
    usage.known = true;
    // promptTokenCount includes cached tokens; thoughts are billed as output but counted apart.
    usage.inputTokens = jint(u, L("promptTokenCount")) + jint(u, L("toolUsePromptTokenCount"));
    usage.cachedReadTokens = jint(u, L("cachedContentTokenCount"));
    usage.reasoningTokens = jint(u, L("thoughtsTokenCount"));
    usage.outputTokens = jint(u, L("candidatesTokenCount")) + usage.reasoningTokens;
    return usage;
}

QString mimeFromUrl(const QString &url)
{
    const QString lower = url.toLower();
    if (lower.endsWith(L(".png")))
        return QStringLiteral("image/png");
    if (lower.endsWith(L(".webp")))
        return QStringLiteral("image/webp");
    if (lower.endsWith(L(".gif")))
        return QStringLiteral("image/gif");
    return QStringLiteral("image/jpeg");
}

} // namespace

QJsonObject cleanSchema(const QJsonObject &schema)
{
    // Gemini's Schema is an OpenAPI subset; it refuses JSON Schema keywords it does not know
    // (additionalProperties, $schema, $ref, const…). Keep what it accepts, translate the rest.
    static const QStringList kKept = {
        QStringLiteral("type"),          QStringLiteral("format"),
        QStringLiteral("title"),         QStringLiteral("description"),
        QStringLiteral("nullable"),      QStringLiteral("enum"),
        QStringLiteral("maxItems"),      QStringLiteral("minItems"),
        QStringLiteral("required"),      QStringLiteral("minProperties"),
        QStringLiteral("maxProperties"), QStringLiteral("minLength"),
        QStringLiteral("maxLength"),     QStringLiteral("pattern"),
        QStringLiteral("example"),       QStringLiteral("propertyOrdering"),
        QStringLiteral("default"),       QStringLiteral("minimum"),
        QStringLiteral("maximum"),
    };
    QJsonObject out;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QString key = it.key();
        if (key == L("properties")) {
            QJsonObject props;
            const QJsonObject in = it.value().toObject();
            for (auto p = in.begin(); p != in.end(); ++p)
                props.insert(p.key(), cleanSchema(p.value().toObject()));
            out.insert(key, props);
        } else if (key == L("items")) {
            out.insert(key, cleanSchema(it.value().toObject()));
        } else if (key == L("anyOf") || key == L("oneOf")) {
            QJsonArray list;
            for (const QJsonValue &v : it.value().toArray())
                list.append(cleanSchema(v.toObject()));
            out.insert(QStringLiteral("anyOf"), list);
        } else if (key == L("type") && it.value().isArray()) {
            // ["string","null"] → "string" + nullable
            QString type;
            for (const QJsonValue &t : it.value().toArray()) {
                if (t.toString() == L("null"))
                    out.insert(QStringLiteral("nullable"), true);
                else if (type.isEmpty())
                    type = t.toString();
            }
            if (!type.isEmpty())
                out.insert(key, type);
        } else if (key == L("const")) {
            out.insert(QStringLiteral("enum"), QJsonArray{it.value()});
        } else if (kKept.contains(key)) {
            out.insert(key, it.value());
        }
    }
    if (out.value(L("enum")).isArray() && !out.contains(L("type")))
        out.insert(QStringLiteral("type"), QStringLiteral("string"));
    return out;
}

QJsonObject encodeRequest(const Request &r)
{
    QHash<QString, QString> toolNames; // call id → function name, for functionResponse
    QJsonArray contents;
    for (const Message &m : r.messages) {
        const bool model = m.role == Message::Role::Assistant;
        QJsonArray parts;
        for (const Part &p : m.parts) {
            switch (p.kind) {
            case Part::Kind::Text:
                if (!p.text.isEmpty()) {
                    QJsonObject o{{QStringLiteral("text"), p.text}};
                    if (model && !p.signature.isEmpty())
                        o.insert(QStringLiteral("thoughtSignature"), p.signature);
                    parts.append(o);
                }
                break;
            case Part::Kind::Image:
                if (p.url.startsWith(L("data:"))) {
                    const qsizetype comma = p.url.indexOf(QLatin1Char(','));
                    parts.append(
                        QJsonObject{{QStringLiteral("inlineData"),
                                     QJsonObject{{QStringLiteral("mimeType"),
                                                  p.url.mid(5, comma - 5).section(QLatin1Char(';'), 0, 0)},
                                                 {QStringLiteral("data"), p.url.mid(comma + 1)}}}});
                } else if (!p.url.isEmpty()) {
                    parts.append(QJsonObject{{QStringLiteral("fileData"),
                                              QJsonObject{{QStringLiteral("mimeType"), mimeFromUrl(p.url)},
                                                          {QStringLiteral("fileUri"), p.url}}}});
                } else {
                    parts.append(QJsonObject{
                        {QStringLiteral("inlineData"), QJsonObject{{QStringLiteral("mimeType"), p.mediaType},
                                                                   {QStringLiteral("data"), p.data}}}});
                }
                break;
            case Part::Kind::Thinking:
            case Part::Kind::RedactedThinking: break; // Gemini's thoughts travel as signatures
            case Part::Kind::ToolCall: {
                toolNames.insert(p.id, p.name);
                parts.append(
                    QJsonObject{{QStringLiteral("functionCall"),
                                 QJsonObject{{QStringLiteral("name"), p.name},
                                             {QStringLiteral("args"), argumentsObject(p.arguments)}}},
                                {QStringLiteral("thoughtSignature"),
                                 p.signature.isEmpty() ? kSkipSignature : p.signature}});
                break;
            }
            case Part::Kind::ToolResult: {
                const QJsonDocument doc = QJsonDocument::fromJson(p.text.toUtf8());
                const QJsonObject response =
                    doc.isObject()
                        ? doc.object()
                        : QJsonObject{
                              {p.isError ? QStringLiteral("error") : QStringLiteral("result"), p.text}};
                parts.append(QJsonObject{{QStringLiteral("functionResponse"),
                                          QJsonObject{{QStringLiteral("name"), toolNames.value(p.id, p.id)},
                                                      {QStringLiteral("response"), response}}}});
                break;
            }
            }
        }
        if (parts.isEmpty())
            continue;
        const QString role = model ? QStringLiteral("model") : QStringLiteral("user");
        if (!contents.isEmpty() && jstr(contents.last().toObject(), L("role")) == role) {
            QJsonObject last = contents.last().toObject();
            QJsonArray merged = last.value(L("parts")).toArray();
            for (const QJsonValue &v : parts)
                merged.append(v);
            last.insert(QStringLiteral("parts"), merged);
            contents.replace(contents.size() - 1, last);
            continue;
        }
        contents.append(QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("parts"), parts}});
    }
    QJsonObject body{{QStringLiteral("contents"), contents}};
    if (!r.system.isEmpty()) {
        QJsonArray parts;
        for (const Part &p : r.system)
            parts.append(QJsonObject{{QStringLiteral("text"), p.text}});
        body.insert(QStringLiteral("systemInstruction"), QJsonObject{{QStringLiteral("parts"), parts}});
    }
    if (!r.tools.isEmpty()) {
        QJsonArray declarations;
        for (const Tool &t : r.tools) {
            QJsonObject d{{QStringLiteral("name"), t.name}};
            if (!t.description.isEmpty())
                d.insert(QStringLiteral("description"), t.description);
            const QJsonObject params = cleanSchema(t.parameters);
            // An object schema without properties is refused; a function without arguments has none.
            if (!params.value(L("properties")).toObject().isEmpty())
                d.insert(QStringLiteral("parameters"), params);
            declarations.append(d);
        }
        body.insert(QStringLiteral("tools"),
                    QJsonArray{QJsonObject{{QStringLiteral("functionDeclarations"), declarations}}});
        QJsonObject config;
        switch (r.toolChoice) {
        case ToolChoice::Unset:
        case ToolChoice::Auto: config.insert(QStringLiteral("mode"), QStringLiteral("AUTO")); break;
        case ToolChoice::None: config.insert(QStringLiteral("mode"), QStringLiteral("NONE")); break;
        case ToolChoice::Required: config.insert(QStringLiteral("mode"), QStringLiteral("ANY")); break;
        case ToolChoice::Named:
            config.insert(QStringLiteral("mode"), QStringLiteral("ANY"));
            config.insert(QStringLiteral("allowedFunctionNames"), QJsonArray{r.toolChoiceName});
            break;
        }
        if (r.toolChoice != ToolChoice::Unset)
            body.insert(QStringLiteral("toolConfig"),
                        QJsonObject{{QStringLiteral("functionCallingConfig"), config}});
    }
    QJsonObject generation;
    if (r.maxTokens)
        generation.insert(QStringLiteral("maxOutputTokens"), *r.maxTokens);
    if (r.temperature)
        generation.insert(QStringLiteral("temperature"), *r.temperature);
    if (r.topP)
        generation.insert(QStringLiteral("topP"), *r.topP);
    if (r.topK)
        generation.insert(QStringLiteral("topK"), *r.topK);
    if (r.seed)
        generation.insert(QStringLiteral("seed"), *r.seed);
    if (r.presencePenalty)
        generation.insert(QStringLiteral("presencePenalty"), *r.presencePenalty);
    if (r.frequencyPenalty)
        generation.insert(QStringLiteral("frequencyPenalty"), *r.frequencyPenalty);
    if (!r.stop.isEmpty())
        generation.insert(QStringLiteral("stopSequences"), QJsonArray::fromStringList(r.stop));
    if (r.n > 1)
        generation.insert(QStringLiteral("candidateCount"), r.n);
    if (r.responseFormat.isObject()) {
        generation.insert(QStringLiteral("responseMimeType"), QStringLiteral("application/json"));
        const QJsonValue schema =
            r.responseFormat.toObject().value(L("json_schema")).toObject().value(L("schema"));
        if (schema.isObject())
            generation.insert(QStringLiteral("responseSchema"), cleanSchema(schema.toObject()));
    }
    qint64 budget = r.thinkingBudget.value_or(0);
    if (budget == 0 && r.thinkingEnabled) {
        const QString effort = r.reasoningEffort;
        budget = effort == L("high") ? 24576 : effort == L("low") || effort == L("minimal") ? 1024 : 8192;
    }
    if (budget > 0)
        generation.insert(QStringLiteral("thinkingConfig"),
                          QJsonObject{{QStringLiteral("thinkingBudget"), budget},
                                      {QStringLiteral("includeThoughts"), true}});
    if (!generation.isEmpty())
        body.insert(QStringLiteral("generationConfig"), generation);
    return body;
}

namespace {

// Parts of one candidate → canonical parts (tool calls get ids: Gemini's are optional).
void decodeParts(const QJsonArray &parts, QList<Part> &out)
{
    for (const QJsonValue &v : parts) {
        const QJsonObject o = v.toObject();
        Part p;
        if (o.contains(L("functionCall"))) {
            const QJsonObject call = o.value(L("functionCall")).toObject();
            p.kind = Part::Kind::ToolCall;
            p.id = jstr(call, L("id"));
            if (p.id.isEmpty())
                p.id = newId(L("call_"));
            p.name = jstr(call, L("name"));
            p.arguments = QString::fromUtf8(
                QJsonDocument(call.value(L("args")).toObject()).toJson(QJsonDocument::Compact));
            p.signature = jstr(o, L("thoughtSignature"));
        } else if (o.contains(L("text"))) {
            p.kind = o.value(L("thought")).toBool(false) ? Part::Kind::Thinking : Part::Kind::Text;
            p.text = jstr(o, L("text"));
            p.signature = jstr(o, L("thoughtSignature"));
        } else {
            continue;
        }
        out.append(p);
    }
}

} // namespace

std::optional<Error> decodeResponse(const QJsonObject &body, Response &out)
{
    out.id = jstr(body, L("responseId"));
    out.model = jstr(body, L("modelVersion"));
    out.created = nowSecs();
    const QJsonArray candidates = body.value(L("candidates")).toArray();
    out.usage = decodeUsage(body.value(L("usageMetadata")).toObject());
    if (candidates.isEmpty()) {
        // The prompt itself was blocked.
        out.finishReason = FinishReason::ContentFilter;
        return std::nullopt;
    }
    const QJsonObject candidate = candidates.first().toObject();
    decodeParts(candidate.value(L("content")).toObject().value(L("parts")).toArray(), out.content);
    bool tools = false;
    for (const Part &p : out.content)
        tools = tools || p.kind == Part::Kind::ToolCall;
    out.finishReason = decodeFinishReason(jstr(candidate, L("finishReason")), tools);
    if (out.finishReason == FinishReason::Unset)
        out.finishReason = FinishReason::Stop;
    return std::nullopt;
}

namespace {

class Decoder final : public StreamDecoder
{
public:
    void feed(const SseEvent &event, QList<StreamEvent> &out) override
    {
        if (m_done)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data);
        const QJsonObject chunk = doc.isArray() ? doc.array().first().toObject() : doc.object();
        if (chunk.value(L("error")).isObject()) {
            StreamEvent e;
            e.type = StreamEvent::Type::Error;
            e.error =
                decodeError(Dialect::Gemini,
                            jsonInt(chunk.value(L("error")).toObject().value(L("code")), 500), event.data);
            out.append(e);
            m_done = true;
            return;
        }
        if (!m_started) {
            StreamEvent s;
            s.type = StreamEvent::Type::Start;
            s.id = jstr(chunk, L("responseId"));
            s.name = jstr(chunk, L("modelVersion"));
            out.append(s);
            m_started = true;
        }
        if (chunk.contains(L("usageMetadata")))
            m_usage = decodeUsage(chunk.value(L("usageMetadata")).toObject());
        const QJsonArray candidates = chunk.value(L("candidates")).toArray();
        if (candidates.isEmpty()) {
            if (chunk.value(L("promptFeedback")).toObject().contains(L("blockReason")))
                m_finish = FinishReason::ContentFilter;
            return;
        }
        const QJsonObject candidate = candidates.first().toObject();
        QList<Part> parts;
        decodeParts(candidate.value(L("content")).toObject().value(L("parts")).toArray(), parts);
        for (const Part &p : parts) {
            if (p.kind == Part::Kind::ToolCall) {
                close(out);
                StreamEvent s;
                s.type = StreamEvent::Type::BlockStart;
                s.index = m_next;
                s.blockKind = Part::Kind::ToolCall;
                s.id = p.id;
                s.name = p.name;
                s.text = p.signature;
                out.append(s);
                m_open = true;
                m_openKind = Part::Kind::ToolCall;
                delta(StreamEvent::Type::ArgumentsDelta, p.arguments, out);
                close(out);
                m_sawTools = true;
                continue;
            }
            if (p.text.isEmpty())
                continue;
            if (!m_open || m_openKind != p.kind) {
                close(out);
                StreamEvent s;
                s.type = StreamEvent::Type::BlockStart;
                s.index = m_next;
                s.blockKind = p.kind;
                out.append(s);
                m_open = true;
                m_openKind = p.kind;
            }
            delta(p.kind == Part::Kind::Thinking ? StreamEvent::Type::ThinkingDelta
                                                 : StreamEvent::Type::TextDelta,
                  p.text, out);
        }
        const QString reason = jstr(candidate, L("finishReason"));
        if (!reason.isEmpty())
            m_finish = decodeFinishReason(reason, m_sawTools);
    }

    void end(QList<StreamEvent> &out) override
    {
        if (m_done)
            return;
        m_done = true;
        if (m_finish == FinishReason::Unset) {
            out.append(truncatedEvent("without a finishReason"));
            return;
        }
        close(out);
        StreamEvent e;
        e.type = StreamEvent::Type::Finish;
        e.finishReason = m_sawTools && m_finish == FinishReason::Stop ? FinishReason::ToolCalls : m_finish;
        e.usage = m_usage;
        out.append(e);
    }

    bool finished() const override { return m_done; }

private:
    void close(QList<StreamEvent> &out)
    {
        if (!m_open)
            return;
        StreamEvent e;
        e.type = StreamEvent::Type::BlockStop;
        e.index = m_next++;
        out.append(e);
        m_open = false;
    }
    void delta(StreamEvent::Type type, const QString &text, QList<StreamEvent> &out)
    {
        out.append(deltaEvent(type, m_next, text));
    }

    bool m_started = false;
    bool m_done = false;
    bool m_open = false;
    bool m_sawTools = false;
    Part::Kind m_openKind = Part::Kind::Text;
    int m_next = 0;
    FinishReason m_finish = FinishReason::Unset;
    Usage m_usage;
};

} // namespace

std::unique_ptr<StreamDecoder> makeStreamDecoder()
{
    return std::make_unique<Decoder>();
}

} // namespace Switchyard::Llm::Gemini
