// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Switchyard::Secrets {

// Removes secrets from text that may reach a log, an error message or a client: the given secrets
// verbatim, and anything shaped like a provider key or a bearer token (providers echo masked keys,
// e.g. OpenAI's "Incorrect API key provided: sk-proj-****abcd").
QString redactSecrets(QString text, const QList<QByteArray> &knownSecrets = {});

} // namespace Switchyard::Secrets
