// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the config decoder. Valid configs must survive a save/load round trip unchanged.

#include "config/configloader.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Switchyard::Config::ConfigLoader;
    QStringList errors;
    const auto config =
        ConfigLoader::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &errors);
    if (!config) {
        if (errors.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QByteArray saved = QJsonDocument(ConfigLoader::toJson(*config)).toJson();
    QStringList again;
    const auto reloaded = ConfigLoader::fromJson(saved, &again);
    if (!reloaded || !(*reloaded == *config))
        std::abort();
    return 0;
}
