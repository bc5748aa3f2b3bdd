// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page driven through its real widgets (offscreen): a port in use is refused with a
// clear message while the endpoint keeps serving; a free one restarts the endpoint there; stop and
// start; start at login writes and removes the XDG autostart entry; cache and retention are saved.

#include "appcontroller.h"
#include "autostart.h"
#include "config/configloader.h"
#include "gateway.h"
#include "mainwindow.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchyard;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static int health(quint16 port)
    {
        TestClient client(port);
        return client.connect() ? client.roundTrip(TestClient::get("/healthz", "")).status : 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void endpointAddressStopStartAndStartAtLogin()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        Config::Config config = Config::ConfigLoader::embeddedDefault();
        config.server.port = freePort();
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(config, &error), qPrintable(error));
        const quint16 first = gateway.port();
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, configPath);
        controller.setInitialConfig(config);
        Gui::MainWindow window(&gateway, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *state = child<QLabel>(window, "endpointStateValueLabel");
        auto *port = child<QSpinBox>(window, "portSpinBox");
        auto *apply = child<QPushButton>(window, "applySettingsButton");
        auto *message = child<QLabel>(window, "settingsMessageLabel");
        QCOMPARE(state->text(), QStringLiteral("Listening on http://127.0.0.1:%1").arg(first));
        QCOMPARE(port->value(), int(first));

        // A port another program holds: refused, and the endpoint keeps serving where it was.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        port->setValue(squatter.serverPort());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY2(message->text().startsWith(
                     QStringLiteral("Not applied: Port %1 on 127.0.0.1 is in use by another "
                                    "program")
                         .arg(squatter.serverPort())),
                 qPrintable(message->text()));
        QVERIFY(message->text().endsWith(
            QStringLiteral("The endpoint keeps running on http://127.0.0.1:%1.").arg(first)));
        QCOMPARE(gateway.port(), first);
        QCOMPARE(health(first), 200);

        // A free port: saved, and the endpoint restarts there.
        const quint16 second = freePort();
        port->setValue(second);
        child<QCheckBox>(window, "cacheCheckBox")->setChecked(true);
        child<QSpinBox>(window, "retentionSpinBox")->setValue(30);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(message->text(), QStringLiteral("Saved. The endpoint is restarting with the new address."));
        QTRY_COMPARE_WITH_TIMEOUT(gateway.port(), second, 5000);
        QCOMPARE(health(second), 200);
        QTRY_COMPARE(state->text(), QStringLiteral("Listening on http://127.0.0.1:%1").arg(second));
        const std::optional<Config::Config> saved = Config::ConfigLoader::fromFile(configPath, nullptr);
        QVERIFY(saved);
        QCOMPARE(saved->server.port, second);
        QVERIFY(saved->cache.enabled);
        QCOMPARE(saved->usage.retentionDays, 30);

        // Stop and start.
        auto *toggle = child<QPushButton>(window, "endpointToggleButton");
        QCOMPARE(toggle->text(), QStringLiteral("&Stop"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE(state->text(), QStringLiteral("Stopped"));
        QVERIFY(!gateway.isRunning());
        QCOMPARE(toggle->text(), QStringLiteral("&Start"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY2(gateway.isRunning(), qPrintable(state->text()));
        QCOMPARE(health(gateway.port()), 200);

        // Start at login: the XDG autostart entry comes and goes.
        auto *login = child<QCheckBox>(window, "startAtLoginCheckBox");
        QFile::remove(Gui::Autostart::entryPath());
        login->setChecked(true);
        QTest::mouseClick(apply, Qt::LeftButton);
        QFile entry(Gui::Autostart::entryPath());
        QVERIFY2(entry.open(QIODevice::ReadOnly), qPrintable(entry.fileName()));
        const QByteArray text = entry.readAll();
        QVERIFY(text.startsWith("[Desktop Entry]\nType=Application\n"));
        QVERIFY(text.contains("\nExec="));
        entry.close();
        login->setChecked(false);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!QFile::exists(Gui::Autostart::entryPath()));
        gateway.shutdown(1000);
    }

    // The theme applies at once and is remembered; "follow the system" puts the platform's look back. Body
    // logging is a config setting like the others.
    void themeAndBodyLogging()
    {
        QSettings().remove(QStringLiteral("ui/theme"));
        Config::Config config = Config::ConfigLoader::embeddedDefault();
        Gateway gateway; // not started: the theme needs no endpoint
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, {});
        controller.setInitialConfig(config);
        Gui::MainWindow window(&gateway, &controller);
        const QString systemStyle = QApplication::style()->name();
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        auto *theme = child<QComboBox>(window, "themeComboBox");
        auto *apply = child<QPushButton>(window, "applySettingsButton");
        QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));

        // Body logging is off unless turned on here; it reaches the config.
        auto *bodies = child<QCheckBox>(window, "logBodiesCheckBox");
        QVERIFY(!bodies->isChecked());
        bodies->setChecked(true);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(controller.config().usage.logBodies);

        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 200);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 80); // the widgets follow

        theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);

        theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
