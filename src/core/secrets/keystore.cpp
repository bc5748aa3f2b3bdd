// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include <QTimer>

namespace Switchyard::Secrets {

QString KeyStore::errorName(Error error)
{
    switch (error) {
    case Error::None: return QStringLiteral("none");
    case Error::NotFound: return QStringLiteral("not_found");
    case Error::Locked: return QStringLiteral("locked");
    case Error::Unavailable: return QStringLiteral("unavailable");
    case Error::Timeout: return QStringLiteral("timeout");
    case Error::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

void MemoryKeyStore::finish(Callback done, Result result)
{
    // Asynchronous like the real keychain, so callers cannot come to rely on a synchronous answer.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemoryKeyStore::read(const QString &name, Callback done)
{
    Result r;
    if (m_failure != Error::None) {
        r.error = m_failure;
        r.message = QStringLiteral("the test keychain is %1").arg(errorName(m_failure));
    } else if (auto it = m_entries.constFind(name); it != m_entries.constEnd()) {
        r.secret = *it;
    } else {
        r.error = Error::NotFound;
        r.message = QStringLiteral("no key named '%1' in the keychain").arg(name);
    }
    finish(std::move(done), std::move(r));
}

void MemoryKeyStore::write(const QString &name, const QByteArray &secret, Callback done)
{
    Result r;
    if (m_failure != Error::None) {
        r.error = m_failure;
        r.message = QStringLiteral("the test keychain is %1").arg(errorName(m_failure));
    } else {
        m_entries.insert(name, secret);
    }
    finish(std::move(done), std::move(r));
}

void MemoryKeyStore::remove(const QString &name, Callback done)
{
    Result r;
    if (m_failure != Error::None) {
        r.error = m_failure;
        r.message = QStringLiteral("the test keychain is %1").arg(errorName(m_failure));
    } else if (!m_entries.remove(name)) {
        r.error = Error::NotFound;
        r.message = QStringLiteral("no key named '%1' in the keychain").arg(name);
    }
    finish(std::move(done), std::move(r));
}

} // namespace Switchyard::Secrets
