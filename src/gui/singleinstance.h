// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace Switchyard::Gui {

// One Switchyard window per session. The first `switchyard` owns the app id
// (io.github.switchyard.Switchyard) on the D-Bus session bus and exports the standard
// org.freedesktop.Application interface on /io/github/switchyard/Switchyard
// (https://specifications.freedesktop.org/desktop-entry-spec/latest/dbus.html); a later launch
// calls Activate there, which raises the open window, and exits. Without a session bus every
// launch just runs. (No DBusActivatable in the .desktop file: no D-Bus service file is installed.)
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Claim
    {
        Primary,      // this process owns the name: activationRequested() comes when another launch asks
        Activated,    // another process owns it and raised its window: exit
        NotAnswering, // another process owns it but its Activate failed (message says why)
        Unavailable,  // no session bus or the name could not be claimed: run without (message says why)
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    Claim claim(QString *message);

    static QString serviceName();
    static QString objectPath();

Q_SIGNALS:
    // platformData as the caller sent it ("activation-token", "desktop-startup-id").
    void activationRequested(const QVariantMap &platformData);

private:
    bool m_registered = false;
};

} // namespace Switchyard::Gui
