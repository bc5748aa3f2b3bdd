// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

// The canonical model as JSON of its own (not any provider's dialect), lossless: for the response
// cache (a stored answer can be replayed to a client of any dialect, streamed or not) and for cache
// keys (a normalised request, independent of the dialect it arrived in).
namespace Switchyard::Llm {

QJsonObject responseToJson(const Response &response);
std::optional<Response> responseFromJson(const QJsonObject &json);

// The parts of a request that decide its answer, in a stable form: the model asked for, system,
// messages, tools, tool choice, sampling and output settings. Not the stream flag, the user id or
// metadata.
QByteArray normalizedRequest(const Request &request);

// Builds a Response from a stream's canonical events (for caching a streamed answer).
class StreamAccumulator final
{
public:
    void add(const StreamEvent &event);
    [[nodiscard]] bool complete() const { return m_complete; }
    [[nodiscard]] const Response &response() const { return m_response; }

private:
    Response m_response;
    bool m_complete = false;
    bool m_failed = false;
};

} // namespace Switchyard::Llm
