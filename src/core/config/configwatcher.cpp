// SPDX-License-Identifier: GPL-3.0-or-later
#include "configwatcher.h"

#include "configloader.h"

#include <QFile>
#include <QFileInfo>

namespace Switchyard::Config {

ConfigWatcher::ConfigWatcher(const QString &path, QObject *parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath())
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &ConfigWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ConfigWatcher::onChange);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ConfigWatcher::onChange);
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly))
        m_lastContent = f.readAll();
    watch();
}

void ConfigWatcher::watch()
{
    // The directory too: a save by rename replaces the file, and the old watch goes with it.
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir))
        m_watcher.addPath(dir);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void ConfigWatcher::onChange()
{
    watch();
    m_settle.start();
}

void ConfigWatcher::reload()
{
    watch();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        Q_EMIT refused({QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString())});
        return;
    }
    const QByteArray content = f.readAll();
    if (content == m_lastContent && sender() == &m_settle)
        return; // the directory changed, not this file
    m_lastContent = content;
    QStringList errors;
    const std::optional<Config> config = ConfigLoader::fromJson(content, &errors);
    if (!config) {
        Q_EMIT refused(errors);
        return;
    }
    Q_EMIT changed(*config);
}

} // namespace Switchyard::Config
