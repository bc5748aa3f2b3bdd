// SPDX-License-Identifier: GPL-3.0-or-later
// The Apps page driven through its real widgets (offscreen): create an app's token, see it once,
// use it against the running endpoint, get a client's setup with it, revoke it — the config file
// keeps only the token's hash.

#include "appcontroller.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "mainwindow.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Switchyard;

class TestAppsPage final : public QObject
{
    Q_OBJECT

private:
    static int status(quint16 port, const QByteArray &token)
    {
        TestClient client(port);
        return client.connect() ? client.roundTrip(TestClient::get("/v1/models", token)).status : 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createUseAndRevokeAnApp()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        Config::Config config = Config::ConfigLoader::embeddedDefault();
        config.server.port = 0;
        config.server.requireToken = true;
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, configPath);
        controller.setInitialConfig(config);
        Gui::MainWindow window(&gateway, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The sidebar leads to the page (Ctrl+<its number> does too).
        auto *sidebar = child<QListWidget>(window, "sidebarListWidget");
        auto *pages = child<QStackedWidget>(window, "pagesStackedWidget");
        const QList<QListWidgetItem *> apps = sidebar->findItems(QStringLiteral("Apps"), Qt::MatchExactly);
        QCOMPARE(apps.size(), 1);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + sidebar->row(apps.first())), Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("appsPage"));

        auto *name = child<QLineEdit>(window, "newAppNameLineEdit");
        auto *create = child<QPushButton>(window, "createAppButton");
        auto *table = child<QTableWidget>(window, "appsTableWidget");
        auto *secretBox = child<QGroupBox>(window, "secretGroupBox");
        auto *secret = child<QLineEdit>(window, "secretLineEdit");
        QVERIFY(!create->isEnabled());
        QVERIFY(!secretBox->isVisible());
        const int before = table->rowCount();
        QTest::keyClicks(name, QStringLiteral("cli-tool"));
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);

        // The secret is shown once, works against the endpoint at once, and only its hash is saved.
        QVERIFY(secretBox->isVisible());
        const QByteArray token = secret->text().toLatin1();
        QVERIFY2(token.startsWith("sy-") && token.size() > 30, token.constData());
        QCOMPARE(table->rowCount(), before + 1);
        QCOMPARE(table->item(before, 0)->text(), QStringLiteral("cli-tool"));
        QCOMPARE(table->item(before, 3)->text(), QStringLiteral("Active"));
        QCOMPARE(table->item(before, 4)->text(), QStringLiteral("$0.00"));
        QCOMPARE(status(gateway.port(), token), 200);
        QFile saved(configPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(json.contains("\"cli-tool\""));
        QVERIFY(!json.contains(token));
        QTest::mouseClick(child<QPushButton>(window, "copySecretButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text().toLatin1(), token);

        // The setup for Claude Code uses the endpoint's root and this token.
        auto *client = child<QComboBox>(window, "clientComboBox");
        client->setCurrentIndex(client->findData(QStringLiteral("claude-code")));
        const QString snippet = child<QPlainTextEdit>(window, "snippetPlainTextEdit")->toPlainText();
        QVERIFY2(snippet.contains(
                     QStringLiteral("export ANTHROPIC_BASE_URL=http://127.0.0.1:%1\n").arg(gateway.port())),
                 qPrintable(snippet));
        QVERIFY(
            snippet.contains(QStringLiteral("export ANTHROPIC_AUTH_TOKEN=") + QString::fromLatin1(token)));
        client->setCurrentIndex(client->findData(QStringLiteral("aider")));
        QVERIFY(child<QPlainTextEdit>(window, "snippetPlainTextEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("OPENAI_API_BASE=http://127.0.0.1:%1/v1").arg(gateway.port())));

        // A taken name is refused with the reason, and nothing changes.
        QTest::keyClicks(name, QStringLiteral("cli-tool"));
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY2(child<QLabel>(window, "appsMessageLabel")
                     ->text()
                     .startsWith(QLatin1String("Could not create the app")),
                 qPrintable(child<QLabel>(window, "appsMessageLabel")->text()));
        QCOMPARE(table->rowCount(), before + 1);

        // Revoke, confirming in the dialog: the token stops working.
        table->selectRow(before);
        auto *revoke = child<QPushButton>(window, "revokeAppButton");
        QVERIFY(revoke->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(table->item(before, 3)->text(), QStringLiteral("Revoked"));
        QCOMPARE(status(gateway.port(), token), 401);
        QVERIFY(!revoke->isEnabled());
        gateway.shutdown(1000);
    }

    // An app's routes, rate and budgets changed after it was made: saved in the config and enforced
    // on its next request.
    void editAnAppsLimits()
    {
        qputenv("SY_APPS_KEY", "sk-apps");
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        const QByteArray hash =
            "sha256:" + QCryptographicHash::hash("sy-limited-token", QCryptographicHash::Sha256).toHex();
        const QByteArray json =
            "{\"version\":1,\"server\":{\"host\":\"127.0.0.1\",\"port\":0},"
            "\"providers\":[{\"id\":\"oa\",\"kind\":\"openai\",\"baseUrl\":\"" +
            upstream.baseUrl() +
            "\",\"apiKeyEnv\":\"SY_APPS_KEY\"}],"
            // Priced: an app with a budget is never sent to an unpriced model.
            "\"prices\":[{\"provider\":\"oa\",\"model\":\"b\",\"input\":1,\"output\":1}],"
            "\"routes\":[{\"name\":\"smart\",\"targets\":[{\"provider\":\"oa\",\"model\":\"a\"}]},"
            "{\"name\":\"other\",\"targets\":[{\"provider\":\"oa\",\"model\":\"b\"}]}],"
            "\"tokens\":[{\"name\":\"limited\",\"hash\":\"" +
            hash + "\"}]}";
        QStringList errors;
        const std::optional<Config::Config> config = Config::ConfigLoader::fromJson(json, &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(*config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, configPath);
        controller.setInitialConfig(*config);
        Gui::MainWindow window(&gateway, &controller);
        auto chat = [&](const char *model) {
            TestClient client(gateway.port());
            return client.connect() ? client
                                          .roundTrip(TestClient::post(
                                              "/v1/chat/completions",
                                              QByteArray("{\"model\":\"") + model +
                                                  "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                                              "sy-limited-token"))
                                          .status
                                    : 0;
        };
        QCOMPARE(chat("smart"), 200);

        auto *box = child<QGroupBox>(window, "appsLimitsGroupBox");
        QVERIFY(!box->isEnabled()); // nothing selected
        child<QTableWidget>(window, "appsTableWidget")->selectRow(0);
        QVERIFY(box->isEnabled());
        auto *routes = child<QListWidget>(window, "appsRoutesListWidget");
        QCOMPARE(routes->count(), 2);
        QCOMPARE(routes->item(0)->checkState(), Qt::Unchecked);
        routes->item(1)->setCheckState(Qt::Checked); // "other" only
        child<QSpinBox>(window, "appsRateSpinBox")->setValue(3);
        child<QDoubleSpinBox>(window, "appsMonthlyBudgetSpinBox")->setValue(2.5);
        child<QSpinBox>(window, "appsWarnSpinBox")->setValue(60);
        QTest::mouseClick(child<QPushButton>(window, "appsSaveLimitsButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(window, "appsMessageLabel")->text(),
                 QStringLiteral("Saved the limits of 'limited'; they apply to its next request."));

        const Config::AccessToken &token = controller.config().tokens.first();
        QCOMPARE(token.routes, QStringList{QStringLiteral("other")});
        QCOMPARE(token.requestsPerMinute, 3);
        QCOMPARE(token.budget.monthlyMicros, 2'500'000);
        QCOMPARE(token.budget.dailyMicros, 0);
        QCOMPARE(token.budget.warnAtPercent, 60);
        QCOMPARE(child<QTableWidget>(window, "appsTableWidget")->item(0, 1)->text(), QStringLiteral("other"));
        const std::optional<Config::Config> saved = Config::ConfigLoader::fromFile(configPath, &errors);
        QVERIFY(saved);
        QCOMPARE(saved->tokens.first(), token);

        // Enforced at once: the route it may no longer use is refused, the other served, then the rate
        // (3 a minute: the refused request counts too).
        QCOMPARE(chat("smart"), 403);
        QCOMPARE(chat("other"), 200);
        QCOMPARE(chat("other"), 200);
        QCOMPARE(chat("other"), 429);
        gateway.shutdown(1000);
    }
};

QTEST_MAIN(TestAppsPage)
#include "tst_appspage.moc"
