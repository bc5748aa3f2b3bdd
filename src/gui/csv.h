// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchyard::Gui::Csv {

// One CSV field (RFC 4180 §2.6–2.7): quoted when it holds a comma, a quote or a line break; quotes doubled.
// Every export of the app (Logs, charts) writes its fields through this.
inline QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace Switchyard::Gui::Csv
