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
};

QTEST_MAIN(TestProvidersPage)
#include "tst_providerspage.moc"
