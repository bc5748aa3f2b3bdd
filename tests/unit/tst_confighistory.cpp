// SPDX-License-Identifier: GPL-3.0-or-later
// Config::ConfigHistory: applied configs kept as timestamped files, newest first, pruned to the
// last N, loadable, each summarised against the one before it.

#include "config/confighistory.h"
#include "config/configloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Switchyard::Config::Config;
using Switchyard::Config::ConfigHistory;
using Switchyard::Config::ConfigLoader;
using Switchyard::Config::Route;
using Switchyard::Config::RouteTarget;

namespace {

QDateTime at(int second, int ms = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0, second, ms), Qt::UTC);
}

Config withRoute(const QString &name, const QString &model)
{
    Config c = ConfigLoader::embeddedDefault();
    Route r;
    r.name = name;
    RouteTarget t;
    t.provider = c.providers.first().id;
    t.model = model;
    r.targets = {t};
    c.routes.append(r);
    return c;
}

} // namespace

class TestConfigHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesListsAndLoadsNewestFirst()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config-history"));
        ConfigHistory history(folder);
        QVERIFY(history.isEmpty());
        QVERIFY(history.versions().isEmpty());

        const Config first = withRoute(QStringLiteral("alpha"), QStringLiteral("m1"));
        Config second = first;
        second.routes.last().targets.first().model = QStringLiteral("m2");
        Route beta = second.routes.last();
        beta.name = QStringLiteral("beta");
        second.routes.append(beta);
        QString error;
        QVERIFY2(history.save(first, at(1), &error), qPrintable(error));
        QVERIFY2(history.save(second, at(2), &error), qPrintable(error));

        const QList<ConfigHistory::Version> versions = history.versions();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].savedAt, at(2));
        QCOMPARE(versions[1].savedAt, at(1));
        QCOMPARE(versions[0].fileName, QStringLiteral("config-20260301-120002-000.json"));
        QCOMPARE(versions[0].summary, QStringLiteral("routes: added 'beta', changed 'alpha'"));
        QVERIFY2(versions[1].summary.contains(QStringLiteral("%1 route(s)").arg(first.routes.size())),
                 qPrintable(versions[1].summary));

        QStringList errors;
        const std::optional<Config> loaded = history.load(versions[1].fileName, &errors);
        QVERIFY2(loaded, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(*loaded, first);
        QCOMPARE(*history.load(versions[0].fileName, &errors), second);

        // Owner-only, like the config file: it carries the apps' token hashes.
        const QFile::Permissions p = QFile(QDir(folder).filePath(versions[0].fileName)).permissions();
        QVERIFY(p.testFlag(QFile::ReadOwner));
        QVERIFY(!p.testFlag(QFile::ReadOther));
        QVERIFY(!p.testFlag(QFile::ReadGroup));
    }

    void sameConfigTwiceIsOneVersion()
    {
        QTemporaryDir dir;
        ConfigHistory history(dir.path());
        const Config c = withRoute(QStringLiteral("alpha"), QStringLiteral("m1"));
        QVERIFY(history.save(c, at(1), nullptr));
        QVERIFY(history.save(c, at(2), nullptr));
        QCOMPARE(history.versions().size(), 1);
        // A change and back again are three versions: going back is itself a version.
        const Config other = withRoute(QStringLiteral("alpha"), QStringLiteral("m2"));
        QVERIFY(history.save(other, at(3), nullptr));
        QVERIFY(history.save(c, at(4), nullptr));
        QCOMPARE(history.versions().size(), 3);
        QCOMPARE(history.versions().first().summary, QStringLiteral("routes: changed 'alpha'"));
    }

    void keepsTheLastN()
    {
        QTemporaryDir dir;
        ConfigHistory history(dir.path(), 3);
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                history.save(withRoute(QStringLiteral("r"), QStringLiteral("m%1").arg(i)), at(i), nullptr));
        const QList<ConfigHistory::Version> versions = history.versions();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.first().savedAt, at(4));
        QCOMPARE(versions.last().savedAt, at(2));
        QCOMPARE(history.load(versions.first().fileName, nullptr)->routes.last().targets.first().model,
                 QStringLiteral("m4"));
        // Files it did not write are left alone.
        QFile stray(QDir(dir.path()).filePath(QStringLiteral("config-backup.json")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QVERIFY(history.save(withRoute(QStringLiteral("r"), QStringLiteral("m9")), at(9), nullptr));
        QVERIFY(stray.exists());
        QCOMPARE(history.versions().size(), 3);
    }

    void clockSteppingBackKeepsTheOrder()
    {
        QTemporaryDir dir;
        ConfigHistory history(dir.path());
        QVERIFY(history.save(withRoute(QStringLiteral("r"), QStringLiteral("a")), at(5), nullptr));
        QVERIFY(history.save(withRoute(QStringLiteral("r"), QStringLiteral("b")), at(5), nullptr));
        QVERIFY(history.save(withRoute(QStringLiteral("r"), QStringLiteral("c")), at(1), nullptr));
        const QList<ConfigHistory::Version> versions = history.versions();
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions[0].savedAt, at(5, 2));
        QCOMPARE(versions[1].savedAt, at(5, 1));
        QCOMPARE(history.load(versions[0].fileName, nullptr)->routes.last().targets.first().model,
                 QStringLiteral("c"));
    }

    void loadRefusesNamesOutsideTheHistory()
    {
        QTemporaryDir dir;
        ConfigHistory history(dir.path());
        QStringList errors;
        QVERIFY(!history.load(QStringLiteral("../config.json"), &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!history.load(QStringLiteral("config-20260301-120002-000.json"), &errors)); // missing
    }

    void summaries_data()
    {
        QTest::addColumn<QByteArray>("older");
        QTest::addColumn<QByteArray>("newer");
        QTest::addColumn<QString>("summary");
        QTest::newRow("nothing") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})")
                                 << QStringLiteral("no change");
        QTest::newRow("first") << QByteArray()
                               << QByteArray(R"({"providers":[{}],"routes":[{},{}],"rules":[]})")
                               << QStringLiteral("1 provider(s), 2 route(s), 0 rule(s), 0 app(s)");
        QTest::newRow("routes and server")
            << QByteArray(R"({"routes":[{"name":"a"},{"name":"b","x":1}],"server":{"port":1}})")
            << QByteArray(R"({"routes":[{"name":"b","x":2},{"name":"c"}],"server":{"port":2}})")
            << QStringLiteral("routes: added 'c', changed 'b', removed 'a'; server changed");
        QTest::newRow("reordered") << QByteArray(R"({"routes":[{"name":"a"},{"name":"b"}]})")
                                   << QByteArray(R"({"routes":[{"name":"b"},{"name":"a"}]})")
                                   << QStringLiteral("routes: reordered");
        QTest::newRow("providers, apps, rules")
            << QByteArray(R"({"providers":[{"id":"p"}],"tokens":[{"name":"t","enabled":true}],"rules":[]})")
            << QByteArray(R"({"providers":[],"tokens":[{"name":"t","enabled":false}],"rules":[{}]})")
            << QStringLiteral("providers: removed 'p'; apps: changed 't'; rules changed");
    }

    void summaries()
    {
        QFETCH(QByteArray, older);
        QFETCH(QByteArray, newer);
        QFETCH(QString, summary);
        QCOMPARE(ConfigHistory::summarize(QJsonDocument::fromJson(older).object(),
                                          QJsonDocument::fromJson(newer).object()),
                 summary);
    }
};

QTEST_GUILESS_MAIN(TestConfigHistory)
#include "tst_confighistory.moc"
