// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/configloader.h"
#include "gateway.h"
#include "mainwindow.h"
#include "testclient.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsRunningEndpoint()
    {
        auto config = Switchyard::Config::ConfigLoader::embeddedDefault();
        config.server.port = 0;
        Switchyard::Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(config, &error), qPrintable(error));
        Switchyard::Gui::MainWindow window(&gateway);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *url = window.findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"));
        auto *copy = window.findChild<QPushButton *>(QStringLiteral("copyButton"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusValueLabel"));
        auto *requests = window.findChild<QLabel *>(QStringLiteral("requestsValueLabel"));
        QVERIFY(url && copy && status && requests);
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:%1/v1").arg(gateway.port()));
        QCOMPARE(status->text(), QStringLiteral("Running"));
        QVERIFY(!url->accessibleName().isEmpty());

        // The window reflects traffic served by the engine's own threads.
        TestClient client(gateway.port());
        QVERIFY(client.connect());
        QCOMPARE(client.roundTrip(TestClient::get("/healthz", "")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(requests->text(), QStringLiteral("1"), 3000);

        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), url->text());
    }

    void germanTranslation()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("switchyard"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        Switchyard::Gateway gateway;
        Switchyard::Gui::MainWindow window(&gateway);
        QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("copyButton"))->text(),
                 QStringLiteral("&Kopieren"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusValueLabel"))->text(),
                 QStringLiteral("Angehalten"));
        QApplication::removeTranslator(&translator);
    }

    void chineseTranslation()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("switchyard"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QApplication::installTranslator(&translator);
        Switchyard::Gateway gateway;
        Switchyard::Gui::MainWindow window(&gateway);
        QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("copyButton"))->text(),
                 QStringLiteral("复制(&C)"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusValueLabel"))->text(),
                 QStringLiteral("已停止"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("baseUrlLabel"))->text(),
                 QStringLiteral("基础 URL(&B)："));
        QApplication::removeTranslator(&translator);
    }

    void showsStartupError()
    {
        Switchyard::Gateway gateway;
        Switchyard::Gui::MainWindow window(&gateway);
        window.setStartupError(QStringLiteral("port 4141 is in use"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusValueLabel"));
        QVERIFY(status->text().contains(QStringLiteral("port 4141 is in use")));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
