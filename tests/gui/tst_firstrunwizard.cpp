// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run welcome flow driven through its real widgets (offscreen) against the fake provider
// and a running endpoint: pick a preset, paste a key (into the key store, never the config file; a
// keychain failure adds nothing and can be retried), list the provider's models, create the
// provider, a "default" route and an app token in one go, and get a snippet that works as shown.

#include "appcontroller.h"
#include "config/accesstokens.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "firstrunwizard.h"
#include "gateway.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Switchyard;
using Wizard = Gui::FirstRunWizard;

class TestFirstRunWizard final : public QObject
{
    Q_OBJECT

private:
    static void click(QWidget &wizard, const char *button)
    {
        auto *b = child<QPushButton>(wizard, button);
        QVERIFY2(b->isVisible() && b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    // The welcome page: the preset (by id) and the base URL, then Next.
    static void choose(QWidget &wizard, const QString &presetId, const QString &baseUrl)
    {
        auto *list = child<QListWidget>(wizard, "firstRunPresetListWidget");
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == presetId)
                list->setCurrentRow(row);
        }
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), presetId);
        auto *url = child<QLineEdit>(wizard, "firstRunBaseUrlLineEdit");
        url->clear();
        QTest::keyClicks(url, baseUrl);
        click(wizard, "firstRunNextButton");
    }

    static int status(quint16 port, const QByteArray &request)
    {
        TestClient client(port);
        return client.connect() ? client.roundTrip(request).status : 0;
    }

    struct Setup
    {
        QTemporaryDir dir;
        QString configPath = dir.filePath(QStringLiteral("config.json"));
        Gateway gateway;
        Secrets::MemoryKeyStore keys;
        std::unique_ptr<Gui::AppController> controller;
    };

    static std::unique_ptr<Setup> start(Config::Config config)
    {
        auto s = std::make_unique<Setup>();
        config.server.port = 0;
        config.server.requireToken = true;
        QString error;
        if (!s->gateway.start(config, &error))
            qFatal("gateway: %s", qPrintable(error));
        s->controller = std::make_unique<Gui::AppController>(&s->gateway, &s->keys, s->configPath);
        s->controller->setInitialConfig(config);
        return s;
    }

    static Config::Config empty()
    {
        Config::Config config = Config::ConfigLoader::embeddedDefault();
        config.providers.clear();
        config.routes.clear();
        return config;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // isNeeded() counts keys from the environment; the built-in config names these.
        for (const Config::Provider &p : Config::ConfigLoader::embeddedDefault().providers) {
            if (!p.apiKeyEnv.isEmpty())
                qunsetenv(p.apiKeyEnv.toLocal8Bit().constData());
        }
    }

    void isNeeded()
    {
        // A fresh install: the built-in config (Ollama listed, env keys not set, no token).
        Config::Config config = Config::ConfigLoader::embeddedDefault();
        QVERIFY(Wizard::isNeeded(config));
        QVERIFY(Wizard::isNeeded(empty()));
        // A token means someone set things up.
        Config::Config withToken = config;
        QString error;
        QVERIFY(Config::AccessTokens::create(withToken, QStringLiteral("app"), {}, &error));
        QVERIFY(!Wizard::isNeeded(withToken));
        // A key in the keychain, or one in the environment.
        Config::Config withKey = config;
        withKey.providers[0].keyRef = withKey.providers[0].id;
        QVERIFY(!Wizard::isNeeded(withKey));
        qputenv("OPENAI_API_KEY", "sk-from-env");
        QVERIFY(!Wizard::isNeeded(config));
        qunsetenv("OPENAI_API_KEY");
        // A local server is enough only when the endpoint does not ask for tokens.
        Config::Config open = config;
        open.server.requireToken = false;
        QVERIFY(!Wizard::isNeeded(open));
    }

    void fromNothingToAWorkingScript()
    {
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        auto s = start(empty());
        const Config::Config before = s->controller->config();
        Wizard wizard(s->controller.get(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(Wizard::WelcomePage));

        // Step 1: the preset, pointed at the fake provider.
        choose(wizard, QStringLiteral("openai"), QString::fromLatin1(upstream.baseUrl()));
        QCOMPARE(wizard.currentId(), int(Wizard::KeyPage));

        // Step 2, with a locked keychain: a clear message, nothing added anywhere, Next again retries.
        auto *key = child<QLineEdit>(wizard, "firstRunKeyLineEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QPushButton>(wizard, "firstRunNextButton")->isEnabled());
        const QString secretKey = QStringLiteral("sk-first-run-0123456789wxyz");
        QTest::keyClicks(key, secretKey);
        s->keys.setFailure(Secrets::KeyStore::Error::Locked);
        click(wizard, "firstRunNextButton");
        QVERIFY(child<QProgressBar>(wizard, "firstRunKeyProgressBar")->isVisible());
        QVERIFY(!child<QPushButton>(wizard, "firstRunNextButton")->isEnabled());
        auto *keyMessage = child<QLabel>(wizard, "firstRunKeyMessageLabel");
        QTRY_VERIFY2(keyMessage->text().startsWith(QLatin1String(
                         "The key could not be stored in the system keychain, so nothing was added: "
                         "the test keychain is")),
                     qPrintable(keyMessage->text()));
        QCOMPARE(wizard.currentId(), int(Wizard::KeyPage));
        QVERIFY(!child<QProgressBar>(wizard, "firstRunKeyProgressBar")->isVisible());
        QVERIFY(s->keys.entries().isEmpty());
        QCOMPARE(s->controller->config(), before);
        QVERIFY(!QFile::exists(s->configPath));
        s->keys.setFailure(Secrets::KeyStore::Error::None);
        click(wizard, "firstRunNextButton");

        // Step 3: the key is stored; the model list comes from the provider, asked with that key.
        QTRY_COMPARE(wizard.currentId(), int(Wizard::ModelPage));
        QCOMPARE(s->keys.entries(), QStringList{QStringLiteral("openai")});
        QCOMPARE(s->controller->config(), before); // still nothing in the config
        auto *model = child<QComboBox>(wizard, "firstRunModelComboBox");
        QTRY_COMPARE(model->count(), 1);
        QCOMPARE(model->currentText(), QStringLiteral("fake-model"));
        QCOMPARE(child<QLabel>(wizard, "firstRunTestMessageLabel")->text(),
                 QStringLiteral("OpenAI answered: 1 model(s) available. Choose the one your scripts get "
                                "by default."));
        QCOMPARE(upstream.requests().constLast().path, QByteArray("/v1/models"));
        QCOMPARE(upstream.requests().constLast().headers.value("authorization"),
                 "Bearer " + secretKey.toLatin1());

        // Step 4: one apply creates the provider, the route and the token.
        click(wizard, "firstRunCommitButton");
        QCOMPARE(wizard.currentId(), int(Wizard::DonePage));
        const Config::Config &config = s->controller->config();
        const Config::Provider *provider = config.provider(QStringLiteral("openai"));
        QVERIFY(provider);
        QCOMPARE(provider->keyRef, QStringLiteral("openai"));
        QCOMPARE(provider->baseUrl.toString(), QString::fromLatin1(upstream.baseUrl()));
        const Config::Route *route = config.route(QStringLiteral("default"));
        QVERIFY(route);
        QCOMPARE(route->strategy, QStringLiteral("fallback"));
        QCOMPARE(route->targets.size(), 1);
        QCOMPARE(route->targets[0].provider, QStringLiteral("openai"));
        QCOMPARE(route->targets[0].model, QStringLiteral("fake-model"));
        QCOMPARE(config.tokens.size(), 1);
        QCOMPARE(config.tokens[0].name, QStringLiteral("first-app"));
        QCOMPARE(wizard.routeName(), QStringLiteral("default"));

        // The key: in the key store, never in the saved file; the file has the rest.
        QByteArray stored;
        s->keys.read(QStringLiteral("openai"),
                     [&stored](const Secrets::KeyStore::Result &r) { stored = r.secret; });
        QTRY_COMPARE(stored, secretKey.toLatin1());
        QFile saved(s->configPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(!json.contains(secretKey.toLatin1()));
        QVERIFY(json.contains("\"keyRef\": \"openai\""));
        QVERIFY(json.contains("\"first-app\""));
        QCOMPARE(QSettings().value(QStringLiteral("providers/keyHints/openai")).toString(),
                 QStringLiteral("…wxyz"));

        // Step 5: the token, shown once, works at once; the snippet holds the endpoint and the token.
        const QByteArray token = child<QLineEdit>(wizard, "firstRunTokenLineEdit")->text().toLatin1();
        QVERIFY2(token.startsWith("sy-") && token.size() > 30, token.constData());
        QCOMPARE(QString::fromLatin1(token), wizard.token());
        QVERIFY(!json.contains(token));
        const quint16 port = s->gateway.port();
        QCOMPARE(status(port, TestClient::get("/v1/models", token)), 200);
        QCOMPARE(status(port, TestClient::get("/v1/models", "sy-not-a-token")), 401);
        QTest::mouseClick(child<QPushButton>(wizard, "firstRunCopyTokenButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text().toLatin1(), token);
        auto *client = child<QComboBox>(wizard, "firstRunClientComboBox");
        QCOMPARE(client->currentData().toString(), QStringLiteral("curl"));
        const QString snippet = child<QPlainTextEdit>(wizard, "firstRunSnippetPlainTextEdit")->toPlainText();
        const QString root = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QCOMPARE(s->controller->endpointRoot(), root);
        QVERIFY2(snippet.contains(root + QLatin1String("/v1")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QString::fromLatin1(token)), qPrintable(snippet));
        QVERIFY2(snippet.contains(QLatin1String("\"model\": \"default\"")), qPrintable(snippet));
        QTest::mouseClick(child<QPushButton>(wizard, "firstRunCopySnippetButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), snippet);
        client->setCurrentIndex(client->findData(QStringLiteral("claude-code")));
        const QString claude = child<QPlainTextEdit>(wizard, "firstRunSnippetPlainTextEdit")->toPlainText();
        QVERIFY(claude.contains(QStringLiteral("export ANTHROPIC_BASE_URL=") + root + QLatin1Char('\n')));
        QVERIFY(claude.contains(QStringLiteral("export ANTHROPIC_AUTH_TOKEN=") + QString::fromLatin1(token)));

        // The curl snippet, run as the user would paste it, reaches the provider with the stored key.
        if (!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty()) {
            upstream.clear();
            QProcess shell;
            shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), snippet + QLatin1String(" -sS")});
            QVERIFY(shell.waitForFinished(15'000));
            const QByteArray out = shell.readAllStandardOutput();
            QVERIFY2(out.contains("Hello from fake-model!"), out.constData());
            QCOMPARE(upstream.requests().constLast().headers.value("authorization"),
                     "Bearer " + secretKey.toLatin1());
        }

        // Finish closes the wizard; the key field was cleared on the way.
        QVERIFY(key->text().isEmpty());
        click(wizard, "firstRunFinishButton");
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!Wizard::isNeeded(s->controller->config()));
        s->gateway.shutdown(1000);
    }

    void localPresetWithTakenNames()
    {
        // The built-in config already has "ollama" and a "default" route: the wizard picks free names,
        // skips the key page for a local server, and says clearly when the server is not running.
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        auto s = start(Config::ConfigLoader::embeddedDefault());
        const Config::Route builtInDefault = *s->controller->config().route(QStringLiteral("default"));
        Wizard wizard(s->controller.get(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        choose(wizard, QStringLiteral("ollama"), QStringLiteral("http://127.0.0.1:1/v1"));
        QCOMPARE(wizard.currentId(), int(Wizard::ModelPage));
        auto *message = child<QLabel>(wizard, "firstRunTestMessageLabel");
        QTRY_VERIFY2(message->text().startsWith(QLatin1String("Could not reach Ollama: ")),
                     qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("Is Ollama running?")));
        QVERIFY(!child<QPushButton>(wizard, "firstRunCommitButton")->isEnabled()); // no model yet

        // Back, the right URL, and the test runs again on the way in.
        click(wizard, "firstRunBackButton");
        QCOMPARE(wizard.currentId(), int(Wizard::WelcomePage));
        choose(wizard, QStringLiteral("ollama"), QString::fromLatin1(upstream.baseUrl()));
        auto *model = child<QComboBox>(wizard, "firstRunModelComboBox");
        QTRY_COMPARE(model->currentText(), QStringLiteral("fake-model"));
        QVERIFY(upstream.requests().constLast().headers.value("authorization").isEmpty());
        // "Test again" asks once more.
        const qsizetype asked = upstream.requests().size();
        click(wizard, "firstRunRetryTestButton");
        QTRY_COMPARE(upstream.requests().size(), asked + 1);
        QTRY_COMPARE(model->currentText(), QStringLiteral("fake-model"));
        click(wizard, "firstRunCommitButton");
        QCOMPARE(wizard.currentId(), int(Wizard::DonePage));

        const Config::Config &config = s->controller->config();
        const Config::Provider *provider = config.provider(QStringLiteral("ollama-2"));
        QVERIFY(provider);
        QVERIFY(provider->keyRef.isEmpty());
        QCOMPARE(*config.route(QStringLiteral("default")), builtInDefault);
        const Config::Route *route = config.route(QStringLiteral("default-2"));
        QVERIFY(route);
        QCOMPARE(route->targets[0].provider, QStringLiteral("ollama-2"));
        QCOMPARE(wizard.routeName(), QStringLiteral("default-2"));
        QVERIFY(s->keys.entries().isEmpty());
        const QString snippet = child<QPlainTextEdit>(wizard, "firstRunSnippetPlainTextEdit")->toPlainText();
        QVERIFY2(snippet.contains(QLatin1String("\"model\": \"default-2\"")), qPrintable(snippet));
        const QByteArray token = wizard.token().toLatin1();
        QCOMPARE(status(s->gateway.port(),
                        TestClient::post(
                            "/v1/chat/completions",
                            "{\"model\":\"default-2\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                            token)),
                 200);
        s->gateway.shutdown(1000);
    }

    void cancelLeavesNothing()
    {
        // A key stored, then Cancel: the keychain entry goes again, the config never changed.
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        auto s = start(empty());
        const Config::Config before = s->controller->config();
        Wizard wizard(s->controller.get(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        choose(wizard, QStringLiteral("groq"), QString::fromLatin1(upstream.baseUrl()));
        QTest::keyClicks(child<QLineEdit>(wizard, "firstRunKeyLineEdit"),
                         QStringLiteral("gsk-0123456789abcdef"));
        click(wizard, "firstRunNextButton");
        QTRY_COMPARE(wizard.currentId(), int(Wizard::ModelPage));
        QCOMPARE(s->keys.entries(), QStringList{QStringLiteral("groq")});
        // Back to another preset: the first key's entry is replaced, not left behind.
        click(wizard, "firstRunBackButton");
        click(wizard, "firstRunBackButton");
        choose(wizard, QStringLiteral("mistral"), QString::fromLatin1(upstream.baseUrl()));
        auto *key = child<QLineEdit>(wizard, "firstRunKeyLineEdit");
        key->clear();
        QTest::keyClicks(key, QStringLiteral("mistral-0123456789abcdef"));
        click(wizard, "firstRunNextButton");
        QTRY_COMPARE(wizard.currentId(), int(Wizard::ModelPage));
        QCOMPARE(s->keys.entries(), QStringList{QStringLiteral("mistral")});
        click(wizard, "firstRunCancelButton");
        QVERIFY(!wizard.isVisible());
        QVERIFY(s->keys.entries().isEmpty());
        QCOMPARE(s->controller->config(), before);
        QVERIFY(!QFile::exists(s->configPath));
        s->gateway.shutdown(1000);
    }

    void controlsAreNamed()
    {
        auto s = start(empty());
        Wizard wizard(s->controller.get(), nullptr);
        for (QWidget *w : wizard.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                 qobject_cast<QComboBox *>(w) || qobject_cast<QListWidget *>(w) ||
                                 qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QProgressBar *>(w);
            if (!control || w->parentWidget() == nullptr || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (!w->isVisibleTo(&wizard) && qobject_cast<QAbstractButton *>(w) &&
                w->objectName().startsWith(QLatin1String("__qt__")))
                continue; // QWizard's unused Help/Custom buttons
            QVERIFY2(w->objectName().startsWith(QLatin1String("firstRun")), qPrintable(w->objectName()));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        s->gateway.shutdown(1000);
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
