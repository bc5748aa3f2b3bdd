// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Switchyard::Config {

// Creating and revoking app access tokens in a config. The secret is random (256 bits from the
// system CSPRNG), returned once to be shown to the user, and never stored: the config keeps its
// SHA-256 only. Used by `switchyardd token …` and the GUI's Apps page.
class AccessTokens final
{
public:
    struct Options
    {
        QStringList routes;        // empty: all
        int expiresInDays = 0;     // 0: never
        int requestsPerMinute = 0; // 0: unlimited
        Budget budget;
    };

    // Adds a token named `name`; fails (returns nullopt, sets *error) if the name is taken or invalid.
    static std::optional<QByteArray> create(Config &config, const QString &name, const Options &options,
                                            QString *error);
    // Marks the token revoked (kept in the list, refused by the endpoint). False if there is none.
    static bool revoke(Config &config, const QString &name, QString *error);

    static QByteArray newSecret();
};

} // namespace Switchyard::Config
