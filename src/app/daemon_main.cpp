// SPDX-License-Identifier: GPL-3.0-or-later
// switchyardd: the headless gateway. Serves until SIGINT/SIGTERM, then drains in-flight requests.
// Also manages app tokens (`token create|list|revoke`) and provider keys in the keychain
// (`key set|delete|list`).

#include "config/accesstokens.h"
#include "config/configloader.h"
#include "config/configlocation.h"
#include "config/configwatcher.h"
#include "gateway.h"
#include "secrets/keychainkeystore.h"
#include "secrets/keyloader.h"
#include "secrets/keyring.h"
#include "unixsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

#if defined(NDEBUG) && defined(__linux__)
#include <sys/prctl.h>
#endif

namespace {

using namespace Switchyard;

enum ExitCode
{
    ExitOk = 0,
    ExitConfig = 1,
    ExitUsage = 2,
    ExitListen = 3,
    ExitNotDrained = 4,
    ExitKeychain = 5,
    ExitUsageStore = 6,
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString keychainService()
{
    // Tests use their own service name so they never touch the user's real entries.
    const QString custom = qEnvironmentVariable("SWITCHYARD_KEYCHAIN_SERVICE");
    return custom.isEmpty() ? QStringLiteral(SWITCHYARD_APP_ID) : custom;
}

// Reads one line from standard input without echoing it when it is a terminal.
QByteArray readSecretFromStdin(const QString &prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    QByteArray secret = QByteArray::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

// ---- switchyardd key set|delete|list ----------------------------------------------------------

int keyCommand(QCoreApplication &app, const QStringList &args)
{
    const QString verb = args.value(1);
    const QString name = args.value(2);
    Secrets::KeychainKeyStore store(keychainService(), Secrets::KeychainKeyStore::defaultIndexPath());
    if (verb == QLatin1String("list") && args.size() == 2) {
        const QStringList names = store.entries();
        if (names.isEmpty())
            printLine(stdout, QStringLiteral("no keys stored by Switchyard in the keychain"));
        for (const QString &n : names)
            printLine(stdout, n);
        return ExitOk;
    }
    if ((verb != QLatin1String("set") && verb != QLatin1String("delete")) || name.isEmpty() ||
        args.size() != 3) {
        printLine(stderr,
                  QStringLiteral("usage: switchyardd key set NAME   (the key is read from standard input)\n"
                                 "       switchyardd key delete NAME\n"
                                 "       switchyardd key list"));
        return ExitUsage;
    }
    int exitCode = ExitOk;
    auto report = [&](const Secrets::KeyStore::Result &r, const QString &done) {
        if (r.ok()) {
            printLine(stdout, done);
        } else {
            printLine(stderr, QStringLiteral("switchyardd: %1").arg(r.message));
            exitCode = r.error == Secrets::KeyStore::Error::NotFound ? ExitUsage : ExitKeychain;
        }
        QCoreApplication::exit(exitCode);
    };
    if (verb == QLatin1String("set")) {
        const QByteArray secret = readSecretFromStdin(QStringLiteral("API key for '%1': ").arg(name));
        if (secret.isEmpty()) {
            printLine(stderr, QStringLiteral("switchyardd: no key given on standard input"));
            return ExitUsage;
        }
        store.write(name, secret, [&, name](const Secrets::KeyStore::Result &r) {
            report(r, QStringLiteral("stored the key '%1' in the keychain; use it with \"keyRef\": \"%1\"")
                          .arg(name));
        });
    } else {
        store.remove(name, [&, name](const Secrets::KeyStore::Result &r) {
            report(r, QStringLiteral("deleted the key '%1' from the keychain").arg(name));
        });
    }
    return app.exec();
}

// ---- switchyardd token create|list|revoke -----------------------------------------------------

int tokenCommand(const QCommandLineParser &parser, const QCommandLineOption &configOption,
                 const QCommandLineOption &routesOption, const QCommandLineOption &expiresOption,
                 const QCommandLineOption &rpmOption, const QStringList &args)
{
    const QString verb = args.value(1);
    const QString name = args.value(2);
    const bool valid =
        (verb == QLatin1String("list") && args.size() == 2) ||
        ((verb == QLatin1String("create") || verb == QLatin1String("revoke")) && args.size() == 3);
    if (!valid) {
        printLine(stderr,
                  QStringLiteral("usage: switchyardd token create NAME [--routes R1,R2] [--expires-days N] "
                                 "[--rpm N] [--budget-daily USD] [--budget-monthly USD] [--config FILE]\n"
                                 "       switchyardd token list [--config FILE]\n"
                                 "       switchyardd token revoke NAME [--config FILE]"));
        return ExitUsage;
    }
    // The config to edit: --config, else the user's (created from the built-in default if missing).
    const QString path = parser.isSet(configOption) ? parser.value(configOption) : Config::userConfigPath();
    Config::Config config;
    if (QFileInfo::exists(path)) {
        QStringList errors;
        const auto loaded = Config::ConfigLoader::fromFile(path, &errors);
        if (!loaded) {
            for (const QString &e : errors)
                printLine(stderr, QStringLiteral("%1: %2").arg(path, e));
            return ExitConfig;
        }
        config = *loaded;
    } else {
        config = Config::ConfigLoader::embeddedDefault();
    }

    if (verb == QLatin1String("list")) {
        if (config.tokens.isEmpty())
            printLine(stdout, QStringLiteral("no app tokens in %1").arg(path));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const Config::AccessToken &t : config.tokens) {
            QString state = !t.enabled         ? QStringLiteral("revoked")
                            : t.isExpired(now) ? QStringLiteral("expired")
                                               : QStringLiteral("active");
            QStringList details;
            details << state;
            if (t.created.isValid())
                details << QStringLiteral("created %1").arg(t.created.toString(Qt::ISODate));
            if (t.expires.isValid())
                details << QStringLiteral("expires %1").arg(t.expires.toString(Qt::ISODate));
            details << (t.routes.isEmpty()
                            ? QStringLiteral("all routes")
                            : QStringLiteral("routes %1").arg(t.routes.join(QLatin1Char(','))));
            if (t.requestsPerMinute > 0)
                details << QStringLiteral("%1 requests/min").arg(t.requestsPerMinute);
            if (t.budget.dailyMicros > 0)
                details << QStringLiteral("$%1/day").arg(double(t.budget.dailyMicros) / 1e6, 0, 'f', 2);
            if (t.budget.monthlyMicros > 0)
                details << QStringLiteral("$%1/month").arg(double(t.budget.monthlyMicros) / 1e6, 0, 'f', 2);
            printLine(stdout, QStringLiteral("%1\t%2").arg(t.name, details.join(QStringLiteral(", "))));
        }
        return ExitOk;
    }

    QString error;
    QByteArray secret;
    if (verb == QLatin1String("create")) {
        Config::AccessTokens::Options options;
        if (parser.isSet(routesOption))
            options.routes = parser.value(routesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool ok = true;
        if (parser.isSet(expiresOption))
            options.expiresInDays = parser.value(expiresOption).toInt(&ok);
        if (ok && parser.isSet(rpmOption))
            options.requestsPerMinute = parser.value(rpmOption).toInt(&ok);
        if (!ok || options.expiresInDays < 0 || options.requestsPerMinute < 0) {
            printLine(stderr, QStringLiteral("switchyardd: --expires-days and --rpm take a positive number"));
            return ExitUsage;
        }
        for (const auto &[option, micros] :
             {std::pair{QStringLiteral("budget-daily"), &options.budget.dailyMicros},
              std::pair{QStringLiteral("budget-monthly"), &options.budget.monthlyMicros}}) {
            if (!parser.isSet(option))
                continue;
            const double usd = parser.value(option).toDouble(&ok);
            if (!ok || usd <= 0 || usd > 1e9) {
                printLine(stderr,
                          QStringLiteral("switchyardd: --%1 takes an amount in US dollars, e.g. 25 or 2.50")
                              .arg(option));
                return ExitUsage;
            }
            *micros = qRound64(usd * 1e6);
        }
        const auto created = Config::AccessTokens::create(config, name, options, &error);
        if (!created) {
            printLine(stderr, QStringLiteral("switchyardd: %1").arg(error));
            return ExitUsage;
        }
        secret = *created;
    } else if (!Config::AccessTokens::revoke(config, name, &error)) {
        printLine(stderr, QStringLiteral("switchyardd: %1").arg(error));
        return ExitUsage;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!Config::ConfigLoader::save(config, path, &error)) {
        printLine(stderr, QStringLiteral("switchyardd: cannot write %1: %2").arg(path, error));
        return ExitConfig;
    }
    if (verb == QLatin1String("create")) {
        printLine(
            stderr,
            QStringLiteral("created the token of app '%1' in %2; it is shown only now:").arg(name, path));
        printLine(stdout, QString::fromLatin1(secret));
    } else {
        printLine(stdout,
                  QStringLiteral("revoked the token of app '%1' in %2 (a running switchyardd picks this up "
                                 "when restarted)")
                      .arg(name, path));
    }
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(NDEBUG) && defined(__linux__)
    // A core dump would hold provider keys and prompts.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchyardd"));
    QCoreApplication::setOrganizationName(QStringLiteral("switchyard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SWITCHYARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Switchyard gateway daemon: an OpenAI-compatible local endpoint in front of your AI "
        "providers.\n\n"
        "  switchyardd [options]                 serve until SIGINT/SIGTERM\n"
        "  switchyardd token create NAME         create an app token (shown once)\n"
        "  switchyardd token list | revoke NAME  list or revoke app tokens\n"
        "  switchyardd key set NAME              store a provider key (from stdin) in the keychain\n"
        "  switchyardd key delete NAME | list    remove or list keychain entries"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Read the config from <file> (default: %1, else the built-in default).")
            .arg(Config::userConfigPath()),
        QStringLiteral("file"));
    const QCommandLineOption checkOption(QStringLiteral("check-config"),
                                         QStringLiteral("Validate <file> and exit (0 when valid)."),
                                         QStringLiteral("file"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Listen on <address> instead of server.host."),
                                        QStringLiteral("address"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Listen on <port> instead of server.port (0: any free port)."),
        QStringLiteral("port"));
    const QCommandLineOption workersOption(
        QStringLiteral("workers"), QStringLiteral("Serve with <n> worker threads (default: one per core)."),
        QStringLiteral("n"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QStringLiteral("Keep data in <dir>: the usage database usage.sqlite (default "
                       "~/.local/share/io.github.switchyard.Switchyard; created if missing)."),
        QStringLiteral("dir"));
    const QCommandLineOption routesOption(
        QStringLiteral("routes"),
        QStringLiteral("token create: the routes the app may use, comma-separated."), QStringLiteral("list"));
    const QCommandLineOption expiresOption(QStringLiteral("expires-days"),
                                           QStringLiteral("token create: the token expires after <n> days."),
                                           QStringLiteral("n"));
    const QCommandLineOption rpmOption(QStringLiteral("rpm"),
                                       QStringLiteral("token create: at most <n> requests per minute."),
                                       QStringLiteral("n"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral(
            "Store usage in PostgreSQL at <url> (postgresql://user@host:5432/db), shared with other "
            "daemons, instead of the SQLite file in the data directory."),
        QStringLiteral("url"));
    const QCommandLineOption dailyBudgetOption(
        QStringLiteral("budget-daily"),
        QStringLiteral("token create: spend at most <usd> US dollars per UTC day."), QStringLiteral("usd"));
    const QCommandLineOption monthlyBudgetOption(
        QStringLiteral("budget-monthly"),
        QStringLiteral("token create: spend at most <usd> US dollars per month."), QStringLiteral("usd"));
    parser.addOptions({configOption, checkOption, hostOption, portOption, workersOption, dataDirOption,
                       routesOption, expiresOption, rpmOption, dailyBudgetOption, monthlyBudgetOption,
                       databaseOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("token … or key … (see above)"),
                                 QStringLiteral("[command]"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("key"))
        return keyCommand(app, args);
    if (args.value(0) == QLatin1String("token"))
        return tokenCommand(parser, configOption, routesOption, expiresOption, rpmOption, args);
    if (!args.isEmpty()) {
        printLine(stderr, QStringLiteral("switchyardd: unknown command '%1' (see --help)").arg(args.first()));
        return ExitUsage;
    }

    if (parser.isSet(checkOption)) {
        QStringList errors;
        const QString path = parser.value(checkOption);
        if (!Config::ConfigLoader::fromFile(path, &errors)) {
            for (const QString &e : errors)
                printLine(stderr, QStringLiteral("%1: %2").arg(path, e));
            return ExitConfig;
        }
        printLine(stdout, QStringLiteral("%1: valid").arg(path));
        return ExitOk;
    }

    Config::ConfigSource source = Config::loadConfig(parser.value(configOption));
    if (!source.config) {
        for (const QString &e : source.errors)
            printLine(stderr, QStringLiteral("switchyardd: %1: %2").arg(source.path, e));
        return ExitConfig;
    }
    Config::Config config = *source.config;
    const Config::ServerSettings fileServer = config.server; // before the command line's overrides
    if (parser.isSet(hostOption)) {
        config.server.host = parser.value(hostOption);
        if (QHostAddress(config.server.host).isNull() && config.server.host != QLatin1String("localhost")) {
            printLine(stderr, QStringLiteral("switchyardd: --host must be an IP address or localhost"));
            return ExitUsage;
        }
    }
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            printLine(stderr, QStringLiteral("switchyardd: --port must be a number from 0 to 65535"));
            return ExitUsage;
        }
        config.server.port = quint16(port);
    }
    if (parser.isSet(workersOption)) {
        bool ok = false;
        const int workers = parser.value(workersOption).toInt(&ok);
        if (!ok || workers < 0 || workers > 256) {
            printLine(stderr, QStringLiteral("switchyardd: --workers must be a number from 0 to 256"));
            return ExitUsage;
        }
        config.server.workers = workers;
    }
    const QString dataDir =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : Config::defaultDataDir();
    if ((parser.isSet(dataDirOption) || config.usage.store) && !QDir().mkpath(dataDir)) {
        printLine(stderr, QStringLiteral("switchyardd: cannot create the data directory %1").arg(dataDir));
        return parser.isSet(dataDirOption) ? ExitUsage : ExitUsageStore;
    }

    if (config.server.requireToken && config.tokens.isEmpty())
        printLine(stderr, QStringLiteral(
                              "switchyardd: warning: no access tokens are configured, so every API request "
                              "will be refused; create one with `switchyardd token create NAME`"));

    Gateway gateway;
    if (config.usage.store) {
        // Every request is accounted for in the data directory; a database that cannot be opened
        // (read-only disk, a newer schema) stops the daemon rather than losing records silently.
        QString error;
        const QString database =
            parser.isSet(databaseOption) ? parser.value(databaseOption) : config.usage.database;
        const QString path =
            database.isEmpty() ? QDir(dataDir).filePath(QStringLiteral("usage.sqlite")) : database;
        if (!gateway.enableUsageStore(path, config.usage.retentionDays, &error)) {
            printLine(stderr, QStringLiteral("switchyardd: %1").arg(error));
            return ExitUsageStore;
        }
    }
    {
        // The response cache lives beside the usage database; routes (or "cache" in the config) decide
        // what is cached, so it is always ready.
        QString error;
        const QString path =
            QDir().mkpath(dataDir) ? QDir(dataDir).filePath(QStringLiteral("cache.sqlite")) : QString();
        if (!gateway.enableResponseCache(path, qint64(config.cache.maxMegabytes) * 1024 * 1024, &error))
            printLine(
                stderr,
                QStringLiteral("switchyardd: warning: the response cache stays in memory: %1").arg(error));
        if (!error.isEmpty())
            gateway.enableResponseCache({}, qint64(config.cache.maxMegabytes) * 1024 * 1024, &error);
    }
    int exitCode = ExitOk;
    auto serve = [&]() -> bool {
        QString error;
        if (!gateway.start(config, &error)) {
            printLine(stderr, QStringLiteral("switchyardd: %1").arg(error));
            return false;
        }
        for (const Config::Provider &p : config.providers) {
            QByteArray key;
            if (gateway.keys().key(p, &key) == Secrets::KeyRing::Status::Missing)
                printLine(
                    stderr,
                    QStringLiteral("switchyardd: warning: %1").arg(Secrets::KeyRing::missingKeyHint(p)));
        }
        printLine(stderr, QStringLiteral("switchyardd: listening on %1 (config: %2)")
                              .arg(gateway.baseUrl().chopped(3),
                                   source.path.isEmpty() ? QStringLiteral("built-in default") : source.path));
        return true;
    };

    // Provider keys named by keyRef come from the keychain before the first request is served. A
    // keychain that cannot be used stops the daemon with the reason; a missing entry is a warning
    // (that provider's requests fail with a clear error until its key is stored).
    Secrets::KeychainKeyStore keychain(keychainService(), Secrets::KeychainKeyStore::defaultIndexPath());
    Secrets::KeyLoader loader(&keychain, &gateway.keys());
    QTimer::singleShot(0, &app, [&] {
        loader.load(config, [&](const QList<Secrets::KeyLoader::Problem> &problems) {
            bool fatal = false;
            for (const auto &problem : problems) {
                const bool keychainDown = Secrets::KeyLoader::isKeychainFailure(problem);
                fatal = fatal || keychainDown;
                printLine(stderr, QStringLiteral("switchyardd: %1%2")
                                      .arg(keychainDown ? QString() : QStringLiteral("warning: "),
                                           Secrets::KeyLoader::describe(problem)));
            }
            if (fatal) {
                printLine(stderr, QStringLiteral(
                                      "switchyardd: cannot read provider keys from the keychain; unlock it, "
                                      "or give the daemon its keys through environment variables "
                                      "(\"apiKeyEnv\" in the config)"));
                QCoreApplication::exit(ExitKeychain);
                return;
            }
            if (!serve())
                QCoreApplication::exit(ExitListen);
        });
    });

    QObject::connect(&gateway, &Gateway::stopped, &app, [&](bool drained) {
        printLine(stderr, drained
                              ? QStringLiteral("switchyardd: stopped")
                              : QStringLiteral("switchyardd: stopped; some requests did not finish in time"));
        exitCode = drained ? ExitOk : ExitNotDrained;
        QCoreApplication::exit(exitCode);
    });
    // Live reload: an edit of the config file (or SIGHUP) applies to new requests at once; requests in
    // flight finish on the config they started with, and target health carries over. A file that
    // does not validate changes nothing. Server settings (address, workers, TLS) need a restart.
    std::unique_ptr<Config::ConfigWatcher> watcher;
    Config::ServerSettings lastFileServer = fileServer;
    if (!source.path.isEmpty()) {
        watcher = std::make_unique<Config::ConfigWatcher>(source.path);
        QObject::connect(
            watcher.get(), &Config::ConfigWatcher::refused, &app, [&](const QStringList &errors) {
                for (const QString &e : errors)
                    printLine(stderr, QStringLiteral("switchyardd: %1: %2").arg(source.path, e));
                printLine(stderr,
                          QStringLiteral("switchyardd: the changed config was not applied; still serving "
                                         "the previous one"));
            });
        QObject::connect(
            watcher.get(), &Config::ConfigWatcher::changed, &app, [&](const Config::Config &next) {
                if (!gateway.isRunning())
                    return;
                Config::Config applied = next;
                if (next.server != lastFileServer)
                    printLine(stderr,
                              QStringLiteral("switchyardd: warning: the server settings changed; restart "
                                             "switchyardd to apply them"));
                lastFileServer = next.server;
                applied.server = config.server; // the socket keeps serving as it was started
                // Keys for providers the new config names come from the keychain first.
                loader.load(applied, [&gateway, applied,
                                      &source](const QList<Secrets::KeyLoader::Problem> &problems) {
                    for (const auto &problem : problems)
                        printLine(stderr, QStringLiteral("switchyardd: warning: %1")
                                              .arg(Secrets::KeyLoader::describe(problem)));
                    gateway.applyConfig(applied);
                    printLine(stderr,
                              QStringLiteral("switchyardd: config reloaded from %1").arg(source.path));
                });
                config = applied;
            });
    }
    UnixSignals signals_;
    QObject::connect(&signals_, &UnixSignals::reloadRequested, &app, [&] {
        if (watcher)
            watcher->reload();
        else
            printLine(stderr, QStringLiteral("switchyardd: SIGHUP: running on the built-in default config, "
                                             "nothing to reload"));
    });
    QObject::connect(&signals_, &UnixSignals::terminationRequested, &app, [&](int signal) {
        static bool shuttingDown = false;
        if (shuttingDown) {
            printLine(stderr, QStringLiteral("switchyardd: second signal; exiting now"));
            QCoreApplication::exit(ExitNotDrained);
            return;
        }
        shuttingDown = true;
        printLine(stderr, QStringLiteral("switchyardd: signal %1; finishing in-flight requests (up to %2 ms)")
                              .arg(signal)
                              .arg(config.server.shutdownTimeoutMs));
        gateway.shutdown(config.server.shutdownTimeoutMs);
    });
    return app.exec();
}
