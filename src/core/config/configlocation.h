// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Switchyard::Config {

// Where the config comes from when the command line does not say: the user's config file
// (~/.config/switchyard/config.json) when it exists, else the default compiled into the binary.
struct ConfigSource
{
    QString path; // empty: the embedded default
    std::optional<Config> config;
    QStringList errors;
};

QString userConfigPath();
ConfigSource loadConfig(const QString &explicitPath);

} // namespace Switchyard::Config
