// SPDX-License-Identifier: GPL-3.0-or-later
// The Playground driven through its real widgets (offscreen) against a fake provider: the prompt goes
// into the running engine in-process, the reply streams in, and the page shows the route, the target
// that answered after a fallback, the tokens, the cost as accounted and the latency; errors, Stop, an
// app's route limits and a stopped endpoint each say what happened.

#include "appcontroller.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "mainwindow.h"
#include "playgroundpage.h"
#include "secrets/keystore.h"
#include "usage/recentusage.h"
#include "usagelogmodel.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Switchyard;

class TestPlaygroundPage final : public QObject
{
    Q_OBJECT

private:
    FakeUpstream m_upstream;
    std::optional<Config::Config> m_config;

    struct Window
    {
        Gateway gateway;
        Secrets::MemoryKeyStore keys;
        std::unique_ptr<Gui::AppController> controller;
        std::unique_ptr<Gui::MainWindow> window;
    };

    std::unique_ptr<Window> open(bool start = true)
    {
        auto w = std::make_unique<Window>();
        QString error;
        if (start && !w->gateway.start(*m_config, &error))
            qFatal("gateway: %s", qPrintable(error));
        w->controller = std::make_unique<Gui::AppController>(&w->gateway, &w->keys, QString());
        w->controller->setInitialConfig(*m_config);
        w->window = std::make_unique<Gui::MainWindow>(&w->gateway, w->controller.get());
        w->window->show();
        auto *sidebar = child<QListWidget>(*w->window, "sidebarListWidget");
        sidebar->setCurrentItem(sidebar->findItems(QStringLiteral("Playground"), Qt::MatchExactly).value(0));
        if (child<QStackedWidget>(*w->window, "pagesStackedWidget")->currentWidget()->objectName() !=
            QLatin1String("playgroundPage"))
            qFatal("the sidebar does not lead to the Playground");
        return w;
    }

    // Types the prompt, picks the model and app, sends, and waits for the page to say it is done.
    static bool sendPrompt(QWidget &window, const QString &model, const QString &prompt, bool stream = true,
                           const QString &app = {})
    {
        child<QComboBox>(window, "playgroundModelComboBox")->setCurrentText(model);
        auto *apps = child<QComboBox>(window, "playgroundAppComboBox");
        apps->setCurrentIndex(app.isEmpty() ? 0 : apps->findData(app));
        child<QCheckBox>(window, "playgroundStreamCheckBox")->setChecked(stream);
        auto *edit = child<QPlainTextEdit>(window, "playgroundPromptEdit");
        edit->clear();
        QTest::keyClicks(edit, prompt);
        auto *page = window.findChild<Gui::PlaygroundPage *>();
        QSignalSpy done(page, &Gui::PlaygroundPage::replyFinished);
        QTest::mouseClick(child<QPushButton>(window, "playgroundSendButton"), Qt::LeftButton);
        return done.count() == 1 || done.wait(10000);
    }

    static QString text(QWidget &window, const char *label) { return child<QLabel>(window, label)->text(); }

    static const Usage::UsageRecord *lastRecord(const Gateway &gateway, QList<Usage::UsageRecord> &keep)
    {
        keep = gateway.recentUsage().records();
        return keep.isEmpty() ? nullptr : &keep.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("SY_PLAYGROUND_KEY", "sk-playground");
        QVERIFY(m_upstream.start());
        const QByteArray hash =
            "sha256:" + QCryptographicHash::hash("sy-other-token", QCryptographicHash::Sha256).toHex();
        const QByteArray json =
            "{\"version\":1,\"server\":{\"host\":\"127.0.0.1\",\"port\":0},"
            "\"providers\":[{\"id\":\"oa\",\"kind\":\"openai\",\"baseUrl\":\"" +
            m_upstream.baseUrl() +
            "\",\"apiKeyEnv\":\"SY_PLAYGROUND_KEY\"}],"
            "\"prices\":[{\"provider\":\"oa\",\"model\":\"chatty\",\"input\":1,\"output\":4}],"
            "\"routes\":[{\"name\":\"smart\",\"strategy\":\"fallback\",\"targets\":"
            "[{\"provider\":\"oa\",\"model\":\"fail-500\"},{\"provider\":\"oa\",\"model\":\"chatty\"}]},"
            "{\"name\":\"other\",\"targets\":[{\"provider\":\"oa\",\"model\":\"chatty\"}]}],"
            "\"tokens\":[{\"name\":\"scripts\",\"hash\":\"" +
            hash + "\",\"routes\":[\"other\"]}]}";
        QStringList errors;
        m_config = Config::ConfigLoader::fromJson(json, &errors);
        QVERIFY2(m_config, qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void streamedReplyShowsHowItWasServed()
    {
        auto w = open();
        QWidget &window = *w->window;
        // The choices are the config's routes, then the provider/model pairs they use.
        auto *models = child<QComboBox>(window, "playgroundModelComboBox");
        QCOMPARE(models->itemText(0), QStringLiteral("smart"));
        QVERIFY(models->findText(QStringLiteral("oa/chatty")) >= 0);
        QCOMPARE(child<QComboBox>(window, "playgroundAppComboBox")->count(), 2); // Playground, scripts

        QVERIFY(sendPrompt(window, QStringLiteral("smart"), QStringLiteral("Say hello")));
        QCOMPARE(child<QPlainTextEdit>(window, "playgroundReplyEdit")->toPlainText(),
                 QStringLiteral("Hello from chatty!"));
        QCOMPARE(text(window, "playgroundRouteLabel"), QStringLiteral("smart (fallback)"));
        QCOMPARE(text(window, "playgroundTargetLabel"), QStringLiteral("oa/chatty, after 1 attempt(s)"));
        QCOMPARE(text(window, "playgroundTokensLabel"), QStringLiteral("12 in, 5 out"));
        QCOMPARE(text(window, "playgroundStatusLabel"), QStringLiteral("Done (HTTP 200)"));
        QVERIFY2(text(window, "playgroundLatencyLabel").contains(QLatin1String("to the first token")),
                 qPrintable(text(window, "playgroundLatencyLabel")));

        // Accounted like any app's request: the record names the Playground, the fallback and the
        // cost, which is what the page shows ($1/M in, $4/M out: 12 + 20 µ$).
        QList<Usage::UsageRecord> keep;
        const Usage::UsageRecord *record = lastRecord(w->gateway, keep);
        QVERIFY(record);
        QCOMPARE(record->app, Gui::PlaygroundPage::defaultApp());
        QCOMPARE(record->route, QStringLiteral("smart"));
        QCOMPARE(record->attempts.size(), 2);
        QVERIFY(record->stream);
        QCOMPARE(record->usage.inputTokens, 12);
        QCOMPARE(record->usage.outputTokens, 5);
        QCOMPARE(record->costMicros, std::optional<qint64>(32));
        QCOMPARE(text(window, "playgroundCostLabel"), Gui::UsageLogModel::formatCost(QJsonValue(qint64(32))));

        // What the provider was sent: the prompt, as the OpenAI chat format has it.
        const QJsonObject sent = QJsonDocument::fromJson(m_upstream.requests().last().body).object();
        QCOMPARE(sent.value(QLatin1StringView("model")).toString(), QStringLiteral("chatty"));
        QVERIFY(m_upstream.requests().last().body.contains("Say hello"));
        QVERIFY(child<QPushButton>(window, "playgroundSendButton")->isEnabled());
        QVERIFY(!child<QPushButton>(window, "playgroundStopButton")->isEnabled());
    }

    void wholeReplyAndSystemPrompt()
    {
        auto w = open();
        QWidget &window = *w->window;
        QTest::keyClicks(child<QLineEdit>(window, "playgroundSystemLineEdit"), QStringLiteral("Be brief."));
        QVERIFY(sendPrompt(window, QStringLiteral("oa/chatty"), QStringLiteral("hi"), false));
        QCOMPARE(child<QPlainTextEdit>(window, "playgroundReplyEdit")->toPlainText(),
                 QStringLiteral("Hello from chatty!"));
        QCOMPARE(text(window, "playgroundTokensLabel"), QStringLiteral("12 in, 5 out"));
        QCOMPARE(text(window, "playgroundTargetLabel"), QStringLiteral("oa/chatty"));
        QVERIFY(!text(window, "playgroundLatencyLabel").contains(QLatin1String("first token")));
        const QJsonObject sent = QJsonDocument::fromJson(m_upstream.requests().last().body).object();
        QCOMPARE(sent.value(QLatin1StringView("messages"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("role")),
                 QJsonValue(QStringLiteral("system")));
        QList<Usage::UsageRecord> keep;
        QVERIFY(!lastRecord(w->gateway, keep)->stream);
    }

    void errorsSayWhatHappened()
    {
        auto w = open();
        QWidget &window = *w->window;
        QVERIFY(sendPrompt(window, QStringLiteral("oa/fail-400"), QStringLiteral("hi")));
        QVERIFY2(text(window, "playgroundStatusLabel").startsWith(QLatin1String("HTTP 400")),
                 qPrintable(text(window, "playgroundStatusLabel")));
        QVERIFY(child<QPlainTextEdit>(window, "playgroundReplyEdit")->toPlainText().isEmpty());

        QVERIFY(sendPrompt(window, QStringLiteral("no-such-route"), QStringLiteral("hi")));
        QVERIFY2(text(window, "playgroundStatusLabel").contains(QLatin1String("no-such-route")),
                 qPrintable(text(window, "playgroundStatusLabel")));

        // Sent as an app, the app's route limits apply.
        QVERIFY(sendPrompt(window, QStringLiteral("smart"), QStringLiteral("hi"), true,
                           QStringLiteral("scripts")));
        QVERIFY2(text(window, "playgroundStatusLabel").startsWith(QLatin1String("HTTP 403")),
                 qPrintable(text(window, "playgroundStatusLabel")));
        QVERIFY(sendPrompt(window, QStringLiteral("other"), QStringLiteral("hi"), true,
                           QStringLiteral("scripts")));
        QCOMPARE(text(window, "playgroundStatusLabel"), QStringLiteral("Done (HTTP 200)"));
        QList<Usage::UsageRecord> keep;
        QCOMPARE(lastRecord(w->gateway, keep)->app, QStringLiteral("scripts"));

        // Nothing to send: said, and nothing sent.
        const qsizetype before = m_upstream.requests().size();
        QVERIFY(sendPrompt(window, QStringLiteral("smart"), QString()));
        QCOMPARE(text(window, "playgroundStatusLabel"), QStringLiteral("Write a prompt first."));
        QCOMPARE(m_upstream.requests().size(), before);
    }

    void stopCancelsTheRequest()
    {
        auto w = open();
        QWidget &window = *w->window;
        child<QComboBox>(window, "playgroundModelComboBox")->setCurrentText(QStringLiteral("oa/slow-stream"));
        auto *edit = child<QPlainTextEdit>(window, "playgroundPromptEdit");
        QTest::keyClicks(edit, QStringLiteral("hi"));
        // Ctrl+Enter in the prompt sends too.
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        // It sends the head and a first chunk (the role), then nothing.
        QTRY_COMPARE_WITH_TIMEOUT(text(window, "playgroundStatusLabel"), QStringLiteral("Receiving…"), 5000);
        auto *stop = child<QPushButton>(window, "playgroundStopButton");
        QVERIFY(stop->isEnabled());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(text(window, "playgroundStatusLabel").startsWith(QLatin1String("Stopped")));
        QVERIFY(child<QPushButton>(window, "playgroundSendButton")->isEnabled());
        // The engine saw the client go: the request is recorded as cancelled.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<Usage::UsageRecord> records = w->gateway.recentUsage().records();
                return !records.isEmpty() && records.last().model == QLatin1String("slow-stream") &&
                       records.last().status == 499;
            }(),
            5000);
    }

    void stoppedEndpointIsExplained()
    {
        auto w = open(false);
        QWidget &window = *w->window;
        QVERIFY(sendPrompt(window, QStringLiteral("smart"), QStringLiteral("hi")));
        QVERIFY2(text(window, "playgroundStatusLabel").startsWith(QLatin1String("The endpoint is stopped")),
                 qPrintable(text(window, "playgroundStatusLabel")));
    }
};

QTEST_MAIN(TestPlaygroundPage)
#include "tst_playgroundpage.moc"
