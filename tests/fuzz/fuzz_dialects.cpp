// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the dialect codecs on what clients and upstreams may send. The first byte picks a
// direction, the second a parameter (chunk size, dialect, status):
//   0-2  decodeRequest (OpenAI Chat, Anthropic, Responses) of a JSON body, then encodeRequest for
//        every upstream and a canned stream through every client encoder;
//   3-5  decodeResponse (OpenAI Chat, Anthropic, Gemini), then encodeResponse for every client;
//   6-8  the stream decoders (OpenAI Chat, Anthropic, Gemini) on bytes split into SSE events, then
//        the events through every client encoder and back through that dialect's decoder;
//   9    decodeError and the error envelopes; 10 usage observers; 11 tool call id packing.
// Must never crash, hang or trip a sanitizer. Checked invariants: a decoder's output after end() has
// exactly one Finish or Error, last; encoders write whole SSE events; an encoded stream read back
// ends the way the original did; request decode errors are 400s that name the field.

#include "llm/codec.h"
#include "llm/sse.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Switchyard::Llm;

namespace {

constexpr Dialect kInbound[] = {Dialect::OpenAiChat, Dialect::AnthropicMessages, Dialect::OpenAiResponses};
constexpr Dialect kUpstream[] = {Dialect::OpenAiChat, Dialect::AnthropicMessages, Dialect::Gemini};
constexpr Dialect kAll[] = {Dialect::OpenAiChat, Dialect::AnthropicMessages, Dialect::OpenAiResponses,
                            Dialect::Gemini};

void check(bool ok)
{
    if (!ok)
        std::abort();
}

bool isTerminal(const StreamEvent &e)
{
    return e.type == StreamEvent::Type::Finish || e.type == StreamEvent::Type::Error;
}

// After end(): exactly one Finish or Error, and it is the last event.
void checkTerminal(const QList<StreamEvent> &events)
{
    int terminal = 0;
    for (const StreamEvent &e : events)
        terminal += isTerminal(e) ? 1 : 0;
    check(terminal == 1 && isTerminal(events.last()));
}

QList<StreamEvent> decodeAll(Dialect dialect, const QList<SseEvent> &sse)
{
    const auto decoder = makeStreamDecoder(dialect);
    QList<StreamEvent> out;
    for (const SseEvent &e : sse)
        decoder->feed(e, out);
    decoder->end(out);
    check(decoder->finished());
    return out;
}

// Events through every client encoder; the bytes must be whole events, and where the client dialect
// has a decoder, reading them back must end as the original did (a Finish stays a Finish).
void streamThrough(const QList<StreamEvent> &events, const Request &request)
{
    for (Dialect d : kInbound) {
        const auto encoder = makeStreamEncoder(d, request);
        QByteArray wire;
        for (const StreamEvent &e : events)
            encoder->encode(e, wire);
        SseParser parser;
        QList<SseEvent> sse;
        parser.feed(wire, sse);
        check(!parser.hasPartialEvent());
        for (const SseEvent &e : std::as_const(sse))
            check(e.data == "[DONE]" || QJsonDocument::fromJson(e.data).isObject());
        if (d == Dialect::OpenAiResponses || events.isEmpty())
            continue;
        const QList<StreamEvent> back = decodeAll(d, sse);
        checkTerminal(back);
        check(back.last().type == events.last().type);
    }
}

QList<StreamEvent> cannedStream()
{
    QList<StreamEvent> events;
    auto add = [&](StreamEvent::Type type, int index, Part::Kind kind, const char *text) {
        StreamEvent e;
        e.type = type;
        e.index = index;
        e.blockKind = kind;
        e.text = QString::fromUtf8(text);
        events.append(e);
    };
    add(StreamEvent::Type::Start, 0, Part::Kind::Text, "");
    add(StreamEvent::Type::BlockStart, 0, Part::Kind::Thinking, "");
    add(StreamEvent::Type::ThinkingDelta, 0, Part::Kind::Thinking, "hmm");
    add(StreamEvent::Type::SignatureDelta, 0, Part::Kind::Thinking, "sig");
    add(StreamEvent::Type::BlockStop, 0, Part::Kind::Thinking, "");
    add(StreamEvent::Type::BlockStart, 1, Part::Kind::Text, "");
    add(StreamEvent::Type::TextDelta, 1, Part::Kind::Text, "hi");
    add(StreamEvent::Type::BlockStop, 1, Part::Kind::Text, "");
    add(StreamEvent::Type::BlockStart, 2, Part::Kind::ToolCall, "gsig");
    events.last().id = QStringLiteral("call_1");
    events.last().name = QStringLiteral("f");
    add(StreamEvent::Type::ArgumentsDelta, 2, Part::Kind::ToolCall, "{}");
    add(StreamEvent::Type::BlockStop, 2, Part::Kind::ToolCall, "");
    add(StreamEvent::Type::Finish, 0, Part::Kind::Text, "");
    events.last().finishReason = FinishReason::ToolCalls;
    return events;
}

void fuzzRequest(Dialect dialect, const QByteArray &input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return;
    Request request;
    if (const auto error = decodeRequest(dialect, doc.object(), request)) {
        check(error->status == 400 && !error->message.isEmpty());
        for (Dialect d : kAll)
            check(!encodeError(d, *error).isEmpty());
        return;
    }
    for (Dialect d : kUpstream)
        QJsonDocument(encodeRequest(d, request)).toJson(QJsonDocument::Compact);
    check(estimateInputTokens(request) > 0);
    check(request.hasImages() || request.lastUserText().size() >= 0);
    streamThrough(cannedStream(), request);
}

void fuzzResponse(Dialect dialect, const QByteArray &input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return;
    Response response;
    if (decodeResponse(dialect, doc.object(), response))
        return;
    Request request;
    request.model = QStringLiteral("m");
    for (Dialect d : kInbound)
        QJsonDocument(encodeResponse(d, response, request)).toJson(QJsonDocument::Compact);
}

void fuzzStream(Dialect dialect, quint8 param, const QByteArray &input)
{
    SseParser parser;
    QList<SseEvent> sse;
    const qsizetype step = param == 0 ? input.size() : 1 + param % 64;
    for (qsizetype at = 0; at < input.size(); at += step)
        parser.feed(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)), sse);
    const QList<StreamEvent> events = decodeAll(dialect, sse);
    checkTerminal(events);
    Request request;
    request.model = QStringLiteral("client-model");
    request.stream = true;
    request.streamUsage = param & 1;
    streamThrough(events, request);
}

void fuzzError(quint8 param, const QByteArray &input)
{
    const Dialect dialect = kAll[param % 4];
    const int status = 400 + (param >> 2) * 3; // 400..589
    const Error error = decodeError(dialect, status, input);
    check(!error.message.isEmpty() && error.status == status);
    for (Dialect d : kAll) {
        check(QJsonDocument::fromJson(encodeError(d, error)).isObject());
        SseParser parser;
        QList<SseEvent> sse;
        parser.feed(encodeErrorEvent(d, error), sse);
        check(sse.size() == 1 && !parser.hasPartialEvent());
        const int answered = errorStatus(d, error);
        check(answered >= 400 && answered < 600);
    }
}

void fuzzUsage(quint8 param, const QByteArray &input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return;
    const Dialect dialect = kUpstream[param % 3];
    Usage usage;
    observeStreamUsage(dialect, doc.object(), usage);
    observeResponseUsage(dialect, param & 0x80, doc.object(), usage);
}

void fuzzIds(const QByteArray &input)
{
    const qsizetype nul = input.indexOf('\0');
    const QString id = QString::fromUtf8(input.left(nul < 0 ? input.size() : nul));
    const QString signature = nul < 0 ? QString() : QString::fromUtf8(input.mid(nul + 1));
    QString unpackedId = packToolCallId(id, signature);
    QString unpackedSignature;
    unpackToolCallId(unpackedId, unpackedSignature);
    // Round trip unless the id itself reaches into the separator (no provider's ids do).
    const QLatin1StringView separator("__thought__");
    if (QString(id + separator).indexOf(separator) == id.size())
        check(unpackedId == id && unpackedSignature == signature);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const quint8 mode = data[0] % 12;
    const quint8 param = data[1];
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    switch (mode) {
    case 0:
    case 1:
    case 2: fuzzRequest(kInbound[mode], input); break;
    case 3:
    case 4:
    case 5: fuzzResponse(kUpstream[mode - 3], input); break;
    case 6:
    case 7:
    case 8: fuzzStream(kUpstream[mode - 6], param, input); break;
    case 9: fuzzError(param, input); break;
    case 10: fuzzUsage(param, input); break;
    case 11: fuzzIds(input); break;
    }
    return 0;
}
