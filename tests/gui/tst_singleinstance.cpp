// SPDX-License-Identifier: GPL-3.0-or-later
// The real `switchyard` binary, launched twice on a private D-Bus session bus (offscreen): the
// second launch raises the first one's window through org.freedesktop.Application.Activate and
// exits 0, the first keeps running; --self-test runs beside an open window; without a session bus
// every launch just runs.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAppId = QStringLiteral(SWITCHYARD_APP_ID);
const QString kObjectPath = QStringLiteral("/io/github/switchyard/Switchyard");
const QByteArray kRaisedLine = "switchyard: already running; raised the open window\n";

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished();
    }
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_app;
    QProcess m_busDaemon;
    QString m_busAddress;

    // The app's environment: offscreen, a throw-away home, and the given session bus.
    QProcessEnvironment environment(const QString &busAddress) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    void start(QProcess &process, const QStringList &arguments, const QString &busAddress)
    {
        process.setProcessEnvironment(environment(busAddress));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_app, arguments);
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    }

    bool nameHasOwner()
    {
        QDBusConnection bus = QDBusConnection(QStringLiteral("tst_singleinstance"));
        return bus.isConnected() && bus.interface()->isServiceRegistered(kAppId).value();
    }

    // The first window: running, and the owner of the app id on the test bus.
    void startFirst(QProcess &first)
    {
        start(first, {QStringLiteral("--port"), QStringLiteral("0")}, m_busAddress);
        QTRY_VERIFY_WITH_TIMEOUT(nameHasOwner() || first.state() == QProcess::NotRunning, 30'000);
        QVERIFY2(first.state() == QProcess::Running, first.readAll().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_app = QDir(qEnvironmentVariable("SWITCHYARD_BIN_DIR")).filePath(QStringLiteral("switchyard"));
        QVERIFY2(QFileInfo(m_app).isExecutable(), qPrintable(m_app));
        // A private session bus, never the desktop's: the user's own Switchyard may be running there.
        const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        QVERIFY2(!dbusDaemon.isEmpty(), "dbus-daemon is needed (Debian: dbus-daemon)");
        m_busDaemon.start(dbusDaemon,
                          {QStringLiteral("--session"), QStringLiteral("--nofork"),
                           QStringLiteral("--print-address=1"),
                           QStringLiteral("--address=unix:path=") + m_dir.filePath(QStringLiteral("bus"))});
        QVERIFY2(m_busDaemon.waitForStarted(), qPrintable(m_busDaemon.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_busDaemon.canReadLine(), 10'000);
        m_busAddress = QString::fromUtf8(m_busDaemon.readLine().trimmed());
        QVERIFY(
            QDBusConnection::connectToBus(m_busAddress, QStringLiteral("tst_singleinstance")).isConnected());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("tst_singleinstance"));
        stop(m_busDaemon);
    }

    void secondLaunchRaisesTheFirstAndExits()
    {
        QProcess first;
        startFirst(first);

        // The standard interface a launcher (or the second launch) calls.
        QDBusMessage activate = QDBusMessage::createMethodCall(
            kAppId, kObjectPath, QStringLiteral("org.freedesktop.Application"), QStringLiteral("Activate"));
        activate << QVariantMap();
        const QDBusMessage reply =
            QDBusConnection(QStringLiteral("tst_singleinstance")).call(activate, QDBus::Block, 10'000);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

        QProcess second;
        start(second, {QStringLiteral("--port"), QStringLiteral("0")}, m_busAddress);
        QVERIFY(second.waitForFinished(30'000));
        const QByteArray output = second.readAll();
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QVERIFY2(second.exitCode() == 0, output.constData());
        QVERIFY2(output.contains(kRaisedLine), output.constData());

        QTest::qWait(200);
        QVERIFY2(first.state() == QProcess::Running, first.readAll().constData());
        QVERIFY(nameHasOwner());
        stop(first);
    }

    void selfTestRunsBesideAnOpenWindow()
    {
        QProcess first;
        startFirst(first);
        QProcess selfTest;
        start(selfTest, {QStringLiteral("--self-test"), QStringLiteral("--port"), QStringLiteral("0")},
              m_busAddress);
        QVERIFY(selfTest.waitForFinished(60'000));
        const QByteArray output = selfTest.readAll();
        QVERIFY2(selfTest.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("switchyard self-test: ok"), output.constData());
        QVERIFY(!output.contains(kRaisedLine));
        QVERIFY(first.state() == QProcess::Running);
        stop(first);
    }

    void withoutASessionBusEveryLaunchRuns()
    {
        const QString noBus = QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus"));
        QProcess first;
        QProcess second;
        start(first, {QStringLiteral("--port"), QStringLiteral("0")}, noBus);
        start(second, {QStringLiteral("--port"), QStringLiteral("0")}, noBus);
        QByteArray firstOutput;
        QByteArray secondOutput;
        const auto saysNoBus = [](QProcess &process, QByteArray &output) {
            output += process.readAll();
            return output.contains("switchyard: no D-Bus session bus");
        };
        QTRY_VERIFY_WITH_TIMEOUT(saysNoBus(first, firstOutput), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(saysNoBus(second, secondOutput), 30'000);
        QTest::qWait(500);
        QVERIFY2(first.state() == QProcess::Running, QByteArray(firstOutput + first.readAll()).constData());
        QVERIFY2(second.state() == QProcess::Running,
                 QByteArray(secondOutput + second.readAll()).constData());
        QVERIFY(!secondOutput.contains(kRaisedLine));
        stop(first);
        stop(second);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
