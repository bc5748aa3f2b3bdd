// SPDX-License-Identifier: GPL-3.0-or-later
// The Providers & Keys page driven through its real widgets (offscreen), against the fake provider:
// adding a provider puts its key into the key store (never the config file, never on screen again),
// "Test connection" lists the provider's models or says clearly why not, a keychain failure adds
// nothing, and a provider a route uses cannot be removed.

#include "appcontroller.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "mainwindow.h"
#include "secrets/keyring.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "usage/recentusage.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Switchyard;

class TestProvidersPage final : public QObject
{
    Q_OBJECT

private:
    static int rowOf(QTableWidget *table, const QString &id)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == id)
                return row;
        }
        return -1;
    }

    static void add(QWidget &window, const QString &preset, const QString &id, const QString &baseUrl,
                    const QString &key)
    {
        auto *presets = child<QComboBox>(window, "presetComboBox");
        presets->setCurrentIndex(presets->findData(preset));
        child<QLineEdit>(window, "providerIdLineEdit")->setText(id);
        child<QLineEdit>(window, "providerBaseUrlLineEdit")->setText(baseUrl);
        child<QLineEdit>(window, "apiKeyLineEdit")->setText(key);
        QTest::mouseClick(child<QPushButton>(window, "addProviderButton"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void addTestAndRemoveProviders()
    {
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        Config::Config config = Config::ConfigLoader::embeddedDefault();
        config.server.port = 0;
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, configPath);
        controller.setInitialConfig(config);
        Gui::MainWindow window(&gateway, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = child<QTableWidget>(window, "providersTableWidget");
        auto *message = child<QLabel>(window, "providersMessageLabel");
        const int before = table->rowCount();

        // Add: the key goes to the key store; the config file names the entry, never the key.
        const QString key = QStringLiteral("sk-test-0123456789abcd");
        add(window, QStringLiteral("openai"), QStringLiteral("fake-openai"),
            QString::fromLatin1(upstream.baseUrl()), key);
        QTRY_VERIFY2(message->text().startsWith(QLatin1String("Added 'fake-openai'")),
                     qPrintable(message->text()));
        QCOMPARE(table->rowCount(), before + 1);
        QVERIFY(keys.entries().contains(QStringLiteral("fake-openai")));
        QByteArray stored;
        keys.read(QStringLiteral("fake-openai"),
                  [&stored](const Secrets::KeyStore::Result &r) { stored = r.secret; });
        QTRY_COMPARE(stored, key.toLatin1());
        QFile saved(configPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(json.contains("\"keyRef\": \"fake-openai\""));
        QVERIFY(!json.contains(key.toLatin1()));
        const int row = rowOf(table, QStringLiteral("fake-openai"));
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("In the keychain (…abcd)"));
        QVERIFY(child<QLineEdit>(window, "apiKeyLineEdit")->text().isEmpty());

        // Test connection: the provider's models, asked for with the stored key.
        table->selectRow(row);
        upstream.clear();
        QTest::mouseClick(child<QPushButton>(window, "testConnectionButton"), Qt::LeftButton);
        auto *models = child<QListWidget>(window, "modelsListWidget");
        QTRY_COMPARE(models->count(), 1);
        QCOMPARE(models->item(0)->text(), QStringLiteral("fake-model"));
        QCOMPARE(message->text(), QStringLiteral("fake-openai answered: 1 model(s) available."));
        QCOMPARE(upstream.requests().constLast().path, QByteArray("/v1/models"));
        QCOMPARE(upstream.requests().constLast().headers.value("authorization"), "Bearer " + key.toLatin1());

        // A server that is not there: a clear error, no models.
        add(window, QStringLiteral("ollama"), QStringLiteral("nowhere"),
            QStringLiteral("http://127.0.0.1:1/v1"), {});
        QTRY_VERIFY(message->text().startsWith(QLatin1String("Added 'nowhere'")));
        table->selectRow(rowOf(table, QStringLiteral("nowhere")));
        QTest::mouseClick(child<QPushButton>(window, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY2(message->text().startsWith(QLatin1String("Could not reach nowhere: ")),
                     qPrintable(message->text()));
        QVERIFY(!models->isVisible());

        // A locked keychain: nothing is added.
        keys.setFailure(Secrets::KeyStore::Error::Locked);
        const int count = table->rowCount();
        add(window, QStringLiteral("groq"), QStringLiteral("locked-out"),
            QStringLiteral("https://api.groq.com/openai/v1"), QStringLiteral("gsk-0123456789abcdef"));
        QTRY_VERIFY2(message->text().startsWith(QLatin1String(
                         "The key could not be stored in the system keychain, so nothing was added")),
                     qPrintable(message->text()));
        QCOMPARE(table->rowCount(), count);
        QVERIFY(!controller.config().provider(QStringLiteral("locked-out")));
        keys.setFailure(Secrets::KeyStore::Error::None);

        // A provider a route uses stays; an unused one goes, with its key.
        Config::Config withRoute = controller.config();
        Config::Route route;
        route.name = QStringLiteral("uses-fake");
        Config::RouteTarget target;
        target.provider = QStringLiteral("fake-openai");
        target.model = QStringLiteral("fake-model");
        route.targets.append(target);
        withRoute.routes.append(route);
        QStringList errors;
        QVERIFY2(controller.apply(withRoute, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        table->selectRow(rowOf(table, QStringLiteral("fake-openai")));
        QTest::mouseClick(child<QPushButton>(window, "removeProviderButton"), Qt::LeftButton);
        QCOMPARE(message->text(),
                 QStringLiteral("'fake-openai' is used by the route(s) uses-fake: change them first."));
        withRoute.routes.removeLast();
        QVERIFY(controller.apply(withRoute, &errors));
        table->selectRow(rowOf(table, QStringLiteral("fake-openai")));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>(window, "removeProviderButton"), Qt::LeftButton);
        QCOMPARE(message->text(), QStringLiteral("Removed 'fake-openai'."));
        QCOMPARE(rowOf(table, QStringLiteral("fake-openai")), -1);
        QTRY_VERIFY(!keys.entries().contains(QStringLiteral("fake-openai")));
        gateway.shutdown(1000);
    }

    // Your own prices: added in the table, refused with the row's problem, saved into the config and
    // used for the next request's cost.
    void pricesForModelsTheCatalogDoesNotKnow()
    {
        qputenv("SY_PRICES_KEY", "sk-prices");
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        QStringList errors;
        const std::optional<Config::Config> config =
            Config::ConfigLoader::fromJson(upstream.switchyardConfig("local", "SY_PRICES_KEY"), &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(*config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        QTemporaryDir dir;
        Gui::AppController controller(&gateway, &keys, dir.filePath(QStringLiteral("config.json")));
        controller.setInitialConfig(*config);
        Gui::MainWindow window(&gateway, &controller);
        auto chat = [&] {
            TestClient client(gateway.port());
            QVERIFY(client.connect());
            QCOMPARE(client
                         .roundTrip(TestClient::post(
                             "/v1/chat/completions",
                             "{\"model\":\"local/"
                             "my-llama\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                             QByteArray()))
                         .status,
                     200);
        };
        chat();
        QVERIFY(!gateway.recentUsage().records().last().costMicros); // unpriced, not $0

        auto *table = child<QTableWidget>(window, "pricesTableWidget");
        auto *save = child<QPushButton>(window, "savePricesButton");
        auto *message = child<QLabel>(window, "pricesMessageLabel");
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(child<QPushButton>(window, "addPriceButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        table->item(0, 0)->setText(QStringLiteral("local"));
        table->item(0, 1)->setText(QStringLiteral("my-llama"));
        table->item(0, 2)->setText(QStringLiteral("2.5"));
        table->item(0, 3)->setText(QStringLiteral("ten"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(QLatin1String("Not saved: Row 1: the input and output prices")),
                 qPrintable(message->text()));
        QVERIFY(controller.config().prices.isEmpty());

        table->item(0, 3)->setText(QStringLiteral("10"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(QLatin1String("Saved.")), qPrintable(message->text()));
        QCOMPARE(controller.config().prices.size(), 1);
        const Config::PriceOverride &price = controller.config().prices.first();
        QCOMPARE(price.provider, QStringLiteral("local"));
        QCOMPARE(price.input, 2'500'000);
        QCOMPARE(price.output, 10'000'000);
        QCOMPARE(price.cachedInput, -1); // empty: at the input rate
        QVERIFY(!save->isEnabled());
        const std::optional<Config::Config> saved =
            Config::ConfigLoader::fromFile(dir.filePath(QStringLiteral("config.json")), &errors);
        QVERIFY(saved);
        QCOMPARE(saved->prices, controller.config().prices);

        // The next request is priced: 12 in at $2.50/M, 5 out at $10/M = 30 + 50 µ$.
        chat();
        QCOMPARE(gateway.recentUsage().records().last().costMicros, std::optional<qint64>(80));

        // Removing the row and saving takes the price away again.
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(window, "removePriceButton"), Qt::LeftButton);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(controller.config().prices.isEmpty());
        gateway.shutdown(1000);
    }
};

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
