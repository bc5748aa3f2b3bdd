// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchyard::Gui {

// "Start at login" through the XDG autostart spec: an entry named after the app id in
// $XDG_CONFIG_HOME/autostart (https://specifications.freedesktop.org/autostart-spec/latest/).
class Autostart final
{
public:
    [[nodiscard]] static QString entryPath();
    [[nodiscard]] static bool isEnabled();
    // Writes or removes the entry; false with *error when the file cannot be written.
    static bool setEnabled(bool enabled, QString *error);
};

} // namespace Switchyard::Gui
