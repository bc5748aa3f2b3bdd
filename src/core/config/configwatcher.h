// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Switchyard::Config {

// Follows a config file: when it changes on disk (an editor saving in place, or an atomic replace by
// rename, which is how QSaveFile and most editors write) or reload() is called (SIGHUP), reads and
// validates it and reports either the new config or why it was refused. A refused file changes
// nothing: the caller keeps serving the config it had.
class ConfigWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWatcher)

public:
    explicit ConfigWatcher(const QString &path, QObject *parent = nullptr);

    [[nodiscard]] QString path() const { return m_path; }
    // Reads the file now (also what a change on disk triggers, after a short settling delay).
    void reload();

Q_SIGNALS:
    void changed(const Switchyard::Config::Config &config);
    void refused(const QStringList &errors);

private:
    void watch();
    void onChange();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // coalesces the burst of events one save makes
    QByteArray m_lastContent;
};

} // namespace Switchyard::Config
