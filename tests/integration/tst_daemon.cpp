// SPDX-License-Identifier: GPL-3.0-or-later
// The switchyardd binary as a user runs it: command line, config checks, serving, and a graceful
// stop on SIGTERM with a request in flight.

#include "fakeupstream.h"
#include "testclient.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestDaemon final : public QObject
{
    Q_OBJECT

private:
    QString m_daemon;
    QTemporaryDir m_dir;
    FakeUpstream m_upstream;

    QString writeConfig(const QByteArray &json)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("config-%1.json").arg(QRandomGenerator::global()->generate()));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return path;
    }

    QByteArray validConfig() const
    {
        return "{\"version\":1,\"server\":{\"host\":\"127.0.0.1\",\"port\":0,\"workers\":2},\n"
               "                   \"providers\":[{\"id\":\"fake\",\"kind\":\"openai\",\"baseUrl\":\"" +
               m_upstream.baseUrl() +
               "\",\"apiKeyEnv\":\"SY_DAEMON_KEY\"}],\n"
               "                   "
               "\"routes\":[{\"name\":\"slow\",\"targets\":[{\"provider\":\"fake\",\"model\":\"delay-800\"}]}"
               "],\n"
               "                   \"tokens\":[{\"name\":\"t\",\"hash\":\"sha256:" +
               QCryptographicHash::hash("sy-daemon-token", QCryptographicHash::Sha256).toHex() + "\"}]}";
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_daemon = qEnvironmentVariable("SWITCHYARD_BIN_DIR") + QStringLiteral("/switchyardd");
        QVERIFY2(QFile::exists(m_daemon), qPrintable(m_daemon));
        QVERIFY(m_upstream.start());
    }

    void version()
    {
        QProcess p;
        p.start(m_daemon, {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains(SWITCHYARD_VERSION));
    }

    void checkConfig()
    {
        QProcess ok;
        ok.start(m_daemon, {QStringLiteral("--check-config"), writeConfig(validConfig())});
        QVERIFY(ok.waitForFinished(5000));
        QCOMPARE(ok.exitCode(), 0);

        QProcess bad;
        const QString path = writeConfig("{\"version\":1,\"routes\":[{\"name\":\"r\",\"targets\":[{"
                                         "\"provider\":\"ghost\",\"model\":\"m\"}]}]}");
        bad.start(m_daemon, {QStringLiteral("--check-config"), path});
        QVERIFY(bad.waitForFinished(5000));
        QCOMPARE(bad.exitCode(), 1);
        const QByteArray err = bad.readAllStandardError();
        QVERIFY2(err.contains("$.routes[0].targets[0].provider: unknown provider 'ghost'"), err.constData());
    }

    void refusesLanWithoutTokens()
    {
        QProcess p;
        p.start(m_daemon,
                {QStringLiteral("--config"),
                 writeConfig("{\"version\":1,\"server\":{\"requireToken\":false}}"), QStringLiteral("--host"),
                 QStringLiteral("0.0.0.0"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(p.readAllStandardError().contains("without access tokens"));
    }

    void servesAndDrainsOnSigterm()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SY_DAEMON_KEY"), QStringLiteral("sk-daemon-upstream"));
        p.setProcessEnvironment(env);
        p.start(m_daemon, {QStringLiteral("--config"), writeConfig(validConfig()),
                           QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))});
        p.setReadChannel(QProcess::StandardError);
        QVERIFY(p.waitForStarted());
        QByteArray err;
        quint16 port = 0;
        const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(5000);
        while (port == 0 && !deadline.hasExpired() && p.waitForReadyRead(int(deadline.remainingTime()))) {
            err += p.readAllStandardError();
            const auto m = re.match(QString::fromUtf8(err));
            if (m.hasMatch())
                port = quint16(m.captured(1).toUInt());
        }
        QVERIFY2(port != 0, err.constData());

        TestClient client(port);
        QVERIFY(client.connect());
        client.send(TestClient::post(
            "/v1/chat/completions",
            "{\"model\":\"slow\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}", "sy-daemon-token"));
        QTRY_COMPARE_WITH_TIMEOUT(m_upstream.requests().size(), 1, 3000);
        ::kill(pid_t(p.processId()), SIGTERM);
        const TestResponse r = client.read(5000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("Hello from delayed!"));
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        err += p.readAllStandardError();
        QVERIFY2(err.contains("switchyardd: stopped"), err.constData());
        // Secrets never reach the output.
        QVERIFY(!err.contains("sk-daemon-upstream"));
        QVERIFY(!err.contains("sy-daemon-token"));
    }

    void generateToken()
    {
        QProcess p;
        p.start(m_daemon, {QStringLiteral("--generate-token"), QStringLiteral("vscode")});
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const auto secret = QRegularExpression(QStringLiteral("\\b(sy-[A-Za-z0-9_-]{40,})")).match(out);
        QVERIFY2(secret.hasMatch(), qPrintable(out));
        const QByteArray hash =
            QCryptographicHash::hash(secret.captured(1).toLatin1(), QCryptographicHash::Sha256).toHex();
        QVERIFY(out.contains(QStringLiteral("\"hash\":\"sha256:") + QString::fromLatin1(hash) +
                             QLatin1Char('"')));
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
