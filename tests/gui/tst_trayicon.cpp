// SPDX-License-Identifier: GPL-3.0-or-later
// The tray's menu and alerts (offscreen there is no tray to show them in, but they are worked out the
// same way): a provider going down is announced once, a budget's warning threshold once per period,
// today's spend and pause/resume of the endpoint.

#include "appcontroller.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "mainwindow.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "trayicon.h"

#include <QAction>
#include <QCryptographicHash>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Switchyard;

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void alertsSpendAndPause()
    {
        qputenv("SY_TRAY_KEY", "sk-tray");
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        const QByteArray hash =
            "sha256:" + QCryptographicHash::hash("sy-tray-token", QCryptographicHash::Sha256).toHex();
        const QByteArray json =
            "{\"version\":1,\"server\":{\"host\":\"127.0.0.1\",\"port\":0},"
            "\"providers\":[{\"id\":\"oa\",\"kind\":\"openai\",\"baseUrl\":\"" +
            upstream.baseUrl() +
            "\",\"apiKeyEnv\":\"SY_TRAY_KEY\"}],"
            "\"prices\":[{\"provider\":\"oa\",\"model\":\"costly\",\"input\":1000,\"output\":1000},"
            "{\"provider\":\"oa\",\"model\":\"flaky-99\",\"input\":1,\"output\":1}],"
            "\"routes\":[{\"name\":\"down\",\"targets\":[{\"provider\":\"oa\",\"model\":\"flaky-99\"}]},"
            "{\"name\":\"costly\",\"targets\":[{\"provider\":\"oa\",\"model\":\"costly\"}]}],"
            "\"tokens\":[{\"name\":\"spender\",\"hash\":\"" +
            hash + "\",\"budget\":{\"dailyUsd\":0.03,\"warnAtPercent\":50}}]}";
        QStringList errors;
        const std::optional<Config::Config> config = Config::ConfigLoader::fromJson(json, &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(*config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, {});
        controller.setInitialConfig(*config);
        Gui::MainWindow window(&gateway, &controller);
        Gui::TrayIcon *tray = window.tray();
        QVERIFY(tray);
        QSignalSpy alerts(tray, &Gui::TrayIcon::alert);
        auto action = [&](const char *name) {
            return tray->menu()->findChild<QAction *>(QLatin1StringView(name));
        };
        auto post = [&](const char *model) {
            TestClient client(gateway.port());
            return client.connect() ? client
                                          .roundTrip(TestClient::post(
                                              "/v1/chat/completions",
                                              QByteArray("{\"model\":\"") + model +
                                                  "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                                              "sy-tray-token"))
                                          .status
                                    : 0;
        };
        tray->refresh();
        QCOMPARE(action("trayStatusAction")->text(),
                 QStringLiteral("Listening on http://127.0.0.1:%1").arg(gateway.port()));
        QCOMPARE(action("traySpendAction")->text(), QStringLiteral("Spent today: $0.00"));
        QCOMPARE(alerts.count(), 0);

        // Three failures in a row open the circuit: one alert, not one per refresh.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post("down"), 503);
        tray->refresh();
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(alerts.at(0).at(0).toString(), QStringLiteral("oa/flaky-99 is down"));
        QVERIFY2(alerts.at(0).at(1).toString().startsWith(
                     QLatin1String("3 failure(s) in a row; Switchyard sends its requests elsewhere for ")),
                 qPrintable(alerts.at(0).at(1).toString()));
        tray->refresh();
        QCOMPARE(alerts.count(), 1);

        // 17 tokens at $1000/1M = $0.017, past half of the app's $0.03 a day: one warning.
        QCOMPARE(post("costly"), 200);
        tray->refresh();
        QCOMPARE(alerts.count(), 2);
        QCOMPARE(alerts.at(1).at(0).toString(), QStringLiteral("Budget warning: the app 'spender'"));
        QCOMPARE(alerts.at(1).at(1).toString(),
                 QStringLiteral("the app 'spender' has spent $0.02 of its daily budget of $0.03."));
        QCOMPARE(action("traySpendAction")->text(), QStringLiteral("Spent today: $0.02"));
        tray->refresh();
        QCOMPARE(alerts.count(), 2);

        // Pause and resume.
        QCOMPARE(action("trayPauseAction")->text(), QStringLiteral("Pause the endpoint"));
        action("trayPauseAction")->trigger();
        QTRY_VERIFY(!gateway.isRunning());
        QTRY_COMPARE(action("trayPauseAction")->text(), QStringLiteral("Resume the endpoint"));
        QCOMPARE(action("trayStatusAction")->text(), QStringLiteral("Endpoint stopped"));
        action("trayPauseAction")->trigger();
        QTRY_VERIFY(gateway.isRunning());
        gateway.shutdown(1000);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
