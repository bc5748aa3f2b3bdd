// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the usage store's page format (RecordCodec) read from arbitrary bytes, as a damaged
// or foreign database file would hand them over. Decoding must never crash or read out of bounds, a
// filter must only ever see fewer records than no filter, and whatever decodes must encode back to
// bytes that decode to the same records.

#include "usage/recordcodec.h"

#include <cstdint>
#include <cstdlib>

using namespace Switchyard::Usage;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView page(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<RecordCodec::Decoded> all;
    QString error;
    const bool ok = RecordCodec::decode(page, all, &error);
    check(ok || !error.isEmpty());

    std::vector<RecordCodec::Decoded> some;
    const bool filteredOk = RecordCodec::decode(page, some, nullptr, [](const RecordCodec::RecordHead &h) {
        return h.status % 2 == 0 && !h.app.equals(QStringLiteral("x"));
    });
    if (!ok)
        return 0;
    check(filteredOk && some.size() <= all.size());

    std::string again;
    for (const RecordCodec::Decoded &d : all)
        RecordCodec::append(again, d.record, d.record.costMicros);
    std::vector<RecordCodec::Decoded> back;
    check(again.empty() ||
          RecordCodec::decode(QByteArrayView(again.data(), qsizetype(again.size())), back, nullptr));
    check(back.size() == (again.empty() ? 0 : all.size()));
    for (size_t i = 0; i < back.size(); ++i)
        check(back[i].record == all[i].record && back[i].index == int(i));
    return 0;
}
