// SPDX-License-Identifier: GPL-3.0-or-later
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Switchyard::Gui {

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/" SWITCHYARD_APP_ID ".desktop");
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = QCoreApplication::translate("Autostart", "Could not remove %1.").arg(path);
            return false;
        }
        return true;
    }
    // The packaged entry runs `switchyard` from PATH; a build run from elsewhere starts itself.
    const QString program = QCoreApplication::applicationFilePath();
    const QString exec = program.startsWith(QLatin1String("/usr/"))
                             ? QStringLiteral("switchyard")
                             : QLatin1Char('"') + program + QLatin1Char('"');
    const QByteArray entry = "[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Switchyard\n"
                             "Comment=Start the Switchyard AI model gateway at login\n"
                             "Exec=" +
                             exec.toUtf8() +
                             "\n"
                             "Icon=" SWITCHYARD_APP_ID "\n"
                             "Terminal=false\n"
                             "NoDisplay=true\n"
                             "X-GNOME-Autostart-enabled=true\n"
                             "X-GNOME-Autostart-Delay=5\n"
                             "StartupWMClass=switchyard\n";
    QSaveFile f(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !f.open(QIODevice::WriteOnly) ||
        f.write(entry) < 0 || !f.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("Autostart", "Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace Switchyard::Gui
