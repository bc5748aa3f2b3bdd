// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchyard::Gui::Theme {

enum class Mode
{
    System, // the platform theme's own style and palette (what the desktop chose)
    Light,
    Dark
};

[[nodiscard]] QString key(Mode mode); // "system", "light", "dark": as kept in the ui/theme setting
[[nodiscard]] Mode fromKey(const QString &key);
// The ui/theme setting (System when unset).
[[nodiscard]] Mode saved();

// Applies `mode` to the running application at once. Light and Dark use the Fusion style with a light
// or dark palette, so they look the same on every desktop; System puts back the style and palette the
// application started with. (Qt 6.4 has no API to read the desktop's light/dark preference — that came
// in 6.5 — so following the system means leaving the platform theme's choice alone.)
void apply(Mode mode);

} // namespace Switchyard::Gui::Theme
