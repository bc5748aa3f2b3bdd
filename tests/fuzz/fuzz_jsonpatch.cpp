// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the in-place rewrite of "model" on the passthrough path. For any JSON object it
// accepts, the result must parse and differ from the input in "model" only.

#include "providers/jsonpatch.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument before = QJsonDocument::fromJson(input);
    if (!before.isObject())
        return 0;
    QByteArray patched = input;
    if (!Switchyard::Providers::replaceTopLevelString(patched, "model", "fuzz/\"model\"\n"))
        return 0;
    const QJsonDocument after = QJsonDocument::fromJson(patched);
    if (!after.isObject())
        std::abort();
    QJsonObject expected = before.object();
    expected.insert(QStringLiteral("model"), QStringLiteral("fuzz/\"model\"\n"));
    if (after.object() != expected)
        std::abort();
    return 0;
}
