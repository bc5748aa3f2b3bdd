// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SSE parser as the upstream stream reaches it, in chunks of any size (sizes
// from a generator seeded by the first byte). Chunking must not change the events, the partial-event
// state or the overflow flag, and every single-line event written back with sseEvent() must parse to
// itself.

#include "llm/sse.h"

#include <cstdint>
#include <cstdlib>

using Switchyard::Llm::SseEvent;
using Switchyard::Llm::SseParser;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

bool sameEvents(const QList<SseEvent> &a, const QList<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).event != b.at(i).event || a.at(i).data != b.at(i).data)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SseParser whole;
    QList<SseEvent> expected;
    whole.feed(input, expected);

    // Small chunks (1..3 bytes: every CR/LF split) or larger ones, per the first byte.
    const quint32 maxChunk = (data[0] & 0x80) ? 3 : 97;
    quint32 state = data[0] * 2654435761u + 1;
    SseParser chunked;
    QList<SseEvent> actual;
    for (qsizetype at = 0; at < input.size();) {
        state = state * 1664525u + 1013904223u;
        const qsizetype n = qMin<qsizetype>(input.size() - at, 1 + (state >> 16) % maxChunk);
        chunked.feed(input.sliced(at, n), actual);
        at += n;
    }
    check(sameEvents(expected, actual));
    check(whole.hasPartialEvent() == chunked.hasPartialEvent());
    check(whole.overflowed() == chunked.overflowed());

    for (const SseEvent &e : std::as_const(expected)) {
        if (e.data.contains('\n') || e.data.contains('\r'))
            continue; // sseEvent() writes one data line
        SseParser again;
        QList<SseEvent> back;
        again.feed(Switchyard::Llm::sseEvent(e.event, e.data), back);
        check(back.size() == 1 && back.first().event == e.event && back.first().data == e.data);
        check(!again.hasPartialEvent());
    }
    return 0;
}
