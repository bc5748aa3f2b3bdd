// SPDX-License-Identifier: GPL-3.0-or-later
// switchyard: the desktop application. The gateway serves from its own threads; this thread only
// draws and manages it.

#include "config/configlocation.h"
#include "gateway.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchyard"));
    QApplication::setOrganizationName(QStringLiteral("switchyard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchyard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SWITCHYARD_APP_ID));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("switchyard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Switchyard: your personal AI model gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("Read the config from <file>."), QStringLiteral("file"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Listen on <port> instead of server.port."),
                                        QStringLiteral("port"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral(
            "Start, check that the endpoint runs and the window shows, then exit (0 on success)."));
    parser.addOptions({configOption, portOption, selfTestOption});
    parser.process(app);

    Switchyard::Config::ConfigSource source = Switchyard::Config::loadConfig(parser.value(configOption));
    Switchyard::Gateway gateway;
    Switchyard::Gui::MainWindow window(&gateway);
    QString error;
    if (!source.config) {
        error = Switchyard::Gui::MainWindow::invalidConfigMessage(source.path, source.errors);
    } else {
        Switchyard::Config::Config config = *source.config;
        if (parser.isSet(portOption))
            config.server.port = quint16(parser.value(portOption).toUInt());
        gateway.start(config, &error);
    }
    window.setStartupError(error);
    window.show();

    if (parser.isSet(selfTestOption)) {
        const bool ok = gateway.isRunning() && window.isVisible();
        std::fprintf(stderr, "switchyard self-test: %s%s\n",
                     ok ? "ok" : "FAILED: ", ok ? "" : qPrintable(error));
        return ok ? 0 : 1;
    }
    if (!error.isEmpty())
        QTimer::singleShot(0, &window, &Switchyard::Gui::MainWindow::reportStartupError);
    QObject::connect(&app, &QApplication::aboutToQuit, &gateway, [&gateway] { gateway.shutdown(2000); });
    return app.exec();
}
