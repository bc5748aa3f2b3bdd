// SPDX-License-Identifier: GPL-3.0-or-later
// The switchyardd binary as a user runs it: command line, config checks, serving, a graceful stop on
// SIGTERM with a request in flight, app tokens, and provider keys in the real keychain.

#include "fakeupstream.h"
#include "testclient.h"
#include "usage/usagestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <QDateTime>
#include <QDeadlineTimer>

#include <atomic>
#include <csignal>
#include <memory>
#include <mutex>
#include <thread>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QJsonObject provider(const QString &id, const QByteArray &baseUrl, const QString &keyField,
                     const QString &keyValue)
{
    QJsonObject p{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), QStringLiteral("openai")},
                  {QStringLiteral("baseUrl"), QString::fromLatin1(baseUrl)}};
    if (!keyField.isEmpty())
        p.insert(keyField, keyValue);
    return p;
}

QJsonObject route(const QString &name, const QString &providerId, const QString &model)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("targets"), QJsonArray{QJsonObject{{QStringLiteral("provider"), providerId},
                                                           {QStringLiteral("model"), model}}}}};
}

QString tokenHash(const QByteArray &token)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestDaemon final : public QObject
{
    Q_OBJECT

private:
    QString m_daemon;
    QTemporaryDir m_dir;
    QByteArray m_written; // everything the daemon printed (but the one line that shows a new token)
    FakeUpstream m_upstream;

    QString writeConfig(const QJsonObject &config)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("config-%1.json").arg(QRandomGenerator::global()->generate()));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QJsonDocument(config).toJson());
        return path;
    }

    QJsonObject baseConfig(const QJsonArray &providers, const QJsonArray &routes,
                           const QJsonArray &tokens) const
    {
        return QJsonObject{
            {QStringLiteral("version"), 1},
            {QStringLiteral("server"), QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                   {QStringLiteral("port"), 0},
                                                   {QStringLiteral("workers"), 2}}},
            {QStringLiteral("providers"), providers},
            {QStringLiteral("routes"), routes},
            {QStringLiteral("tokens"), tokens}};
    }

    QJsonObject envKeyConfig() const
    {
        return baseConfig(
            QJsonArray{provider(QStringLiteral("fake"), m_upstream.baseUrl(), QStringLiteral("apiKeyEnv"),
                                QStringLiteral("SY_DAEMON_KEY"))},
            QJsonArray{route(QStringLiteral("slow"), QStringLiteral("fake"), QStringLiteral("delay-800"))},
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                   {QStringLiteral("hash"), tokenHash("sy-daemon-token")}}});
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SY_DAEMON_KEY"), QStringLiteral("sk-daemon-upstream"));
        env.insert(QStringLiteral("SWITCHYARD_KEYCHAIN_SERVICE"),
                   QStringLiteral("io.github.switchyard.Switchyard.tests"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        return env;
    }

    Run run(const QStringList &args, const QByteArray &input = {}, QProcessEnvironment env = {})
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        p.start(m_daemon, args);
        p.waitForStarted();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_written += r.err;
        if (args.value(0) != QLatin1String("token") || args.value(1) != QLatin1String("create"))
            m_written += r.out;
        return r;
    }

    // Starts a serving daemon; returns its port (0 on failure, with the output in *log).
    quint16 serve(QProcess &p, const QString &configPath, QByteArray *log, QProcessEnvironment env = {},
                  const QString &dataDir = {})
    {
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        p.setReadChannel(QProcess::StandardError);
        p.start(m_daemon, {QStringLiteral("--config"), configPath, QStringLiteral("--data-dir"),
                           dataDir.isEmpty() ? m_dir.filePath(QStringLiteral("data")) : dataDir});
        if (!p.waitForStarted())
            return 0;
        const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && p.state() == QProcess::Running) {
            p.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            *log += p.readAllStandardError();
            const auto m = re.match(QString::fromUtf8(*log));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
        }
        *log += p.readAllStandardError();
        return 0;
    }

    void stop(QProcess &p)
    {
        ::kill(pid_t(p.processId()), SIGTERM);
        p.waitForFinished(5000);
        m_written += p.readAllStandardError() + p.readAllStandardOutput();
    }

    // Keeps a serving daemon's startup log for the final secrets check.
    quint16 serveLogged(QProcess &p, const QString &configPath, QByteArray *log)
    {
        const quint16 port = serve(p, configPath, log);
        m_written += *log;
        return port;
    }

    static bool keychainRequired() { return qEnvironmentVariableIntValue("REQUIRE_KEYCHAIN") == 1; }

private Q_SLOTS:
    void initTestCase()
    {
        m_daemon = qEnvironmentVariable("SWITCHYARD_BIN_DIR") + QStringLiteral("/switchyardd");
        QVERIFY2(QFile::exists(m_daemon), qPrintable(m_daemon));
        QVERIFY(m_upstream.start());
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(SWITCHYARD_VERSION));
    }

    void checkConfig()
    {
        const Run ok = run({QStringLiteral("--check-config"), writeConfig(envKeyConfig())});
        QCOMPARE(ok.exitCode, 0);
        const Run bad =
            run({QStringLiteral("--check-config"),
                 writeConfig(baseConfig(
                     {}, QJsonArray{route(QStringLiteral("r"), QStringLiteral("ghost"), QStringLiteral("m"))},
                     {}))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("$.routes[0].targets[0].provider: unknown provider 'ghost'"),
                 bad.err.constData());
        const Run usage = run({QStringLiteral("frobnicate")});
        QCOMPARE(usage.exitCode, 2);
    }

    void refusesLanWithoutTokens()
    {
        QJsonObject config = baseConfig({}, {}, {});
        config.insert(QStringLiteral("server"), QJsonObject{{QStringLiteral("requireToken"), false}});
        const Run r = run({QStringLiteral("--config"), writeConfig(config), QStringLiteral("--host"),
                           QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("without access tokens"));
    }

    void servesAndDrainsOnSigterm()
    {
        QProcess p;
        QByteArray log;
        const quint16 port = serveLogged(p, writeConfig(envKeyConfig()), &log);
        QVERIFY2(port != 0, log.constData());

        TestClient client(port);
        QVERIFY(client.connect());
        const int before = int(m_upstream.requests().size());
        client.send(TestClient::post(
            "/v1/chat/completions",
            "{\"model\":\"slow\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "sy-daemon-token"));
        QTRY_COMPARE_WITH_TIMEOUT(int(m_upstream.requests().size()), before + 1, 3000);
        ::kill(pid_t(p.processId()), SIGTERM);
        const TestResponse r = client.read(5000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Hello from delayed!"));
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        log += p.readAllStandardError();
        QVERIFY2(log.contains("switchyardd: stopped"), log.constData());
        QVERIFY(!log.contains("sk-daemon-upstream"));
        QVERIFY(!log.contains("sy-daemon-token"));
    }

    QJsonObject fastConfig() const
    {
        QJsonObject config = envKeyConfig();
        config.insert(
            QStringLiteral("routes"),
            QJsonArray{route(QStringLiteral("fast"), QStringLiteral("fake"), QStringLiteral("gpt-test"))});
        return config;
    }

    static qint64 storedRows(const QString &dataDir, QString *integrity = nullptr)
    {
        Switchyard::Usage::UsageStore store;
        QString error;
        if (!store.open(QDir(dataDir).filePath(QStringLiteral("usage.sqlite")), &error))
            return -1;
        if (integrity)
            *integrity = store.integrityCheck();
        return store.rowCount();
    }

    // Editing the config file applies to new requests without a restart; a broken edit changes
    // nothing; SIGHUP re-reads the file.
    void reloadsTheConfigLive()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.json"));
        auto save = [&](const QByteArray &content) {
            QSaveFile f(path); // replaced by rename, as editors and the GUI save
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            QVERIFY(f.commit());
        };
        auto withModel = [&](const QString &model) {
            QJsonObject config = envKeyConfig();
            config.insert(QStringLiteral("routes"),
                          QJsonArray{route(QStringLiteral("live"), QStringLiteral("fake"), model)});
            return QJsonDocument(config).toJson();
        };
        save(withModel(QStringLiteral("before-reload")));
        QProcess p;
        QByteArray log;
        const quint16 port = serveLogged(p, path, &log);
        QVERIFY2(port != 0, log.constData());
        auto servedModel = [&]() -> QString {
            TestClient client(port);
            if (!client.connect())
                return {};
            const TestResponse r = client.roundTrip(
                TestClient::post("/v1/chat/completions",
                                 "{\"model\":\"live\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                                 "sy-daemon-token"));
            return QString::fromUtf8(r.header("x-switchyard-model"));
        };
        QCOMPARE(servedModel(), QStringLiteral("before-reload"));
        save(withModel(QStringLiteral("after-edit")));
        QTRY_COMPARE_WITH_TIMEOUT(servedModel(), QStringLiteral("after-edit"), 5000);
        // A broken file is refused with the reason, and the daemon keeps serving what it had.
        save("{\"version\":1,\"routes\":[{\"name\":\"live\",\"targets\":[{\"provider\":\"nope\",\"model\":"
             "\"x\"}]}]}");
        QTRY_VERIFY_WITH_TIMEOUT(
            (log += p.readAllStandardError()).contains("the changed config was not applied"), 5000);
        QVERIFY2(log.contains("unknown provider 'nope'"), log.constData());
        QCOMPARE(servedModel(), QStringLiteral("after-edit"));
        // SIGHUP re-reads the file at once (whichever of it and the watcher comes first applies it).
        save(withModel(QStringLiteral("after-sighup")));
        ::kill(pid_t(p.processId()), SIGHUP);
        QTRY_COMPARE_WITH_TIMEOUT(servedModel(), QStringLiteral("after-sighup"), 5000);
        log += p.readAllStandardError();
        QVERIFY2(log.contains("config reloaded from"), log.constData());
        stop(p);
        QCOMPARE(p.exitCode(), 0);
    }

    void usageKeptOnSigterm()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("usage-sigterm"));
        QProcess p;
        QByteArray log;
        const quint16 port = serve(p, writeConfig(fastConfig()), &log, {}, dataDir);
        QVERIFY2(port != 0, log.constData());
        TestClient client(port);
        QVERIFY(client.connect());
        for (int i = 0; i < 50; ++i) {
            const TestResponse r = client.roundTrip(
                TestClient::post("/v1/chat/completions",
                                 "{\"model\":\"fast\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                                 "sy-daemon-token"));
            QCOMPARE(r.status, 200);
        }
        stop(p);
        QCOMPARE(p.exitCode(), 0);
        QString integrity;
        QCOMPARE(storedRows(dataDir, &integrity), 50); // a clean stop loses nothing
        QCOMPARE(integrity, QStringLiteral("ok"));
    }

    void usageSurvivesKill9UnderLoad()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("usage-kill9"));
        const QString configPath = writeConfig(fastConfig());
        QProcess p;
        QByteArray log;
        const quint16 port = serve(p, configPath, &log, {}, dataDir);
        QVERIFY2(port != 0, log.constData());

        // Four clients keep the daemon busy at a steady ~200 requests/s (light enough that the writer
        // commits on its timer, not on full batches); each answered request's completion time is noted.
        std::atomic<bool> running{true};
        std::mutex mutex;
        std::vector<qint64> completed;
        std::vector<std::thread> clients;
        for (int c = 0; c < 4; ++c) {
            clients.emplace_back([&, port] {
                TestClient client(port);
                if (!client.connect())
                    return;
                while (running.load()) {
                    const TestResponse r = client.roundTrip(
                        TestClient::post(
                            "/v1/chat/completions",
                            "{\"model\":\"fast\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                            "sy-daemon-token"),
                        2000);
                    if (r.status != 200)
                        return;
                    {
                        std::lock_guard lock(mutex);
                        completed.push_back(QDateTime::currentMSecsSinceEpoch());
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            });
        }
        QTest::qWait(2500);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(5000);
        running = false;
        for (std::thread &t : clients)
            t.join();

        // Everything answered more than a second before the kill is in the store, and the database is
        // sound.
        qint64 olderThanASecond = 0;
        for (qint64 t : completed)
            olderThanASecond += t < killedAt - 1000;
        QVERIFY2(olderThanASecond > 50, "the load was too light to test anything");
        QString integrity;
        const qint64 rows = storedRows(dataDir, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        qInfo("kill -9 under load: %lld rows stored, %lld answered over a second before the kill, %zu in all",
              rows, olderThanASecond, completed.size());
        QVERIFY2(rows >= olderThanASecond,
                 qPrintable(QStringLiteral("%1 rows stored, %2 answered over a second "
                                           "before the kill, %3 in all")
                                .arg(rows)
                                .arg(olderThanASecond)
                                .arg(completed.size())));
        QVERIFY(rows <= qint64(completed.size()) + 4);

        // The daemon starts again on the same database and keeps recording.
        QProcess again;
        log.clear();
        const quint16 port2 = serve(again, configPath, &log, {}, dataDir);
        QVERIFY2(port2 != 0, log.constData());
        TestClient client(port2);
        QVERIFY(client.connect());
        QCOMPARE(client
                     .roundTrip(TestClient::post(
                         "/v1/chat/completions",
                         "{\"model\":\"fast\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                         "sy-daemon-token"))
                     .status,
                 200);
        stop(again);
        QCOMPARE(storedRows(dataDir), rows + 1);
    }

    void teamModeSharesOnePostgresStore()
    {
        const QString url = qEnvironmentVariable("SWITCHYARD_TEST_POSTGRES");
        if (url.isEmpty()) {
            if (qEnvironmentVariableIntValue("REQUIRE_POSTGRES") == 1)
                QFAIL("SWITCHYARD_TEST_POSTGRES is not set, but REQUIRE_POSTGRES=1");
            QSKIP("no PostgreSQL test server (scripts/test.sh starts one)");
        }
        auto rows = [&] {
            Switchyard::Usage::UsageStore store;
            QString error;
            return store.open(url, &error) ? store.rowCount() : -1;
        };
        const qint64 before = rows();
        QVERIFY(before >= 0);
        // Two daemons, one database.
        const QString configPath = writeConfig(fastConfig());
        QProcess a, b;
        QByteArray logA, logB;
        for (auto [p, log, dir] : {std::tuple{&a, &logA, QStringLiteral("team-a")},
                                   std::tuple{&b, &logB, QStringLiteral("team-b")}}) {
            p->setProcessEnvironment(environment());
            p->setReadChannel(QProcess::StandardError);
            p->start(m_daemon, {QStringLiteral("--config"), configPath, QStringLiteral("--data-dir"),
                                m_dir.filePath(dir), QStringLiteral("--database"), url});
            QVERIFY(p->waitForStarted());
        }
        const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QList<quint16> ports;
        for (auto [p, log] : {std::pair{&a, &logA}, std::pair{&b, &logB}}) {
            QDeadlineTimer deadline(15000);
            while (!deadline.hasExpired() && !re.match(QString::fromUtf8(*log)).hasMatch()) {
                p->waitForReadyRead(200);
                *log += p->readAllStandardError();
            }
            const auto m = re.match(QString::fromUtf8(*log));
            QVERIFY2(m.hasMatch(), log->constData());
            ports << quint16(m.captured(1).toUInt());
        }
        for (quint16 port : ports) {
            TestClient client(port);
            QVERIFY(client.connect());
            for (int i = 0; i < 10; ++i)
                QCOMPARE(
                    client
                        .roundTrip(TestClient::post("/v1/chat/completions",
                                                    "{\"model\":\"fast\",\"messages\":[{\"role\":\"user\","
                                                    "\"content\":\"hi\"}]}",
                                                    "sy-daemon-token"))
                        .status,
                    200);
        }
        // Either daemon's usage API sees both daemons' requests (once the other has committed them:
        // stopping it writes what it still queues).
        stop(b);
        TestClient client(ports.first());
        QVERIFY(client.connect());
        const TestResponse r =
            client.roundTrip(TestClient::get("/v1/switchyard/requests?limit=100000", "sy-daemon-token"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("data")).toArray().size(), before + 20);
        stop(a);
        QCOMPARE(rows(), before + 20);
    }

    void budgetSurvivesRestart()
    {
        // gpt-4o answers from the fake cost 12 × $2.50 + 5 × $10 per 1M = 80 micro-dollars.
        const QString dataDir = m_dir.filePath(QStringLiteral("usage-budget"));
        QJsonObject config = envKeyConfig();
        config.insert(
            QStringLiteral("routes"),
            QJsonArray{route(QStringLiteral("priced"), QStringLiteral("fake"), QStringLiteral("gpt-4o"))});
        config.insert(QStringLiteral("tokens"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("name"), QStringLiteral("t")},
                          {QStringLiteral("hash"), tokenHash("sy-daemon-token")},
                          {QStringLiteral("budget"), QJsonObject{{QStringLiteral("dailyUsd"), 0.0002}}}}});
        const QString configPath = writeConfig(config);
        const QByteArray request =
            TestClient::post("/v1/chat/completions",
                             "{\"model\":\"priced\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                             "sy-daemon-token");
        QProcess p;
        QByteArray log;
        quint16 port = serve(p, configPath, &log, {}, dataDir);
        QVERIFY2(port != 0, log.constData());
        TestClient client(port);
        QVERIFY(client.connect());
        for (int i = 0; i < 3; ++i) // 0 → 80 → 160 → 240
            QCOMPARE(client.roundTrip(request).status, 200);
        QCOMPARE(client.roundTrip(request).status, 429);
        stop(p);

        // The spend comes back from the usage store: still over budget after a restart.
        QProcess again;
        log.clear();
        port = serve(again, configPath, &log, {}, dataDir);
        QVERIFY2(port != 0, log.constData());
        TestClient client2(port);
        QVERIFY(client2.connect());
        const TestResponse r = client2.roundTrip(request);
        QCOMPARE(r.status, 429);
        QVERIFY2(r.body.contains("daily budget"), r.body.constData());
        stop(again);
    }

    void tokenLifecycle()
    {
        const QString path = writeConfig(baseConfig(
            QJsonArray{provider(QStringLiteral("fake"), m_upstream.baseUrl(), {}, {})},
            QJsonArray{route(QStringLiteral("smart"), QStringLiteral("fake"), QStringLiteral("gpt-test")),
                       route(QStringLiteral("other"), QStringLiteral("fake"), QStringLiteral("gpt-other"))},
            {}));
        const Run created =
            run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("vscode"),
                 QStringLiteral("--routes"), QStringLiteral("smart"), QStringLiteral("--expires-days"),
                 QStringLiteral("30"), QStringLiteral("--rpm"), QStringLiteral("100"),
                 QStringLiteral("--config"), path});
        QCOMPARE(created.exitCode, 0);
        const QByteArray secret = created.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^sy-[A-Za-z0-9_-]{40,}$"))
                     .match(QString::fromLatin1(secret))
                     .hasMatch(),
                 created.out.constData());
        // Only the hash is stored.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains(secret));
        QVERIFY(stored.contains(tokenHash(secret).toLatin1()));
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("vscode"),
                      QStringLiteral("--config"), path})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("x"),
                      QStringLiteral("--routes"), QStringLiteral("nope"), QStringLiteral("--config"), path})
                     .exitCode,
                 2);

        const Run listed =
            run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--config"), path});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("vscode\tactive") && listed.out.contains("routes smart") &&
                     listed.out.contains("100 requests/min") && listed.out.contains("expires"),
                 listed.out.constData());

        {
            QProcess p;
            QByteArray log;
            const quint16 port = serveLogged(p, path, &log);
            QVERIFY2(port != 0, log.constData());
            const QByteArray body = "{\"model\":\"smart\",\"messages\":[]}";
            TestClient client(port);
            QVERIFY(client.connect());
            QCOMPARE(client.roundTrip(TestClient::post("/v1/chat/completions", body, secret)).status, 200);
            QCOMPARE(client
                         .roundTrip(TestClient::post("/v1/chat/completions",
                                                     "{\"model\":\"other\",\"messages\":[]}", secret))
                         .status,
                     403);
            stop(p);
        }

        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("vscode"),
                      QStringLiteral("--config"), path})
                     .exitCode,
                 0);
        QVERIFY(run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--config"), path})
                    .out.contains("vscode\trevoked"));
        QProcess p;
        QByteArray log;
        const quint16 port = serveLogged(p, path, &log);
        QVERIFY2(port != 0, log.constData());
        TestClient client(port);
        QVERIFY(client.connect());
        QCOMPARE(client
                     .roundTrip(TestClient::post("/v1/chat/completions",
                                                 "{\"model\":\"smart\",\"messages\":[]}", secret))
                     .status,
                 401);
        stop(p);
    }

    void keychainMissingIsAPreciseError()
    {
        // No D-Bus session at all: the keychain cannot be reached. The daemon must say so and stop,
        // never fall back to anything else.
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const QString path = writeConfig(baseConfig(
            QJsonArray{provider(QStringLiteral("fake"), m_upstream.baseUrl(), QStringLiteral("keyRef"),
                                QStringLiteral("fake-key"))},
            QJsonArray{route(QStringLiteral("smart"), QStringLiteral("fake"), QStringLiteral("gpt-test"))},
            {}));
        const Run r =
            run({QStringLiteral("--config"), path, QStringLiteral("--port"), QStringLiteral("0")}, {}, env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("provider 'fake'") && r.err.contains("keychain"), r.err.constData());
        QVERIFY(!r.err.contains("listening on"));
        const Run set = run({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("x")},
                            "sk-never-stored\n", env);
        QCOMPARE(set.exitCode, 5);
        QVERIFY2(set.err.contains("keychain"), set.err.constData());
        QVERIFY(!set.err.contains("sk-never-stored"));
    }

    void keyInKeychainReachesTheProvider()
    {
        if (!keychainRequired())
            QSKIP("needs an unlocked keychain in a D-Bus session (REQUIRE_KEYCHAIN=1; scripts/test.sh sets "
                  "one up)");
        const QByteArray key =
            "sk-from-the-keychain-" + QByteArray::number(QRandomGenerator::global()->generate());
        const Run set =
            run({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("fake-key")}, key + "\n");
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(!set.out.contains(key) && !set.err.contains(key));
        QVERIFY(run({QStringLiteral("key"), QStringLiteral("list")}).out.contains("fake-key"));

        const QString path = writeConfig(
            baseConfig(QJsonArray{provider(QStringLiteral("fake"), m_upstream.baseUrl(),
                                           QStringLiteral("keyRef"), QStringLiteral("fake-key"))},
                       QJsonArray{route(QStringLiteral("smart"), QStringLiteral("fake"),
                                        QStringLiteral("gpt-keychain"))},
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                              {QStringLiteral("hash"), tokenHash("sy-kc-token")}}}));
        QProcess p;
        QByteArray log;
        const quint16 port = serveLogged(p, path, &log);
        QVERIFY2(port != 0, log.constData());
        TestClient client(port);
        QVERIFY(client.connect());
        QCOMPARE(client
                     .roundTrip(TestClient::post("/v1/chat/completions",
                                                 "{\"model\":\"smart\",\"messages\":[]}", "sy-kc-token"))
                     .status,
                 200);
        bool seen = false;
        for (const auto &req : m_upstream.requests())
            seen = seen || (req.body.contains("gpt-keychain") &&
                            req.headers.value("authorization") == "Bearer " + key);
        QVERIFY(seen);
        stop(p);
        log += p.readAllStandardError();
        QVERIFY(!log.contains(key));

        QCOMPARE(run({QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("fake-key")}).exitCode,
                 0);
        QVERIFY(!run({QStringLiteral("key"), QStringLiteral("list")}).out.contains("fake-key"));
        // A missing entry is a warning: the daemon serves, and that provider's requests say why they fail.
        QProcess again;
        QByteArray log2;
        const quint16 port2 = serveLogged(again, path, &log2);
        QVERIFY2(port2 != 0, log2.constData());
        QVERIFY2(log2.contains("no key stored under 'fake-key'"), log2.constData());
        TestClient client2(port2);
        QVERIFY(client2.connect());
        const TestResponse failed = client2.roundTrip(
            TestClient::post("/v1/chat/completions", "{\"model\":\"smart\",\"messages\":[]}", "sy-kc-token"));
        QCOMPARE(failed.status, 502);
        QVERIFY(failed.body.contains("missing_provider_key"));
        stop(again);
    }

    void secretsNeverWritten()
    {
        // Everything the daemon wrote during this test run — its output above, config and data
        // directories — must not contain a key or token it handled.
        const QList<QByteArray> secrets{"sk-daemon-upstream", "sy-daemon-token", "sy-kc-token",
                                        "sk-from-the-keychain"};
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QByteArray &s : secrets)
                QVERIFY2(!content.contains(s),
                         qPrintable(f.fileName() + QStringLiteral(" contains a secret")));
        }
        QVERIFY(files > 0);
        QVERIFY(!m_written.isEmpty());
        for (const QByteArray &s : secrets)
            QVERIFY2(!m_written.contains(s), s.constData());
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
