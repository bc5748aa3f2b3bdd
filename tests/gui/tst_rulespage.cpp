// SPDX-License-Identifier: GPL-3.0-or-later
// The Rules page driven through its real widgets (offscreen): a rule built with the condition builder
// and the action editor, moved up the way a drag moves it, another disabled, applied, and then real
// requests through the running gateway routed by it; an invalid rule refused with the loader's message
// and nothing changed; the tester's answers for composed and logged requests on the draft; and the
// replay of a seeded usage store against the draft (exact counts and cost difference).

#include "appcontroller.h"
#include "conditioneditor.h"
#include "conditiontreemodel.h"
#include "config/configloader.h"
#include "fakeupstream.h"
#include "gateway.h"
#include "mainwindow.h"
#include "rulelistmodel.h"
#include "rulereplaymodel.h"
#include "rulespage.h"
#include "secrets/keystore.h"
#include "testclient.h"
#include "usage/usagestore.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

using namespace Switchyard;
using Kind = Config::RuleCondition::Kind;

namespace {

// Three routes on the fake upstream; "long" is priced ten times "default", "local" not at all.
Config::Config baseConfig(const QByteArray &origin, const QByteArray &rules)
{
    QByteArray json = R"({
      "version": 1,
      "server": {"host": "127.0.0.1", "port": 0, "requireToken": false, "workers": 1},
      "providers": [{"id": "fake", "kind": "openai", "baseUrl": "@ORIGIN@/v1", "apiKeyEnv": "SY_RULES_KEY"}],
      "prices": [{"provider": "fake", "model": "small-model", "input": 1, "output": 2},
                 {"provider": "fake", "model": "long-model", "input": 10, "output": 20}],
      "routes": [
        {"name": "default", "targets": [{"provider": "fake", "model": "small-model"}]},
        {"name": "long", "targets": [{"provider": "fake", "model": "long-model"}]},
        {"name": "local", "targets": [{"provider": "fake", "model": "local-model"}]}
      ],
      "rules": @RULES@,
      "defaultRule": {"then": {"route": "default"}}
    })";
    json.replace("@ORIGIN@", origin);
    json.replace("@RULES@", rules);
    QStringList errors;
    const std::optional<Config::Config> config = Config::ConfigLoader::fromJson(json, &errors);
    if (!config)
        qFatal("invalid test config: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return *config;
}

QByteArray chatBody(const QString &text, bool stream = false)
{
    QJsonObject body{
        {QStringLiteral("model"), QStringLiteral("default")},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), text}}}}};
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// Where a real request went: {rule, route, model the upstream got}.
QStringList routed(quint16 port, const QString &text, bool stream = false)
{
    TestClient client(port);
    if (!client.connect())
        return {QStringLiteral("no connection")};
    const TestResponse r =
        client.roundTrip(TestClient::post("/v1/chat/completions", chatBody(text, stream), {}));
    if (r.status != 200)
        return {QStringLiteral("status %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))};
    return {QString::fromUtf8(r.header("x-switchyard-rule")),
            QString::fromUtf8(r.header("x-switchyard-route")),
            QString::fromUtf8(r.header("x-switchyard-model"))};
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

// A row of a seeded store: logged on `route`, first tried on fake/`model`.
Usage::UsageRecord logged(int i, const QString &app, const QString &route, const QString &model, qint64 in,
                          qint64 out)
{
    Usage::UsageRecord r;
    r.requestId = "req_" + QByteArray::number(i);
    r.startedAtMs = QDateTime::currentMSecsSinceEpoch() - 60'000 - qint64(i) * 1000;
    r.app = app;
    r.endpoint = QStringLiteral("chat");
    r.dialect = QStringLiteral("openai-chat");
    r.requestedModel = QStringLiteral("default");
    r.route = route;
    r.provider = model.isEmpty() ? QString() : QStringLiteral("fake");
    r.providerKind = QStringLiteral("openai");
    r.model = model;
    r.status = model.isEmpty() ? 400 : 200;
    r.errorCode = model.isEmpty() ? QStringLiteral("invalid_request_error") : QString();
    r.usage.inputTokens = in;
    r.usage.outputTokens = out;
    r.usage.known = in > 0;
    if (!model.isEmpty())
        r.attempts.append(Usage::Attempt{r.provider, r.model, 200, QString(), 100});
    return r;
}

} // namespace

class TestRulesPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,000", "$0.0260"
        qputenv("SY_RULES_KEY", "sk-rules-upstream");
    }

    void buildReorderDisableApplyAndRoute()
    {
        FakeUpstream upstream;
        QVERIFY(upstream.start());
        const Config::Config config = baseConfig(upstream.origin(), R"([
            {"name": "streams local", "when": {"stream": true}, "then": {"route": "local"}},
            {"name": "everything to default", "when": {"model": "*"}, "then": {"route": "default"}}])");
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("config.json"));
        Gateway gateway;
        QString error;
        QVERIFY2(gateway.start(config, &error), qPrintable(error));
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, configPath);
        controller.setInitialConfig(config);
        Gui::MainWindow window(&gateway, &controller);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The sidebar leads to the page, between Routes and Apps.
        auto *sidebar = child<QListWidget>(window, "sidebarListWidget");
        const QList<QListWidgetItem *> items = sidebar->findItems(QStringLiteral("Rules"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QCOMPARE(sidebar->item(sidebar->row(items.first()) - 1)->text(), QStringLiteral("Routes"));
        QCOMPARE(sidebar->item(sidebar->row(items.first()) + 1)->text(), QStringLiteral("Apps"));
        sidebar->setCurrentItem(items.first());
        auto *page = child<Gui::RulesPage>(window, "rulesPage");
        QCOMPARE(child<QStackedWidget>(window, "pagesStackedWidget")->currentWidget(), page);

        // Every control of the page: a name unique in the whole window, ending in its class, and an
        // accessible name.
        QHash<QString, int> names;
        for (const QWidget *w : window.findChildren<QWidget *>())
            ++names[w->objectName()];
        for (const QWidget *w : page->findChildren<QWidget *>()) {
            const bool control =
                qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) ||
                qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
                qobject_cast<const QPlainTextEdit *>(w) ||
                (qobject_cast<const QLineEdit *>(w) && !w->objectName().isEmpty());
            bool part = false; // a control's own parts (a view's header, a spin box's line edit)
            for (const QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget())
                part = part || qobject_cast<const QAbstractItemView *>(p) ||
                       qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
                       qobject_cast<const QTabBar *>(p);
            if (!control || part)
                continue;
            QVERIFY2(w->objectName().startsWith(QLatin1String("rules")), w->metaObject()->className());
            QCOMPARE(names.value(w->objectName()), 1);
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QString cls = QString::fromLatin1(w->metaObject()->className()).mid(1); // without the Q
            if (cls == QLatin1String("PushButton"))
                cls = QStringLiteral("Button"); // as the other pages name theirs
            QVERIFY2(w->objectName().endsWith(cls), qPrintable(w->objectName()));
        }

        // Three panes side by side still fit the window's small-laptop budget (1280×700 with the sidebar).
        QVERIFY2(page->minimumSizeHint().width() <= 1000 && page->minimumSizeHint().height() <= 640,
                 qPrintable(QStringLiteral("%1×%2")
                                .arg(page->minimumSizeHint().width())
                                .arg(page->minimumSizeHint().height())));
        auto *list = child<QListView>(window, "rulesListView");
        Gui::RuleListModel *rules = page->ruleModel();
        QAbstractItemModelTester listTester(rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(page->conditionModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rules->rowCount(), 3);
        QCOMPARE(rules->index(2).data().toString(), QStringLiteral("Default (when no rule matches)"));
        QVERIFY(!(rules->flags(rules->index(2)) & Qt::ItemIsDragEnabled)); // pinned
        auto *apply = child<QPushButton>(window, "rulesApplyButton");
        QVERIFY(!apply->isEnabled());

        // Add a rule after "everything to default" and rename it in place (F2, type, Enter).
        list->setCurrentIndex(rules->index(1));
        QTest::mouseClick(child<QPushButton>(window, "rulesAddButton"), Qt::LeftButton);
        QCOMPARE(rules->rowCount(), 4);
        QCOMPARE(list->currentIndex().row(), 2);
        QCOMPARE(rules->rules().at(2).name, QStringLiteral("New rule"));
        QVERIFY(apply->isEnabled());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        auto *nameEditor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(nameEditor && nameEditor->isVisible());
        nameEditor->selectAll();
        QTest::keyClicks(nameEditor, QStringLiteral("long prompts"));
        QTest::keyClick(nameEditor, Qt::Key_Return);
        QTRY_COMPARE(rules->rules().at(2).name, QStringLiteral("long prompts")); // committed queued

        // The condition builder: a condition under "always", turned into "prompt tokens at least 1000".
        auto *tree = child<QTreeView>(window, "rulesConditionTreeView");
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Always (every request)"));
        QTest::mouseClick(child<QPushButton>(window, "rulesAddConditionButton"), Qt::LeftButton);
        QCOMPARE(tree->currentIndex().parent(), page->conditionModel()->rootIndex());
        // A new model condition has no names yet: flagged in place, in the tree and under the editor.
        QVERIFY(!tree->currentIndex().data(Gui::ConditionTreeModel::ProblemRole).toString().isEmpty());
        QVERIFY(child<QLabel>(window, "rulesConditionProblemLabel")->isVisible());
        QVERIFY(!rules->index(2).data(Gui::RuleListModel::ProblemRole).toString().isEmpty());
        choose(child<QComboBox>(window, "rulesConditionKindComboBox"), int(Kind::PromptTokens));
        auto *minimum = child<QSpinBox>(window, "rulesConditionTokensMinSpinBox");
        minimum->setFocus();
        minimum->selectAll();
        QTest::keyClicks(minimum, QStringLiteral("1000"));
        QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("prompt tokens at least 1,000"));
        QVERIFY(!child<QLabel>(window, "rulesConditionProblemLabel")->isVisible());
        QVERIFY(rules->index(2).data(Gui::RuleListModel::ProblemRole).toString().isEmpty());

        // The action editor: route "long".
        choose(child<QComboBox>(window, "rulesDestinationComboBox"), 1); // a route
        auto *route = child<QComboBox>(window, "rulesRouteComboBox");
        route->setCurrentIndex(route->findText(QStringLiteral("long")));
        QCOMPARE(rules->rules().at(2).action.route, QStringLiteral("long"));

        // Moved to the top the way a drop moves it (QListView's internal move calls moveRow()); the
        // default rule never moves.
        QVERIFY(!rules->moveRow({}, 0, {}, 4));
        QVERIFY(rules->moveRow({}, 2, {}, 0));
        QCOMPARE(rules->rules().at(0).name, QStringLiteral("long prompts"));
        QCOMPARE(rules->rules().at(1).name, QStringLiteral("streams local"));

        // Disable "streams local" with its check box, from the keyboard.
        list->setCurrentIndex(rules->index(1));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(!rules->rules().at(1).enabled);

        // Before applying, the gateway still routes by the old rules: a stream goes local.
        QCOMPARE(routed(gateway.port(), QStringLiteral("hi"), true),
                 (QStringList{QStringLiteral("streams local"), QStringLiteral("local"),
                              QStringLiteral("local-model")}));

        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY2(!page->hasDraft(), qPrintable(child<QLabel>(window, "rulesStatusLabel")->text()));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(child<QLabel>(window, "rulesStatusLabel")->text(),
                 QStringLiteral("Applied: new requests are routed by these rules."));
        const QList<Config::Rule> &applied = controller.config().rules;
        QCOMPARE(applied.size(), 3);
        QCOMPARE(applied[0].name, QStringLiteral("long prompts"));
        QCOMPARE(applied[0].action.route, QStringLiteral("long"));
        QCOMPARE(applied[1].enabled, false);
        QCOMPARE(applied[2].name, QStringLiteral("everything to default"));
        QFile saved(configPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonArray savedRules =
            QJsonDocument::fromJson(saved.readAll()).object().value(QLatin1String("rules")).toArray();
        QCOMPARE(savedRules.size(), 3);
        QCOMPARE(
            QJsonDocument(savedRules[0].toObject()).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"name":"long prompts","then":{"route":"long"},"when":{"all":[{"promptTokens":{"min":1000}}]}})"));
        QCOMPARE(savedRules[1].toObject().value(QLatin1String("enabled")), QJsonValue(false));

        // The running gateway routes by it: a long prompt to "long", the rest (streams too) to "default".
        QCOMPARE(routed(gateway.port(), QString(6000, QLatin1Char('a'))),
                 (QStringList{QStringLiteral("long prompts"), QStringLiteral("long"),
                              QStringLiteral("long-model")}));
        QCOMPARE(routed(gateway.port(), QStringLiteral("hi")),
                 (QStringList{QStringLiteral("everything to default"), QStringLiteral("default"),
                              QStringLiteral("small-model")}));
        QCOMPARE(routed(gateway.port(), QStringLiteral("hi"), true),
                 (QStringList{QStringLiteral("everything to default"), QStringLiteral("default"),
                              QStringLiteral("small-model")}));

        // An invalid regex: flagged in place, then refused at Apply with the loader's message, and
        // nothing changes (the config held, the file, the routing).
        const Config::Config before = controller.config();
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray fileBefore = file.readAll();
        file.close();
        list->setCurrentIndex(rules->index(0));
        tree->setCurrentIndex(page->conditionModel()->index(0, 0, page->conditionModel()->rootIndex()));
        choose(child<QComboBox>(window, "rulesConditionKindComboBox"), int(Kind::LastUserMessage));
        choose(child<QComboBox>(window, "rulesConditionMessageOperatorComboBox"), true); // regex
        QTest::keyClicks(child<QLineEdit>(window, "rulesConditionMessageLineEdit"),
                         QStringLiteral("(secret"));
        QVERIFY2(tree->currentIndex()
                     .data(Gui::ConditionTreeModel::ProblemRole)
                     .toString()
                     .startsWith(QLatin1String("invalid regular expression")),
                 qPrintable(tree->currentIndex().data(Gui::ConditionTreeModel::ProblemRole).toString()));
        QTest::mouseClick(apply, Qt::LeftButton);
        const QString status = child<QLabel>(window, "rulesStatusLabel")->text();
        QVERIFY2(
            status.contains(QLatin1String("$.rules[0].when.all[0].lastUserMessage.matches: invalid regular "
                                          "expression at offset 7: missing closing parenthesis")),
            qPrintable(status));
        QVERIFY(page->hasDraft());
        QCOMPARE(controller.config(), before);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), fileBefore);
        QCOMPARE(routed(gateway.port(), QString(6000, QLatin1Char('a'))).value(0),
                 QStringLiteral("long prompts"));

        // Revert drops the draft.
        QTest::mouseClick(child<QPushButton>(window, "rulesRevertButton"), Qt::LeftButton);
        QVERIFY(!page->hasDraft());
        QCOMPARE(rules->rules(), controller.config().rules);
        gateway.shutdown(1000);
    }

    void testerDecidesOnTheDraft()
    {
        const Config::Config config = baseConfig("http://127.0.0.1:9", R"([
            {"name": "long prompts", "when": {"promptTokens": {"min": 1000}}, "then": {"route": "long"}},
            {"name": "no images", "when": {"hasImages": true}, "then": {"refuse": "images are not allowed"}},
            {"name": "team", "when": {"header": "x-team", "equals": "ml"}, "then": {"target": "fake/team-model",
             "tags": ["ml"]}}])");
        Gateway gateway; // not started: the tester decides without serving
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(config);
        Gui::RulesPage page(&controller);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *model = child<QComboBox>(page, "rulesTesterModelComboBox");
        auto *tokens = child<QSpinBox>(page, "rulesTesterTokensSpinBox");
        auto *outcome = child<QLabel>(page, "rulesTesterOutcomeLabel");
        auto *trace = child<QPlainTextEdit>(page, "rulesTesterTracePlainTextEdit");
        auto *targets = child<QTableWidget>(page, "rulesTesterTargetsTableWidget");

        model->setEditText(QStringLiteral("default"));
        tokens->setValue(5000);
        QCOMPARE(outcome->text(),
                 QStringLiteral("Matches rule 1, 'long prompts'. Goes to the route 'long' (fallback)."));
        QCOMPARE(trace->toPlainText(),
                 QStringLiteral("rule 'long prompts': promptTokens 5000 in range → match\n"
                                "→ route 'long'"));
        QCOMPARE(targets->rowCount(), 1);
        QCOMPARE(targets->item(0, 0)->text(), QStringLiteral("1"));
        QCOMPARE(targets->item(0, 1)->text(), QStringLiteral("fake/long-model"));
        QCOMPARE(targets->item(0, 2)->text(), QStringLiteral("fallback: position 1 in the route's order"));

        // A short prompt with an image: refused, no targets.
        tokens->setValue(0); // estimated from the message
        QTest::keyClicks(child<QPlainTextEdit>(page, "rulesTesterMessagePlainTextEdit"),
                         QStringLiteral("hello"));
        QTest::mouseClick(child<QCheckBox>(page, "rulesTesterImagesCheckBox"), Qt::LeftButton);
        // The image alone counts 1000 estimated tokens, as the proxy counts it: the long rule takes it.
        QVERIFY2(outcome->text().startsWith(QLatin1String("Matches rule 1, 'long prompts'")),
                 qPrintable(outcome->text()));
        // On the draft: disable "long prompts" (not applied), and the image rule decides.
        page.ruleModel()->setData(page.ruleModel()->index(0), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(outcome->text(),
                 QStringLiteral("Matches rule 2, 'no images'. Refused: refused by rule 'no images': "
                                "images are not allowed"));
        QCOMPARE(targets->rowCount(), 0);
        QVERIFY(controller.config().rules.at(0).enabled); // the applied config is untouched
        QTest::mouseClick(child<QCheckBox>(page, "rulesTesterImagesCheckBox"), Qt::LeftButton);

        // A header: the team's direct target, tagged.
        QTest::keyClicks(child<QPlainTextEdit>(page, "rulesTesterHeadersPlainTextEdit"),
                         QStringLiteral("X-Team: ml"));
        QCOMPARE(outcome->text(),
                 QStringLiteral("Matches rule 3, 'team'. Goes to fake/team-model directly. Tagged ml."));
        QCOMPARE(trace->toPlainText().split(QLatin1Char('\n')),
                 (QStringList{QStringLiteral("rule 'long prompts': disabled → skipped"),
                              QStringLiteral("rule 'no images': hasImages false ≠ true → no"),
                              QStringLiteral("rule 'team': header x-team equals one of 'ml' → match"),
                              QStringLiteral("→ target 'fake/team-model'")}));
        QCOMPARE(targets->item(0, 2)->text(), QStringLiteral("direct provider/model request"));

        // Nothing matches: the default rule.
        child<QPlainTextEdit>(page, "rulesTesterHeadersPlainTextEdit")->clear();
        QCOMPARE(outcome->text(),
                 QStringLiteral(
                     "No rule matches: the default rule applies. Goes to the route 'default' (fallback)."));
        QCOMPARE(targets->item(0, 1)->text(), QStringLiteral("fake/small-model"));
    }

    void replayAgainstTheDraft()
    {
        const Config::Config config = baseConfig("http://127.0.0.1:9", R"([
            {"name": "long prompts", "when": {"promptTokens": {"min": 1000}}, "then": {"route": "long"}},
            {"name": "secrets", "when": {"lastUserMessage": {"contains": "password"}}, "then": {"route": "local"}},
            {"name": "batch", "when": {"app": "batch"}, "then": {"route": "local"}}])");
        // 5 long prompts logged on "default" (5000 in, 100 out: $0.0052 each); 3 short ones (the text
        // rule could have taken them); 2 that failed before routing; 1 long one already on "long"; 1
        // batch request (both rules it could meet send it to the unpriced "local").
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("usage.sqlite"));
        {
            Usage::UsageStore store;
            QString error;
            QVERIFY2(store.open(storePath, &error), qPrintable(error));
            QList<Usage::UsageRecord> records;
            QList<std::optional<qint64>> costs;
            int i = 0;
            auto add = [&](const Usage::UsageRecord &r, std::optional<qint64> cost) {
                records.append(r);
                costs.append(cost);
                ++i;
            };
            for (int k = 0; k < 5; ++k)
                add(logged(i, QStringLiteral("ide"), QStringLiteral("default"), QStringLiteral("small-model"),
                           5000, 100),
                    5200);
            for (int k = 0; k < 3; ++k)
                add(logged(i, QStringLiteral("ide"), QStringLiteral("default"), QStringLiteral("small-model"),
                           10, 5),
                    20);
            for (int k = 0; k < 2; ++k)
                add(logged(i, QStringLiteral("ide"), QString(), QString(), 0, 0), std::nullopt);
            add(logged(i, QStringLiteral("ide"), QStringLiteral("long"), QStringLiteral("long-model"), 5000,
                       100),
                52'000);
            add(logged(i, QStringLiteral("batch"), QStringLiteral("default"), QStringLiteral("small-model"),
                       10, 5),
                20);
            QVERIFY2(store.insert(records, costs, &error), qPrintable(error));
        }

        Gateway gateway;
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(config);
        Gui::RulesPage page(&controller);
        QAbstractItemModelTester tester(page.replayModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setStorePath(storePath);

        // The tester offers the logged requests (read off the GUI thread); a pick fills the request.
        auto *loggedBox = child<QComboBox>(page, "rulesTesterLoggedComboBox");
        QTRY_COMPARE(loggedBox->count(), 13);
        loggedBox->setFocus();
        QTest::keyClick(loggedBox, Qt::Key_Down); // the newest: a long prompt logged on "default"
        QCOMPARE(child<QSpinBox>(page, "rulesTesterTokensSpinBox")->value(), 5000);
        QCOMPARE(child<QComboBox>(page, "rulesTesterAppComboBox")->currentText(), QStringLiteral("ide"));
        QVERIFY2(child<QLabel>(page, "rulesTesterOutcomeLabel")
                     ->text()
                     .startsWith(QLatin1String("Matches rule 1, 'long prompts'")),
                 qPrintable(child<QLabel>(page, "rulesTesterOutcomeLabel")->text()));

        auto *summary = child<QLabel>(page, "rulesReplaySummaryLabel");
        auto *table = child<QTableView>(page, "rulesReplayTableView");
        QTest::mouseClick(child<QPushButton>(page, "rulesReplayButton"), Qt::LeftButton);
        QTRY_VERIFY(summary->text().startsWith(QLatin1String("Replayed")));
        QCOMPARE(summary->text(),
                 QStringLiteral(
                     "Replayed 12 logged request(s) against the draft: 6 would change route or first target, "
                     "1 unchanged, 5 undetermined (the log lacks what a rule looks at). Estimated cost of "
                     "the 5 changed request(s) with prices: $0.0260 logged, $0.2600 with the draft "
                     "(+$0.2340). 1 changed request(s) unpriced, left out of the estimate."));
        QCOMPARE(table->model()->rowCount(), 11); // the changed and the undetermined
        int undetermined = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const Gui::RuleReplayModel::Entry &e = page.replayModel()->entry(row);
            const QString note =
                table->model()->index(row, Gui::RuleReplayModel::NoteColumn).data().toString();
            if (e.replayed.change == Routing::Replayed::Change::Undetermined) {
                ++undetermined;
                QVERIFY2(
                    note == QLatin1String("rule 'secrets' depends on the last user message (not logged)") ||
                        note == QLatin1String("it failed before routing (invalid_request_error)"),
                    qPrintable(note));
                continue;
            }
            if (e.request.app == QLatin1String("batch")) {
                QCOMPARE(table->model()->index(row, Gui::RuleReplayModel::NewCostColumn).data().toString(),
                         QStringLiteral("unpriced"));
                QCOMPARE(table->model()->index(row, Gui::RuleReplayModel::AfterColumn).data().toString(),
                         QStringLiteral("route 'local' (first: fake/local-model)"));
            } else {
                QCOMPARE(table->model()->index(row, Gui::RuleReplayModel::BeforeColumn).data().toString(),
                         QStringLiteral("route 'default' (first: fake/small-model)"));
                QCOMPARE(table->model()->index(row, Gui::RuleReplayModel::AfterColumn).data().toString(),
                         QStringLiteral("route 'long' (first: fake/long-model)"));
                QCOMPARE(table->model()->index(row, Gui::RuleReplayModel::LoggedCostColumn).data().toString(),
                         QStringLiteral("$0.0052"));
                QCOMPARE(table->model()->index(row, Gui::RuleReplayModel::NewCostColumn).data().toString(),
                         QStringLiteral("$0.0520"));
                QCOMPARE(table->model()->index(row, Gui::RuleReplayModel::RuleColumn).data().toString(),
                         QStringLiteral("long prompts"));
            }
        }
        QCOMPARE(undetermined, 5);

        // The draft, not the applied config: without the text rule, the short ones are known again.
        auto *list = child<QListView>(page, "rulesListView");
        list->setCurrentIndex(page.ruleModel()->index(1));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(page.hasDraft());
        QTest::mouseClick(child<QPushButton>(page, "rulesReplayButton"), Qt::LeftButton);
        QTRY_VERIFY(summary->text().contains(
            QLatin1String("6 would change route or first target, 4 unchanged, 2 undetermined")));
        QCOMPARE(table->model()->rowCount(), 8);
    }

    // Requests logged with their bodies (body logging on) are replayed with what they said: the text
    // rule is decided for them, and only the one logged without a body stays undetermined.
    void replayUsesLoggedBodies()
    {
        const Config::Config config = baseConfig("http://127.0.0.1:9", R"([
            {"name": "secrets", "when": {"lastUserMessage": {"contains": "password"}}, "then": {"route": "local"}}])");
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("usage.sqlite"));
        {
            Usage::UsageStore store;
            QString error;
            QVERIFY2(store.open(storePath, &error), qPrintable(error));
            Usage::UsageRecord secret = logged(0, QStringLiteral("ide"), QStringLiteral("default"),
                                               QStringLiteral("small-model"), 10, 5);
            secret.bodiesLogged = true;
            secret.requestBody =
                R"({"model":"default","messages":[{"role":"user","content":"my password is x"}]})";
            Usage::UsageRecord plain = logged(1, QStringLiteral("ide"), QStringLiteral("default"),
                                              QStringLiteral("small-model"), 10, 5);
            plain.bodiesLogged = true;
            plain.requestBody = R"({"model":"default","messages":[{"role":"user","content":"hello"}]})";
            const Usage::UsageRecord unknown = logged(2, QStringLiteral("ide"), QStringLiteral("default"),
                                                      QStringLiteral("small-model"), 10, 5);
            QVERIFY2(store.insert({secret, plain, unknown}, {20, 20, 20}, &error), qPrintable(error));
        }
        Gateway gateway;
        Secrets::MemoryKeyStore keys;
        Gui::AppController controller(&gateway, &keys, QString());
        controller.setInitialConfig(config);
        Gui::RulesPage page(&controller);
        page.setStorePath(storePath);
        auto *summary = child<QLabel>(page, "rulesReplaySummaryLabel");
        QTest::mouseClick(child<QPushButton>(page, "rulesReplayButton"), Qt::LeftButton);
        QTRY_VERIFY(summary->text().startsWith(QLatin1String("Replayed")));
        QVERIFY2(summary->text().contains(
                     QLatin1String("1 would change route or first target, 1 unchanged, 1 undetermined")),
                 qPrintable(summary->text()));
        bool sawSecret = false;
        for (int row = 0; row < page.replayModel()->rowCount(); ++row) {
            const Gui::RuleReplayModel::Entry &e = page.replayModel()->entry(row);
            if (e.replayed.change == Routing::Replayed::Change::Changed) {
                QCOMPARE(e.request.requestedModel, QStringLiteral("default"));
                QVERIFY(e.request.content.has_value());
                QCOMPARE(e.replayed.ruleName, QStringLiteral("secrets"));
                sawSecret = true;
            } else {
                QCOMPARE(int(e.replayed.change), int(Routing::Replayed::Change::Undetermined));
                QVERIFY(!e.request.content.has_value());
            }
        }
        QVERIFY(sawSecret);
    }

    void dropMovesRulesAboveTheDefault()
    {
        Gui::RuleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Config::Rule> rules(3);
        rules[0].name = QStringLiteral("a");
        rules[1].name = QStringLiteral("b");
        rules[2].name = QStringLiteral("c");
        for (Config::Rule &r : rules)
            r.action.route = QStringLiteral("default");
        model.setRules(rules, {});
        model.setKnown({QStringLiteral("default")}, {});
        auto names = [&model] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out.append(model.index(row).data().toString());
            return out;
        };
        // "c" dropped onto "a": it goes before it.
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(2)}));
        model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0));
        QCOMPARE(names(), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b"),
                                       QStringLiteral("Default (when no rule matches)")}));
        // Dropped below everything: it lands above the default rule, which stays last.
        data.reset(model.mimeData({model.index(0)}));
        model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QCOMPARE(names().last(), QStringLiteral("Default (when no rule matches)"));
        QCOMPARE(names().at(2), QStringLiteral("c"));
        // The default rule is neither dragged nor renamed nor disabled.
        data.reset(model.mimeData({model.index(3)}));
        QVERIFY(data->data(QStringLiteral("application/x-switchyard-rule-rows")).isEmpty());
        QVERIFY(!model.setData(model.index(3), QStringLiteral("x")));
        QVERIFY(!model.setData(model.index(3), Qt::Unchecked, Qt::CheckStateRole));
        // Duplicate names are flagged on both rows.
        QVERIFY(model.setData(model.index(0), QStringLiteral("b")));
        QCOMPARE(model.index(0).data(Gui::RuleListModel::ProblemRole).toString(),
                 QStringLiteral("Another rule is named 'b' too."));
        QCOMPARE(model.index(1).data(Gui::RuleListModel::ProblemRole).toString(),
                 QStringLiteral("Another rule is named 'b' too."));
    }

    void conditionEditorsSuitTheField()
    {
        Gui::ConditionEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        int edits = 0;
        connect(&editor, &Gui::ConditionEditor::edited, this, [&edits] { ++edits; });
        auto condition = [&editor] {
            // The condition as the config file writes it.
            Config::Config c;
            Config::Rule r;
            r.name = QStringLiteral("r");
            r.when = editor.condition();
            r.action.tags = {QStringLiteral("t")};
            c.rules = {r};
            return QJsonDocument(Config::ConfigLoader::toJson(c)
                                     .value(QLatin1String("rules"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("when"))
                                     .toObject())
                .toJson(QJsonDocument::Compact);
        };
        auto *kind = child<QComboBox>(editor, "rulesConditionKindComboBox");

        choose(kind, int(Kind::Header));
        QTest::keyClicks(child<QLineEdit>(editor, "rulesConditionHeaderNameLineEdit"),
                         QStringLiteral("X-Team"));
        choose(child<QComboBox>(editor, "rulesConditionHeaderOperatorComboBox"), 2); // equals one of
        QTest::keyClicks(child<QLineEdit>(editor, "rulesConditionHeaderValueLineEdit"),
                         QStringLiteral("ml, infra"));
        QCOMPARE(condition(), QByteArray(R"({"equals":["ml","infra"],"header":"x-team"})"));

        choose(kind, int(Kind::Time));
        child<QTimeEdit>(editor, "rulesConditionFromTimeEdit")->setTime(QTime(22, 0));
        child<QTimeEdit>(editor, "rulesConditionToTimeEdit")->setTime(QTime(0, 0));
        QTest::mouseClick(child<QCheckBox>(editor, "rulesConditionSatCheckBox"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(editor, "rulesConditionSunCheckBox"), Qt::LeftButton);
        QCOMPARE(
            condition(),
            QByteArray(R"({"time":{"days":["mon","tue","wed","thu","fri"],"from":"22:00","to":"24:00"}})"));

        choose(kind, int(Kind::Spend));
        choose(child<QComboBox>(editor, "rulesConditionSpendPeriodComboBox"), QStringLiteral("month"));
        child<QDoubleSpinBox>(editor, "rulesConditionSpendAmountDoubleSpinBox")->setValue(5);
        QCOMPARE(condition(), QByteArray(R"({"spend":{"aboveUsd":5,"period":"month","scope":"app"}})"));

        choose(kind, int(Kind::HasTools));
        choose(child<QComboBox>(editor, "rulesConditionFlagComboBox"), false);
        QCOMPARE(condition(), QByteArray(R"({"hasTools":false})"));
        QVERIFY(edits > 0);
        // Loading a condition is no edit.
        edits = 0;
        editor.setCondition(Gui::ConditionEditor::defaultFor(Kind::PromptTokens));
        QCOMPARE(edits, 0);
        QCOMPARE(child<QSpinBox>(editor, "rulesConditionTokensMinSpinBox")->value(), 1000);
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
