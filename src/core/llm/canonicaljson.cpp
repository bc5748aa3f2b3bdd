// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicaljson.h"

#include "codec_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Switchyard::Llm {

namespace {

using L = QLatin1StringView;

QJsonObject partToJson(const Part &p)
{
    QJsonObject o{{QStringLiteral("kind"), int(p.kind)}};
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1StringView(key), value);
    };
    put("text", p.text);
    put("signature", p.signature);
    put("data", p.data);
    put("mediaType", p.mediaType);
    put("url", p.url);
    put("id", p.id);
    put("name", p.name);
    put("arguments", p.arguments);
    if (p.isError)
        o.insert(QStringLiteral("isError"), true);
    if (!p.cacheControl.isUndefined() && !p.cacheControl.isNull())
        o.insert(QStringLiteral("cacheControl"), p.cacheControl);
    return o;
}

Part partFromJson(const QJsonObject &o)
{
    Part p;
    p.kind = Part::Kind(qBound(0, o.value(L("kind")).toInt(), int(Part::Kind::ToolResult)));
    p.text = o.value(L("text")).toString();
    p.signature = o.value(L("signature")).toString();
    p.data = o.value(L("data")).toString();
    p.mediaType = o.value(L("mediaType")).toString();
    p.url = o.value(L("url")).toString();
    p.id = o.value(L("id")).toString();
    p.name = o.value(L("name")).toString();
    p.arguments = o.value(L("arguments")).toString();
    p.isError = o.value(L("isError")).toBool(false);
    return p;
}

QJsonArray partsToJson(const QList<Part> &parts)
{
    QJsonArray a;
    for (const Part &p : parts)
        a.append(partToJson(p));
    return a;
}

} // namespace

QJsonObject responseToJson(const Response &r)
{
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("model"), r.model},
        {QStringLiteral("created"), r.created},
        {QStringLiteral("content"), partsToJson(r.content)},
        {QStringLiteral("finishReason"), int(r.finishReason)},
        {QStringLiteral("stopSequence"), r.stopSequence},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input"), r.usage.inputTokens},
                                              {QStringLiteral("output"), r.usage.outputTokens},
                                              {QStringLiteral("cachedRead"), r.usage.cachedReadTokens},
                                              {QStringLiteral("cacheWrite"), r.usage.cacheWriteTokens},
                                              {QStringLiteral("reasoning"), r.usage.reasoningTokens},
                                              {QStringLiteral("known"), r.usage.known},
                                              {QStringLiteral("estimated"), r.usage.estimated}}},
    };
}

std::optional<Response> responseFromJson(const QJsonObject &o)
{
    if (!o.value(L("content")).isArray())
        return std::nullopt;
    Response r;
    r.id = o.value(L("id")).toString();
    r.model = o.value(L("model")).toString();
    r.created = qint64(o.value(L("created")).toDouble());
    for (const QJsonValue &v : o.value(L("content")).toArray())
        r.content.append(partFromJson(v.toObject()));
    r.finishReason = FinishReason(qBound(0, o.value(L("finishReason")).toInt(), int(FinishReason::Error)));
    r.stopSequence = o.value(L("stopSequence")).toString();
    const QJsonObject u = o.value(L("usage")).toObject();
    r.usage.inputTokens = qint64(u.value(L("input")).toDouble());
    r.usage.outputTokens = qint64(u.value(L("output")).toDouble());
    r.usage.cachedReadTokens = qint64(u.value(L("cachedRead")).toDouble());
    r.usage.cacheWriteTokens = qint64(u.value(L("cacheWrite")).toDouble());
    r.usage.reasoningTokens = qint64(u.value(L("reasoning")).toDouble());
    r.usage.known = u.value(L("known")).toBool();
    r.usage.estimated = u.value(L("estimated")).toBool();
    return r;
}

QByteArray normalizedRequest(const Request &r)
{
    QJsonArray messages;
    for (const Message &m : r.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), int(m.role)},
                                    {QStringLiteral("name"), m.name},
                                    {QStringLiteral("parts"), partsToJson(m.parts)}});
    QJsonArray tools;
    for (const Tool &t : r.tools)
        tools.append(QJsonObject{{QStringLiteral("name"), t.name},
                                 {QStringLiteral("description"), t.description},
                                 {QStringLiteral("parameters"), t.parameters}});
    QJsonObject o{
        {QStringLiteral("model"), r.model},
        {QStringLiteral("system"), partsToJson(r.system)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("tools"), tools},
        {QStringLiteral("toolChoice"), int(r.toolChoice)},
        {QStringLiteral("toolChoiceName"), r.toolChoiceName},
        {QStringLiteral("stop"), QJsonArray::fromStringList(r.stop)},
        {QStringLiteral("responseFormat"), r.responseFormat},
        {QStringLiteral("reasoningEffort"), r.reasoningEffort},
        {QStringLiteral("thinking"), r.thinkingEnabled},
        {QStringLiteral("n"), r.n},
    };
    auto put = [&](const char *key, const QJsonValue &v) {
        if (!v.isUndefined())
            o.insert(QLatin1StringView(key), v);
    };
    put("maxTokens", optionalInteger(r.maxTokens));
    put("temperature", optionalNumber(r.temperature));
    put("topP", optionalNumber(r.topP));
    put("topK", optionalInteger(r.topK));
    put("seed", optionalInteger(r.seed));
    put("presencePenalty", optionalNumber(r.presencePenalty));
    put("frequencyPenalty", optionalNumber(r.frequencyPenalty));
    put("thinkingBudget", optionalInteger(r.thinkingBudget));
    if (r.parallelToolCalls)
        o.insert(QStringLiteral("parallelToolCalls"), *r.parallelToolCalls);
    // QJsonObject keeps keys sorted: the same request always serialises to the same bytes.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void StreamAccumulator::add(const StreamEvent &e)
{
    if (m_failed || m_complete)
        return;
    switch (e.type) {
    case StreamEvent::Type::Start:
        m_response.id = e.id;
        m_response.model = e.name;
        m_response.created = nowSecs();
        break;
    case StreamEvent::Type::BlockStart: {
        Part p;
        p.kind = e.blockKind;
        p.id = e.id;
        p.name = e.name;
        if (e.blockKind == Part::Kind::ToolCall)
            p.signature = e.text;
        else if (e.blockKind == Part::Kind::RedactedThinking)
            p.data = e.text;
        m_response.content.append(p);
        break;
    }
    case StreamEvent::Type::TextDelta:
    case StreamEvent::Type::ThinkingDelta:
        if (!m_response.content.isEmpty())
            m_response.content.last().text += e.text;
        break;
    case StreamEvent::Type::SignatureDelta:
        if (!m_response.content.isEmpty())
            m_response.content.last().signature += e.text;
        break;
    case StreamEvent::Type::ArgumentsDelta:
        if (!m_response.content.isEmpty())
            m_response.content.last().arguments += e.text;
        break;
    case StreamEvent::Type::BlockStop: break;
    case StreamEvent::Type::Finish:
        m_response.finishReason = e.finishReason;
        m_response.stopSequence = e.stopSequence;
        m_response.usage = e.usage;
        m_complete = true;
        break;
    case StreamEvent::Type::Error: m_failed = true; break;
    }
}

} // namespace Switchyard::Llm
