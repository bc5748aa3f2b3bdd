// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the HTTP/1.1 parser as the server and the upstream client drive it — input fed
// in pieces (sizes taken from the first byte), pauses at the end of headers and messages, resets
// between pipelined messages. Any crash, sanitizer report or broken invariant is a finding.

#include "http/httpparser.h"

#include <cstdint>
#include <cstdlib>

using Switchyard::Http::HttpParser;

namespace {

void drive(HttpParser::Mode mode, const char *data, size_t size, size_t step)
{
    HttpParser parser(mode, {4096, 65536});
    qsizetype streamed = 0;
    parser.setBodySink([&](const char *, qsizetype n) { streamed += n; });
    size_t fed = 0;
    int messages = 0;
    while (fed < size && messages < 64) {
        const size_t chunk = std::min(step, size - fed);
        size_t pos = 0;
        while (pos < chunk) {
            qsizetype consumed = 0;
            const auto r = parser.feed(data + fed + pos, qsizetype(chunk - pos), &consumed);
            if (consumed < 0 || size_t(consumed) > chunk - pos)
                std::abort(); // the parser claims bytes it was not given
            pos += size_t(consumed);
            if (r == HttpParser::Result::Error) {
                if (parser.errorStatus() < 400 || parser.errorStatus() > 505)
                    std::abort();
                return;
            }
            if (r == HttpParser::Result::MessageComplete) {
                if (!parser.headersDone())
                    std::abort();
                ++messages;
                parser.reset();
                continue;
            }
            if (r == HttpParser::Result::NeedMore)
                break;
        }
        fed += chunk;
    }
    if (mode == HttpParser::Mode::Response) {
        qsizetype consumed = 0;
        parser.feed(nullptr, 0, &consumed); // end of stream
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t step = 1 + (data[0] & 0x3f);
    const bool response = data[0] & 0x80;
    drive(response ? HttpParser::Mode::Response : HttpParser::Mode::Request,
          reinterpret_cast<const char *>(data + 1), size - 1, step);
    return 0;
}
