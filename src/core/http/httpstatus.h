// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Switchyard::Http {

// Reason phrases for the status codes this server emits (RFC 9110 §15).
QByteArray reasonPhrase(int status);

} // namespace Switchyard::Http
