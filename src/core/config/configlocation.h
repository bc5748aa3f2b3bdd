// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Switchyard::Config {

// Where the config comes from when the command line does not say: the user's config file
// (~/.config/io.github.switchyard.Switchyard/config.json) when it exists, else the default compiled
// into the binary.
struct ConfigSource
{
    QString path; // empty: the embedded default
    std::optional<Config> config;
    QStringList errors;
};

// The app's directories are named by its reverse-DNS app id (SWITCHYARD_APP_ID), under the XDG base
// directories as QStandardPaths finds them (XDG_CONFIG_HOME, XDG_DATA_HOME). Versions up to 0.1.0
// used "switchyard"; the first call for a base directory moves that old directory to the new name
// when only the old one exists (see appDirectory()).
QString configDir();      // ~/.config/io.github.switchyard.Switchyard
QString userConfigPath(); // configDir()/config.json
// Where usage and other data live: ~/.local/share/io.github.switchyard.Switchyard.
QString defaultDataDir();
// Runs the move for both directories now; call it before anything (QSettings) could create the new
// directories.
void migrateLegacyDirectories();

// <base>/<app id>. Once per base directory and process: when <base>/switchyard exists and
// <base>/<app id> does not, renames the former to the latter and logs it (category
// switchyard.config). If that rename fails, the old directory is returned so nothing is lost.
QString appDirectory(const QString &base);

ConfigSource loadConfig(const QString &explicitPath);

} // namespace Switchyard::Config
