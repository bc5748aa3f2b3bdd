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
// Where usage and other data live: ~/.local/share/switchyard (XDG_DATA_HOME).
QString defaultDataDir();
ConfigSource loadConfig(const QString &explicitPath);

} // namespace Switchyard::Config
