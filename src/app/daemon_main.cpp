// SPDX-License-Identifier: GPL-3.0-or-later
// switchyardd: the headless gateway. Serves until SIGINT/SIGTERM, then drains in-flight requests.

#include "config/configloader.h"
#include "config/configlocation.h"
#include "gateway.h"
#include "secrets/keyring.h"
#include "unixsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

#if defined(NDEBUG) && defined(__linux__)
#include <sys/prctl.h>
#endif

namespace {

enum ExitCode
{
    ExitOk = 0,
    ExitConfig = 1,
    ExitUsage = 2,
    ExitListen = 3,
    ExitNotDrained = 4
};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int generateToken(const QString &name)
{
    // 32 random bytes from the system CSPRNG, shown once; only the hash goes into the config.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QByteArray secret = QByteArrayLiteral("sy-") +
                              raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray hash = QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
    printLine(
        stdout,
        QStringLiteral("token for '%1' (shown only now; store it in the app that will use it):").arg(name));
    printLine(stdout, QStringLiteral("  %1").arg(QString::fromLatin1(secret)));
    printLine(stdout, QStringLiteral("add this to \"tokens\" in the config:"));
    const QJsonObject entry{
        {QStringLiteral("name"), name},
        {QStringLiteral("hash"), QString(QStringLiteral("sha256:") + QString::fromLatin1(hash))}};
    printLine(stdout,
              QStringLiteral("  ") + QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
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
    parser.setApplicationDescription(
        QStringLiteral("Switchyard gateway daemon: an OpenAI-compatible local endpoint "
                       "in front of your AI providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Read the config from <file> (default: %1, else the built-in default).")
            .arg(Switchyard::Config::userConfigPath()),
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
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Keep data (usage log, cache) in <dir>."),
                                           QStringLiteral("dir"));
    const QCommandLineOption tokenOption(QStringLiteral("generate-token"),
                                         QStringLiteral("Create an access token for the app <name>, print it "
                                                        "and the config line with its hash, and exit."),
                                         QStringLiteral("name"));
    parser.addOptions(
        {configOption, checkOption, hostOption, portOption, workersOption, dataDirOption, tokenOption});
    parser.process(app);

    if (parser.isSet(tokenOption))
        return generateToken(parser.value(tokenOption));

    if (parser.isSet(checkOption)) {
        QStringList errors;
        const QString path = parser.value(checkOption);
        if (!Switchyard::Config::ConfigLoader::fromFile(path, &errors)) {
            for (const QString &e : errors)
                printLine(stderr, QStringLiteral("%1: %2").arg(path, e));
            return ExitConfig;
        }
        printLine(stdout, QStringLiteral("%1: valid").arg(path));
        return ExitOk;
    }

    Switchyard::Config::ConfigSource source = Switchyard::Config::loadConfig(parser.value(configOption));
    if (!source.config) {
        for (const QString &e : source.errors)
            printLine(stderr, QStringLiteral("switchyardd: %1: %2").arg(source.path, e));
        return ExitConfig;
    }
    Switchyard::Config::Config config = *source.config;
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
    if (parser.isSet(dataDirOption)) {
        const QString dir = parser.value(dataDirOption);
        if (!QDir().mkpath(dir)) {
            printLine(stderr, QStringLiteral("switchyardd: cannot create the data directory %1").arg(dir));
            return ExitUsage;
        }
    }

    if (config.server.requireToken && config.tokens.isEmpty())
        printLine(stderr, QStringLiteral(
                              "switchyardd: warning: no access tokens are configured, so every API request "
                              "will be refused; create one with `switchyardd --generate-token NAME`"));

    Switchyard::Gateway gateway;
    QString error;
    if (!gateway.start(config, &error)) {
        printLine(stderr, QStringLiteral("switchyardd: %1").arg(error));
        return ExitListen;
    }
    for (const Switchyard::Config::Provider &p : config.providers) {
        QByteArray key;
        if (gateway.keys().key(p, &key) == Switchyard::Secrets::KeyRing::Status::Missing)
            printLine(stderr, QStringLiteral("switchyardd: warning: %1")
                                  .arg(Switchyard::Secrets::KeyRing::missingKeyHint(p)));
    }
    printLine(stderr, QStringLiteral("switchyardd: listening on %1 (config: %2)")
                          .arg(gateway.baseUrl().chopped(3),
                               source.path.isEmpty() ? QStringLiteral("built-in default") : source.path));

    int exitCode = ExitOk;
    QObject::connect(&gateway, &Switchyard::Gateway::stopped, &app, [&](bool drained) {
        printLine(stderr, drained
                              ? QStringLiteral("switchyardd: stopped")
                              : QStringLiteral("switchyardd: stopped; some requests did not finish in time"));
        exitCode = drained ? ExitOk : ExitNotDrained;
        QCoreApplication::exit(exitCode);
    });
    Switchyard::UnixSignals signals_;
    QObject::connect(&signals_, &Switchyard::UnixSignals::terminationRequested, &app, [&](int signal) {
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
