// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Switchyard::Config {

// Reads, validates and writes the JSON config. Every error names the JSON path it is about
// ("$.routes[1].targets[0].provider: unknown provider 'opnai'").
class ConfigLoader final
{
public:
    static std::optional<Config> fromJson(const QByteArray &json, QStringList *errors);
    static std::optional<Config> fromFile(const QString &path, QStringList *errors);
    static std::optional<Config> fromObject(const QJsonObject &root, QStringList *errors);

    static QJsonObject toJson(const Config &config);
    // Atomic write (QSaveFile): a crash never leaves a half-written config.
    static bool save(const Config &config, const QString &path, QString *error);

    // The config compiled into the binary (":/switchyard/default-config.json").
    static Config embeddedDefault();
};

} // namespace Switchyard::Config
