// SPDX-License-Identifier: GPL-3.0-or-later
#include "configlocation.h"

#include "configloader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Switchyard::Config {

QString userConfigPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("switchyard/config.json"));
}

QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("switchyard"));
}

ConfigSource loadConfig(const QString &explicitPath)
{
    ConfigSource source;
    source.path = explicitPath;
    if (source.path.isEmpty() && QFileInfo::exists(userConfigPath()))
        source.path = userConfigPath();
    if (source.path.isEmpty())
        source.config = ConfigLoader::embeddedDefault();
    else
        source.config = ConfigLoader::fromFile(source.path, &source.errors);
    return source;
}

} // namespace Switchyard::Config
