// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Switchyard::Secrets {

// Where provider keys are kept: the OS keychain in the app, an in-memory map in unit tests. Never a
// plaintext file. Every operation is asynchronous and reports exactly once, on the caller's thread;
// none runs a nested event loop.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        NotFound,    // no entry of that name (on Linux a locked keychain can look like this too)
        Locked,      // the keychain exists but is locked, or refused access
        Unavailable, // no keychain service (no D-Bus session, no secret service)
        Timeout,     // the keychain did not answer in time (a prompt nobody can see, a hung service)
        Other,
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message;   // for people; never contains the secret
        QByteArray secret; // read() only
        [[nodiscard]] bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &name, Callback done) = 0;
    virtual void write(const QString &name, const QByteArray &secret, Callback done) = 0;
    virtual void remove(const QString &name, Callback done) = 0;
    // The names written through this store and not removed (keychains cannot list their entries).
    [[nodiscard]] virtual QStringList entries() const = 0;

    static QString errorName(Error error);
};

// For unit tests: same asynchronous contract, no keychain.
class MemoryKeyStore final : public KeyStore
{
    Q_OBJECT

public:
    using KeyStore::KeyStore;

    void read(const QString &name, Callback done) override;
    void write(const QString &name, const QByteArray &secret, Callback done) override;
    void remove(const QString &name, Callback done) override;
    [[nodiscard]] QStringList entries() const override { return m_entries.keys(); }

    // Makes every following operation fail with this error (to test how callers handle it).
    void setFailure(Error error) { m_failure = error; }

private:
    void finish(Callback done, Result result);
    QHash<QString, QByteArray> m_entries;
    Error m_failure = Error::None;
};

} // namespace Switchyard::Secrets
