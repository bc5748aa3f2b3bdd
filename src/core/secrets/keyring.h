// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QByteArray>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace Switchyard::Secrets {

// The provider keys the gateway may inject upstream, by provider id. Keys come from the OS keychain
// (keyRef) or, for the daemon, from environment variables (apiKeyEnv); they are never written to the
// config, a log or a response. Thread-safe: workers read while the owner updates.
class KeyRing final
{
public:
    enum class Status { Available, NotNeeded, Missing };

    // Re-reads every apiKeyEnv provider from the environment; keeps keychain keys of providers that
    // still exist.
    void loadFromConfig(const Config::Config &config);
    void setKey(const QString &providerId, const QByteArray &key);
    void removeKey(const QString &providerId);

    // The key to inject for a provider. Missing: the provider expects one but none is loaded.
    [[nodiscard]] Status key(const Config::Provider &provider, QByteArray *key) const;
    // What to tell the user when the key is missing (names the variable or keychain entry, never a key).
    [[nodiscard]] static QString missingKeyHint(const Config::Provider &provider);

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, QByteArray> m_keys;
};

} // namespace Switchyard::Secrets
