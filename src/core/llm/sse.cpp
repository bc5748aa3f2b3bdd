// SPDX-License-Identifier: GPL-3.0-or-later
#include "sse.h"

namespace Switchyard::Llm {

void SseParser::feed(QByteArrayView chunk, QList<SseEvent> &out)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const char c = chunk[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\n' && m_lastWasCr && i == start && m_line.isEmpty()) {
            // The LF of a CRLF whose CR ended the previous line (possibly in the previous chunk).
            m_lastWasCr = false;
            start = i + 1;
            continue;
        }
        m_lineEnd = m_fed + i + 1;
        if (m_line.isEmpty()) {
            line(chunk.sliced(start, i - start), out);
        } else {
            m_line += chunk.sliced(start, i - start);
            line(m_line, out);
            m_line.clear();
        }
        m_lastWasCr = c == '\r';
        start = i + 1;
    }
    m_fed += chunk.size();
    if (start < chunk.size()) {
        m_lastWasCr = false;
        m_line += chunk.sliced(start);
        if (m_line.size() + m_data.size() > kMaxEventBytes) {
            m_overflow = true;
            m_line.clear();
        }
    }
}

void SseParser::line(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData)
            out.append(SseEvent{std::exchange(m_event, {}), std::exchange(m_data, {}), m_lineEnd});
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.front() == ':')
        return; // comment (keep-alive)
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
        if (m_data.size() > kMaxEventBytes) {
            m_overflow = true;
            m_data.clear();
        }
    } else if (field == "event") {
        m_event = value.toByteArray();
    }
    // `id` and `retry` mean nothing to a one-shot API stream.
}

QByteArray sseEvent(QByteArrayView name, QByteArrayView data)
{
    QByteArray out;
    out.reserve(name.size() + data.size() + 16);
    if (!name.isEmpty()) {
        out += "event: ";
        out += name;
        out += '\n';
    }
    out += "data: ";
    out += data;
    out += "\n\n";
    return out;
}

} // namespace Switchyard::Llm
