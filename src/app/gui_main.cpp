// SPDX-License-Identifier: GPL-3.0-or-later
// switchyard: the desktop application. The gateway serves from its own threads; this thread only
// draws and manages it.

#include "appcontroller.h"
#include "config/confighistory.h"
#include "config/configlocation.h"
#include "firstrunwizard.h"
#include "gateway.h"
#include "mainwindow.h"
#include "secrets/keychainkeystore.h"
#include "secrets/keyloader.h"
#include "singleinstance.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

#if defined(NDEBUG) && defined(__linux__)
#include <sys/prctl.h>
#endif

int main(int argc, char *argv[])
{
#if defined(NDEBUG) && defined(__linux__)
    // A core dump would hold provider keys and prompts.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("switchyard"));
    // QSettings (window geometry) keeps switchyard.conf in the app's config directory, beside
    // config.json: ~/.config/<app id>/switchyard.conf.
    QApplication::setOrganizationName(QStringLiteral(SWITCHYARD_APP_ID));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchyard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SWITCHYARD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/switchyard/icons/switchyard-256.png")));

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
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the window in <language> (e.g. de, zh_CN, en) instead of the ui/language "
                       "setting or the system's language."),
        QStringLiteral("language"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Start like --self-test, then save a PNG of every page of the window into <dir> "
                       "(screenshot-<page>.png) and exit; tools/screenshots.sh runs it under Xvfb."),
        QStringLiteral("dir"));
    parser.addOptions({configOption, portOption, selfTestOption, languageOption, screenshotsOption});
    parser.process(app);

    // One window per session: a second launch raises the first one's window and exits, before it
    // touches the config, the keychain or the port. Not for --self-test, which CI runs beside
    // whatever else is up.
    Switchyard::Gui::SingleInstance instance;
    const bool unattended = parser.isSet(selfTestOption) || parser.isSet(screenshotsOption);
    if (!unattended) {
        QString message;
        switch (instance.claim(&message)) {
        case Switchyard::Gui::SingleInstance::Claim::Primary: break;
        case Switchyard::Gui::SingleInstance::Claim::Activated:
            std::fprintf(stdout, "switchyard: already running; raised the open window\n");
            return 0;
        case Switchyard::Gui::SingleInstance::Claim::NotAnswering:
            std::fprintf(stderr, "switchyard: %s\n", qPrintable(message));
            return 1;
        case Switchyard::Gui::SingleInstance::Claim::Unavailable:
            std::fprintf(stderr, "switchyard: %s\n", qPrintable(message));
            break;
        }
    }
    // ~/.config/switchyard and ~/.local/share/switchyard of earlier versions move to the app id's
    // names before anything (QSettings) could create the new directories.
    Switchyard::Config::migrateLegacyDirectories();

    // The UI language: --language, else the ui/language setting, else (empty) the system's.
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    const QLocale uiLocale = language.isEmpty() ? QLocale() : QLocale(language);
    QTranslator qtTranslator;
    if (qtTranslator.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // A language without a catalogue gets the English one, which carries the plural forms ("1 retry").
    if (translator.load(uiLocale, QStringLiteral("switchyard"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("switchyard_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    if (const auto theme = Switchyard::Gui::Theme::saved(); theme != Switchyard::Gui::Theme::Mode::System)
        Switchyard::Gui::Theme::apply(theme);

    Switchyard::Config::ConfigSource source = Switchyard::Config::loadConfig(parser.value(configOption));
    Switchyard::Gateway gateway;
    Switchyard::Secrets::KeychainKeyStore keychain(QStringLiteral(SWITCHYARD_APP_ID),
                                                   Switchyard::Secrets::KeychainKeyStore::defaultIndexPath());
    // Edits from the pages are saved where the config came from (the user's config file when it was
    // the built-in default) and applied to the running endpoint.
    Switchyard::Gui::AppController controller(
        &gateway, &keychain, source.path.isEmpty() ? Switchyard::Config::userConfigPath() : source.path);
    if (source.config)
        controller.setInitialConfig(*source.config);
    // Every applied config is kept as a version in the data dir; the Routes page restores them.
    Switchyard::Config::ConfigHistory history(
        QDir(Switchyard::Config::defaultDataDir()).filePath(QStringLiteral("config-history")));
    controller.setHistory(&history);
    Switchyard::Gui::MainWindow window(&gateway, source.config ? &controller : nullptr);
    QString error;
    if (!source.config)
        error = Switchyard::Gui::MainWindow::invalidConfigMessage(source.path, source.errors);
    window.setStartupError(error);
    window.show();
    // A first start (no provider key, no app token): the welcome flow, over the window.
    if (source.config && !unattended && Switchyard::Gui::FirstRunWizard::isNeeded(controller.config()))
        (new Switchyard::Gui::FirstRunWizard(&controller, &window))->open();
    QObject::connect(&instance, &Switchyard::Gui::SingleInstance::activationRequested, &window,
                     [&window](const QVariantMap &platformData) {
                         // Wayland: the launch's token lets the compositor bring the window forward
                         // (Qt's xdg-activation support reads it from the environment).
                         const QString token =
                             platformData.value(QStringLiteral("activation-token")).toString();
                         if (!token.isEmpty())
                             qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.show();
                         window.raise();
                         window.activateWindow();
                     });

    // Provider keys come from the keychain (asynchronously: the window is up meanwhile); the endpoint
    // starts once they are read. A keychain that cannot be used is reported, and the endpoint runs
    // with the keys it has.
    Switchyard::Secrets::KeyLoader loader(&keychain, &gateway.keys());
    bool started = false;
    if (source.config) {
        Switchyard::Config::Config config = *source.config;
        if (parser.isSet(portOption))
            config.server.port = quint16(parser.value(portOption).toUInt());
        loader.load(config, [&, config](const QList<Switchyard::Secrets::KeyLoader::Problem> &problems) {
            QStringList messages;
            for (const auto &problem : problems)
                messages << Switchyard::Secrets::KeyLoader::describe(problem);
            QString startError;
            if (config.usage.store) {
                // The usage database in the data directory; if it cannot be used the endpoint still
                // runs, and the window says that requests are not being recorded.
                const QString dir = Switchyard::Config::defaultDataDir();
                QString storeError;
                if (!QDir().mkpath(dir) ||
                    !gateway.enableUsageStore(QDir(dir).filePath(QStringLiteral("usage.sqlite")),
                                              config.usage.retentionDays, &storeError))
                    messages << QCoreApplication::translate("main", "Usage is not being recorded: %1")
                                    .arg(storeError.isEmpty() ? dir : storeError);
            }
            {
                const QString dir = Switchyard::Config::defaultDataDir();
                QString cacheError;
                const qint64 maxBytes = qint64(config.cache.maxMegabytes) * 1024 * 1024;
                if (!QDir().mkpath(dir) ||
                    !gateway.enableResponseCache(QDir(dir).filePath(QStringLiteral("cache.sqlite")), maxBytes,
                                                 &cacheError))
                    gateway.enableResponseCache({}, maxBytes, &cacheError); // memory only
            }
            // What the pages hold now: the first-run wizard may have added a provider and a token
            // while the keys were being read.
            Switchyard::Config::Config live = controller.config();
            live.server.port = config.server.port;
            gateway.start(live, &startError);
            controller.endpointStarted(startError);
            if (!startError.isEmpty())
                messages.prepend(startError);
            window.setStartupError(messages.join(QLatin1Char('\n')));
            started = true;
            if (!messages.isEmpty() && !unattended)
                window.reportStartupError();
        });
    }

    if (parser.isSet(screenshotsOption)) {
        QElapsedTimer waited;
        waited.start();
        while (!started && source.config && waited.elapsed() < 15'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        const QDir dir(parser.value(screenshotsOption));
        QDir().mkpath(dir.path());
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
        int saved = 0;
        for (int row = 0; sidebar && pages && row < sidebar->count(); ++row) {
            sidebar->setCurrentRow(row);
            // Pages load what they show off the GUI thread: give them a moment, as a person would.
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 1500)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const QString name = pages->currentWidget()->objectName().remove(QStringLiteral("Page"));
            const QString path = dir.filePath(QStringLiteral("screenshot-%1.png").arg(name));
            if (window.grab().save(path)) {
                std::fprintf(stdout, "%s\n", qPrintable(path));
                ++saved;
            }
        }
        return saved > 0 && gateway.isRunning() ? 0 : 1;
    }
    if (parser.isSet(selfTestOption)) {
        QElapsedTimer waited;
        waited.start();
        while (!started && source.config && waited.elapsed() < 15'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        const bool ok = gateway.isRunning() && window.isVisible();
        std::fprintf(stderr, "switchyard self-test: %s%s\n",
                     ok ? "ok" : "FAILED: ", ok ? "" : qPrintable(error));
        return ok ? 0 : 1;
    }
    if (!error.isEmpty())
        QTimer::singleShot(0, &window, &Switchyard::Gui::MainWindow::reportStartupError);
    Q_UNUSED(started);
    QObject::connect(&app, &QApplication::aboutToQuit, &gateway, [&gateway] { gateway.shutdown(2000); });
    return app.exec();
}
