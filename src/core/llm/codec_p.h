// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the llm/ codecs: per-dialect entry points behind codec.h's dispatch, and small JSON
// helpers they share.

#include "codec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>

#include <limits>

namespace Switchyard::Llm {

inline QString jstr(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}
// JSON numbers are doubles, and converting one outside an integer's range is undefined behaviour:
// clamp to ±2^53 (the integers a double holds exactly), far enough from the limit that sums of token
// counts cannot overflow either. Clients and upstreams send whatever they like.
inline qint64 jsonInteger(const QJsonValue &v, qint64 fallback = 0)
{
    constexpr double kLimit = 9007199254740992.0;
    return qint64(qBound(-kLimit, v.toDouble(double(fallback)), kLimit));
}
inline int jsonInt(const QJsonValue &v, int fallback)
{
    constexpr qint64 kMin = std::numeric_limits<int>::min();
    constexpr qint64 kMax = std::numeric_limits<int>::max();
    return int(qBound(kMin, jsonInteger(v, fallback), kMax));
}
inline qint64 jint(const QJsonObject &o, QLatin1StringView key)
{
    return jsonInteger(o.value(key));
}
QString contentText(const QJsonValue &content); // a string, or the text of an array of text parts
Error invalid(const QString &message, const QString &param = {});
QString newId(QLatin1StringView prefix);
qint64 nowSecs();

// Stream events every upstream decoder emits.
inline StreamEvent deltaEvent(StreamEvent::Type type, int index, const QString &text)
{
    StreamEvent e;
    e.type = type;
    e.index = index;
    e.text = text;
    return e;
}
// The stream stopped before the dialect's end marker: never a clean-looking end.
inline StreamEvent truncatedEvent(const char *why)
{
    StreamEvent e;
    e.type = StreamEvent::Type::Error;
    e.error = Error::make(502, Error::Kind::Upstream,
                          QStringLiteral("the upstream stream ended %1").arg(QLatin1StringView(why)),
                          QStringLiteral("upstream_stream_truncated"));
    return e;
}

namespace OpenAiChat {
std::optional<Error> decodeRequest(const QJsonObject &body, Request &out);
QJsonObject encodeRequest(const Request &request);
std::optional<Error> decodeResponse(const QJsonObject &body, Response &out);
QJsonObject encodeResponse(const Response &response);
std::unique_ptr<StreamDecoder> makeStreamDecoder();
std::unique_ptr<StreamEncoder> makeStreamEncoder(const Request &request);
Usage decodeUsage(const QJsonObject &usage);
QJsonObject encodeUsage(const Usage &usage);
FinishReason decodeFinishReason(const QString &reason);
QString encodeFinishReason(FinishReason reason);
QJsonObject toolSchemaObject(const QJsonValue &v);
} // namespace OpenAiChat

namespace Anthropic {
std::optional<Error> decodeRequest(const QJsonObject &body, Request &out);
QJsonObject encodeRequest(const Request &request);
std::optional<Error> decodeResponse(const QJsonObject &body, Response &out);
QJsonObject encodeResponse(const Response &response);
std::unique_ptr<StreamDecoder> makeStreamDecoder();
std::unique_ptr<StreamEncoder> makeStreamEncoder(const Request &request);
QString errorType(const Error &error);
Usage decodeUsage(const QJsonObject &usage);
} // namespace Anthropic

namespace Responses {
std::optional<Error> decodeRequest(const QJsonObject &body, Request &out);
QJsonObject encodeResponse(const Response &response, const Request &request);
std::unique_ptr<StreamEncoder> makeStreamEncoder(const Request &request);
} // namespace Responses

namespace Gemini {
QJsonObject encodeRequest(const Request &request);
std::optional<Error> decodeResponse(const QJsonObject &body, Response &out);
std::unique_ptr<StreamDecoder> makeStreamDecoder();
QJsonObject cleanSchema(const QJsonObject &schema);
} // namespace Gemini

} // namespace Switchyard::Llm
