// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyring.h"

namespace Switchyard::Secrets {

void KeyRing::loadFromConfig(const Config::Config &config)
{
    QWriteLocker locker(&m_lock);
    QHash<QString, QByteArray> keys;
    for (const Config::Provider &p : config.providers) {
        if (!p.apiKeyEnv.isEmpty()) {
            const QByteArray value = qgetenv(p.apiKeyEnv.toLocal8Bit().constData()).trimmed();
            if (!value.isEmpty())
                keys.insert(p.id, value);
        } else if (!p.keyRef.isEmpty() && m_keys.contains(p.id)) {
            keys.insert(p.id, m_keys.value(p.id));
        }
    }
    m_keys.swap(keys);
    publish();
}

void KeyRing::publish()
{
    m_snapshot = std::make_shared<const Keys>(m_keys);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
}

KeyRing::Snapshot KeyRing::snapshot() const
{
    QReadLocker locker(&m_lock);
    return m_snapshot;
}

void KeyRing::setKey(const QString &providerId, const QByteArray &key)
{
    QWriteLocker locker(&m_lock);
    m_keys.insert(providerId, key);
    publish();
}

void KeyRing::removeKey(const QString &providerId)
{
    QWriteLocker locker(&m_lock);
    m_keys.remove(providerId);
    publish();
}

KeyRing::Status KeyRing::key(const Config::Provider &provider, QByteArray *key) const
{
    QReadLocker locker(&m_lock);
    return lookup(m_keys, provider, key);
}

KeyRing::Status KeyRing::lookup(const Keys &keys, const Config::Provider &provider, QByteArray *key)
{
    if (provider.apiKeyEnv.isEmpty() && provider.keyRef.isEmpty())
        return Status::NotNeeded;
    const auto it = keys.constFind(provider.id);
    if (it == keys.constEnd())
        return Status::Missing;
    *key = *it;
    return Status::Available;
}

QString KeyRing::missingKeyHint(const Config::Provider &provider)
{
    if (!provider.apiKeyEnv.isEmpty())
        return QStringLiteral("provider '%1' has no API key: the environment variable %2 is not set")
            .arg(provider.id, provider.apiKeyEnv);
    return QStringLiteral("provider '%1' has no API key: the keychain entry '%2' is not available "
                          "(add the key in Switchyard, or unlock the keychain)")
        .arg(provider.id, provider.keyRef);
}

} // namespace Switchyard::Secrets
