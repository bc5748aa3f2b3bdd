// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>

class QNetworkReply;

namespace Switchyard::Gui {

// "Test connection": asking a provider for its model list, the way each kind wants it, and reading
// the answer into model ids or an error for people. Shared by the Providers & Keys page and the
// first-run wizard (which tests a key before the provider is in the config).
class ProviderProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Switchyard::Gui::ProviderProbe)

public:
    struct Models
    {
        bool ok = false;
        QStringList ids; // sorted, without empties
        QString error;   // for people, the key cut out; empty when ok
    };

    // GET of the model list for `provider` (its kind, base URL and Azure api-version) with `key`.
    static QNetworkRequest modelsRequest(const Config::Provider &provider, const QByteArray &key);
    // Reads the finished `reply`; `name` is how the provider is called in messages.
    static Models readModels(QNetworkReply *reply, const QString &name, const QByteArray &key);
};

} // namespace Switchyard::Gui
