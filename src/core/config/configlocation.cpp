// SPDX-License-Identifier: GPL-3.0-or-later
#include "configlocation.h"

#include "configloader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcConfigLocation, "switchyard.config", QtInfoMsg)

namespace Switchyard::Config {

namespace {

// The directory name before the app id named it.
const QString kLegacyName = QStringLiteral("switchyard");

QString migrate(const QString &base)
{
    const QDir baseDir(base);
    const QString target = baseDir.filePath(QStringLiteral(SWITCHYARD_APP_ID));
    const QString legacy = baseDir.filePath(kLegacyName);
    const QFileInfo legacyInfo(legacy);
    if (!legacyInfo.isDir() || QFileInfo::exists(target))
        return target;
    // rename(2) within one directory: atomic, and it keeps the files' modes (the config holds token
    // hashes and is 0600). A second process racing us finds the target in place afterwards.
    if (QDir().rename(legacy, target)) {
        qCInfo(lcConfigLocation).noquote()
            << QStringLiteral("moved %1 to %2 (the app id names it now)")
                   .arg(QDir::toNativeSeparators(legacy), QDir::toNativeSeparators(target));
        return target;
    }
    if (QFileInfo(target).isDir())
        return target;
    qCWarning(lcConfigLocation).noquote()
        << QStringLiteral("could not move %1 to %2; using %1 for now. Move it by hand.")
               .arg(QDir::toNativeSeparators(legacy), QDir::toNativeSeparators(target));
    return legacy;
}

} // namespace

QString appDirectory(const QString &base)
{
    // Base directories already looked at, and the directory chosen for each: the move is tried
    // once per process (tests switch XDG_CONFIG_HOME between cases, hence per base).
    static QMutex mutex;
    static QHash<QString, QString> chosen;
    const QMutexLocker locker(&mutex);
    auto it = chosen.constFind(base);
    if (it == chosen.cend())
        it = chosen.insert(base, migrate(base));
    return *it;
}

QString configDir()
{
    return appDirectory(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
}

QString userConfigPath()
{
    return QDir(configDir()).filePath(QStringLiteral("config.json"));
}

QString defaultDataDir()
{
    return appDirectory(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
}

void migrateLegacyDirectories()
{
    configDir();
    defaultDataDir();
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
