// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's whole flow in one window, as a new user would go through it, against a running gateway with
// a usage store and a fake provider: build a "cheap first with a fallback, long prompts to a
// long-context model" setup in the Routes and Rules editors (drag and drop, forms, the condition
// builder), try it in the rule tester and on the logged requests (replay), apply it, see the gateway
// serve by it, and watch the Overview's charts move with the new traffic.

#include "appcontroller.h"
#include "charts/usagechart.h"
#include "charts/usagecharts.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "routegraphdrag.h"
#include "routespage.h"
#include "rulelistmodel.h"
#include "rulespage.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "usage/recentusage.h"
#include "usage/usagewriter.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Switchyard;
using namespace RouteGraphDrag;

namespace {

// Before the user's edits: two providers on the fake upstream, one catch-all route that sends
// everything to the big model, priced, and no rules.
QByteArray configJson(const QByteArray &origin)
{
    QByteArray json = R"({
      "version": 1,
      "server": {"host": "127.0.0.1", "port": 0, "requireToken": false, "workers": 1},
      "providers": [
        {"id": "cheap", "kind": "openai", "baseUrl": "@ORIGIN@/v1", "apiKeyEnv": "SY_FLOW_KEY"},
        {"id": "big", "kind": "openai", "baseUrl": "@ORIGIN@/v1", "apiKeyEnv": "SY_FLOW_KEY"}
      ],
      "prices": [
        {"provider": "cheap", "model": "mini", "input": 0.1, "output": 0.4},
        {"provider": "big", "model": "big-model", "input": 2, "output": 8},
        {"provider": "big", "model": "long-model", "input": 3, "output": 15}
      ],
      "routes": [
        {"name": "default", "targets": [{"provider": "big", "model": "big-model"},
                                        {"provider": "cheap", "model": "mini"},
                                        {"provider": "big", "model": "long-model"}]}
      ]
    })";
    return json.replace("@ORIGIN@", origin);
}

struct Served
{
    int status = 0;
    QString rule, route, provider, model;
};

Served chat(quint16 port, const QString &text)
{
    TestClient client(port);
    if (!client.connect())
        return {};
    const QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("default")},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), text}}}}};
    const TestResponse r = client.roundTrip(
        TestClient::post("/v1/chat/completions", QJsonDocument(body).toJson(QJsonDocument::Compact)), 8000);
    return {r.status, QString::fromUtf8(r.header("x-switchyard-rule")),
            QString::fromUtf8(r.header("x-switchyard-route")),
            QString::fromUtf8(r.header("x-switchyard-provider")),
            QString::fromUtf8(r.header("x-switchyard-model"))};
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

void openPage(QWidget &window, const QString &title)
{
    auto *sidebar = child<QListWidget>(window, "sidebarListWidget");
    const QList<QListWidgetItem *> items = sidebar->findItems(title, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    sidebar->setCurrentItem(items.first());
}

} // namespace

class TestEditorsFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("SY_FLOW_KEY", "sk-flow-upstream");
    }

    void cheapFirstLongPromptsToALongContextModel()
    {
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        QStringList errors;
        const std::optional<Config::Config> config =
            Config::ConfigLoader::fromJson(configJson(upstream.origin()), &errors);
        QVERIFY2(config, qPrintable(errors.join(QLatin1Char('\n'))));
        QTemporaryDir dir;
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.enableUsageStore(dir.filePath(QStringLiteral("usage.sqlite")), 90, &error),
                 qPrintable(error));
        QVERIFY2(gateway.start(*config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, dir.filePath(QStringLiteral("config.json")));
        controller.setInitialConfig(*config);
        Gui::MainWindow window(&gateway, &controller);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Traffic before the change: everything goes to the big model.
        const QString longPrompt = QStringLiteral("Summarise this: ") + QString(8000, QLatin1Char('x'));
        for (const QString &text : {QStringLiteral("hi"), QStringLiteral("hello"), longPrompt}) {
            const Served s = chat(gateway.port(), text);
            QCOMPARE(s.status, 200);
            QCOMPARE(s.model, QStringLiteral("big-model"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(gateway.usageWriter()->written(), 3, 5000);
        auto *overview = window.findChild<Gui::OverviewPage *>();
        QVERIFY(overview);
        auto spendTotal = [overview] {
            QSignalSpy refreshed(overview->charts(), &Gui::UsageCharts::loaded);
            overview->charts()->reload();
            if (!refreshed.wait(5000))
                return -1.0;
            return overview->charts()->chart(Gui::UsageCharts::SpendTab)->table().total();
        };
        const double spentBefore = spendTotal();
        QVERIFY(spentBefore > 0);

        // Routes: "cheap-first" (the cheap model, then the big one) and "long-context", each built by
        // dragging models from the palette onto the graph, then applied.
        openPage(window, QStringLiteral("Routes"));
        auto *routes = child<Gui::RoutesPage>(window, "routesPage");
        auto *graph = child<Gui::RouteGraphView>(window, "routesGraphView");
        Gui::RoutePaletteModel *palette = routes->paletteModel();
        auto newRoute = [&](const QString &name) {
            QTest::mouseClick(child<QPushButton>(window, "routesAddButton"), Qt::LeftButton);
            auto *nameEdit = child<QLineEdit>(window, "routesNameLineEdit");
            nameEdit->selectAll();
            QTest::keyClicks(nameEdit, name);
            QTest::keyClick(nameEdit, Qt::Key_Return);
            QCOMPARE(routes->selection().route, name);
        };
        newRoute(QStringLiteral("cheap-first"));
        QVERIFY(drop(graph, paletteDrag(palette, model(QStringLiteral("cheap"), QStringLiteral("mini"))),
                     pointOf(graph, 0), Qt::CopyAction));
        QVERIFY(drop(graph, paletteDrag(palette, model(QStringLiteral("big"), QStringLiteral("big-model"))),
                     pointOf(graph, 1), Qt::CopyAction));
        newRoute(QStringLiteral("long-context"));
        QVERIFY(drop(graph, paletteDrag(palette, model(QStringLiteral("big"), QStringLiteral("long-model"))),
                     pointOf(graph, 0), Qt::CopyAction));
        QTest::mouseClick(child<QPushButton>(window, "routesApplyButton"), Qt::LeftButton);
        const Config::Route *cheapFirst = controller.config().route(QStringLiteral("cheap-first"));
        QVERIFY2(cheapFirst, qPrintable(child<QLabel>(window, "routesMessageLabel")->text()));
        QCOMPARE(cheapFirst->strategy, QStringLiteral("fallback"));
        QCOMPARE(cheapFirst->targets.size(), 2);
        QCOMPARE(cheapFirst->targets[0].model, QStringLiteral("mini"));
        QCOMPARE(cheapFirst->targets[1].model, QStringLiteral("big-model"));
        QVERIFY(controller.config().route(QStringLiteral("long-context")));

        // Rules: long prompts to "long-context", and the default rule sends the rest to "cheap-first".
        openPage(window, QStringLiteral("Rules"));
        auto *rulesPage = child<Gui::RulesPage>(window, "rulesPage");
        QTest::mouseClick(child<QPushButton>(window, "rulesAddButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(window, "rulesAddConditionButton"), Qt::LeftButton);
        choose(child<QComboBox>(window, "rulesConditionKindComboBox"),
               int(Config::RuleCondition::Kind::PromptTokens));
        auto *minimum = child<QSpinBox>(window, "rulesConditionTokensMinSpinBox");
        minimum->setFocus();
        minimum->selectAll();
        QTest::keyClicks(minimum, QStringLiteral("1000"));
        choose(child<QComboBox>(window, "rulesDestinationComboBox"), 1); // a route
        auto *routeBox = child<QComboBox>(window, "rulesRouteComboBox");
        routeBox->setCurrentIndex(routeBox->findText(QStringLiteral("long-context")));
        QCOMPARE(rulesPage->ruleModel()->rules().at(0).action.route, QStringLiteral("long-context"));
        auto *list = child<QListView>(window, "rulesListView");
        list->setCurrentIndex(
            rulesPage->ruleModel()->index(rulesPage->ruleModel()->rowCount() - 1)); // default
        choose(child<QComboBox>(window, "rulesDestinationComboBox"), 1);
        routeBox->setCurrentIndex(routeBox->findText(QStringLiteral("cheap-first")));

        // The tester decides on the draft before anything is applied.
        auto *tokens = child<QSpinBox>(window, "rulesTesterTokensSpinBox");
        auto *outcome = child<QLabel>(window, "rulesTesterOutcomeLabel");
        tokens->setValue(5000);
        QVERIFY2(outcome->text().startsWith(QLatin1String("Matches rule 1")), qPrintable(outcome->text()));
        QVERIFY2(outcome->text().contains(QLatin1String("long-context")), qPrintable(outcome->text()));
        tokens->setValue(10);
        QVERIFY2(outcome->text().contains(QLatin1String("cheap-first")), qPrintable(outcome->text()));

        // Replay on the logged requests: all three went to "default", the draft sends them to the new
        // routes (the fake provider reports 12 prompt tokens for each, so none counts as long).
        rulesPage->setStorePath(gateway.usageWriter()->path());
        auto *summary = child<QLabel>(window, "rulesReplaySummaryLabel");
        QTest::mouseClick(child<QPushButton>(window, "rulesReplayButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QLatin1String("Replayed")), 5000);
        QVERIFY2(summary->text().contains(QLatin1String("3 would change route or first target")),
                 qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("with the draft")), qPrintable(summary->text()));

        QTest::mouseClick(child<QPushButton>(window, "rulesApplyButton"), Qt::LeftButton);
        QVERIFY2(!rulesPage->hasDraft(), qPrintable(child<QLabel>(window, "rulesStatusLabel")->text()));
        QCOMPARE(controller.config().rules.size(), 1);

        // Served by it: a short prompt by the cheap model, a long one by the long-context model.
        const Served small = chat(gateway.port(), QStringLiteral("hi again"));
        QCOMPARE(small.status, 200);
        QCOMPARE(small.route, QStringLiteral("cheap-first"));
        QCOMPARE(small.model, QStringLiteral("mini"));
        const Served large = chat(gateway.port(), longPrompt);
        QCOMPARE(large.status, 200);
        QCOMPARE(large.route, QStringLiteral("long-context"));
        QCOMPARE(large.model, QStringLiteral("long-model"));
        QCOMPARE(large.rule, QStringLiteral("New rule"));

        // The charts move by exactly what the two requests cost.
        QTRY_COMPARE_WITH_TIMEOUT(gateway.usageWriter()->written(), 5, 5000);
        const QList<Usage::UsageRecord> records = gateway.recentUsage().records();
        const qint64 added = *records[records.size() - 2].costMicros + *records.last().costMicros;
        QVERIFY(added > 0);
        openPage(window, QStringLiteral("Overview"));
        QCOMPARE(spendTotal(), spentBefore + double(added));
        gateway.shutdown(1000);
    }
};

QTEST_MAIN(TestEditorsFlow)
#include "tst_editorsflow.moc"
