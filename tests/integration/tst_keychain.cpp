// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainKeyStore against the real keychain (gnome-keyring in a private D-Bus session: see
// scripts/test.sh), MemoryKeyStore, and KeyLoader filling the key ring from either.

#include "config/configloader.h"
#include "secrets/keychainkeystore.h"
#include "secrets/keyloader.h"
#include "secrets/keyring.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using Switchyard::Secrets::KeyStore;

namespace {

// Runs one asynchronous store operation to completion on the test's event loop.
KeyStore::Result wait(const std::function<void(KeyStore::Callback)> &op)
{
    std::optional<KeyStore::Result> result;
    op([&](const KeyStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return KeyStore::Result{KeyStore::Error::Other, QStringLiteral("test timed out"), {}};
    return *result;
}

const QString kService = QStringLiteral("io.github.switchyard.Switchyard.tests");

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void requireKeychain()
    {
        if (qEnvironmentVariableIntValue("REQUIRE_KEYCHAIN") != 1)
            QSKIP("needs an unlocked keychain in a D-Bus session (REQUIRE_KEYCHAIN=1; scripts/test.sh sets "
                  "one up)");
    }

private Q_SLOTS:
    void memoryStore()
    {
        Switchyard::Secrets::MemoryKeyStore store;
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("a"), cb); }).error,
                 KeyStore::Error::NotFound);
        QVERIFY(wait([&](auto cb) { store.write(QStringLiteral("a"), "sk-1", cb); }).ok());
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("a"), cb); }).secret, QByteArray("sk-1"));
        QCOMPARE(store.entries(), QStringList{QStringLiteral("a")});
        QVERIFY(wait([&](auto cb) { store.remove(QStringLiteral("a"), cb); }).ok());
        QVERIFY(store.entries().isEmpty());
        store.setFailure(KeyStore::Error::Locked);
        QCOMPARE(wait([&](auto cb) { store.write(QStringLiteral("a"), "x", cb); }).error,
                 KeyStore::Error::Locked);
    }

    void loaderFillsTheKeyRing()
    {
        QStringList errors;
        const auto config = Switchyard::Config::ConfigLoader::fromJson(
            "{\"version\":1,\"providers\":["
            "{\"id\":\"a\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:1/v1\",\"keyRef\":\"key-a\"},"
            "{\"id\":\"b\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:1/v1\",\"keyRef\":\"key-b\"},"
            "{\"id\":\"c\",\"kind\":\"openai\",\"baseUrl\":\"http://127.0.0.1:1/v1\"}]}",
            &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        Switchyard::Secrets::MemoryKeyStore store;
        QVERIFY(wait([&](auto cb) { store.write(QStringLiteral("key-a"), "sk-a", cb); }).ok());
        Switchyard::Secrets::KeyRing ring;
        ring.loadFromConfig(*config);
        Switchyard::Secrets::KeyLoader loader(&store, &ring);
        std::optional<QList<Switchyard::Secrets::KeyLoader::Problem>> problems;
        loader.load(*config, [&](const auto &p) { problems = p; });
        QVERIFY(QTest::qWaitFor([&] { return problems.has_value(); }, 5000));
        QByteArray key;
        QCOMPARE(ring.key(config->providers[0], &key), Switchyard::Secrets::KeyRing::Status::Available);
        QCOMPARE(key, QByteArray("sk-a"));
        QCOMPARE(ring.key(config->providers[1], &key), Switchyard::Secrets::KeyRing::Status::Missing);
        QCOMPARE(ring.key(config->providers[2], &key), Switchyard::Secrets::KeyRing::Status::NotNeeded);
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->at(0).providerId, QStringLiteral("b"));
        QVERIFY(!Switchyard::Secrets::KeyLoader::isKeychainFailure(problems->at(0)));
        QVERIFY(Switchyard::Secrets::KeyLoader::describe(problems->at(0))
                    .contains(QLatin1String("switchyardd key set key-b")));

        // A keychain that cannot be used is a failure of the keychain, not of one entry.
        store.setFailure(KeyStore::Error::Unavailable);
        problems.reset();
        loader.load(*config, [&](const auto &p) { problems = p; });
        QVERIFY(QTest::qWaitFor([&] { return problems.has_value(); }, 5000));
        QCOMPARE(problems->size(), 2);
        QVERIFY(Switchyard::Secrets::KeyLoader::isKeychainFailure(problems->at(0)));
    }

    void realKeychainRoundTrip()
    {
        requireKeychain();
        const QString index = m_dir.filePath(QStringLiteral("index.json"));
        Switchyard::Secrets::KeychainKeyStore store(kService, index);
        const QString name = QStringLiteral("roundtrip");
        wait([&](auto cb) { store.remove(name, cb); });
        QCOMPARE(wait([&](auto cb) { store.read(name, cb); }).error, KeyStore::Error::NotFound);
        const KeyStore::Result written =
            wait([&](auto cb) { store.write(name, "sk-real-keychain-\x01\xff", cb); });
        QVERIFY2(written.ok(), qPrintable(written.message));
        const KeyStore::Result read = wait([&](auto cb) { store.read(name, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, QByteArray("sk-real-keychain-\x01\xff"));
        QCOMPARE(store.entries(), QStringList{name});
        // The index holds names only.
        QFile f(index);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("sk-real-keychain"));
        QVERIFY(wait([&](auto cb) { store.remove(name, cb); }).ok());
        QCOMPARE(wait([&](auto cb) { store.read(name, cb); }).error, KeyStore::Error::NotFound);
        QVERIFY(store.entries().isEmpty());
    }

    void lockedKeychainIsReported()
    {
        requireKeychain();
        // Last in this file: it locks the session's login keyring.
        // Secret Service API, Service.Lock (https://specifications.freedesktop.org/secret-service/).
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.secrets"),
                    QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(10000));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());
        Switchyard::Secrets::KeychainKeyStore store(kService, m_dir.filePath(QStringLiteral("index2.json")),
                                                    5000);
        const KeyStore::Result r = wait([&](auto cb) { store.write(QStringLiteral("locked"), "sk-x", cb); });
        QVERIFY2(r.error == KeyStore::Error::Locked || r.error == KeyStore::Error::Timeout,
                 qPrintable(r.message));
        QVERIFY(!r.message.contains(QLatin1String("sk-x")));
        QVERIFY(store.entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
