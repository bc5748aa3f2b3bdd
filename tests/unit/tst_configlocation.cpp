// SPDX-License-Identifier: GPL-3.0-or-later
// Where the config and data live (directories named by the app id) and the one-time move of the
// directories earlier versions used (~/.config/switchyard, ~/.local/share/switchyard).
#include "config/configlocation.h"
#include "secrets/keychainkeystore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace Location = Switchyard::Config;

namespace {

const QString kAppId = QStringLiteral(SWITCHYARD_APP_ID);

bool writeFile(const QString &path, const QByteArray &content,
               QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() &&
           file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QRegularExpression movedMessage(const QString &from, const QString &to)
{
    return QRegularExpression(QStringLiteral("^moved %1 to %2 ")
                                  .arg(QRegularExpression::escape(from), QRegularExpression::escape(to)));
}

} // namespace

class TestConfigLocation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_configHome;
    QString m_dataHome;
    QByteArray m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything in this process asks where the config is: an install of an earlier
        // version under throw-away XDG base directories.
        m_configHome = m_dir.filePath(QStringLiteral("xdg-config"));
        m_dataHome = m_dir.filePath(QStringLiteral("xdg-data"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome));
        QFile embedded(QStringLiteral(":/switchyard/default-config.json"));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        m_config = embedded.readAll();
        QVERIFY(writeFile(m_configHome + QStringLiteral("/switchyard/config.json"), m_config));
        QVERIFY(writeFile(m_configHome + QStringLiteral("/switchyard/keychain-index.json"), "[\"openai\"]"));
        QVERIFY(writeFile(m_configHome + QStringLiteral("/switchyard/switchyard.conf"), "[mainWindow]\n"));
        QVERIFY(writeFile(m_dataHome + QStringLiteral("/switchyard/usage.sqlite"), "usage rows"));
        QVERIFY(writeFile(m_dataHome + QStringLiteral("/switchyard/cache.sqlite"), "cached"));
    }

    void movesTheOldDirectoriesOnFirstUse()
    {
        const QString configDir = m_configHome + QLatin1Char('/') + kAppId;
        const QString dataDir = m_dataHome + QLatin1Char('/') + kAppId;
        // Said once, on stderr through the log.
        QTest::ignoreMessage(QtInfoMsg,
                             movedMessage(m_configHome + QStringLiteral("/switchyard"), configDir));
        QTest::ignoreMessage(QtInfoMsg, movedMessage(m_dataHome + QStringLiteral("/switchyard"), dataDir));
        Location::migrateLegacyDirectories();

        QCOMPARE(Location::configDir(), configDir);
        QCOMPARE(Location::userConfigPath(), configDir + QStringLiteral("/config.json"));
        QCOMPARE(Location::defaultDataDir(), dataDir);
        QCOMPARE(Switchyard::Secrets::KeychainKeyStore::defaultIndexPath(),
                 configDir + QStringLiteral("/keychain-index.json"));
        QVERIFY(!QFileInfo::exists(m_configHome + QStringLiteral("/switchyard")));
        QVERIFY(!QFileInfo::exists(m_dataHome + QStringLiteral("/switchyard")));

        // Nothing lost, and the config (token hashes) still private to the user.
        QCOMPARE(readFile(configDir + QStringLiteral("/config.json")), m_config);
        QCOMPARE(QFileInfo(configDir + QStringLiteral("/config.json")).permissions(),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
        QCOMPARE(readFile(configDir + QStringLiteral("/keychain-index.json")), QByteArray("[\"openai\"]"));
        QCOMPARE(readFile(configDir + QStringLiteral("/switchyard.conf")), QByteArray("[mainWindow]\n"));
        QCOMPARE(readFile(dataDir + QStringLiteral("/usage.sqlite")), QByteArray("usage rows"));
        QCOMPARE(readFile(dataDir + QStringLiteral("/cache.sqlite")), QByteArray("cached"));
    }

    void readsTheMovedConfig()
    {
        const Location::ConfigSource source = Location::loadConfig({});
        QCOMPARE(source.path, Location::userConfigPath());
        QVERIFY2(source.config.has_value(), qPrintable(source.errors.join(QLatin1Char('\n'))));
    }

    void movesOncePerProcess()
    {
        // An old version run again re-creates the old directory: it is left alone now.
        QVERIFY(writeFile(m_configHome + QStringLiteral("/switchyard/config.json"), "{}"));
        QCOMPARE(Location::configDir(), m_configHome + QLatin1Char('/') + kAppId);
        QCOMPARE(readFile(m_configHome + QStringLiteral("/switchyard/config.json")), QByteArray("{}"));
        QCOMPARE(readFile(Location::userConfigPath()), m_config);
    }

    void keepsTheNewDirectoryWhenBothExist()
    {
        const QString base = m_dir.filePath(QStringLiteral("both"));
        QVERIFY(writeFile(base + QStringLiteral("/switchyard/config.json"), "old"));
        QVERIFY(writeFile(base + QLatin1Char('/') + kAppId + QStringLiteral("/config.json"), "new"));
        QCOMPARE(Location::appDirectory(base), base + QLatin1Char('/') + kAppId);
        QCOMPARE(readFile(base + QStringLiteral("/switchyard/config.json")), QByteArray("old"));
        QCOMPARE(readFile(base + QLatin1Char('/') + kAppId + QStringLiteral("/config.json")),
                 QByteArray("new"));
    }

    void createsNothingWhenThereIsNothingToMove()
    {
        const QString base = m_dir.filePath(QStringLiteral("fresh"));
        QVERIFY(QDir().mkpath(base));
        QCOMPARE(Location::appDirectory(base), base + QLatin1Char('/') + kAppId);
        QVERIFY(QDir(base).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void leavesAFileNamedLikeTheOldDirectory()
    {
        const QString base = m_dir.filePath(QStringLiteral("file"));
        QVERIFY(writeFile(base + QStringLiteral("/switchyard"), "not ours"));
        QCOMPARE(Location::appDirectory(base), base + QLatin1Char('/') + kAppId);
        QCOMPARE(readFile(base + QStringLiteral("/switchyard")), QByteArray("not ours"));
    }

    void keepsUsingTheOldDirectoryWhenTheMoveFails()
    {
        // A dangling symlink where the new directory goes: not "existing", but rename(2) cannot
        // replace it with a directory (and root cannot either, unlike a read-only parent).
        const QString base = m_dir.filePath(QStringLiteral("blocked"));
        QVERIFY(writeFile(base + QStringLiteral("/switchyard/config.json"), "kept"));
        QVERIFY(QFile::link(base + QStringLiteral("/nowhere"), base + QLatin1Char('/') + kAppId));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^could not move .*; using ")));
        QCOMPARE(Location::appDirectory(base), base + QStringLiteral("/switchyard"));
        QCOMPARE(readFile(base + QStringLiteral("/switchyard/config.json")), QByteArray("kept"));
    }
};

QTEST_GUILESS_MAIN(TestConfigLocation)
#include "tst_configlocation.moc"
