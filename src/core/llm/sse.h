// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Switchyard::Llm {

struct SseEvent
{
    QByteArray event; // the `event:` field, empty when absent
    QByteArray data;  // `data:` lines joined with '\n'
    // Where the event ends in the stream fed so far (just past its blank line): a proxy that forwards
    // the bytes unchanged cuts the stream at these offsets.
    qint64 endOffset = 0;
};

// Incremental Server-Sent Events parser (HTML Living Standard §9.2.6 "Interpreting an event
// stream"): lines end in LF, CRLF or CR; `data:` lines accumulate; a blank line dispatches; lines
// starting with ':' are comments. Chunks may split anywhere, even between CR and LF.
class SseParser final
{
public:
    // Appends the events completed by `chunk` to `out`.
    void feed(QByteArrayView chunk, QList<SseEvent> &out);
    // Bytes held for an unfinished event (a stream that ends here ended mid-event).
    [[nodiscard]] bool hasPartialEvent() const
    {
        return !m_line.isEmpty() || m_hasData || !m_event.isEmpty();
    }
    // Upper bound on one event, against an upstream that never sends a blank line.
    static constexpr qsizetype kMaxEventBytes = 16 * 1024 * 1024;
    [[nodiscard]] bool overflowed() const { return m_overflow; }

private:
    void line(QByteArrayView line, QList<SseEvent> &out);

    QByteArray m_line;
    qint64 m_fed = 0;     // bytes fed before the current chunk
    qint64 m_lineEnd = 0; // stream offset just past the line being interpreted
    QByteArray m_event;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_lastWasCr = false;
    bool m_overflow = false;
};

// One SSE event on the wire: "event: <name>\ndata: <data>\n\n" (no event line when name is empty).
QByteArray sseEvent(QByteArrayView name, QByteArrayView data);

} // namespace Switchyard::Llm
