// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keystore.h"

namespace QKeychain {
class Job;
}

namespace Switchyard::Secrets {

// The OS keychain through QtKeychain (libsecret/gnome-keyring or KWallet on Linux). Entries are
// named "<service>/provider/<name>"; the service is the app id, so nothing else's entries are touched.
// Each job runs under a timeout (a keychain that shows an unlock prompt nobody sees never answers);
// a timed-out job is left to finish and delete itself, never deleted under libsecret's feet.
// A first failure that says the secret service is not up yet is retried once after a second.
// There is no plaintext fallback: when the keychain cannot be used, the caller is told so.
class KeychainKeyStore final : public KeyStore
{
    Q_OBJECT

public:
    // indexPath: where the list of entry names is kept (names only, never secrets).
    KeychainKeyStore(QString service, QString indexPath, int timeoutMs = 10'000, QObject *parent = nullptr);

    void read(const QString &name, Callback done) override;
    void write(const QString &name, const QByteArray &secret, Callback done) override;
    void remove(const QString &name, Callback done) override;
    [[nodiscard]] QStringList entries() const override;

    static QString defaultIndexPath();

private:
    enum class Op
    {
        Read,
        Write,
        Remove
    };
    void run(Op op, const QString &name, const QByteArray &secret, Callback done, bool isRetry);
    static Result classify(Op op, int error, const QString &errorString, const QString &name);
    void updateIndex(const QString &name, bool present);

    QString m_service;
    QString m_indexPath;
    int m_timeoutMs;
};

} // namespace Switchyard::Secrets
