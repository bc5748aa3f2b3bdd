// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/config.h"

#include <QByteArray>
#include <QHash>
#include <QReadWriteLock>
#include <QString>

#include <atomic>
#include <memory>

namespace Switchyard::Secrets {

// The provider keys the gateway may inject upstream, by provider id. Keys come from the OS keychain
// (keyRef) or, for the daemon, from environment variables (apiKeyEnv); they are never written to the
// config, a log or a response. Thread-safe: workers read while the owner updates.
class KeyRing final
{
public:
    enum class Status
    {
        Available,
        NotNeeded,
        Missing
    };

    // Re-reads every apiKeyEnv provider from the environment; keeps keychain keys of providers that
    // still exist.
    void loadFromConfig(const Config::Config &config);
    void setKey(const QString &providerId, const QByteArray &key);
    void removeKey(const QString &providerId);

    using Keys = QHash<QString, QByteArray>;
    using Snapshot = std::shared_ptr<const Keys>;

    // The key to inject for a provider. Missing: the provider expects one but none is loaded.
    [[nodiscard]] Status key(const Config::Provider &provider, QByteArray *key) const;
    // Lock-free reading for the serving threads: each keeps a snapshot and fetches a new one only
    // when generation() moved.
    [[nodiscard]] Snapshot snapshot() const;
    [[nodiscard]] quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    static Status lookup(const Keys &keys, const Config::Provider &provider, QByteArray *key);
    // What to tell the user when the key is missing (names the variable or keychain entry, never a key).
    [[nodiscard]] static QString missingKeyHint(const Config::Provider &provider);

private:
    void publish(); // with m_lock held for writing

    mutable QReadWriteLock m_lock;
    Keys m_keys;
    Snapshot m_snapshot = std::make_shared<const Keys>();
    std::atomic<quint64> m_generation{0};
};

} // namespace Switchyard::Secrets
